import test from 'node:test';
import assert from 'node:assert/strict';
import { EventLog, matches, exportJson, summarize, RateMeter } from '../src/events-model.js';

const irq = (id, schid = '0.0.0100') => ({ id, type: 'irq', data: { schid, irb: { scsw: { word0: '00c04007', fctl: ['START'], dstat: ['CE', 'DE'], cstat: [], isFinal: true }, sense: null } } });

test('EventLog drops an event replayed after a reconnect and keeps order', () => {
  const log = new EventLog();
  assert.equal(log.add(irq(1)), true);
  assert.equal(log.add(irq(2)), true);
  assert.equal(log.add(irq(2)), false);
  assert.deepEqual(log.entries.map(e => e.id), [1, 2]);
});

test('EventLog forgets the oldest beyond its capacity (and their ids)', () => {
  const log = new EventLog(2);
  [1, 2, 3].forEach(i => log.add(irq(i)));
  assert.deepEqual(log.entries.map(e => e.id), [2, 3]);
  assert.equal(log.add(irq(1)), true);
});

test('filters by type and subchannel', () => {
  const fsm = { id: 3, type: 'fsm', data: { schid: '0.0.0101', from: 'IDLE', event: 'IO_REQ', to: 'CP_PENDING' } };
  assert.equal(matches(fsm, { types: new Set(['irq']) }), false);
  assert.equal(matches(fsm, { types: new Set(['fsm']), schid: '0.0.0101' }), true);
  assert.equal(matches(fsm, { types: new Set(), schid: '0.0.0100' }), false);
  assert.equal(matches(fsm, {}), true);
});

test('summaries name the SCSW, the transition and the CRW', () => {
  assert.equal(summarize(irq(1)), 'IRB word0 00c04007 START CE DE final');
  const ofOperation = irq(2);
  ofOperation.data.operationId = '0.0.0100-7';
  assert.equal(summarize(ofOperation), 'IRB word0 00c04007 START CE DE final op 0.0.0100-7');
  assert.equal(summarize({ type: 'fsm', data: { from: 'CP_PENDING', event: 'INTERRUPT', to: 'IDLE' } }), 'CP_PENDING —INTERRUPT→ IDLE');
  assert.equal(summarize({ type: 'crw', data: { crw: { raw: '04060012', rscName: 'channel path', ercName: 'permanent error without facility', rsid: '0012' } } }),
    'CRW 04060012 channel path permanent error without facility rsid 0012');
  assert.match(summarize({ type: 'gap', data: { detail: 'events after 3 are gone' } }), /^GAP: events after 3/);
});

test('export is valid JSON with the events in order', () => {
  const doc = JSON.parse(exportJson([irq(1), irq(2)]));
  assert.equal(doc.count, 2);
  assert.deepEqual(doc.events.map(e => e.id), [1, 2]);
  assert.equal(doc.events[0].data.schid, '0.0.0100');
});

test('RateMeter counts per second over its window', () => {
  const r = new RateMeter(2000);
  [0, 500, 1000, 1500].forEach(t => r.record('a', t));
  assert.equal(r.rate('a', 1600), 2);
  assert.equal(r.rate('a', 3200), 0.5);
  assert.equal(r.rate('b', 0), 0);
});
