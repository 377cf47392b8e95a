// Events page: the global feed with type and subchannel filters, pause/resume (the stream stops and later resumes
// from the last id, so nothing is lost), a reconnect that drops the connection on purpose, and JSON export.
import { EventStream } from './sse.js';
import { EventLog, matches, exportJson } from './events-model.js';
import { feedItem } from './live.js';

const root = document.getElementById('events');
const feed = document.getElementById('feed');
const status = document.getElementById('live-status');
const log = new EventLog(5000);
const since = Number(root.dataset.since);

function filter() {
  const types = new Set([...document.querySelectorAll('input[name=type]:checked')].map(i => i.value));
  types.add('gap');
  return { types, schid: document.getElementById('schid-filter').value };
}

function redraw() {
  const shown = log.filtered(filter());
  feed.replaceChildren(...shown.slice(-1000).reverse().map(feedItem));
  document.getElementById('counts').textContent = `${shown.length} shown of ${log.entries.length} received`;
}

const stream = new EventStream('/api/v1/events', {
  lastEventId: since,
  onEvent: ev => {
    if (ev.type === 'heartbeat') return;
    if (!log.add(ev)) return;
    if (matches(ev, filter())) {
      feed.prepend(feedItem(ev));
      while (feed.children.length > 1000) feed.lastChild.remove();
    }
    document.getElementById('counts').textContent = `${log.filtered(filter()).length} shown of ${log.entries.length} received`;
  },
  onStatus: s => {
    status.dataset.status = s;
    status.textContent = { connecting: '(connecting…)', live: '(live)', reconnecting: '(reconnecting…)', stopped: '(paused)' }[s];
  },
});
stream.start();

document.getElementById('event-filters').addEventListener('change', redraw);
const pause = document.getElementById('pause');
pause.addEventListener('click', () => {
  const paused = pause.getAttribute('aria-pressed') === 'true';
  if (paused) stream.start(); else stream.stop();
  pause.setAttribute('aria-pressed', String(!paused));
  pause.textContent = paused ? 'Pause' : 'Resume';
});
document.getElementById('reconnect').addEventListener('click', () => stream.drop());
document.getElementById('export').addEventListener('click', () => {
  const blob = new Blob([exportJson(log.filtered(filter()))], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `ccw-events-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
