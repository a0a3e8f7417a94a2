/**
 * The calendar worker (issue 16): its protocol as the service answers it (parse → progress → result or
 * failure), and the client over it — progress heard, results and the parser's refusals passed on,
 * cancelling that ends the worker and hears nothing after, a worker that never starts replaced by the
 * in-thread service, and a malformed answer refused. No wall-clock assertions: the service's clock is
 * injected.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IcsError, parseIcs } from '@shared/domain/ics';
import {
  workerResponseSchema,
  type WorkerRequest,
  type WorkerResponse,
} from '@renderer/features/audit/worker/protocol';
import { createIcsService, PROGRESS_INTERVAL_MS } from '@renderer/features/audit/worker/service';
import {
  CalendarFileError,
  inThreadPort,
  parseCalendar,
  ParseCancelledError,
  type IcsPort,
} from '@renderer/features/audit/worker/client';

const ICS = join(import.meta.dirname, '../../fixtures/ics');
const WINDOW = { rangeStart: '2026-01-05', rangeEnd: '2026-03-31', timeZone: 'Europe/Berlin' };
const BAD_FILES = ['malformed.ics', 'truncated.ics', 'html.ics', 'vcard.ics', 'binary.ics', 'empty.ics'];

const fixture = (name: string) => readFile(join(ICS, name), 'utf8');

/** Runs one request through the service and returns everything it answered, each checked against the protocol. */
function serve(request: unknown, now?: () => number): WorkerResponse[] {
  const sent: WorkerResponse[] = [];
  createIcsService((response) => sent.push(workerResponseSchema.parse(response)), now).receive(request);
  return sent;
}

/** A calendar of `count` one-off 30-minute events on weekdays in January 2026. */
function manyEvents(count: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN'];
  for (let i = 0; i < count; i += 1) {
    const day = String(5 + (i % 20)).padStart(2, '0');
    const hour = String(8 + (i % 10)).padStart(2, '0');
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${i}@test`,
      `DTSTART:202601${day}T${hour}0000Z`,
      `DTEND:202601${day}T${hour}3000Z`,
      `SUMMARY:Meeting ${i}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

describe('the calendar worker service', () => {
  it('answers a parse with progress from 0 to every event, then the parser’s own result', async () => {
    const text = await fixture('audit-week.ics');
    const sent = serve({ type: 'parse', id: 7, text, window: WINDOW });
    const progress = sent.filter((m) => m.type === 'progress');
    expect(progress[0]).toMatchObject({ id: 7, progress: { done: 0 } });
    const last = progress.at(-1);
    expect(last?.type === 'progress' && last.progress.done === last.progress.total).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'done', id: 7, result: parseIcs(text, WINDOW) });
    expect(sent.filter((m) => m.type !== 'progress')).toHaveLength(1);
  });

  it('sends progress at most once per interval, but always the first and the last', () => {
    const text = manyEvents(300);
    // A clock that never moves: only the first and the last report may go out.
    const still = serve({ type: 'parse', id: 1, text, window: WINDOW }, () => 0);
    expect(
      still.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && m.progress.done),
    ).toEqual([0, 300]);
    // A clock that moves a whole interval per reading: every report goes out.
    let t = 0;
    const moving = serve({ type: 'parse', id: 2, text, window: WINDOW }, () => (t += PROGRESS_INTERVAL_MS));
    expect(moving.filter((m) => m.type === 'progress')).toHaveLength(301);
    expect(moving.at(-1)).toMatchObject({ type: 'done', id: 2 });
  });

  it.each(BAD_FILES)('refuses %s with the parser’s message for the user, and no result', async (name) => {
    const text = await fixture(name);
    const expected = (() => {
      try {
        parseIcs(text, WINDOW);
      } catch (error) {
        return error instanceof IcsError ? error.message : null;
      }
      return null;
    })();
    expect(expected).toEqual(expect.any(String));
    const sent = serve({ type: 'parse', id: 3, text, window: WINDOW });
    expect(sent.filter((m) => m.type === 'done')).toEqual([]);
    expect(sent.at(-1)).toEqual({ type: 'failed', id: 3, message: expected });
  });

  it('refuses malformed requests, naming what is wrong, before reading anything', () => {
    for (const request of [
      { type: 'parse', id: 4, text: '', window: { ...WINDOW, timeZone: 'Mars/Olympus' } },
      { type: 'parse', id: 4, text: '', window: { ...WINDOW, rangeStart: '2026-04-01' } },
      { type: 'parse', id: 4, text: '', window: { ...WINDOW, rangeEnd: 'next week' } },
      { type: 'parse', id: 4, text: '', window: WINDOW, path: '/etc/passwd' },
      { type: 'cancel', id: 4 },
    ]) {
      const sent = serve(request);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ type: 'failed', id: 4 });
      expect(sent[0]?.type === 'failed' ? sent[0].message : '').toMatch(
        /^The calendar worker refused a malformed request \(.+\)\.$/,
      );
    }
    expect(serve(null)).toMatchObject([{ type: 'failed', id: 0 }]);
  });
});

