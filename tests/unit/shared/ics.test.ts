import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IcsError, parseIcs, type IcsWindow } from '@shared/domain/ics';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ics');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const BERLIN: IcsWindow = { rangeStart: '2026-01-05', rangeEnd: '2026-02-01', timeZone: 'Europe/Berlin' };
const rows = (text: string, window: IcsWindow = BERLIN) =>
  parseIcs(text, window).occurrences.map(
    (o) => `${o.date} ${o.startTime ?? 'all-day'} ${o.minutes} ${o.title}`,
  );

describe('parsing .ics files', () => {
  it('expands a weekly 1:1 with a moved exception, an EXDATE and a cancelled occurrence', () => {
    const result = parseIcs(fixture('weekly-1on1.ics'), BERLIN);
    expect(result.occurrences.map((o) => `${o.date} ${o.startTime} ${o.minutes} ${o.title}`)).toEqual([
      '2026-01-05 10:00 30 1:1 with Sam',
      '2026-01-06 14:00 90 Architecture review: storage layer',
      // The 12 Jan occurrence moved to Tuesday afternoon and was renamed.
      '2026-01-13 15:00 45 1:1 with Sam (moved to Tuesday)',
      // 19 Jan is an EXDATE; 26 Jan is cancelled.
    ]);
    expect(result).toMatchObject({ calendarName: 'Work', eventCount: 3, cancelledCount: 2, notes: [] });
    // The moved occurrence keeps the key of its original slot, so re-importing after a move adds nothing.
    expect(result.occurrences[2]?.importKey).toBe('weekly-1on1-sam@example.com|2026-01-12T09:00:00.000Z');
    expect(result.occurrences[0]).toMatchObject({ uid: 'weekly-1on1-sam@example.com', allDay: false });
  });

  it('honours the series end (UNTIL) and time-zone rules across daylight saving', () => {
    const march = { rangeStart: '2026-03-23', rangeEnd: '2026-04-05', timeZone: 'Europe/Berlin' };
    // 10:00 Berlin on 30 March is 08:00Z (summer time), still before UNTIL 09:00Z; 6 April is past it.
    expect(rows(fixture('weekly-1on1.ics'), march)).toEqual([
      '2026-03-23 10:00 30 1:1 with Sam',
      '2026-03-30 10:00 30 1:1 with Sam',
    ]);
  });

  it('converts events from other zones into the user’s zone', () => {
    const text = fixture('cross-timezone.ics');
    const window = { rangeStart: '2026-01-05', rangeEnd: '2026-03-31', timeZone: 'Europe/Berlin' };
    expect(rows(text, window)).toEqual([
      '2026-01-07 15:00 60 Sync with the New York team',
      '2026-01-08 14:00 60 Incident review',
      // TZID without a VTIMEZONE, but a known IANA zone: 15:30 in Kolkata is 11:00 in Berlin.
      '2026-01-09 11:00 60 Hiring debrief with Bangalore',
      // New York moves its clocks on 8 March, Berlin on 29 March: the meeting shifts an hour for Berlin.
      '2026-03-02 15:00 30 Roadmap check-in (New York)',
      '2026-03-09 14:00 30 Roadmap check-in (New York)',
      '2026-03-16 14:00 30 Roadmap check-in (New York)',
    ]);
    // Seen from Tokyo the New York sync falls on the next day, 23:00.
    expect(rows(text, { ...window, timeZone: 'Asia/Tokyo' })[0]).toBe(
      '2026-01-07 23:00 60 Sync with the New York team',
    );
    expect(rows(text, { ...window, timeZone: 'America/New_York' })[0]).toBe(
      '2026-01-07 09:00 60 Sync with the New York team',
    );
  });

  it('keeps events by their local date: one just outside the window in the user’s zone is left out', () => {
    const text = fixture('cross-timezone.ics');
    // In Tokyo the 8 Jan 13:00Z review is 22:00 on 8 Jan; a window ending 7 Jan drops it.
    const result = rows(text, { rangeStart: '2026-01-07', rangeEnd: '2026-01-07', timeZone: 'Asia/Tokyo' });
    expect(result).toEqual(['2026-01-07 23:00 60 Sync with the New York team']);
  });

  it('lists all-day events per day, without hours', () => {
    const result = parseIcs(fixture('all-day.ics'), BERLIN);
    expect(result.occurrences.map((o) => `${o.date} ${o.allDay} ${o.minutes} ${o.title}`)).toEqual([
      '2026-01-06 true 0 Public holiday',
      '2026-01-07 false 60 Design review',
      '2026-01-08 true 0 Team offsite',
      '2026-01-09 true 0 Team offsite',
    ]);
    // All-day dates do not move with the user's zone.
    expect(rows(fixture('all-day.ics'), { ...BERLIN, timeZone: 'Pacific/Honolulu' })[0]).toBe(
      '2026-01-06 all-day 0 Public holiday',
    );
    const keys = result.occurrences.map((o) => o.importKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads floating times as the same wall-clock time in any zone, including a floating UNTIL', () => {
    const text = fixture('floating-until.ics');
    const standups = (zone: string) =>
      rows(text, { ...BERLIN, timeZone: zone }).filter((r) => r.endsWith('Team standup'));
    const expected = ['05', '06', '07', '08', '09'].map((d) => `2026-01-${d} 09:15 15 Team standup`);
    expect(standups('Europe/Berlin')).toEqual(expected);
    expect(standups('America/Los_Angeles')).toEqual(expected);
    expect(standups('Asia/Tokyo')).toEqual(expected);
  });

  it('reads a non-conforming UTC UNTIL on a floating event in the user’s zone', () => {
    const text = fixture('floating-until.ics');
    const wrapUps = (zone: string) =>
      rows(text, { ...BERLIN, timeZone: zone })
        .filter((r) => r.endsWith('Day wrap-up'))
        .map((r) => r.slice(0, 10));
    // UNTIL 7 Jan 16:00Z is 17:00 in Berlin (the 17:00 wrap-up still counts) but 11:00 in New York.
    expect(wrapUps('Europe/Berlin')).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
    expect(wrapUps('America/New_York')).toEqual(['2026-01-05', '2026-01-06']);
  });

  it('gives the same keys when the same file is read twice', () => {
    const a = parseIcs(fixture('weekly-1on1.ics'), BERLIN).occurrences.map((o) => o.importKey);
    const b = parseIcs(fixture('weekly-1on1.ics'), BERLIN).occurrences.map((o) => o.importKey);
    expect(a).toEqual(b);
  });

  it('accepts an empty but valid calendar', () => {
    const result = parseIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', BERLIN);
    expect(result).toMatchObject({ occurrences: [], eventCount: 0 });
  });

  it('keeps the readable events when some cannot be read, and says so', () => {
    const text = fixture('bad-dates.ics').replace(
      'END:VCALENDAR',
      'BEGIN:VEVENT\r\nUID:ok@x\r\nDTSTART:20260105T090000Z\r\nDTEND:20260105T100000Z\r\nSUMMARY:Fine\r\nEND:VEVENT\r\nEND:VCALENDAR',
    );
    const result = parseIcs(text, BERLIN);
    expect(result.occurrences.map((o) => o.title)).toEqual(['Fine']);
    expect(result.unreadableCount).toBe(2);
    expect(result.notes[0]).toMatch(/2 events were left out/);
  });

  it('keeps two events with one UID apart and does not attach other events’ exceptions', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART:20260105T090000Z',
      'DTEND:20260105T100000Z',
      'RRULE:FREQ=DAILY;COUNT=2',
      'SUMMARY:Series A',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'RECURRENCE-ID:20260105T090000Z',
      'DTSTART:20260105T120000Z',
      'DTEND:20260105T130000Z',
      'SUMMARY:Lone exception of B',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(rows(text)).toEqual([
      '2026-01-05 10:00 60 Series A',
      '2026-01-05 13:00 60 Lone exception of B',
      '2026-01-06 10:00 60 Series A',
    ]);
  });

  it('brings in an occurrence moved into the window from long before it, however its RECURRENCE-ID is written', () => {
    const tz = fixture('weekly-1on1.ics')
      .split('BEGIN:VEVENT')[0]!
      .replace(/^BEGIN:VCALENDAR\r\n/, '');
    const calendar = (recurrenceId: string) =>
      [
        'BEGIN:VCALENDAR',
        tz.trim(),
        'BEGIN:VEVENT',
        'UID:old-series',
        'DTSTART;TZID=Europe/Berlin:20250602T100000',
        'DTEND;TZID=Europe/Berlin:20250602T110000',
        'RRULE:FREQ=WEEKLY;UNTIL=20250701T000000Z',
        'SUMMARY:Old series',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:old-series',
        recurrenceId,
        'DTSTART;TZID=Europe/Berlin:20260107T160000',
        'DTEND;TZID=Europe/Berlin:20260107T170000',
        'SUMMARY:Postponed from June',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
    for (const id of ['RECURRENCE-ID;TZID=Europe/Berlin:20250609T100000', 'RECURRENCE-ID:20250609T080000Z']) {
      expect(rows(calendar(id)), id).toEqual(['2026-01-07 16:00 60 Postponed from June']);
    }
  });

  it.each([
    ['empty.ics', /empty/],
    ['truncated.ics', /cut off/],
    ['binary.ics', /binary/],
    ['html.ics', /web page \(HTML\)/],
    ['vcard.ics', /contact card \(vCard\)/],
    ['malformed.ics', /could not be read/],
    ['bad-dates.ics', /None of the events/],
  ])('refuses %s with a clear message', (name, message) => {
    const text = readFileSync(join(FIXTURES, name)).toString('utf8');
    expect(() => parseIcs(text, BERLIN)).toThrow(IcsError);
    expect(() => parseIcs(text, BERLIN)).toThrow(message);
  });

  it('refuses files that parse but are not a calendar, and unknown zones', () => {
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n', BERLIN)).toThrow(IcsError);
    expect(() => parseIcs('hello world', BERLIN)).toThrow(/not an iCalendar file/);
    expect(() => parseIcs(fixture('weekly-1on1.ics'), { ...BERLIN, timeZone: 'Mars/Olympus' })).toThrow(
      /Unknown time zone/,
    );
  });

  it('stops expanding an endless series at the window and bounds the work', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:forever',
      'DTSTART:20000103T090000Z',
      'DTEND:20000103T091500Z',
      'RRULE:FREQ=DAILY',
      'SUMMARY:Daily since 2000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseIcs(text, BERLIN).occurrences).toHaveLength(28);
  });
});

