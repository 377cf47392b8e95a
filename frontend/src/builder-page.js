// Channel-program builder page: palette → CCW list (edit, flags as toggles, reorder, remove), ORB options,
// Execute / Start / HSCH / CSCH against the REST API, and the result IRB and read data.
import { paletteFor, examplesFor, ccwFrom, tic, validate, serialize, move, remove, FLAGS,
  defineExtent, locateRecord, seekArgument } from './program.js';
import { api, flash, withProgress } from './api.js';
import { irbPanel, el } from './render.js';
import { hexDump } from './hexdump.js';
import { renderedAt, openStream } from './live.js';
import { applyToDiagram } from './fsm.js';

const root = document.getElementById('builder');
const schid = root.dataset.schid;
const palette = paletteFor(root.dataset.devtype);
const examples = examplesFor(root.dataset.devtype);
let ccws = [];

const HELPERS = {
  defineExtent: { make: defineExtent, fields: [['fileMask', 'file mask', 0x40, true], ['globalAttributes', 'global attributes', 0xc0, true],
    ['beginCyl', 'begin cyl', 0], ['beginHead', 'begin head', 0], ['endCyl', 'end cyl', 0], ['endHead', 'end head', 0]] },
  locateRecord: { make: locateRecord, fields: [['orientation', 'orientation', 0], ['operation', 'operation', 0x06, true], ['count', 'count', 1],
    ['cyl', 'cyl', 0], ['head', 'head', 0], ['record', 'record', 1], ['sector', 'sector', 0xff, true]] },
  seek: { make: seekArgument, fields: [['cyl', 'cyl', 0], ['head', 'head', 0]] },
};

function paletteButtons() {
  const box = document.getElementById('palette');
  for (const entry of palette) {
    const b = el('button', { type: 'button', title: `add ${entry.name} (0x${entry.cmd})` }, `${entry.name} `, el('span', { class: 'mono small', text: entry.cmd }));
    b.addEventListener('click', () => { ccws = [...ccws, ccwFrom(entry)]; render(); });
    box.append(b);
  }
  document.getElementById('add-tic').addEventListener('click', () => { ccws = [...ccws, tic(0)]; render(); });
  const select = document.getElementById('example');
  for (const name of Object.keys(examples)) select.append(el('option', { value: name, text: name }));
  document.getElementById('load-example').addEventListener('click', () => { ccws = structuredClone(examples[select.value]); render(); });
}

function input(label, value, onChange, attrs = {}) {
  const i = el('input', { value: String(value), ...attrs });
  i.addEventListener('change', () => onChange(i.value));
  return el('label', {}, label, i);
}

function update(i, patch) {
  ccws = ccws.map((c, j) => (j === i ? { ...c, ...patch } : c));
  render();
}

function helperEditor(c, i) {
  const h = HELPERS[c.helper];
  const values = {};
  const box = el('details', {}, el('summary', { text: 'parameters…' }));
  const form = el('div', { class: 'toolbar' });
  for (const [key, label, def, hex] of h.fields) {
    values[key] = def;
    form.append(input(label, hex ? def.toString(16) : def, v => { values[key] = parseInt(v, hex ? 16 : 10) || 0; }, { size: 5, 'data-param': key }));
  }
  const apply = el('button', { type: 'button', class: 'secondary', text: 'Apply' });
  apply.addEventListener('click', () => {
    try { update(i, { data: h.make(values) }); } catch (e) { flash(e.message, 'error'); }
  });
  form.append(apply);
  box.append(form);
  return box;
}

function ccwItem(c, i) {
  const li = el('li', { 'data-index': String(i), 'data-cmd': c.cmd });
  li.append(el('span', { class: 'mono', text: `${i}` }), el('strong', { text: c.name }));
  if (c.kind === 'tic') {
    li.append(input('target CCW', c.tic, v => update(i, { tic: parseInt(v, 10) }), { type: 'number', min: 0, class: 'count' }));
  } else {
    li.append(input('cmd', c.cmd, v => update(i, { cmd: v.trim().toLowerCase() }), { size: 2, class: 'mono' }));
    if (c.kind === 'read') li.append(input('count', c.count, v => update(i, { count: parseInt(v, 10) }), { type: 'number', min: 1, max: 65535, class: 'count' }));
    if (c.kind === 'write') {
      li.append(input('data (hex)', c.data, v => update(i, { data: v }), { class: 'mono hexdata' }));
      if (c.helper) li.append(helperEditor(c, i));
    }
    const flags = el('span', { role: 'group', 'aria-label': `flags of CCW ${i}` });
    for (const f of FLAGS) {
      const box = el('input', { type: 'checkbox', 'data-flag': f });
      box.checked = c.flags.includes(f);
      box.addEventListener('change', () => update(i, { flags: box.checked ? [...c.flags, f] : c.flags.filter(x => x !== f) }));
      flags.append(el('label', {}, box, f));
    }
    li.append(flags);
  }
  const tools = el('span', { class: 'actions' });
  const up = el('button', { type: 'button', class: 'secondary', 'aria-label': `move CCW ${i} up`, text: '↑' });
  up.addEventListener('click', () => { ccws = move(ccws, i, i - 1); render(); });
  const down = el('button', { type: 'button', class: 'secondary', 'aria-label': `move CCW ${i} down`, text: '↓' });
  down.addEventListener('click', () => { ccws = move(ccws, i, i + 1); render(); });
  const del = el('button', { type: 'button', class: 'secondary', 'aria-label': `remove CCW ${i}`, text: '✕' });
  del.addEventListener('click', () => { ccws = remove(ccws, i); render(); });
  tools.append(up, down, del);
  li.append(tools);
  return li;
}

