import { formatDistanceToNowStrict, parseISO } from 'date-fns';
import {
  DEFAULT_FORMAT_PREFS,
  canonicalLocale,
  formatClock,
  formatDuration as durationIn,
  formatFixed,
  formatHoursNumber,
  formatInstant,
  formatIsoDate,
  formatNumber as numberIn,
  formattingLocale,
  hour12Of,
  niceTicks,
  pluralize,
  type ClockChoice,
  type DateStyle,
  type FormatPrefs,
} from '@shared/domain/format';
import { webStorage } from '@renderer/platform/web-storage';

/**
 * The app's one place for turning dates, times, numbers and durations into text (issue 16). Everything
 * follows the user's locale: the OS locale (in Electron, the page's `navigator.language`) and its usual
 * 12/24-hour clock, unless Settings overrides either, written in the app's English with that region's
 * conventions (`formattingLocale`). The pure formatting lives in shared/domain/format.ts so the exports
 * read the same way.
 */

/**
 * The preference in force; null until first needed. Not computed while the modules load: the first `Intl`
 * call pays for the engine's locale data (20–40 ms), and the start should pay for it while the database
 * opens (main.tsx), not before it has even asked for it.
 */
let chosen: FormatPrefs | null = null;
/** The choice the last session applied, until it is first needed (applyRememberedFormatSettings). */
let remembered: { locale: string; clock: ClockChoice } | null = null;
const prefsNow = (): FormatPrefs =>
  (chosen ??= remembered ? prefsOf(remembered.locale, remembered.clock) : systemPrefs());
const listeners = new Set<() => void>();

/** The OS locale: in Electron (and under Playwright's `locale`) the page's language. */
export function systemLocale(): string {
  const fromPage = typeof navigator === 'undefined' ? undefined : navigator.language;
  return (fromPage && canonicalLocale(fromPage)) || new Intl.DateTimeFormat().resolvedOptions().locale;
}

function systemPrefs(): FormatPrefs {
  return { locale: formattingLocale(systemLocale()) };
}

/** The locale Settings' choice names: 'system' or a BCP-47 tag (an unknown one is the system's). */
export function chosenLocale(locale: string): string {
  return (locale !== 'system' && canonicalLocale(locale)) || systemLocale();
}

/**
 * The preference Settings stores: 'system' or a BCP-47 tag, and the clock choice. The app formats in
 * English with that locale's regional conventions (`formattingLocale`).
 */
function prefsOf(locale: string, clock: ClockChoice): FormatPrefs {
  return { locale: formattingLocale(chosenLocale(locale)), hour12: hour12Of(clock) };
}

export function applyFormatSettings(
  locale: string,
  clock: ClockChoice,
  storage: KeptChoice | null = webStorage('localStorage'),
): void {
  rememberFormatSettings(locale, clock, storage);
  const next = prefsOf(locale, clock);
  const before = prefsNow();
  if (next.locale === before.locale && next.hour12 === before.hour12) return;
  chosen = next;
  for (const cache of caches) cache.clear();
  for (const listener of listeners) listener();
}

/**
 * The last choice applied, remembered so the next start formats its first screen without waiting for
 * main's answer (a round trip on the start's critical path, issue 13). Main stays the source of truth: its
 * answer is applied when it comes, and re-renders the app only if the choice changed meanwhile.
 */
const REMEMBERED_FORMAT_KEY = 'growth-ledger.format-settings';
const CLOCKS: readonly string[] = ['system', '12h', '24h'] satisfies ClockChoice[];

/** Where the choice is kept: localStorage in the app. */
type KeptChoice = Pick<Storage, 'getItem' | 'setItem'>;

function rememberFormatSettings(locale: string, clock: ClockChoice, storage: KeptChoice | null) {
  try {
    storage?.setItem(REMEMBERED_FORMAT_KEY, JSON.stringify({ locale, clock }));
  } catch {
    // Full or disabled storage: the next start waits for main's answer, as it would without this.
  }
}

/**
 * Takes the remembered choice, if there is one (true when it did), as the one in force until main's
 * answer is applied. Only read here: the engine's locale data that resolving it needs (20–40 ms of the
 * main thread) loads when the choice is first used, not while the app's modules run.
 */
export function applyRememberedFormatSettings(
  storage: KeptChoice | null = webStorage('localStorage'),
): boolean {
  let value: unknown;
  try {
    value = JSON.parse(storage?.getItem(REMEMBERED_FORMAT_KEY) ?? 'null');
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null) return false;
  const { locale, clock } = value as { locale?: unknown; clock?: unknown };
  if (typeof locale !== 'string' || typeof clock !== 'string' || !CLOCKS.includes(clock)) return false;
  remembered = { locale, clock: clock as ClockChoice };
  chosen = null;
  for (const cache of caches) cache.clear();
  return true;
}

export function currentFormatPrefs(): FormatPrefs {
  return prefsNow();
}

export function currentLocale(): string {
  return prefsNow().locale;
}

