/**
 * Text in code-unit order: right for ISO dates and times, ids and other machine text, and without a
 * locale's collation to pay for (sorting hundreds of records with `localeCompare` shows in a profile).
 * Words a user reads are sorted with `localeCompare` instead.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
