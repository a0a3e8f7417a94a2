/**
 * Hostile .ics files through the real calendar parser (shared/domain/ics.ts), decoded from bytes as main
 * reads them (shared/../read-checked.ts: UTF-8, bytes that are not UTF-8 becoming U+FFFD).
 *
 * Each case starts from a fixture calendar or a generated one and breaks it: truncation, huge lines,
 * deep or unterminated BEGIN/END, bad dates, recurrence bombs (COUNT=1e9, FREQ=SECONDLY from 1900),
 * folded-line abuse, bytes that are not UTF-8, mixed line ends, and many events at once.
 *
 * The property: the parser either refuses with an IcsError whose message is the app's own (no raw error
 * text, says what to do, short), or returns a result within its own limits — at most MAX_OCCURRENCES
 * occurrences, each inside the window, with a bounded title, an import key the audit can store, a few
 * short notes — after at most a bounded number of recurrence steps (counted, never timed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IcsError, MAX_ICS_STEPS, MAX_OCCURRENCES, parseIcs, type IcsWindow } from '@shared/domain/ics';
import { auditEntrySchema } from '@shared/types/entities';
import {
  Failures,
  NEXT_STEP,
  caseCount,
  caseIndexes,
  excerpt,
  messageProblem,
  randomFor,
  report,
  type Random,
  suiteTimeout,
} from './support';

const FILE = 'tests/reliability/ics.test.ts';
const HOSTILE_CALENDARS = 1_000;
const FIXTURES = [
  'weekly-1on1.ics',
  'cross-timezone.ics',
  'all-day.ics',
  'floating-until.ics',
  'audit-week.ics',
];
const WINDOW: IcsWindow = { rangeStart: '2026-01-05', rangeEnd: '2026-02-08', timeZone: 'Europe/Berlin' };
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
];
/** The most an import key may be: the audit stores it (auditEntries.importKey). */
const importKeyOk = (key: string) => auditEntrySchema.shape.importKey.safeParse(key).success;

function event(uid: string, lines: string[]): string {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20251220T090000Z', ...lines, 'END:VEVENT'].join('\r\n');
}
function calendar(body: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//reliability//EN', ...body, 'END:VCALENDAR', ''].join(
    '\r\n',
  );
}

const BOMBS = [
  'RRULE:FREQ=SECONDLY;COUNT=1000000000',
  'RRULE:FREQ=SECONDLY',
  'RRULE:FREQ=MINUTELY;INTERVAL=1',
  'RRULE:FREQ=DAILY;COUNT=1000000000',
  'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
  'RRULE:FREQ=MONTHLY;BYDAY=-5FR;COUNT=1000000',
  'RRULE:FREQ=HOURLY;BYSECOND=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29',
  'RRULE:FREQ=WEEKLY;INTERVAL=0',
  'RRULE:FREQ=DAILY;INTERVAL=-1',
  'RRULE:FREQ=DAILY;UNTIL=99991231T000000Z',
  'RRULE:FREQ=SECONDLY;BYHOUR=9;BYMINUTE=0',
  'RRULE:FREQ=NEVER',
  // Rules no date meets, walked hour by hour or day by day inside ical.js (one hung main for good).
  'RRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30',
  'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
  'RRULE:FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1',
  'RRULE:FREQ=MONTHLY;BYSETPOS=40;BYDAY=MO',
];
const BAD_DATES = [
  'DTSTART:20261345T250000Z',
  'DTSTART;VALUE=DATE:00000000',
  'DTSTART;VALUE=DATE:99991231',
  'DTSTART:00000101T000000Z',
  'DTSTART:99991231T235959Z',
  'DTSTART:20260230T100000',
  'DTSTART:2026-01-05T10:00:00Z',
  'DTSTART:',
  'DTSTART;TZID=Mars/Olympus:20260105T100000',
  'DTSTART;TZID=../../etc/passwd:20260105T100000',
  'DTSTART;TZID=:20260105T100000',
  'DURATION:-P1D',
  'DURATION:P99999999W',
  'DTEND:19000101T000000Z',
  'EXDATE:garbage',
  'RECURRENCE-ID:20260105T100000Z',
];

