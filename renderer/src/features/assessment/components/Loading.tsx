/** What a screen shows while its data is read. */
export function Loading() {
  return <p className="muted">Loading…</p>;
}
