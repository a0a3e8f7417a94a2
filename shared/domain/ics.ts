/**
 * Reads an iCalendar (.ics) file into the occurrences an audit can import, using ical.js.
 *
 * - Recurring events are expanded within the requested window (dates in the user's time zone), with
 *   EXDATE honoured and RECURRENCE-ID exceptions applied (moved, renamed or cancelled occurrences).
 * - Times with a time zone (VTIMEZONE + TZID, or UTC) are converted to the user's zone. A TZID that the
 *   file does not define but that is a known IANA zone is converted with the platform's zone data.
 * - Floating times (no zone) mean the same wall-clock time wherever the user is (RFC 5545 §3.3.5), and so
 *   does a floating event's UNTIL; a non-conforming UTC UNTIL on a floating event is read as the user's
 *   wall-clock time at that instant (RFC 5545 §3.3.10).
 * - All-day events become one all-day occurrence per day they cover; cancelled events and occurrences
 *   are left out and counted.
 *
 * ical.js returns `any` and accepts much that is not a calendar, so everything it returns is validated
 * (zod) before use; a file that is not a readable calendar raises an IcsError whose message is written
 * for the user. Pure: no clock, no I/O — main and the browser preview run the same code.
 */
import ICAL from 'ical.js';
import { z } from 'zod';
import { addDays, daysBetween, importKeyOf } from './audit';
import { FIRST_YEAR, LAST_YEAR } from '../types/entities';

export interface IcsWindow {
  /** First day to include, yyyy-MM-dd, in `timeZone`. */
  rangeStart: string;
  /** Last day to include (inclusive), yyyy-MM-dd, in `timeZone`. */
  rangeEnd: string;
  /** The user's IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
}

export interface IcsOccurrence {
  uid: string;
  /** How the calendar identifies this occurrence: its original start (RECURRENCE-ID), as text. */
  occurrenceStart: string;
  /** importKeyOf(uid, occurrenceStart): the dedupe key stored with an imported activity. */
  importKey: string;
  /** Local date in the user's zone. */
  date: string;
  /** Local start time "HH:mm", null for all-day occurrences. */
  startTime: string | null;
  /** Duration in minutes (at most a day); 0 for all-day occurrences, which carry no hours. */
  minutes: number;
  title: string;
  allDay: boolean;
}

export interface IcsParseResult {
  calendarName: string | null;
  /** Sorted by date and start time. */
  occurrences: IcsOccurrence[];
  /** VEVENTs in the file (series count once). */
  eventCount: number;
  cancelledCount: number;
  /** Events that could not be read (no start, broken dates); the rest of the file still imports. */
  unreadableCount: number;
  /** Plain-language remarks about what was read differently or left out. */
  notes: string[];
}

export class IcsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IcsError';
  }
}

/** What to do about a file that cannot be read: the end of most refusals. */
const EXPORT_AGAIN = 'Export the calendar again as an .ics file and retry.';

/** Raised inside the walk for an event ical.js cannot read; counted, never shown on its own. */
class UnreadableEvent extends Error {}

function wallSeconds(time: ICAL.Time): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) / 1000;
}

function secondsAt(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 1000;
}

export const MAX_ICS_BYTES = 20 * 1024 * 1024;
/** A guard against rules that never end within the window (e.g. secondly recurrences). */
const MAX_STEPS_PER_EVENT = 200_000;
/**
 * The most recurrence steps one file may take in all, a few seconds of ical.js: without it, a file of
 * many long-running series took minutes (issue 14's reliability suite: 30 events walked six million
 * steps). A real calendar takes far fewer: a daily series ten years old walks 3,650.
 */
export const MAX_ICS_STEPS = 300_000;
/**
 * The longest event read: longer ones are dates typed wrong (year 0 to 2026). Each occurrence's end is
 * computed by ical.js one month at a time, so a 740,000-day event hung the parser (issue 14).
 */
