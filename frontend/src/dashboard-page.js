// Dashboard: filter and sort the subchannel table; live FSM badges and interrupt rates from the event stream.
import { renderedAt, openStream } from './live.js';
import { RateMeter } from './events-model.js';
import { sortRows, rowMatches } from './table.js';

const table = document.getElementById('sch-table');
const body = table.tBodies[0];
const filter = document.getElementById('sch-filter');

filter.addEventListener('input', () => {
  for (const tr of body.rows) tr.hidden = !rowMatches(tr.textContent, filter.value);
});

table.querySelectorAll('th[data-sort]').forEach((th, i) => {
  const col = [...th.parentElement.children].indexOf(th);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = th.textContent;
  th.textContent = '';
  th.append(button);
  th.setAttribute('aria-sort', 'none');
  button.addEventListener('click', () => {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th[data-sort]').forEach(o => o.setAttribute('aria-sort', 'none'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const rows = sortRows([...body.rows].map(r => ({ key: r.cells[col].textContent.trim(), el: r })), th.dataset.sort, ascending);
    body.append(...rows.map(r => r.el));
  });
});

const rates = new RateMeter(5000);
openStream('/api/v1/events?types=irq,fsm', ev => {
  const schid = ev.data?.schid;
  if (ev.type === 'irq') rates.record(schid, Date.now());
  if (ev.type === 'fsm') {
    document.querySelectorAll(`[data-fsm-badge="${schid}"]`).forEach(b => {
      b.textContent = ev.data.to;
      b.className = `badge fsm-${ev.data.to} flash`;
    });
  }
}, document.getElementById('live-status'), renderedAt());

setInterval(() => {
  const now = Date.now();
  document.querySelectorAll('[data-irq-rate]').forEach(el => { el.textContent = rates.rate(el.dataset.irqRate, now).toFixed(1); });
}, 1000);
