// Glue shared by the pages: a status label for a stream, and the feed list rendering.
import { EventStream } from './sse.js';
import { summarize } from './events-model.js';

const STATUS_TEXT = { connecting: '(connecting…)', live: '(live)', reconnecting: '(reconnecting…)', stopped: '(paused)' };

export function openStream(url, onEvent, statusEl, lastEventId = null) {
  const stream = new EventStream(url, {
    onEvent,
    lastEventId,
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

/** The id of the newest event when the server rendered this page (layout.html's ccw-since meta tag). */
export function renderedAt() {
  const v = document.querySelector('meta[name="ccw-since"]')?.content;
  return v === undefined || v === '' ? null : Number(v);
}