const MAX_EVENT_DAYS = 366;
/** More occurrences than this in one window is not a calendar a person lives in. */
export const MAX_OCCURRENCES = 20_000;
const MAX_TITLE = 200;

const knownZones = new Map<string, boolean>();
export function isValidTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      // Intl throws a RangeError for an unknown zone: that is the answer, not a failure.
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

// ---------------------------------------------------------------------------------------------------
// Time-zone arithmetic on the platform's zone data.

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(ms: number, zone: string): WallClock {
  const parts = new Map<string, number>();
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts.set(part.type, Number(part.value));
  }
  const get = (type: string) => parts.get(type) ?? 0;
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

const utcOf = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The instant at which `zone`'s clocks show `wall` (the later one in a DST gap, the earlier in an overlap). */
function instantOfWallClock(wall: WallClock, zone: string): number {
  const guess = utcOf(wall);
  const offset1 = utcOf(wallClockAt(guess, zone)) - guess;
  const first = guess - offset1;
  const offset2 = utcOf(wallClockAt(first, zone)) - first;
  return offset1 === offset2 ? first : guess - offset2;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (w: WallClock) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
const clockOf = (w: WallClock) => `${pad(w.hour)}:${pad(w.minute)}`;

// ---------------------------------------------------------------------------------------------------
// Validation of what ical.js hands back.

type JCal = [string, unknown[][], JCal[]];
const jcalComponentSchema: z.ZodType<JCal> = z.lazy(() =>
  z.tuple([z.string(), z.array(z.array(z.unknown())), z.array(jcalComponentSchema)]),
);
const jcalRootSchema = z.union([jcalComponentSchema, z.array(jcalComponentSchema)]);

const timeSchema = z.instanceof(ICAL.Time);
const eventFieldsSchema = z.object({
  uid: z.string().nullable(),
  summary: z.string().nullable(),
  status: z.string().nullable(),
  start: timeSchema,
  end: timeSchema,
});

function checkLooksLikeCalendar(text: string): void {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0)
    throw new IcsError(`The file is empty: there is no calendar in it. ${EXPORT_AGAIN}`);
  // Control characters other than tab and line breaks do not occur in a text calendar.
  // eslint-disable-next-line no-control-regex -- looking for binary content is the point.
  const binary = (trimmed.slice(0, 4096).match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (binary > 0) {
    throw new IcsError(
      `This is not a text file (it looks like binary data), so it cannot be a calendar file. ${EXPORT_AGAIN}`,
    );
  }
  const head = trimmed.slice(0, 512).toUpperCase();
  if (head.startsWith('<') || head.includes('<HTML') || head.includes('<!DOCTYPE')) {
    throw new IcsError(
      'This is a web page (HTML), not a calendar file. Export the calendar again as an .ics file — a saved calendar web page will not work.',
    );
  }
  if (head.startsWith('BEGIN:VCARD')) {
    throw new IcsError('This is a contact card (vCard), not a calendar. Choose an .ics calendar export.');
  }
  if (!head.startsWith('BEGIN:VCALENDAR')) {
    throw new IcsError(
      `This is not an iCalendar file: it does not start with BEGIN:VCALENDAR. ${EXPORT_AGAIN}`,
    );
  }
  if (!/END:VCALENDAR\s*$/i.test(trimmed)) {
    throw new IcsError(
      'The calendar file is cut off (it does not end with END:VCALENDAR), so some events could be missing. Export it again and retry.',
    );
  }
}

/** How deeply BEGIN/END may nest: a calendar holds events holding alarms (3 levels) and time zones. */
export const MAX_ICS_NESTING = 16;

/**
 * Refuses a file whose BEGIN lines nest deeper than MAX_ICS_NESTING, before ical.js and the checks below
 * walk it recursively: 100,000 nested BEGIN lines overflowed the stack (issue 14). One pass, no recursion.
 */
function checkNesting(text: string): void {
  let depth = 0;
  const lines = /^(BEGIN|END):/gim;
  for (let match = lines.exec(text); match; match = lines.exec(text)) {
    depth += match[1]?.toUpperCase() === 'BEGIN' ? 1 : -1;
    if (depth > MAX_ICS_NESTING) {
      throw new IcsError(
        `The calendar file nests its parts more than ${MAX_ICS_NESTING} levels deep, which no calendar does, so it was not read. ${EXPORT_AGAIN}`,
      );
    }
  }
}

function parseJcal(text: string): JCal[] {
  checkNesting(text);
  let raw: unknown;
  try {
    raw = ICAL.parse(text);
  } catch (error) {
    // ical.js's own words are for developers ("Cannot read properties of undefined", a line of the file):
    // main's log keeps them, the user is told what to do.
    throw new IcsError(
      `The calendar file could not be read: ${error instanceof ICAL.parse.ParserError ? 'a line of it is not in the iCalendar format' : 'its lines are not in the iCalendar format'}. ${EXPORT_AGAIN}`,
      { cause: error },
    );
  }
  const parsed = jcalRootSchema.safeParse(raw);
  if (!parsed.success) {
    throw new IcsError(
      `The calendar file could not be read: its structure is not a calendar. ${EXPORT_AGAIN}`,
    );
  }
  const roots: JCal[] = Array.isArray(parsed.data[0]) ? (parsed.data as JCal[]) : [parsed.data as JCal];
  const calendars = roots.filter((root) => root[0] === 'vcalendar');
  if (calendars.length === 0)
    throw new IcsError(`The file holds no calendar (no VCALENDAR). ${EXPORT_AGAIN}`);
  return calendars;
}

// ---------------------------------------------------------------------------------------------------
// Expansion.

function cleanTitle(summary: string | null): string {
  const title = (summary ?? '')
    // eslint-disable-next-line no-control-regex -- control characters have no place in a title.
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!title) return '(untitled event)';
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

type TimeKind = { kind: 'instant'; ms: number } | { kind: 'floating'; wall: WallClock } | { kind: 'date' };

function wallOfTime(time: ICAL.Time): WallClock {
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
}

/**
 * What a time means: an instant (UTC or a zone the file defines, or a known IANA TZID it does not), or a
 * floating wall-clock time, or a date. `tzid` is the TZID parameter of the property it came from.
 */
function classify(time: ICAL.Time, tzid: string | null): TimeKind {
  if (time.isDate) return { kind: 'date' };
  const zone = time.zone;
  if (zone && zone !== ICAL.Timezone.localTimezone) return { kind: 'instant', ms: time.toUnixTime() * 1000 };
  if (tzid && isValidTimeZone(tzid))
    return { kind: 'instant', ms: instantOfWallClock(wallOfTime(time), tzid) };
  return { kind: 'floating', wall: wallOfTime(time) };
}

function tzidOf(component: ICAL.Component, property: 'dtstart' | 'dtend' | 'recurrence-id'): string | null {
  const value = component.getFirstProperty(property)?.getParameter('tzid');
  return typeof value === 'string' ? value : null;
}

function occurrenceKeyOf(time: ICAL.Time, tzid: string | null): string {
  const kind = classify(time, tzid);
  if (kind.kind === 'instant') return new Date(kind.ms).toISOString();
  return time.toString();
}

interface Collector {
  window: IcsWindow;
  /** Series left out because their rule is one the parser does not expand (supportedRule). */
  unsupportedRules: number;
  /** Recurrence steps taken so far in the whole file (MAX_ICS_STEPS). */
  steps: number;
  out: IcsOccurrence[];
  seenKeys: Set<string>;
  cancelled: number;
  undefinedZones: Set<string>;
}

function emit(
  c: Collector,
  uid: string,
  occurrenceStart: string,
  item: ICAL.Event,
  start: ICAL.Time,
  end: ICAL.Time,
): void {
  const status = item.component.getFirstPropertyValue('status');
  if (typeof status === 'string' && status.toUpperCase() === 'CANCELLED') {
    c.cancelled += 1;
    return;
  }
  const title = cleanTitle(typeof item.summary === 'string' ? item.summary : null);
  const startTzid = tzidOf(item.component, 'dtstart');
  const endTzid = tzidOf(item.component, 'dtend') ?? startTzid;
  const push = (occurrence: Omit<IcsOccurrence, 'importKey' | 'uid' | 'title'>) => {
    if (occurrence.date < c.window.rangeStart || occurrence.date > c.window.rangeEnd) return;
    const importKey = importKeyOf(uid, occurrence.occurrenceStart);
    if (c.seenKeys.has(importKey)) return;
    c.seenKeys.add(importKey);
    if (c.out.length >= MAX_OCCURRENCES) {
      throw new IcsError(
        `This calendar has more than ${MAX_OCCURRENCES.toLocaleString('en')} events in the audit's weeks; that is more than one person's calendar. Export only your own calendar and retry.`,
      );
    }
    c.out.push({ ...occurrence, uid, title, importKey });
  };

  if (start.isDate) {
    const first = dateOf(wallOfTime(start));
    const last = end.isDate ? dateOf(wallOfTime(end)) : first;
    const days = Math.max(1, daysBetween(first, last));
    for (let i = 0; i < days; i += 1) {
      const date = addDays(first, i);
      push({
        occurrenceStart: days === 1 ? occurrenceStart : `${occurrenceStart}+${i}`,
        date,
        startTime: null,
        minutes: 0,
        allDay: true,
      });
    }
    return;
  }

  const startKind = classify(start, startTzid);
  const endKind = classify(end, endTzid);
  if (start.zone === ICAL.Timezone.localTimezone && startTzid && startKind.kind === 'floating') {
    c.undefinedZones.add(startTzid);
  }
  let wall: WallClock;
  let minutes: number;
  if (startKind.kind === 'instant') {
    wall = wallClockAt(startKind.ms, c.window.timeZone);
    const endMs =
      endKind.kind === 'instant' ? endKind.ms : startKind.ms + end.subtractDate(start).toSeconds() * 1000;
    minutes = Math.round((endMs - startKind.ms) / 60_000);
  } else if (startKind.kind === 'floating') {
    wall = startKind.wall;
    minutes = Math.round(end.subtractDate(start).toSeconds() / 60);
  } else {
    return;
  }
  // Zero-length entries are reminders, not time spent.
  if (minutes <= 0) return;
  push({
    occurrenceStart,
    date: dateOf(wall),
    startTime: clockOf(wall),
    minutes: Math.min(minutes, 24 * 60),
    allDay: false,
  });
}

/**
 * RFC 5545 §3.3.10: UNTIL of a floating DTSTART is floating too. Calendars that write it in UTC anyway
 * mean the user's wall-clock time at that instant; ical.js would compare it as if floating were UTC.
 */
function fixFloatingUntil(master: ICAL.Component, startTzid: string | null, userZone: string): void {
  const start = master.getFirstPropertyValue('dtstart');
  if (!(start instanceof ICAL.Time) || start.isDate || start.zone !== ICAL.Timezone.localTimezone) return;
  const zone = startTzid && isValidTimeZone(startTzid) ? startTzid : userZone;
  for (const property of master.getAllProperties('rrule')) {
    const recur = property.getFirstValue();
    if (!(recur instanceof ICAL.Recur) || !recur.until || recur.until.isDate) continue;
    if (recur.until.zone !== ICAL.Timezone.utcTimezone) continue;
    const wall = wallClockAt(recur.until.toUnixTime() * 1000, zone);
    recur.until = ICAL.Time.fromData({ ...wall, isDate: false }, ICAL.Timezone.localTimezone);
  }
}

/**
 * Rule parts a daily or weekly series may use. ical.js walks a sub-daily rule, or a daily one filtered by
 * month days, one step at a time inside a single `next()`, and never returns from a rule no date meets
 * (FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30 hung main for good; FREQ=SECONDLY;BYHOUR=9 took seconds per
 * occurrence: issue 14). Calendars of meetings repeat daily, on weekdays, weekly, monthly or yearly.
 */
const DAILY_OR_WEEKLY_PARTS = new Set(['BYDAY', 'BYMONTH']);

/** Whether every RRULE of `master` is one the expansion below walks in bounded time. */
function supportedRule(master: ICAL.Component): boolean {
  for (const property of master.getAllProperties('rrule')) {
    const recur = property.getFirstValue();
    if (!(recur instanceof ICAL.Recur)) return false;
    if (!Number.isInteger(recur.interval) || recur.interval < 1) return false;
    if (recur.freq === 'DAILY' || recur.freq === 'WEEKLY') {
      if (Object.keys(recur.parts).some((part) => !DAILY_OR_WEEKLY_PARTS.has(part))) return false;
    } else if (recur.freq !== 'MONTHLY' && recur.freq !== 'YEARLY') return false;
  }
  return true;
}

function expandSeries(c: Collector, master: ICAL.Component, exceptions: ICAL.Component[], uid: string): void {
  if (!supportedRule(master)) {
    c.unsupportedRules += 1;
    return;
  }
  checkDuration(master);
  const startTzid = tzidOf(master, 'dtstart');
  fixFloatingUntil(master, startTzid, c.window.timeZone);
  const event = new ICAL.Event(master, { exceptions, strictExceptions: false });
  const status = master.getFirstPropertyValue('status');
  if (typeof status === 'string' && status.toUpperCase() === 'CANCELLED') {
    c.cancelled += 1;
    return;
  }
  const fields = eventFieldsSchema.safeParse({
    uid,
    summary: event.summary ?? null,
    status: null,
    start: event.startDate,
    end: event.endDate,
  });
  if (!fields.success) throw new UnreadableEvent();
  checkSpan(event.startDate, event.endDate);

  // The window with two days' margin on each side (more than any time-zone offset), in seconds; floating
  // times compare as if they were UTC here, which the margin covers. An occurrence that starts before
  // the window can still reach into it by its length.
  const startAt = secondsAt(addDays(c.window.rangeStart, -2)) - Math.max(0, event.duration.toSeconds());
  const stopAt = secondsAt(addDays(c.window.rangeEnd, 2));

  if (!event.isRecurring()) {
    const at = wallSeconds(event.startDate);
    if (at < startAt || at > stopAt) return;
    emit(c, uid, occurrenceKeyOf(event.startDate, startTzid), event, event.startDate, event.endDate);
    return;
  }

  // Only an exception can move an occurrence from before the window into it. Exceptions are matched by
  // their RECURRENCE-ID text; one written in another zone than the series needs the exact (slower) check.
  const exceptionList = Object.values(event.exceptions);
  const exceptionIds = new Set(exceptionList.map((e) => e.recurrenceId.toString()));
  const exactTimes = exceptionList.some((e) => e.recurrenceId.zone !== event.startDate.zone)
    ? new Set(exceptionList.map((e) => e.recurrenceId.toUnixTime()))
    : null;
  const visited = new Set<string>();
  const iterator = event.iterator();
  for (let step = 0; ; step += 1) {
    // A series that has not reached the window's end after this many steps never will in a useful time:
    // left out (and counted) rather than read in part.
    if (step >= MAX_STEPS_PER_EVENT) throw new UnreadableEvent();
    c.steps += 1;
    if (c.steps > MAX_ICS_STEPS) {
      throw new IcsError(
        'This calendar repeats its events too often to read (some repeat every second or minute for years). Export only your own calendar, or a shorter period, and retry.',
      );
    }
    const next = iterator.next();
    if (!next) break;
    // Wall-clock time read as UTC: off by the zone's offset at most, which the two-day margin covers, and
    // far cheaper than ical.js's exact conversion — this loop may walk years of a daily series.
    const at = wallSeconds(next);
    if (at > stopAt) break;
    if (at < startAt && !exceptionIds.has(next.toString()) && !exactTimes?.has(next.toUnixTime())) continue;
    const details = event.getOccurrenceDetails(next);
    visited.add(next.toString());
    emit(c, uid, occurrenceKeyOf(next, startTzid), details.item, details.startDate, details.endDate);
  }
  // Occurrences moved into the window from beyond where the walk stopped.
  for (const exception of Object.values(event.exceptions)) {
    const recurrenceId = exception.recurrenceId;
    if (visited.has(recurrenceId.toString())) continue;
    if (wallSeconds(recurrenceId) <= stopAt) continue;
    const key = occurrenceKeyOf(recurrenceId, tzidOf(exception.component, 'recurrence-id') ?? startTzid);
    emit(c, uid, key, exception, exception.startDate, exception.endDate);
  }
}

/**
 * Refuses (as unreadable) a DURATION longer than MAX_EVENT_DAYS before ical.js adds it to the start, which
 * it does one month at a time (DURATION:P99999999W took 15 seconds: issue 14).
 */
function checkDuration(component: ICAL.Component): void {
  const duration: unknown = component.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration && Math.abs(duration.toSeconds()) > MAX_EVENT_DAYS * 86_400) {
    throw new UnreadableEvent();
  }
}