/** A port that records what it was sent and lets the test answer (or crash) when it chooses. */
function scriptedPort() {
  const state = {
    posted: [] as WorkerRequest[],
    closed: 0,
    say: (_data: unknown): void => undefined,
    crash: (_reason: string): void => undefined,
  };
  const port: IcsPort = {
    post: (request) => state.posted.push(request),
    listen: (onMessage, onCrash) => {
      state.say = onMessage;
      state.crash = onCrash;
    },
    close: () => {
      state.closed += 1;
    },
  };
  return { port, state };
}

describe('parseCalendar (the client)', () => {
  it('resolves with the result and passes progress on, in order', async () => {
    const text = manyEvents(40);
    const heard: number[] = [];
    const result = await parseCalendar(text, WINDOW, {
      openPort: inThreadPort,
      onProgress: (p) => heard.push(p.done),
    });
    expect(result).toEqual(parseIcs(text, WINDOW));
    expect(result.occurrences).toHaveLength(40);
    expect(heard[0]).toBe(0);
    expect(heard.at(-1)).toBe(40);
    expect([...heard].sort((a, b) => a - b)).toEqual(heard);
  });

  it.each(BAD_FILES)(
    'rejects %s with a CalendarFileError carrying the message for the user',
    async (name) => {
      const text = await fixture(name);
      const error: unknown = await parseCalendar(text, WINDOW, { openPort: inThreadPort }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CalendarFileError);
      expect((error as Error).message).toMatch(/\.$/);
    },
  );

  it('cancels: ends the worker at once, rejects, and ignores whatever it still sends', async () => {
    const { port, state } = scriptedPort();
    const abort = new AbortController();
    const heard: number[] = [];
    const parsing = parseCalendar('BEGIN:VCALENDAR', WINDOW, {
      openPort: () => port,
      signal: abort.signal,
      onProgress: (p) => heard.push(p.done),
    });
    const id = state.posted[0]?.id ?? -1;
    expect(state.posted).toEqual([{ type: 'parse', id, text: 'BEGIN:VCALENDAR', window: WINDOW }]);
    state.say({ type: 'progress', id, progress: { done: 0, total: 5000 } });
    abort.abort();
    await expect(parsing).rejects.toBeInstanceOf(ParseCancelledError);
    expect(state.closed).toBe(1);
    // A worker's last messages may already be queued: they change nothing.
    state.say({ type: 'progress', id, progress: { done: 10, total: 5000 } });
    state.say({ type: 'done', id, result: parseIcs(manyEvents(1), WINDOW) });
    expect(heard).toEqual([0]);
    expect(state.closed).toBe(1);
  });

  it('does not start a worker when already cancelled', async () => {
    const { port, state } = scriptedPort();
    const abort = new AbortController();
    abort.abort();
    await expect(
      parseCalendar('x', WINDOW, { openPort: () => port, signal: abort.signal }),
    ).rejects.toBeInstanceOf(ParseCancelledError);
    expect(state.posted).toEqual([]);
  });

  it('reads in-thread when the worker fails before answering anything', async () => {
    const { port, state } = scriptedPort();
    const text = manyEvents(3);
    const parsing = parseCalendar(text, WINDOW, { openPort: () => port, fallback: inThreadPort });
    state.crash('blocked');
    expect(await parsing).toEqual(parseIcs(text, WINDOW));
    expect(state.closed).toBe(1);
  });

  it('fails with a message when a worker that answered stops, or sends a malformed message', async () => {
    const first = scriptedPort();
    const stopped = parseCalendar('x', WINDOW, { openPort: () => first.port });
    const id = first.state.posted[0]?.id ?? -1;
    first.state.say({ type: 'progress', id, progress: { done: 0, total: 1 } });
    first.state.crash('out of memory');
    await expect(stopped).rejects.toThrow(
      'The calendar worker stopped (out of memory). Try the import again.',
    );

    const second = scriptedPort();
    const malformed = parseCalendar('x', WINDOW, { openPort: () => second.port });
    second.state.say({
      type: 'done',
      id: second.state.posted[0]?.id,
      result: { occurrences: 'all of them' },
    });
    await expect(malformed).rejects.toThrow(
      'The calendar worker sent a malformed message. Try the import again.',
    );
    expect(second.state.closed).toBe(1);
  });
});
