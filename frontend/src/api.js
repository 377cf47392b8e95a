// Calls of the REST API from the console: the session cookie authenticates them, the page's CSRF token goes along
// (CookieSessionCsrf requires it for cookie sessions), and a problem+json answer becomes an ApiError with its detail.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problemMessage(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

/** The text an operator sees for a failed call: title, detail and the fields that help (cc, errno, CCW index). */
export function problemMessage(status, problem) {
  if (!problem || typeof problem !== 'object') return `HTTP ${status}`;
  const extras = [];
  if (problem.ccwIndex !== undefined) extras.push(`CCW ${problem.ccwIndex}`);
  if (problem.field) extras.push(`field ${problem.field}`);
  if (problem.cc !== undefined && problem.cc !== null) extras.push(`cc ${problem.cc}`);
  if (problem.errno) extras.push(problem.errno);
  const head = `${problem.title ?? 'Error'} (${problem.status ?? status})`;
  return `${head}: ${problem.detail ?? ''}${extras.length ? ` [${extras.join(', ')}]` : ''}`.trim();
}

function csrfToken() {
  return globalThis.document?.querySelector('meta[name="csrf-token"]')?.content ?? '';
}

/** fetch + JSON both ways; throws ApiError on any non-2xx answer. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json', 'X-CSRF-Token': csrfToken() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = { detail: text.slice(0, 300) }; }
  if (!res.ok) throw new ApiError(res.status, json);
  return json;
}

/** Shows a message in the page's #flash region (role=status). */
export function flash(message, kind = 'ok') {
  const el = globalThis.document?.getElementById('flash');
  if (!el) return;
  el.textContent = message;
  el.className = `flash ${kind}`;
  el.hidden = false;
}

/** Runs an action with its button disabled and a progress note; errors go to the flash region. */
export async function withProgress(button, label, action) {
  const note = globalThis.document.createElement('span');
  note.className = 'progress';
  note.textContent = label;
  button.disabled = true;
  button.after(note);
  try {
    return await action();
  } catch (e) {
    flash(e.message, 'error');
    return undefined;
  } finally {
    button.disabled = false;
    note.remove();
  }
}