/** Refuses (as unreadable) an event outside the years a record may hold, or longer than MAX_EVENT_DAYS. */
function checkSpan(start: ICAL.Time, end: ICAL.Time): void {
  for (const time of [start, end]) {
    if (time.year < FIRST_YEAR || time.year > LAST_YEAR) throw new UnreadableEvent();
  }
  if ((wallSeconds(end) - wallSeconds(start)) / 86_400 > MAX_EVENT_DAYS) throw new UnreadableEvent();
}

/** A few of `names`, each shortened, for a note: a file can name thousands (issue 14). */
function namesOf(names: Set<string>): string {
  const shown = [...names].slice(0, 5).map((name) => (name.length > 40 ? `${name.slice(0, 39)}…` : name));
  return names.size > 5 ? `${shown.join(', ')} and ${names.size - 5} more` : shown.join(', ');
}

/** How far a parse is: `done` of `total` events (series count once) expanded. */
export interface IcsProgress {
  done: number;
  total: number;
}

/**
 * `onProgress`, if given, hears how far the expansion is: once when the file is read and its events
 * counted (done 0), then after each event. It lets a caller off the main thread show a progress bar for a
 * calendar of thousands of events (issue 16); it is only told, it changes nothing.
 */
export function parseIcs(
  text: string,
  window: IcsWindow,
  onProgress?: (progress: IcsProgress) => void,
): IcsParseResult {
  if (!isValidTimeZone(window.timeZone)) {
    throw new IcsError(
      `Unknown time zone "${window.timeZone.slice(0, 100)}". Choose your time zone in the system settings, then retry.`,
    );
  }
  checkLooksLikeCalendar(text);
  const calendars = parseJcal(text.replace(/^\uFEFF/, ''));
  const collector: Collector = {
    window,
    unsupportedRules: 0,
    steps: 0,
    out: [],
    seenKeys: new Set(),
    cancelled: 0,
    undefinedZones: new Set(),
  };
  let eventCount = 0;
  let unreadable = 0;
  let calendarName: string | null = null;

  // Every VEVENT (series and exceptions) of every calendar: the unit progress is counted in.
  const components = calendars.map((jcal) => new ICAL.Component(jcal));
  const vevents = components.map((calendar) => calendar.getAllSubcomponents('vevent'));
  const total = vevents.reduce((sum, list) => sum + list.length, 0);
  let done = 0;
  onProgress?.({ done, total });

  for (const [index, calendar] of components.entries()) {
    const name = calendar.getFirstPropertyValue('x-wr-calname');
    if (calendarName === null && typeof name === 'string' && name.trim()) calendarName = cleanTitle(name);

    // Group by UID: the series (no RECURRENCE-ID) and its exceptions.
    const series = new Map<string, { master: ICAL.Component | null; exceptions: ICAL.Component[] }>();
    let anonymous = 0;
    for (const vevent of vevents[index] ?? []) {
      let uid: string;
      try {
        const raw = vevent.getFirstPropertyValue('uid');
        // RFC 5545 requires a UID; without one, the start and title stand in for it.
        uid =
          typeof raw === 'string' && raw.trim()
            ? raw.trim()
            : `no-uid:${String(vevent.getFirstPropertyValue('summary') ?? '')}|${
                vevent.getFirstProperty('dtstart')?.toICALString() ?? `#${anonymous++}`
              }`;
      } catch {
        // A property ical.js cannot parse: counted as unreadable and reported with the result.
        unreadable += 1;
        continue;
      }
      const group = series.get(uid) ?? { master: null, exceptions: [] };
      if (vevent.hasProperty('recurrence-id')) group.exceptions.push(vevent);
      else if (group.master === null) group.master = vevent;
      else {
        // Two series with one UID (seen in merged exports): keep both apart.
        series.set(`${uid}#${series.size}`, { master: vevent, exceptions: [] });
        continue;
      }
      series.set(uid, group);
    }

    for (const [uid, group] of series) {
      eventCount += 1;
      done += (group.master ? 1 : 0) + group.exceptions.length;
      try {
        if (group.master) {
          expandSeries(collector, group.master, group.exceptions, uid);
        } else {
          // Exceptions whose series is not in the file: each stands on its own.
          for (const exception of group.exceptions) {
            checkDuration(exception);
            const event = new ICAL.Event(exception);
            checkSpan(event.startDate, event.endDate);
            const key = occurrenceKeyOf(event.recurrenceId, tzidOf(exception, 'recurrence-id'));
            emit(collector, uid, key, event, event.startDate, event.endDate);
          }
        }
      } catch (error) {
        if (error instanceof IcsError) throw error;
        // One broken event (bad date, no start) must not cost the user the rest of the calendar; it is
        // counted and reported in the notes below.
        unreadable += 1;
      }
      onProgress?.({ done, total });
    }
  }
  // Events never grouped (unreadable UIDs) were counted in `total`: the walk is over all the same.
  if (done < total) onProgress?.({ done: total, total });

  if (eventCount > 0 && unreadable === eventCount) {
    throw new IcsError('None of the events in this calendar file could be read. Export it again and retry.');
  }

  const notes: string[] = [];
  if (unreadable > 0) {
    notes.push(
      `${unreadable} ${unreadable === 1 ? 'event was' : 'events were'} left out because ${unreadable === 1 ? 'its' : 'their'} dates could not be read.`,
    );
  }
  if (collector.unsupportedRules > 0) {
    const n = collector.unsupportedRules;
    notes.push(
      `${n} repeating ${n === 1 ? 'event was' : 'events were'} left out because ${n === 1 ? 'it repeats' : 'they repeat'} by a rule this app does not read (every hour, minute or second, or on days no date can meet).`,
    );
  }
  if (collector.undefinedZones.size > 0) {
    notes.push(
      `Some events use a time zone the file does not describe (${namesOf(collector.undefinedZones)}); their times were read as your local time.`,
    );
  }
  const occurrences = collector.out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
      a.title.localeCompare(b.title),
  );
  return {
    calendarName,
    occurrences,
    eventCount,
    cancelledCount: collector.cancelled,
    unreadableCount: unreadable,
    notes,
  };
}
