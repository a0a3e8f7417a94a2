/**
 * Calendar audit basics: the audit's days and weeks, keyword rules and the import dedupe key.
 * Pure: dates are `yyyy-MM-dd` strings passed in; nothing here reads a clock.
 */
import type { Audit, AuditCategory, CategoryRule } from '../types/entities';
import { DEFAULT_FORMAT_PREFS, formatFixed, formatHoursNumber } from './format';

const DAY_MS = 86_400_000;

/** `list[index]`, for indexes the caller knows exist; a broken invariant fails loudly instead of silently. */
export function itemAt<T>(list: readonly T[], index: number): T {
  if (index < 0 || index >= list.length) throw new RangeError(`index ${index} outside 0…${list.length - 1}`);
  return list[index] as T;
}

function toUtcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (ISO order, as the heatmap shows them). */
export function dayOfWeek(date: string): number {
  return (new Date(toUtcMs(date)).getUTCDay() + 6) % 7;
}

/** The Monday on or before `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -dayOfWeek(date));
}

/** The last day of the audit (inclusive). */
export function auditEndDate(audit: Pick<Audit, 'startDate' | 'weeks'>): string {
  return addDays(audit.startDate, audit.weeks * 7 - 1);
}

export function isInAudit(audit: Pick<Audit, 'startDate' | 'weeks'>, date: string): boolean {
  return date >= audit.startDate && date <= auditEndDate(audit);
}

/** 0-based audit week of `date` (weeks start on the audit's start day), or -1 outside the audit. */
export function auditWeekIndex(audit: Pick<Audit, 'startDate' | 'weeks'>, date: string): number {
  if (!isInAudit(audit, date)) return -1;
  return Math.floor(daysBetween(audit.startDate, date) / 7);
}

export interface AuditWeek {
  index: number;
  start: string;
  end: string;
}

export function auditWeeks(audit: Pick<Audit, 'startDate' | 'weeks'>): AuditWeek[] {
  return Array.from({ length: audit.weeks }, (_, index) => ({
    index,
    start: addDays(audit.startDate, index * 7),
    end: addDays(audit.startDate, index * 7 + 6),
  }));
}

/** Every date of the audit, in order. */
export function auditDates(audit: Pick<Audit, 'startDate' | 'weeks'>): string[] {
  return Array.from({ length: audit.weeks * 7 }, (_, i) => addDays(audit.startDate, i));
}

/** `date` clamped into the audit's range: where the day view opens. */
export function clampToAudit(audit: Pick<Audit, 'startDate' | 'weeks'>, date: string): string {
  const end = auditEndDate(audit);
  return date < audit.startDate ? audit.startDate : date > end ? end : date;
}

/** The digit at `index` of `text` as a number (NaN past the end; not checked to be a digit). */
const digitAt = (text: string, index: number): number => text.charCodeAt(index) - 48;

/**
 * "HH:mm" → minutes after midnight, by character arithmetic: no split, no array, no garbage, so the
 * aggregation can call it for every activity. Other shapes ("9:30") take the slow general path.
 */
export function clockToMinutes(clock: string): number {
  if (clock.length === 5 && clock.charCodeAt(2) === 58 /* ':' */) {
    return (digitAt(clock, 0) * 10 + digitAt(clock, 1)) * 60 + digitAt(clock, 3) * 10 + digitAt(clock, 4);
  }
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes after midnight → "HH:mm" (wraps past midnight). */
export function minutesToClock(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  const h = Math.floor(wrapped / 60);
  const m = wrapped % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The category a title falls into by the keyword rules: rules are tried in `order`, and the first whose
 * keyword appears anywhere in the title (ignoring case) wins. Rules pointing at a missing or archived
 * category are skipped, so archiving a category quietly retires its rules.
 */
export function matchRule(
  title: string,
  rules: readonly CategoryRule[],
  categories: readonly Pick<AuditCategory, 'id' | 'archived'>[],
): CategoryRule | null {
  const haystack = title.toLocaleLowerCase();
  const usable = new Set(categories.filter((c) => !c.archived).map((c) => c.id));
  const ordered = [...rules].sort((a, b) => a.order - b.order);
  for (const rule of ordered) {
    const keyword = rule.keyword.trim().toLocaleLowerCase();
    if (keyword && usable.has(rule.categoryId) && haystack.includes(keyword)) return rule;
  }
  return null;
}

/**
 * Dedupe key of one imported calendar occurrence: the event's UID plus the start of the occurrence as the
 * calendar identifies it (its RECURRENCE-ID for a recurring event, so a moved meeting keeps its key).
 * Importing the same file twice produces the same keys, so nothing is added twice.
 */
export function importKeyOf(uid: string, occurrenceStart: string): string {
  return `${uid}|${occurrenceStart}`;
}

/**
 * The rows an import would add: each key once (the first row wins), and none whose key is already
 * stored. Importing the result and then the same rows again adds nothing the second time.
 */
export function rowsToImport<T extends { importKey: string }>(
  rows: readonly T[],
  existingKeys: Iterable<string | null>,
): T[] {
  const taken = new Set<string | null>(existingKeys);
  const result: T[] = [];
  for (const row of rows) {
    if (taken.has(row.importKey)) continue;
    taken.add(row.importKey);
    result.push(row);
  }
  return result;
}

/** Hours with one decimal, for tables of hours: 90 → "1.5" (in `locale`: "1,5" in de-DE). */
export function formatHours(minutes: number, locale = DEFAULT_FORMAT_PREFS.locale): string {
  return formatHoursNumber(minutes, locale);
}

/** Signed energy with one decimal: 1 → "+1.0", −0.25 → "−0.3", 0 → "0.0". */
export function formatEnergy(value: number | null, locale = DEFAULT_FORMAT_PREFS.locale): string {
  if (value === null) return '–';
  // Half away from zero, so −0.25 and +0.25 round to the same size.
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  const digits = formatFixed(Math.abs(rounded), locale, 1);
  if (rounded === 0) return digits;
  return `${rounded > 0 ? '+' : '−'}${digits}`;
}
