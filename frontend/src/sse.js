// Server-Sent Events over fetch: a pure parser plus a client that resumes with Last-Event-ID.
// Why not EventSource: it cannot send Last-Event-ID on a connection the page opens itself (after a pause or
// when the server refused a reconnect), and it hides why a stream ended. fetch gives both, same wire format.

/** Incremental text/event-stream parser (WHATWG HTML §9.2.6): push() chunks, get complete events back. */
export class SseParser {
  constructor() {
    this.buffer = '';
    this.lastEventId = '';
    this.resetEvent();
  }

  resetEvent() {
    this.type = '';
    this.data = [];
    this.idSeen = false;
  }

  /** @returns {{type: string, id: string|null, data: string}[]} the events completed by this chunk */
  push(chunk) {
    this.buffer += chunk;
    const out = [];
    let m;
    const line = /\r\n|\r|\n/g;
    let start = 0;
    while ((m = line.exec(this.buffer)) !== null) {
      // a lone \r at the very end may be the first half of \r\n: wait for more
      if (m[0] === '\r' && m.index === this.buffer.length - 1) break;
      this.line(this.buffer.slice(start, m.index), out);
      start = m.index + m[0].length;
    }
    this.buffer = this.buffer.slice(start);
    return out;
  }

  line(text, out) {
    if (text === '') {
      if (this.data.length > 0) {
        out.push({ type: this.type || 'message', id: this.idSeen ? this.lastEventId : null, data: this.data.join('\n') });
      }
      this.resetEvent();
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.type = value;
    else if (field === 'id' && !value.includes('\0')) { this.lastEventId = value; this.idSeen = true; }
  }
}

/** The JSON of one SSE event as the API sends it: {type, id (number or null), data (object)}. */
export function decodeEvent(ev) {
  let data;
  try { data = JSON.parse(ev.data); } catch { data = { text: ev.data }; }
  return { type: ev.type, id: ev.id === null || ev.id === '' ? null : Number(ev.id), data };
}

/**
 * A live event stream: reconnects after drops (and after drop()/resume()) sending the last id it saw, so the server
 * replays what was missed. onStatus gets 'connecting', 'live', 'reconnecting' or 'stopped'.
 */
export class EventStream {
  constructor(url, { onEvent, onStatus = () => {}, fetchImpl = globalThis.fetch?.bind(globalThis), retryMs = 1000, lastEventId = null } = {}) {
    this.url = url;
    this.onEvent = onEvent;
    this.onStatus = onStatus;
    this.fetchImpl = fetchImpl;
    this.retryMs = retryMs;
    // starting from the id the server rendered the page at: nothing between render and connect is missed
    this.lastEventId = lastEventId;
    this.running = false;
    this.controller = null;
    this.generation = 0;
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.loop();
  }

  /** Stops for good (until start()): nothing reconnects. */
  stop() {
    this.running = false;
    this.controller?.abort();
    this.onStatus('stopped');
  }

  /** Cuts the current connection as a network drop would; the stream reconnects and resumes. */
  drop() {
    this.controller?.abort();
  }

  headers() {
    const h = { Accept: 'text/event-stream' };
    if (this.lastEventId !== null) h['Last-Event-ID'] = String(this.lastEventId);
    return h;
  }

  async loop() {
    // a stop() then start() while the old loop still winds down must not leave two loops reading
    const generation = ++this.generation;
    const current = () => this.running && generation === this.generation;
    let first = true;
    while (current()) {
      this.onStatus(first ? 'connecting' : 'reconnecting');
      first = false;
      this.controller = new AbortController();
      try {
        const res = await this.fetchImpl(this.url, { headers: this.headers(), signal: this.controller.signal, credentials: 'same-origin', cache: 'no-store' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        this.onStatus('live');
        const parser = new SseParser();
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          if (!current()) break;
          for (const ev of parser.push(decoder.decode(value, { stream: true }))) {
            const decoded = decodeEvent(ev);
            if (decoded.id !== null) this.lastEventId = decoded.id;
            this.onEvent(decoded);
          }
        }
      } catch (e) {
        // an abort from drop() or stop(), or a network failure: either way, retry while running
      }
      if (current()) await new Promise(r => setTimeout(r, this.retryMs));
    }
  }
}