// Found by the reliability suite (tests/reliability/ics.test.ts, issue 14): each of these hung the parser
// — and main, which runs it — for minutes or for good.
describe('regressions: calendars that hung the parser', () => {
  const one = (lines: string[]) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:a@x',
      ...lines,
      'SUMMARY:x',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');

  it('an event starting in year 0 (DTSTART;VALUE=DATE:00000000) is left out as unreadable', () => {
    // ical.js reads it as year -1; each occurrence's end was then computed 740,000 days one month at a time.
    const text = one([
      'DTSTART;VALUE=DATE:00000000',
      'DTEND:20260105T093000',
      'RRULE:FREQ=DAILY;UNTIL=20260109T091500',
    ]);
    expect(() => parseIcs(text, BERLIN)).toThrow(/None of the events/);
  });

  it.each([
    'FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=SECONDLY;BYHOUR=9;BYMINUTE=0',
  ])('a series repeating by %s is left out, and the notes say so', (rule) => {
    const text = one(['DTSTART:20260106T080000Z', 'DURATION:PT30M', `RRULE:${rule}`]).replace(
      'END:VCALENDAR',
      'BEGIN:VEVENT\r\nUID:ok@x\r\nDTSTART:20260107T090000Z\r\nDURATION:PT1H\r\nSUMMARY:Fine\r\nEND:VEVENT\r\nEND:VCALENDAR',
    );
    const result = parseIcs(text, BERLIN);
    expect(result.occurrences.map((o) => o.title)).toEqual(['Fine']);
    expect(result.notes).toEqual([
      expect.stringMatching(/^1 repeating event was left out .*every hour, minute or second/),
    ]);
  });

  it('a DURATION of 99,999,999 weeks is left out before ical.js adds it up month by month', () => {
    expect(() => parseIcs(one(['DTSTART:20260106T080000Z', 'DURATION:P99999999W']), BERLIN)).toThrow(
      /None of the events/,
    );
  });

  it('100,000 nested BEGIN lines are refused with a message, not a stack overflow', () => {
    const text = fixture('weekly-1on1.ics').replace(
      'END:VCALENDAR',
      `${'BEGIN:X-THING\r\n'.repeat(100_000)}END:VCALENDAR`,
    );
    expect(() => parseIcs(text, BERLIN)).toThrow(
      /nests its parts more than 16 levels deep.*Export the calendar again/,
    );
  });

  it('names at most five undefined zones in the note, each shortened', () => {
    const events = Array.from({ length: 300 }, (_, i) =>
      [
        'BEGIN:VEVENT',
        `UID:z${i}@x`,
        `DTSTART;TZID=Nowhere/${'z'.repeat(200)}-${i}:20260106T100000`,
        'DURATION:PT1H',
        'SUMMARY:Zone',
        'END:VEVENT',
      ].join('\r\n'),
    );
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR', ''].join('\r\n');
    const [note] = parseIcs(text, BERLIN).notes;
    expect(note).toMatch(/and 295 more\); their times were read as your local time\.$/);
    expect(note?.length).toBeLessThan(500);
  });

  it('an unknown time zone is refused with what to do', () => {
    expect(() => parseIcs(fixture('weekly-1on1.ics'), { ...BERLIN, timeZone: '' })).toThrow(
      /Unknown time zone "".*then retry\./,
    );
  });

  it('a workday series (FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR) is still expanded', () => {
    const text = one([
      'DTSTART:20260105T090000Z',
      'DURATION:PT15M',
      'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=7',
    ]);
    expect(parseIcs(text, BERLIN).occurrences.map((o) => o.date)).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-12',
      '2026-01-13',
    ]);
  });
});
