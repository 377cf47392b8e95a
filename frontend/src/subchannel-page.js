// Subchannel detail: the live feed of this subchannel moves the FSM diagram, extends the history and replaces the
// last IRB.
import { renderedAt, openStream, feedItem } from './live.js';
import { applyToDiagram } from './fsm.js';
import { irbPanel, el } from './render.js';

const schid = document.getElementById('page').dataset.schid;
const svg = document.getElementById('fsm-diagram');
const feed = document.getElementById('feed');
const history = document.querySelector('#fsm-history tbody');
const badges = [...document.querySelectorAll(`[data-fsm-badge="${schid}"]`)];
svg.dataset.current = svg.querySelector('.node.current')?.id.replace('fsm-node-', '') ?? '';
const seen = new Set([...history.rows].map(r => r.cells[0].textContent));

// /api/v1/subchannels/{schid}/events answers 404 (SubchannelResource shadows EventResource): the filter is the same
openStream(`/api/v1/events?schid=${encodeURIComponent(schid)}`, ev => {
  if (ev.type === 'heartbeat') return;
  feed.prepend(feedItem(ev));
  while (feed.children.length > 200) feed.lastChild.remove();
  if (ev.type === 'fsm' && !seen.has(String(ev.id))) {
    seen.add(String(ev.id));
    applyToDiagram(svg, ev.data, badges);
    history.append(el('tr', {}, ...[ev.id, ev.data.transitionAt ?? ev.data.at, ev.data.from, ev.data.event ?? '', ev.data.to,
      (ev.data.action ?? '').toLowerCase(), ev.data.retCode ?? 0].map((v, i) => el('td', { class: i === 0 || i === 6 ? 'mono' : '', text: String(v) }))));
    history.closest('.scroll').scrollTop = 1e9;
  }
  if (ev.type === 'irq' && ev.data.irb) {
    const box = document.getElementById('last-irb');
    box.replaceChildren(irbPanel(ev.data.irb, ev.data.operationId));
  }
}, document.getElementById('live-status'), renderedAt());
