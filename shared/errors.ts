/** The message of anything thrown, for a sentence shown to the user or written to a log. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
