import test from 'node:test';
import assert from 'node:assert/strict';
import { problemMessage, ApiError } from '../src/api.js';
import { rowMatches, sortRows } from '../src/table.js';
import { pathState } from '../src/paths.js';

test('problem+json becomes title, detail and the helpful fields', () => {
  assert.equal(problemMessage(422, { title: 'Invalid channel program', status: 422, detail: 'count must be 0..65535', ccwIndex: 1, field: 'count' }),
    'Invalid channel program (422): count must be 0..65535 [CCW 1, field count]');
  assert.equal(problemMessage(409, { title: 'SSCH refused', status: 409, detail: 'busy', cc: 2, errno: 'EBUSY' }), 'SSCH refused (409): busy [cc 2, EBUSY]');
  assert.equal(problemMessage(502, null), 'HTTP 502');
  assert.equal(new ApiError(403, { title: 'Forbidden', status: 403, detail: 'no' }).message, 'Forbidden (403): no');
});

test('table filter matches every word, sorting is numeric-aware', () => {
  assert.equal(rowMatches('0.0.0100 3390/0c vfio_ccw IDLE', 'vfio idle'), true);
  assert.equal(rowMatches('0.0.0108 io_subchannel', 'vfio'), false);
  const rows = ['10', '9', '100'].map(key => ({ key }));
  assert.deepEqual(sortRows(rows, 'number', true).map(r => r.key), ['9', '10', '100']);
  assert.deepEqual(sortRows(rows, 'text', false).map(r => r.key), ['100', '10', '9']);
});

test('path state words: configured off wins over varied offline', () => {
  assert.deepEqual(pathState({ configured: false, online: true }), { text: 'configured off', ok: false });
  assert.deepEqual(pathState({ configured: true, online: false }), { text: 'varied offline', ok: false });
  assert.deepEqual(pathState({ configured: true, online: true }), { text: 'online', ok: true });
});