type Mutation = (
  rng: Random,
  base: string,
  index: number,
) => { label: string; bytes: Uint8Array; window?: IcsWindow };
const encode = (text: string) => new TextEncoder().encode(text);

function startIn(rng: Random): string {
  // Mostly near the window; now and then in 1900, so a daily rule walks 46,000 steps to reach it.
  return rng.weighted([
    [0.5, '19000101T090000Z'],
    [3, '20251201T090000Z'],
    [3, '20260105T090000Z'],
    [2, '20260106T080000'],
    [2, '20260107'],
  ]);
}

const MUTATIONS: readonly (readonly [number, string, Mutation])[] = [
  [
    8,
    'truncated',
    (rng, base) => ({ label: 'truncated', bytes: encode(base.slice(0, rng.int(0, base.length - 1))) }),
  ],
  [
    6,
    'huge line',
    (rng, base) => {
      const property = rng.pick(['SUMMARY', 'UID', 'DESCRIPTION', 'X-HUGE', 'LOCATION', 'DTSTART']);
      const value = rng
        .pick(['x', 'ä', '😀', ';', ':', '\\n'])
        .repeat(rng.pick([1_000, 70_000, rng.int(100_000, 400_000)]));
      return {
        label: `huge ${property}`,
        bytes: encode(base.replace('END:VEVENT', `${property}:${value}\r\nEND:VEVENT`)),
      };
    },
  ],
  [
    6,
    'deep or unterminated BEGIN/END',
    (rng, base) => {
      const depth = rng.pick([2, 17, 50, 1_000, rng.int(10_000, 100_000)]);
      const name = rng.pick(['VEVENT', 'VALARM', 'VCALENDAR', 'X-THING', 'VTIMEZONE']);
      const close = rng.pick(['all', 'none', 'mismatched']);
      const open = `BEGIN:${name}\r\n`.repeat(depth);
      const end =
        close === 'all'
          ? `END:${name}\r\n`.repeat(depth)
          : close === 'mismatched'
            ? 'END:VTODO\r\n'.repeat(depth)
            : '';
      return {
        label: `${depth} × BEGIN:${name}, closed ${close}`,
        bytes: encode(base.replace('END:VCALENDAR', `${open}${end}END:VCALENDAR`)),
      };
    },
  ],
  [
    8,
    'bad dates',
    (rng, base) => {
      const bad = rng.pick(BAD_DATES);
      const field = bad.split(/[;:]/)[0]!;
      const lines = base.split(/\r?\n/);
      const at = lines.findIndex((line) => line.startsWith(field));
      if (at >= 0 && rng.chance(0.7)) lines[at] = bad;
      else
        lines.splice(
          lines.indexOf('END:VEVENT') >= 0 ? lines.indexOf('END:VEVENT') : lines.length - 2,
          0,
          bad,
        );
      return { label: bad, bytes: encode(lines.join('\r\n')) };
    },
  ],
  [
    8,
    'recurrence bomb',
    (rng, _base, index) => {
      const events = Array.from({ length: rng.pick([1, 1, 2, 8]) }, (_, i) =>
        event(`bomb-${index}-${i}@x`, [
          `DTSTART:${startIn(rng)}`,
          'DURATION:PT30M',
          rng.pick(BOMBS),
          'SUMMARY:Bomb',
        ]),
      );
      return { label: `${events.length} recurrence bomb(s)`, bytes: encode(calendar(events)) };
    },
  ],
  [
    5,
    'many events',
    (rng, _base, index) => {
      // Past MAX_OCCURRENCES now and then: reading 20,001 events takes ical.js seconds.
      const count = rng.weighted([
        [12, 200],
        [2, 2_000],
        [0.1, MAX_OCCURRENCES + 1],
      ]);
      const events: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const day = 5 + (i % 28);
        events.push(
          event(`many-${index}-${i}@x`, [
            `DTSTART:202601${String(day).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}0000Z`,
            'DURATION:PT15M',
            `SUMMARY:Event ${i}`,
          ]),
        );
      }
      return { label: `${count} events`, bytes: encode(calendar(events)) };
    },
  ],
  [
    5,
    'folded-line abuse',
    (rng, base) => {
      const style = rng.pick([
        'every char',
        'fold then blank',
        'leading fold',
        'tab folds',
        'fold inside a name',
      ]);
      let text = base;
      if (style === 'every char')
        text = base.replace(/SUMMARY:([^\r\n]*)/, (_m, s: string) => `SUMMARY:${s.split('').join('\r\n ')}`);
      else if (style === 'fold then blank') text = base.replace('SUMMARY:', 'SUMMARY:\r\n \r\n \r\n\r\n ');
      else if (style === 'leading fold') text = ` ${base}`;
      else if (style === 'tab folds')
        text = base.replace(/\r\n(?=[A-Z])/g, () => (rng.chance(0.2) ? '\r\n\t' : '\r\n'));
      else text = base.replace('DTSTART', 'DTST\r\n ART');
      return { label: `folding: ${style}`, bytes: encode(text) };
    },
  ],
  [
    5,
    'bytes that are not UTF-8',
    (rng, base) => {
      const bytes = encode(base);
      const out = [...bytes];
      for (let n = rng.int(1, 5); n > 0; n -= 1)
        out.splice(
          rng.int(0, out.length),
          0,
          ...rng.pick([[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0x80], [0x00]]),
        );
      return { label: 'not UTF-8', bytes: new Uint8Array(out) };
    },
  ],
  [
    4,
    'mixed line ends',
    (rng, base) => ({
      label: 'CR/LF/CRLF mix',
      bytes: encode(
        base
          .split('\r\n')
          .map((line) => line + rng.pick(['\r\n', '\n', '\r', '\n\r']))
          .join(''),
      ),
    }),
  ],
  [
    4,
    'random byte flips',
    (rng, base) => {
      const bytes = encode(base);
      for (let n = rng.int(1, 8); n > 0; n -= 1) bytes[rng.int(0, bytes.length - 1)] = rng.int(0, 255);
      return { label: 'byte flips', bytes };
    },
  ],
  [
    3,
    'many undefined zones',
    (rng, _base, index) => {
      const count = rng.pick([10, 300]);
      const events = Array.from({ length: count }, (_, i) =>
        event(`zone-${index}-${i}@x`, [
          `DTSTART;TZID=Nowhere/Zone-${i}-${'z'.repeat(rng.int(0, 300))}:20260106T100000`,
          'DURATION:PT1H',
          'SUMMARY:Zone',
        ]),
      );
      return { label: `${count} undefined zones`, bytes: encode(calendar(events)) };
    },
  ],
  [
    3,
    'not a calendar',
    (rng) => ({
      label: 'not a calendar',
      bytes: encode(
        rng.pick([
          '',
          '\uFEFF',
          'BEGIN:VCARD\r\nEND:VCARD\r\n',
          '<html></html>',
          '{"format":"growth-ledger-backup"}',
          'BEGIN:VCALENDAR',
          'END:VCALENDAR',
          'BEGIN:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
          'BEGIN:VCALENDAR\r\n\u0000\r\nEND:VCALENDAR',
        ]),
      ),
    }),
  ],
  [
    3,
    'hostile window',
    (rng, base) => ({
      label: 'hostile window',
      bytes: encode(base),
      window: {
        rangeStart: rng.pick(['1900-01-01', '2026-01-05', '0000-01-01']),
        rangeEnd: rng.pick(['2026-01-05', '2199-12-31', '9999-12-31']),
        timeZone: rng.pick([...ZONES, 'Mars/Olympus', '']),
      },
    }),
  ],
];

