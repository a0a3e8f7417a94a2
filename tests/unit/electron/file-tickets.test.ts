/**
 * The store of files main read for the page (electron/services/file-tickets.ts): one read per ticket,
 * dropped at expiry and when read, at most a few held. On a fake clock that moves only when told.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fixtures/fake-desktop';
import { FILE_TICKET_PATTERN } from '@shared/ipc/file-ticket';
import { FILE_TICKET_TTL_MS, MAX_PARKED_FILES, createFileTickets } from '@main/services/file-tickets';
import { parkedFilesInDev, takeMirroredFile } from '@scripts/dev-files';

const START = '2026-11-28T10:00:00.000Z';
const bytes = (...values: number[]) => new Uint8Array(values);

describe('file tickets', () => {
  it('gives each file its own unguessable, URL-safe ticket', () => {
    const tickets = createFileTickets({ maxFiles: 1_000 });
    const made = Array.from({ length: 1_000 }, () => tickets.park(bytes(1)));
    for (const ticket of made) expect(ticket).toMatch(FILE_TICKET_PATTERN);
    expect(new Set(made).size).toBe(1_000);
    // 43 base64url characters: 256 random bits.
    expect(made[0]).toHaveLength(43);
  });

  it('hands the bytes over once, as they were parked, and keeps nothing after', () => {
    const clock = new FakeClock(START);
    const tickets = createFileTickets({ clock });
    const file = bytes(1, 2, 3);
    const ticket = tickets.park(file);
    expect(tickets.size).toBe(1);
    expect(tickets.take(ticket)).toBe(file);
    expect(tickets.take(ticket)).toBeNull();
    expect(tickets.size).toBe(0);
    // Its expiry timer went with it.
    expect(clock.pending).toBe(0);
  });

  it('knows no ticket it did not give', () => {
    const tickets = createFileTickets();
    tickets.park(bytes(1));
    expect(tickets.take(createFileTickets().park(bytes(1)))).toBeNull();
    expect(tickets.take('')).toBeNull();
    expect(tickets.size).toBe(1);
  });

  it('drops a file when its ticket expires, two minutes after it was parked', () => {
    const clock = new FakeClock(START);
    const tickets = createFileTickets({ clock });
    const early = tickets.park(bytes(1));
    const late = tickets.park(bytes(2));
    clock.advanceBy(FILE_TICKET_TTL_MS - 1);
    expect(tickets.take(early)).toEqual(bytes(1));
    clock.advanceBy(1);
    // Freed by its timer, not only refused when asked for.
    expect(tickets.size).toBe(0);
    expect(tickets.take(late)).toBeNull();
    expect(FILE_TICKET_TTL_MS).toBe(120_000);
  });

  it('refuses an expired ticket even when its timer has not fired (a machine that slept)', () => {
    const clock = new FakeClock(START);
    const tickets = createFileTickets({ clock });
    const ticket = tickets.park(bytes(1));
    clock.jumpTo(new Date(new Date(START).getTime() + FILE_TICKET_TTL_MS));
    expect(tickets.take(ticket)).toBeNull();
    expect(tickets.size).toBe(0);
  });

  it(`holds at most ${MAX_PARKED_FILES} files: parking another drops the oldest`, () => {
    const clock = new FakeClock(START);
    const tickets = createFileTickets({ clock });
    const parked = [1, 2, 3].map((value) => tickets.park(bytes(value)));
    expect(tickets.size).toBe(MAX_PARKED_FILES);
    expect(clock.pending).toBe(MAX_PARKED_FILES);
    expect(tickets.take(parked[0]!)).toBeNull();
    expect(tickets.take(parked[1]!)).toEqual(bytes(2));
    expect(tickets.take(parked[2]!)).toEqual(bytes(3));
  });

  describe('under npm run dev: mirrored for the development server', () => {
    const folder = () => mkdtempSync(join(tmpdir(), 'ledger-dev-files-'));

    it('writes each parked file whole under its ticket, and removes it when read, expired or dropped', () => {
      const dir = folder();
      try {
        const clock = new FakeClock(START);
        const tickets = createFileTickets({ clock, mirrorDir: dir });
        const [a, b, c] = [1, 2, 3].map((value) => tickets.park(bytes(value, value)));
        // The oldest went when the third was parked; no temporary file is left.
        expect(readdirSync(dir).sort()).toEqual([b!, c!].sort());
        expect(takeMirroredFile(dir, b!)).toEqual(bytes(2, 2));
        expect(takeMirroredFile(dir, b!)).toBeNull();
        expect(takeMirroredFile(dir, a!)).toBeNull();
        tickets.take(c!);
        expect(existsSync(join(dir, c!))).toBe(false);
        const d = tickets.park(bytes(4));
        clock.advanceBy(FILE_TICKET_TTL_MS);
        expect(existsSync(join(dir, d))).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('serves a mirrored file once at /__file/<ticket>, and nothing that is not a ticket', async () => {
      const dir = folder();
      const tickets = createFileTickets({ mirrorDir: dir });
      const ticket = tickets.park(bytes(7, 8, 9));
      // The dev server's middleware stack, as connect mounts one: the path after the prefix as `url`.
      type Middleware = (request: IncomingMessage, response: ServerResponse) => void;
      const mounted: [string, Middleware][] = [];
      const middlewares = { use: (prefix: string, handle: Middleware) => mounted.push([prefix, handle]) };
      (
        parkedFilesInDev(dir).configureServer as unknown as (server: {
          middlewares: typeof middlewares;
        }) => void
      )({
        middlewares,
      });
      const server = createServer((request, response) => {
        const found = mounted.find(([prefix]) => request.url?.startsWith(prefix));
        if (!found) return void response.writeHead(500).end();
        request.url = `/${request.url!.slice(found[0].length)}`;
        found[1](request, response);
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/__file/`;
      try {
        expect(process.env.GROWTH_LEDGER_DEV_FILES).toBe(dir);
        const first = await fetch(base + ticket);
        expect(first.status).toBe(200);
        expect(first.headers.get('content-type')).toBe('application/octet-stream');
        expect(first.headers.get('cache-control')).toBe('no-store');
        expect(new Uint8Array(await first.arrayBuffer())).toEqual(bytes(7, 8, 9));
        expect((await fetch(base + ticket)).status).toBe(404);
        expect((await fetch(base + '..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
        expect((await fetch(base + tickets.park(bytes(1)), { method: 'POST' })).status).toBe(405);
      } finally {
        await new Promise((done) => server.close(done));
        delete process.env.GROWTH_LEDGER_DEV_FILES;
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
