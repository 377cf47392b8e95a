import test from 'node:test';
import assert from 'node:assert/strict';
import { defineExtent, locateRecord, seekArgument, paletteFor, examplesFor, ccwFrom, tic, validate, serialize, move, remove, PALETTES } from '../src/program.js';

test('Define Extent: file mask, ECKD global attributes, extent CCHH..CCHH in 16 bytes', () => {
  assert.equal(defineExtent({ fileMask: 0x40, beginCyl: 1, beginHead: 2, endCyl: 0x0100, endHead: 14 }),
    '40c00000' + '00000000' + '00010002' + '0100000e');
});

test('Locate Record: orientation/operation byte, count, seek and search address, no sector', () => {
  assert.equal(locateRecord({ orientation: 0, operation: 0x06, count: 1, cyl: 0, head: 0, record: 3 }),
    '06000001' + '00000000' + '00000000' + '03ff0000');
  assert.equal(locateRecord({ orientation: 2, operation: 0x01, count: 2, cyl: 5, head: 1, record: 1 }).slice(0, 8), '81000002');
  assert.throws(() => locateRecord({ count: 0 }), RangeError);
});

test('Seek argument is 0000 CC HH', () => {
  assert.equal(seekArgument({ cyl: 0x12, head: 3 }), '000000120003');
});

test('palettes fit the device type', () => {
  assert.equal(paletteFor('3390/0c'), PALETTES[3390]);
  assert.equal(paletteFor('3278/02'), PALETTES[3270]);
  assert.equal(paletteFor('3480/31'), PALETTES[3490]);
  assert.ok(paletteFor('3390/0a').some(e => e.cmd === '64' && e.name === 'Read Device Characteristics'));
  assert.deepEqual(paletteFor('9999/01').map(e => e.cmd), ['e4', '04']);
});

test('serialises to the api.md body: read, write, control and TIC CCWs, ORB only where it differs', () => {
  const p = PALETTES[3390];
  const ccws = [ccwFrom(p.find(e => e.cmd === 'e4')), { ...ccwFrom(p.find(e => e.cmd === '63')), flags: ['CC'] }, tic(0)];
  ccws[0].flags = ['SLI', 'CC'];
  const body = serialize(ccws, { intparm: '0x00010100', key: 0, format1: true, prefetch: true, lpm: '80', ils: false, suspend: false }, 5000);
  assert.deepEqual(body, {
    orb: { lpm: '80' },
    program: [
      { cmd: 'e4', flags: ['CC', 'SLI'], count: 256, read: true },
      { cmd: '63', flags: ['CC'], data: '40c000000000000000000000000000' + '00' },
      { cmd: '08', tic: 0 },
    ],
    timeoutMs: 5000,
  });
  assert.deepEqual(serialize([ccwFrom(PALETTES[3490].find(e => e.cmd === '07'))]), { program: [{ cmd: '07', count: 0 }] });
});

test('the 3390 label example chains DE, LR and Read Data', () => {
  const ex = examplesFor('3390/0c')['Read the volume label (DE + LR + Read Data)'];
  const body = serialize(ex);
  assert.deepEqual(body.program.map(c => [c.cmd, c.flags]), [['63', ['CC']], ['47', ['CC']], ['06', ['SLI']]]);
  assert.equal(body.program[1].data.slice(24, 26), '03', 'search record 3 (the VOL1 label)');
  assert.deepEqual(validate(ex), []);
});

test('validation names the CCW and the field', () => {
  const bad = [{ ...ccwFrom(PALETTES[3390][0]), count: 0 }, { ...ccwFrom(PALETTES[3390].find(e => e.cmd === '63')), data: 'abc' }, tic(9)];
  assert.deepEqual(validate(bad).map(p => [p.index, p.field]), [[0, 'count'], [1, 'data'], [2, 'tic']]);
  assert.deepEqual(validate([]).map(p => p.field), ['program']);
});

test('reordering and removing keep TICs pointing at the same CCW', () => {
  const a = ccwFrom(PALETTES[3390][0]);
  const b = ccwFrom(PALETTES[3390][1]);
  const moved = move([a, b, tic(1)], 1, 0);
  assert.deepEqual(moved.map(c => c.cmd), ['04', 'e4', '08']);
  assert.equal(moved[2].tic, 0);
  assert.equal(move([a, b], 0, -1).length, 2);
  const removed = remove([a, b, tic(1)], 0);
  assert.equal(removed[1].tic, 0);
});
