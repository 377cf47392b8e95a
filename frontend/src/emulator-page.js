// Emulator controls: path vary/configure, device latency, fault injection and 3270 keystrokes through the API.
import { api, flash, withProgress } from './api.js';
import { pathState } from './paths.js';

const rowOf = b => b.closest('tr[data-schid]');

document.querySelectorAll('[data-path-action]').forEach(b => b.addEventListener('click', () => {
  const chpid = b.closest('tr').dataset.chpid;
  const online = b.dataset.online === 'true';
  withProgress(b, `${b.dataset.pathAction}…`, async () => {
    const p = await api('POST', `/api/v1/chpids/${chpid}/${b.dataset.pathAction}`, { online });
    const state = pathState(p);
    const badge = b.closest('tr').querySelector('[data-path-state]');
    badge.textContent = state.text;
    badge.className = `badge ${state.ok ? 'ok' : 'off'}`;
    flash(`CHPID ${chpid}: ${state.text}`);
  });
}));

document.querySelectorAll('[data-set-latency]').forEach(b => b.addEventListener('click', () => {
  const schid = rowOf(b).dataset.schid;
  const micros = Number(rowOf(b).querySelector('[data-latency]').value);
  withProgress(b, 'setting…', async () => {
    const r = await api('PUT', `/api/v1/emulator/subchannels/${schid}/latency`, { micros });
    flash(`${schid}: ${r.micros} µs per command`);
  });
}));

document.querySelectorAll('[data-inject]').forEach(b => b.addEventListener('click', () => {
  const row = rowOf(b);
  const kind = row.querySelector('[data-fault-kind]').value;
  const body = { kind, count: Number(row.querySelector('[data-fault-count]').value) };
  if (kind === 'UNIT_CHECK') body.sense = row.querySelector('[data-fault-sense]').value.trim();
  withProgress(b, 'injecting…', async () => {
    await api('POST', `/api/v1/emulator/subchannels/${row.dataset.schid}/faults`, body);
    flash(`${row.dataset.schid}: ${kind} injected`);
  });
}));

document.querySelectorAll('[data-clear-faults]').forEach(b => b.addEventListener('click', () => {
  const schid = rowOf(b).dataset.schid;
  withProgress(b, 'clearing…', async () => {
    await api('DELETE', `/api/v1/emulator/subchannels/${schid}/faults`);
    flash(`${schid}: faults cleared`);
  });
}));

document.querySelectorAll('[data-press-key]').forEach(b => b.addEventListener('click', () => {
  const row = rowOf(b);
  const schid = row.dataset.schid;
  withProgress(b, 'pressing…', async () => {
    await api('POST', `/api/v1/emulator/subchannels/${schid}/keystrokes`, { aid: row.querySelector('[data-key-aid]').value, text: row.querySelector('[data-key-text]').value });
    const screen = await api('GET', `/api/v1/emulator/subchannels/${schid}/screen`);
    row.querySelector('[data-screen]').textContent = screen.join('\n');
    flash(`${schid}: key pressed; the device raised attention`);
  });
}));
