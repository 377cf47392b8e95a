// Glue shared by the pages: a status label for a stream, and the feed list rendering.
import { EventStream } from './sse.js';
import { summarize } from './events-model.js';

const STATUS_TEXT = { connecting: '(connecting…)', live: '(live)', reconnecting: '(reconnecting…)', stopped: '(paused)' };

export function openStream(url, onEvent, statusEl) {
  const stream = new EventStream(url, {
    onEvent,
    onStatus: s => {
      if (statusEl) { statusEl.textContent = STATUS_TEXT[s] ?? s; statusEl.dataset.status = s; }
    },
  });
  stream.start();
  return stream;
}

export function feedItem(ev) {
  const li = document.createElement('li');
  li.className = ev.type;
  li.dataset.id = ev.id ?? '';
  li.dataset.type = ev.type;
  const t = document.createElement('span');
  t.className = 't';
  t.textContent = ev.type;
  const at = (ev.data?.at ?? '').replace(/^.*T/, '').replace('Z', '');
  li.append(t, ` #${ev.id ?? '-'} ${at} ${ev.data?.schid ?? ''} ${summarize(ev)}`);
  return li;
}
