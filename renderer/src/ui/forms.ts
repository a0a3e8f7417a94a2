/**
 * Helpers for forms that add a record and then start empty again.
 *
 * Such a form clears its fields once the save has finished, which may be a moment after the click: the
 * user may already be typing the next entry. `clearIfUnchanged(submitted)` clears a field only if it still
 * holds what was submitted, so nothing typed in the meantime is lost.
 */
export function clearIfUnchanged<T extends string>(submitted: T): (current: T) => T | '' {
  return (current) => (current === submitted ? '' : current);
}