describe('hostile .ics files through the real parser', () => {
  let bases: string[];
  let steps = 0;
  // The real method, taken unbound on purpose: the stand-in calls it with the expansion as `this`.
  const next = Object.getOwnPropertyDescriptor(ICAL.RecurExpansion.prototype, 'next')
    ?.value as ICAL.RecurExpansion['next'];

  beforeAll(() => {
    bases = FIXTURES.map((name) => readFileSync(join(import.meta.dirname, '../fixtures/ics', name), 'utf8'));
    // The parser's work, counted in recurrence steps (every occurrence it walks), not in seconds.
    vi.spyOn(ICAL.RecurExpansion.prototype, 'next').mockImplementation(function (
      this: ICAL.RecurExpansion,
      ...args: Parameters<ICAL.RecurExpansion['next']>
    ) {
      steps += 1;
      return next.apply(this, args);
    });
  });
  afterAll(() => vi.restoreAllMocks());

  it(
    `refuses each with the app's own message or parses it within the parser's limits (${HOSTILE_CALENDARS}+ files)`,
    () => {
      const count = caseCount(HOSTILE_CALENDARS);
      const failures = new Failures(FILE);
      let refused = 0;
      let parsed = 0;
      let mostOccurrences = 0;
      let mostSteps = 0;
      for (const index of caseIndexes(count)) {
        const rng = randomFor('ics', index);
        const base = rng.pick(bases);
        const [, kind, mutate] = rng.weighted(MUTATIONS.map((m) => [m[0], m] as const));
        const made = mutate(rng, base, index);
        const text = new TextDecoder('utf-8').decode(made.bytes);
        const window = made.window ?? { ...WINDOW, timeZone: rng.pick(ZONES) };
        const problems: string[] = [];
        steps = 0;
        try {
          const result = parseIcs(text, window);
          parsed += 1;
          mostOccurrences = Math.max(mostOccurrences, result.occurrences.length);
          if (result.occurrences.length > MAX_OCCURRENCES)
            problems.push(`${result.occurrences.length} occurrences`);
          const outside = result.occurrences.find(
            (o) => o.date < window.rangeStart || o.date > window.rangeEnd,
          );
          if (outside) problems.push(`an occurrence outside the window: ${outside.date}`);
          const long = result.occurrences.find(
            (o) => o.title.length > 200 || !importKeyOk(o.importKey) || o.minutes < 0 || o.minutes > 24 * 60,
          );
          if (long)
            problems.push(
              `an occurrence the audit cannot store: title ${long.title.length}, key ${long.importKey.length} characters, ${long.minutes} minutes`,
            );
          if ((result.calendarName?.length ?? 0) > 200)
            problems.push(`a ${result.calendarName?.length}-character calendar name`);
          if (result.notes.length > 5 || result.notes.some((note) => note.length > 500))
            problems.push(`notes of ${result.notes.map((n) => n.length).join(', ')} characters`);
        } catch (error) {
          refused += 1;
          if (!(error instanceof IcsError))
            problems.push(
              `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`,
            );
          else {
            const wording = messageProblem(error.message);
            if (wording) problems.push(`${wording}: ${excerpt(error.message, 200)}`);
            if (!NEXT_STEP.test(error.message))
              problems.push(`the message does not say what to do: ${excerpt(error.message, 200)}`);
            if (error.message.length > 500) problems.push(`a ${error.message.length}-character message`);
          }
        }
        mostSteps = Math.max(mostSteps, steps);

        if (steps > MAX_ICS_STEPS + 1)
          problems.push(`${steps} recurrence steps, more than the parser's limit of ${MAX_ICS_STEPS}`);
        if (problems.length > 0)
          failures.add(
            index,
            `${kind}: ${made.label}`,
            problems.join('; '),
            `${excerpt(text, 300)} in ${JSON.stringify(window)}`,
          );
      }
      report(
        `${count} hostile .ics files: ${refused} refused with an app message, ${parsed} parsed within limits (at most ${mostOccurrences} occurrences of ${MAX_OCCURRENCES}, ${mostSteps} recurrence steps of ${MAX_ICS_STEPS})`,
      );
      failures.check();
      expect(refused + parsed).toBe(caseIndexes(count).length);
    },
    suiteTimeout(600_000),
  );
});
