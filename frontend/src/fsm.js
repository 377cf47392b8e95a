// The FSM diagram's live behaviour: which node is current and which edge to animate for an fsm event.
// The SVG itself is server-rendered (ui.FsmDiagram) with ids fsm-node-<STATE> and fsm-edge-<FROM>-<TO>.

export const STATES = ['NOT_OPER', 'STANDBY', 'IDLE', 'CP_PROCESSING', 'CP_PENDING'];

/** @returns {{current: string, edge: string|null, selfLoop: boolean}} what an fsm event changes in the diagram */
export function diagramUpdate(event, edgeIds) {
  const { from, to } = event;
  if (!STATES.includes(to)) return { current: null, edge: null, selfLoop: false };
  if (from === to) return { current: to, edge: null, selfLoop: true };
  const id = `fsm-edge-${from}-${to}`;
  return { current: to, edge: edgeIds.has(id) ? id : null, selfLoop: false };
}

/** Applies an fsm event to the SVG element and the state badge (DOM glue; the decision is diagramUpdate). */
export function applyToDiagram(svg, event, badges = []) {
  const edges = new Set([...svg.querySelectorAll('.edge')].map(e => e.id));
  const u = diagramUpdate(event, edges);
  if (!u.current) return u;
  svg.querySelectorAll('.node').forEach(n => n.classList.toggle('current', n.id === `fsm-node-${u.current}`));
  svg.querySelector('title').textContent = `FSM diagram, current state ${u.current}`;
  svg.dataset.current = u.current;
  if (u.edge) {
    const el = svg.querySelector(`#${u.edge}`);
    el.classList.remove('fired');
    void el.getBBox?.();
    el.classList.add('fired');
    setTimeout(() => el.classList.remove('fired'), 2500);
  }
  for (const b of badges) {
    b.textContent = u.current;
    b.className = `badge fsm-${u.current} flash`;
  }
  return u;
}
