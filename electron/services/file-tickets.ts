/**
 * Files main has read (and size-checked) for the page, parked until the backup worker fetches them from
 * the app protocol (`/__file/<ticket>`, see shared/ipc/file-ticket.ts): the IPC answer carries the
 * ticket, never the bytes, so a 31 MB backup does not cross the page's main thread.
 *
 * A ticket is 256 random bits, good for one read within `ttlMs`. The bytes are dropped when they are read
 * and when the ticket expires, and at most `maxFiles` are held: each can be a 100 MB backup, and a page
 * that asked for file after file (a bug, or a compromised page) must not fill the memory with them.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from './reminders/scheduler';

/** Long enough for a busy worker to get to the file; short enough that a forgotten one is soon freed. */
export const FILE_TICKET_TTL_MS = 2 * 60 * 1000;

/** One restore needs one file: a second is room for a check that starts before the last one's file was read. */
export const MAX_PARKED_FILES = 2;

export interface FileTickets {
  /** Parks `bytes` (not copied: the caller must not change them) and returns their one-time ticket. */
  park(bytes: Uint8Array<ArrayBuffer>): string;
  /** The bytes parked under `ticket`, once; null for a ticket that is unknown, used or expired. */
  take(ticket: string): Uint8Array<ArrayBuffer> | null;
  /** How many files are parked: each holds its bytes in memory. */
  readonly size: number;
}

export interface FileTicketsOptions {
  clock?: Clock;
  ttlMs?: number;
  maxFiles?: number;
  /**
   * Development only (`npm run dev`): a folder where each parked file is also written, under its ticket,
   * for the development server to serve (`parkedFilesInDev` in vite.renderer.config.ts). There the page
   * and its workers come from that server, not from app://, so their `/__file/` requests reach it.
   */
  mirrorDir?: string;
}

/** The system clock, but its timers never keep the process alive: a parked file is no reason to stay up. */
const unrefClock: Clock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Parked {
  bytes: Uint8Array<ArrayBuffer>;
  expiresAt: number;
  timer: unknown;
}

export function createFileTickets({
  clock = unrefClock,
  ttlMs = FILE_TICKET_TTL_MS,
  maxFiles = MAX_PARKED_FILES,
  mirrorDir,
}: FileTicketsOptions = {}): FileTickets {
  // In parking order (a Map keeps insertion order), so the oldest is the first.
  const parked = new Map<string, Parked>();
  if (mirrorDir) mkdirSync(mirrorDir, { recursive: true, mode: 0o700 });

  const drop = (ticket: string): Parked | undefined => {
    const entry = parked.get(ticket);
    if (!entry) return undefined;
    parked.delete(ticket);
    clock.clearTimeout(entry.timer);
    if (mirrorDir) rmSync(join(mirrorDir, ticket), { force: true });
    return entry;
  };

  /**
   * Readable by its owner only. Written synchronously, so whole before its ticket is handed out: nothing
   * can ask for it sooner, and no temporary name is needed.
   */
  const mirror = (ticket: string, bytes: Uint8Array) => {
    if (mirrorDir) writeFileSync(join(mirrorDir, ticket), bytes, { mode: 0o600 });
  };

  return {
    park(bytes) {
      for (const oldest of parked.keys()) {
        if (parked.size < maxFiles) break;
        drop(oldest);
      }
      const ticket = randomBytes(32).toString('base64url');
      mirror(ticket, bytes);
      const timer = clock.setTimeout(() => drop(ticket), ttlMs);
      parked.set(ticket, { bytes, expiresAt: clock.now().getTime() + ttlMs, timer });
      return ticket;
    },
    take(ticket) {
      const entry = drop(ticket);
      // The timer can fire late (a machine that slept): the time decides, not the timer.
      if (!entry || clock.now().getTime() >= entry.expiresAt) return null;
      return entry.bytes;
    },
    get size() {
      return parked.size;
    },
  };
}
