// What the console keeps of the event stream: an ordered log without duplicates, filters, one-line summaries,
// interrupt rates and the JSON export. Pure functions and classes (no DOM), unit-tested with node --test.

export const EVENT_TYPES = ['irq', 'crw', 'fsm', 'req', 'audit'];

/** Ordered events by id; a replayed event (same id after a reconnect) is dropped. Keeps at most `capacity`. */
export class EventLog {
  constructor(capacity = 2000) {
    this.capacity = capacity;
    this.entries = [];
    this.ids = new Set();
  }

  /** @returns {boolean} whether the event is new */
  add(ev) {
    if (ev.id !== null && ev.id !== undefined) {
      if (this.ids.has(ev.id)) return false;
      this.ids.add(ev.id);
    }
    this.entries.push(ev);
    while (this.entries.length > this.capacity) {
      const old = this.entries.shift();
      if (old.id !== null && old.id !== undefined) this.ids.delete(old.id);
    }
    return true;
  }

  filtered(filter) {
    return this.entries.filter(e => matches(e, filter));
  }
}

/** filter: {types: Set of type names (empty = all), schid: substring ('' = all)} */
export function matches(ev, { types = new Set(), schid = '' } = {}) {
  if (types.size > 0 && !types.has(ev.type)) return false;
  if (schid && !(ev.data?.schid ?? '').includes(schid)) return false;
  return true;
}

/** The JSON document "export what is shown" writes: events in order, as received. */
export function exportJson(events) {
  return JSON.stringify({ exportedAt: new Date().toISOString(), count: events.length,
    events: events.map(e => ({ id: e.id, type: e.type, data: e.data })) }, null, 2);
}

/** One line for a feed. */
export function summarize(ev) {
  const d = ev.data ?? {};
  switch (ev.type) {
    case 'irq': {
      const s = d.irb?.scsw;
      if (!s) return `IRB ${d.irb?.decodeError ?? 'undecodable'}`;
      const status = [...(s.dstat ?? []), ...(s.cstat ?? [])].join(' ') || 'no status';
      return `IRB word0 ${s.word0} ${s.fctl.join('+') || 'no function'} ${status}${s.isFinal ? ' final' : ''}${d.synthesized ? ' (synthesised)' : ''}${d.irb.sense ? ` sense ${d.irb.sense.slice(0, 8)}` : ''}${d.operationId ? ` op ${d.operationId}` : ''}`;
    }
    case 'fsm': return `${d.from} —${d.event ?? 'I/O work'}→ ${d.to}${d.retCode ? ` ret ${d.retCode}` : ''}`;
    case 'crw': return `CRW ${d.crw?.raw} ${d.crw?.rscName ?? ''} ${d.crw?.ercName ?? ''} rsid ${d.crw?.rsid ?? ''}`.trim();
    case 'req': return `REQ mdev ${d.mdev} ${d.action ?? ''}`.trim();
    case 'audit': return `${d.user} ${d.action} ${d.target ?? ''} → ${d.result}`;
    case 'gap': return `GAP: ${d.detail ?? 'events were lost'}`;
    default: return JSON.stringify(d);
  }
}

/** Interrupts per second per subchannel over a sliding window. */
export class RateMeter {
  constructor(windowMs = 5000) {
    this.windowMs = windowMs;
    this.times = new Map();
  }

  record(key, now) {
    if (!this.times.has(key)) this.times.set(key, []);
    this.times.get(key).push(now);
  }

  rate(key, now) {
    const list = (this.times.get(key) ?? []).filter(t => now - t < this.windowMs);
    this.times.set(key, list);
    return list.length / (this.windowMs / 1000);
  }
}