function orb() {
  const v = id => document.getElementById(id);
  return { intparm: v('orb-intparm').value.trim(), key: parseInt(v('orb-key').value, 10) || 0, lpm: v('orb-lpm').value.trim().toLowerCase(),
    format1: v('orb-format1').checked, prefetch: v('orb-prefetch').checked, ils: v('orb-ils').checked, suspend: v('orb-suspend').checked };
}

function body() {
  return serialize(ccws, orb(), parseInt(document.getElementById('timeout').value, 10) || 5000);
}

function render() {
  document.getElementById('ccws').replaceChildren(...ccws.map(ccwItem));
  const problems = validate(ccws);
  document.getElementById('problems').textContent = problems.map(p => (p.index >= 0 ? `CCW ${p.index} ${p.field}: ` : '') + p.message).join('; ');
  document.getElementById('request-json').textContent = JSON.stringify(body(), null, 2);
  for (const id of ['execute', 'start']) { const b = document.getElementById(id); if (b) b.dataset.invalid = problems.length ? 'true' : 'false'; }
}

function showResult(nodes) {
  document.getElementById('result').replaceChildren(...nodes);
}

function readData(data) {
  return (data ?? []).map(d => el('div', { class: 'read-data', 'data-ccw': String(d.ccw) }, el('h3', { text: `Read data of CCW ${d.ccw} (${d.hex.length / 2} bytes)` }), el('pre', { class: 'hex', text: hexDump(d.hex) })));
}

function problemsBlock() {
  const problems = validate(ccws);
  if (problems.length) { flash(`Fix the program first: ${document.getElementById('problems').textContent}`, 'error'); return true; }
  return false;
}

function wireActions() {
  const execute = document.getElementById('execute');
  if (!execute) return;
  execute.addEventListener('click', () => {
    if (problemsBlock()) return;
    withProgress(execute, 'waiting for the final interrupt…', async () => {
      const r = await api('POST', `/api/v1/subchannels/${schid}/execute`, body());
      flash(`Executed: cc ${r.cc}, ${r.interrupts.length} interrupt(s), ${r.elapsedMicros} µs`);
      showResult([el('p', { id: 'result-summary', text: `cc ${r.cc} · operation ${r.operationId} · ${r.elapsedMicros} µs` }), irbPanel(r.irb, r.operationId), ...readData(r.data)]);
    });
  });
  const start = document.getElementById('start');
  start.addEventListener('click', () => {
    if (problemsBlock()) return;
    withProgress(start, 'starting…', async () => {
      const r = await api('POST', `/api/v1/subchannels/${schid}/ssch`, body());
      pendingOperation = r.operationId;
      flash(`START accepted: cc ${r.cc}, operation ${r.operationId}; the interrupt will appear below`);
      showResult([el('p', { id: 'result-summary', text: `cc ${r.cc} · operation ${r.operationId} · waiting for the interrupt…` })]);
    });
  });
  for (const fn of ['hsch', 'csch']) {
    const b = document.getElementById(fn);
    b.addEventListener('click', () => {
      const what = fn === 'hsch' ? 'HALT SUBCHANNEL' : 'CLEAR SUBCHANNEL';
      if (!window.confirm(`Issue ${what} on ${schid}? A running channel program ends.`)) return;
      withProgress(b, `${fn}…`, async () => {
        const r = await api('POST', `/api/v1/subchannels/${schid}/${fn}`);
        flash(`${what} accepted: cc ${r.cc}${r.viaAsyncRegion ? ' (async region)' : ' (emulated)'}`);
      });
    });
  }
}

let pendingOperation = null;
const svg = document.getElementById('fsm-diagram');
openStream(`/api/v1/events?schid=${encodeURIComponent(schid)}&types=irq,fsm`, ev => {
  if (ev.type === 'fsm') applyToDiagram(svg, ev.data, [...document.querySelectorAll(`[data-fsm-badge="${schid}"]`)]);
  // after a Start, every interrupt of this subchannel belongs to the result: the START's own, or that of a halt/clear
  if (ev.type === 'irq' && pendingOperation) {
    const final = ev.data.irb?.scsw?.isFinal;
    showResult([el('p', { id: 'result-summary', text: `operation ${ev.data.operationId ?? pendingOperation}: ${final ? 'final interrupt' : 'intermediate interrupt'}` }), irbPanel(ev.data.irb, ev.data.operationId)]);
    if (final) pendingOperation = null;
  }
}, null, renderedAt());

paletteButtons();
wireActions();
render();
