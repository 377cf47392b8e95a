import test from 'node:test';
import assert from 'node:assert/strict';
import { diagramUpdate } from '../src/fsm.js';

const edges = new Set(['fsm-edge-IDLE-CP_PROCESSING', 'fsm-edge-CP_PROCESSING-CP_PENDING', 'fsm-edge-CP_PENDING-IDLE', 'fsm-edge-STANDBY-IDLE']);

test('a state change highlights the target and animates the drawn edge', () => {
  assert.deepEqual(diagramUpdate({ from: 'CP_PENDING', event: 'INTERRUPT', to: 'IDLE' }, edges), { current: 'IDLE', edge: 'fsm-edge-CP_PENDING-IDLE', selfLoop: false });
});

test('an event that keeps the state (HSCH in CP_PENDING) animates no edge', () => {
  assert.deepEqual(diagramUpdate({ from: 'CP_PENDING', event: 'ASYNC_REQ', to: 'CP_PENDING' }, edges), { current: 'CP_PENDING', edge: null, selfLoop: true });
});

test('a transition the diagram does not draw still moves the current state', () => {
  assert.deepEqual(diagramUpdate({ from: 'CP_PENDING', event: 'CLOSE', to: 'STANDBY' }, edges), { current: 'STANDBY', edge: null, selfLoop: false });
});

test('an unknown state changes nothing', () => {
  assert.equal(diagramUpdate({ from: 'IDLE', to: 'BOGUS' }, edges).current, null);
});
