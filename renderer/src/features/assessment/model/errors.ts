/** The message of anything thrown, for a toast. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
