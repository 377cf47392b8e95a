import test from 'node:test';
import assert from 'node:assert/strict';
import { parseHex, hexDump } from '../src/hexdump.js';

test('parses compact and spaced hex', () => {
  assert.deepEqual(Array.from(parseHex('ff3990')), [0xff, 0x39, 0x90]);
  assert.deepEqual(Array.from(parseHex('ff 39 90')), [0xff, 0x39, 0x90]);
});

test('rejects odd length and bad digits with a position', () => {
  assert.throws(() => parseHex('abc'), /odd length 3/);
  assert.throws(() => parseHex('abzz'), /position 2/);
});

test('dumps 16 bytes per line grouped by four', () => {
  const dump = hexDump('00'.repeat(17));
  assert.equal(dump, '0000  00000000 00000000 00000000 00000000\n0010  00');
});