/** For useSyncExternalStore: screens re-render when the locale or clock choice changes. */
export function subscribeFormatPrefs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: back to the fixed default (en-GB), never the machine's locale. */
export function resetFormatPrefsForTests(next: FormatPrefs = DEFAULT_FORMAT_PREFS): void {
  chosen = next;
  remembered = null;
  for (const cache of caches) cache.clear();
}

const caches: Map<string, string>[] = [];

/**
 * A small memo for a pure formatter: long lists show the same few thousand dates again and again (a
 * search keystroke used to format every date of 5,000 entries anew; issue 13). Bounded so a long session
 * cannot grow it without limit; it simply starts over when full. Keyed by locale and options as well, and
 * emptied when the preference changes. Throws are not cached.
 */
function memoized(fn: (input: string) => string, max = 4_000): (input: string) => string {
  const cache = new Map<string, string>();
  caches.push(cache);
  return (input) => {
    const { locale, hour12 } = prefsNow();
    const key = `${locale}|${String(hour12)}|${input}`;
    let out = cache.get(key);
    if (out === undefined) {
      out = fn(input);
      if (cache.size >= max) cache.clear();
      cache.set(key, out);
    }
    return out;
  };
}

export function formatBytes(bytes: number): string {
  const { locale } = prefsNow();
  if (bytes < 1024) return `${numberIn(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${numberIn(bytes / 1024, locale, 1)} KB`;
  return `${numberIn(bytes / 1024 / 1024, locale, 1)} MB`;
}

// Not memoized: an instant's wall-clock reading depends on the time zone, which can change while the app runs.
export function formatDateTime(
  iso: string | Date,
  options: { year?: boolean; weekday?: boolean } = {},
): string {
  return formatInstant(iso, prefsNow(), options);
}

// A calendar date reads the same in every time zone, so its text can be kept.
const dayMemos = new Map<DateStyle, (isoDate: string) => string>();
function dayIn(style: DateStyle): (isoDate: string) => string {
  let memo = dayMemos.get(style);
  if (!memo) {
    memo = memoized((isoDate) => formatIsoDate(isoDate, prefsNow(), style));
    dayMemos.set(style, memo);
  }
  return memo;
}

/** "2026-12-01" → "1 Dec 2026" (en-GB) · "Dec 1, 2026" (en-US) · "1. Dez. 2026" (de-DE). */
export function formatDay(isoDate: string): string {
  return dayIn('medium')(isoDate);
}

/** A calendar date in another style: 'long' for prose, 'monthYear' for axes over months, … */
export function formatDate(isoDate: string, style: DateStyle): string {
  return dayIn(style)(isoDate);
}

/** "Tue 1 Dec" (en-GB) · "Tue, Dec 1" (en-US): day headings. */
export function formatWeekday(isoDate: string): string {
  return dayIn('weekdayDayMonth')(isoDate);
}

/** "1 Dec" (en-GB) · "Dec 1" (en-US): short ranges and chart axes. */
export function formatDayMonth(isoDate: string): string {
  return dayIn('dayMonth')(isoDate);
}

/** A stored "HH:mm" → "17:30" or "5:30 PM", as the locale and the clock choice have it. */
const clock = memoized((value) => formatClock(value, prefsNow()));
export function formatTime(value: string): string {
  return clock(value);
}

export function formatAgo(iso: string): string {
  return formatDistanceToNowStrict(parseISO(iso), { addSuffix: true, roundingMethod: 'floor' });
}

/** 45 → "45 min", 90 → "1 h 30 min". */
export function formatDuration(minutes: number): string {
  return durationIn(minutes, prefsNow().locale);
}

/** Hours with at most one decimal, for tables and axes of hours: 90 → "1.5" (en) · "1,5" (de). */
export function formatHours(minutes: number): string {
  return formatHoursNumber(minutes, prefsNow().locale);
}

/** Signed energy with one decimal on the −2…+2 scale: "+1.0", "−0.3" ("+1,0" in de-DE); null → "–". */
export function formatEnergy(value: number | null): string {
  if (value === null) return '–';
  // Half away from zero, so −0.25 and +0.25 round to the same size.
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  const digits = formatFixed(Math.abs(rounded), prefsNow().locale, 1);
  return rounded === 0 ? digits : `${rounded > 0 ? '+' : '−'}${digits}`;
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return numberIn(value, prefsNow().locale, maximumFractionDigits);
}

/** A list in the app's English prose: "4", "4 and 5", "4, 5 and 6". */
export function formatList(items: readonly (string | number)[]): string {
  const words = items.map(String);
  const last = words.pop();
  if (last === undefined) return '';
  return words.length === 0 ? last : `${words.join(', ')} and ${last}`;
}

/** "1 record", "3 records", "1,200 records" (Intl.PluralRules chooses, the number follows the locale). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return pluralize(count, singular, pluralForm, prefsNow().locale);
}

/** Nicely rounded axis ticks (see shared/domain/format.ts), and a locale formatter for them. */
export { niceTicks };
export function formatTick(value: number): string {
  return numberIn(value, prefsNow().locale, 2);
}
