/**
 * How a file main read for the page reaches the backup worker without crossing the page's main thread
 * (a five-year backup is 31 MB, and every copy of it on that thread froze the window for 85–130 ms):
 * main reads and checks the file, parks its bytes under a one-time ticket
 * (electron/services/file-tickets.ts) and answers the page with the ticket only; the worker fetches
 * `/__file/<ticket>` from the app's own origin (electron/services/app-protocol.ts serves it once).
 *
 * No dependencies: main, the page and the worker all use it.
 */

/** The path under the app's origin where parked files are served. */
export const FILE_TICKET_PREFIX = '/__file/';

/** A ticket: 32 random bytes in base64url (256 bits, nothing to guess; safe in a URL as it is). */
export const FILE_TICKET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The path (on the app's own origin) that serves the file parked under `ticket`. */
export function fileTicketPath(ticket: string): string {
  return `${FILE_TICKET_PREFIX}${ticket}`;
}
