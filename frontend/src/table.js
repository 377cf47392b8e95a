// Table helpers of the dashboard: filtering by words and sorting by a column.

/** Every whitespace-separated word of the query occurs (case-insensitively) in the row text. */
export function rowMatches(text, query) {
  const hay = text.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every(w => hay.includes(w));
}

/** rows: [{key, el}]; kind 'number' compares numerically, anything else as text (numeric-aware). */
export function sortRows(rows, kind, ascending) {
  const cmp = kind === 'number'
    ? (a, b) => (parseFloat(a.key) || 0) - (parseFloat(b.key) || 0)
    : (a, b) => a.key.localeCompare(b.key, 'en', { numeric: true });
  return [...rows].sort((a, b) => (ascending ? cmp(a, b) : cmp(b, a)));
}
