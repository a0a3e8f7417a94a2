/**
 * The store of files main read for the page (electron/services/file-tickets.ts): one read per ticket,
 * dropped at expiry and when read, at most a few held. On a fake clock that moves only when told.
 */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fixtures/fake-desktop';
import { FILE_TICKET_PATTERN } from '@shared/ipc/file-ticket';
import { FILE_TICKET_TTL_MS, MAX_PARKED_FILES, createFileTickets } from '@main/services/file-tickets';

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
});
