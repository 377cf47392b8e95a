// Small DOM builders shared by the pages (the server renders the same shapes in Qute).
import { explainScsw, explainSense } from './scsw.js';
import { hexDump } from './hexdump.js';

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

export function fieldsTable(rows) {
  const tbody = el('tbody');
  for (const r of rows) tbody.append(el('tr', {}, el('th', { scope: 'row', text: r.name }), el('td', { class: 'mono', text: r.value }), el('td', { class: 'small', text: r.meaning })));
  return el('table', { class: 'fields' }, tbody);
}

/** The decoded IRB panel, like templates/irb.html. */
export function irbPanel(irb, operationId) {
  if (!irb.scsw) return el('div', { class: 'irb' }, el('p', { class: 'error', text: irb.decodeError ?? 'undecodable' }), el('pre', { class: 'hex', text: hexDump(irb.raw) }));
  const esw = [
    { name: 'LPUM', value: irb.esw?.lpum ?? '', meaning: 'last path used' },
    { name: 'ERW', value: (irb.esw?.erw ?? []).join(' ') || 'none', meaning: '' },
    { name: 'sense count', value: String(irb.esw?.senseCount ?? 0), meaning: 'concurrent-sense bytes' },
  ];
  const right = el('div', {}, el('h3', { text: 'ESW' }), fieldsTable(esw));
  if (irb.sense) right.append(el('h3', { text: 'Sense' }), el('p', { class: 'mono', text: irb.sense }), el('p', { text: explainSense(irb.sense) }));
  right.append(el('h3', { text: 'Raw irb_area' }), el('pre', { class: 'hex', text: hexDump(irb.raw) }));
  const head = el('p', {}, 'SCSW word 0 ', el('code', { class: 'word0', text: irb.scsw.word0 }));
  if (operationId) head.append(` · operation ${operationId}`);
  return el('div', { class: 'irb' }, head, el('div', { class: 'grid2' }, el('div', {}, el('h3', { text: 'SCSW' }), fieldsTable(explainScsw(irb.scsw))), right));
}
