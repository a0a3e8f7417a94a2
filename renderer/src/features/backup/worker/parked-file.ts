/**
 * How the backup service gets the bytes of a file main read for a restore: fetched with its one-time
 * ticket from `/__file/<ticket>` on the app's own origin (shared/ipc/file-ticket.ts), which main's app
 * protocol serves once. Run in the worker, so the bytes never reach the page's main thread.
 */
import { fileTicketPath } from '@shared/ipc/file-ticket';

/**
 * The bytes parked under a ticket, or null when there are none any more (the ticket was used or expired):
 * the user then chooses the file again. Any other failure throws, with a message for the user.
 */
export type ReadParkedFile = (ticket: string) => Promise<Uint8Array | null>;

/** Reads parked files from the app at `base` (a URL on its origin). */
export function parkedFilesAt(base: string): ReadParkedFile {
  return async (ticket) => {
    const cannot = (why: string) =>
      new Error(`The backup file could not be read (${why}). Nothing was changed. Choose the file again.`);
    let response: Response;
    try {
      // Same origin (`connect-src 'self'`): app://growth-ledger in the app, the test server in the tests.
      response = await fetch(new URL(fileTicketPath(ticket), base), { cache: 'no-store' });
    } catch (error) {
      throw cannot(error instanceof Error ? error.message : String(error));
    }
    if (response.status === 404) return null;
    if (!response.ok) throw cannot(`the app answered ${response.status}`);
    // Anything else (a development server's page, say) is not the file: refused before it is parsed.
    const type = response.headers.get('Content-Type');
    if (type !== 'application/octet-stream') throw cannot(`the app answered with ${type ?? 'no type'}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** Reads parked files from the origin this code runs on: the worker's (the app's), or the page's. */
export const fetchParkedFile: ReadParkedFile = (ticket) => parkedFilesAt(globalThis.location.href)(ticket);
