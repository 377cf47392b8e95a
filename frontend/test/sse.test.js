import test from 'node:test';
import assert from 'node:assert/strict';
import { SseParser, decodeEvent, EventStream } from '../src/sse.js';

test('parses typed events with ids across arbitrary chunk boundaries', () => {
  const p = new SseParser();
  const text = 'event: irq\nid: 41\ndata: {"schid":"0.0.0100"}\n\nevent: heartbeat\ndata: {"at":"x"}\n\n';
  const events = [];
  for (let i = 0; i < text.length; i += 7) events.push(...p.push(text.slice(i, i + 7)));
  assert.deepEqual(events, [
    { type: 'irq', id: '41', data: '{"schid":"0.0.0100"}' },
    { type: 'heartbeat', id: null, data: '{"at":"x"}' },
  ]);
});

test('handles CRLF, comments, multi-line data and the default message type', () => {
  const p = new SseParser();
  const events = p.push(': keep-alive\r\ndata: a\r\ndata: b\r\n\r\nid: 7\r\n\r\n');
  assert.deepEqual(events, [{ type: 'message', id: null, data: 'a\nb' }]);
  assert.equal(p.lastEventId, '7', 'an id line without data still moves the last id');
});

test('a CR at the end of a chunk waits for a possible LF', () => {
  const p = new SseParser();
  assert.deepEqual(p.push('data: x\r'), []);
  assert.deepEqual(p.push('\n\r\n'), [{ type: 'message', id: null, data: 'x' }]);
});

test('decodeEvent parses the JSON and the numeric id', () => {
  assert.deepEqual(decodeEvent({ type: 'fsm', id: '12', data: '{"to":"IDLE"}' }), { type: 'fsm', id: 12, data: { to: 'IDLE' } });
  assert.deepEqual(decodeEvent({ type: 'gap', id: null, data: 'not json' }), { type: 'gap', id: null, data: { text: 'not json' } });
});

function streamOf(text) {
  return { ok: true, status: 200, body: new Blob([text]).stream() };
}

test('EventStream reconnects after the stream ends, sending Last-Event-ID of the last event seen', async () => {
  const calls = [];
  const bodies = ['event: irq\nid: 5\ndata: {}\n\nevent: irq\nid: 6\ndata: {}\n\n', 'event: crw\nid: 7\ndata: {}\n\n'];
  const seen = [];
  let stream;
  await new Promise(resolve => {
    stream = new EventStream('/api/v1/events', {
      retryMs: 1,
      lastEventId: 4,
      fetchImpl: async (url, init) => { calls.push(init.headers['Last-Event-ID']); return streamOf(bodies.shift() ?? ''); },
      onEvent: ev => { seen.push(ev.id); if (ev.id === 7) resolve(); },
    });
    stream.start();
  });
  stream.stop();
  assert.deepEqual(seen, [5, 6, 7]);
  assert.deepEqual(calls.slice(0, 2), ['4', '6']);
});

test('EventStream retries after HTTP errors and reports its status', async () => {
  const statuses = [];
  let n = 0;
  let stream;
  await new Promise(resolve => {
    stream = new EventStream('/e', {
      retryMs: 1,
      fetchImpl: async () => (n++ === 0 ? { ok: false, status: 503 } : streamOf('id: 1\ndata: {}\n\n')),
      onEvent: () => resolve(),
      onStatus: s => statuses.push(s),
    });
    stream.start();
  });
  stream.stop();
  assert.deepEqual(statuses.slice(0, 3), ['connecting', 'reconnecting', 'live']);
  assert.equal(statuses.at(-1), 'stopped');
});
