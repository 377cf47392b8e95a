import test from 'node:test';
import assert from 'node:assert/strict';
import { explainScsw, explainSense } from '../src/scsw.js';

test('explains a normal end: start function, primary+secondary+pending, CE DE (spec §5.4)', () => {
  const rows = explainScsw({ key: 0, flags: ['FORMAT1', 'PREFETCH'], deferredCc: 0, fctl: ['START'], actl: [],
    stctl: ['PRIMARY', 'SECONDARY', 'STATUS_PENDING'], dstat: ['CE', 'DE'], cstat: [], cpa: '0x00001008', count: 0, solicited: true, isFinal: true });
  const by = Object.fromEntries(rows.map(r => [r.name, r]));
  assert.equal(by['device status'].meaning, 'channel end, device end');
  assert.equal(by['status control'].value, 'PRIMARY SECONDARY STATUS_PENDING');
  assert.equal(by.flags.meaning, 'F format-1 CCWs, P prefetch');
  assert.equal(by['activity control'].value, 'none');
  assert.equal(by['deferred cc'].meaning, 'normal interruption');
  assert.equal(by.interruption.meaning, 'final: the program is over');
});

test('deferred cc 3 means not operational on the selected paths', () => {
  const rows = explainScsw({ key: 0, flags: [], deferredCc: 3, fctl: ['START'], actl: [], stctl: ['ALERT', 'STATUS_PENDING'], dstat: [], cstat: [], cpa: '0x0', count: 0, solicited: true, isFinal: true });
  assert.equal(rows.find(r => r.name === 'deferred cc').meaning, 'device not operational on the selected paths');
});

test('sense bytes: command reject, no record found, format and message of byte 7 (spec §8.4)', () => {
  assert.equal(explainSense('8000000000000001'), 'command reject (format 0, message 1)');
  assert.equal(explainSense('0008'), 'no record found');
  assert.equal(explainSense('0000000000000010'), 'no byte 0/1 bits (format 1, message 0)');
  assert.equal(explainSense(''), 'no sense data');
});
