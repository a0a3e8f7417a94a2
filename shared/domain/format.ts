/**
 * Locale-aware formatting of dates, times, numbers and durations, built on `Intl` (issue 16). Pure: the
 * caller passes the locale (and the 12/24-hour choice), so the renderer, the exports and the tests all
 * read the same way. The renderer's `ui/format.ts` binds these to the user's current preference.
 *
 * Calendar dates ("2026-12-01") are formatted at noon UTC with `timeZone: 'UTC'`, so a date reads the
 * same in every time zone; clock times ("17:30") likewise. Only instants use the local time zone.
 */

export type ClockChoice = 'system' | '12h' | '24h';

export interface FormatPrefs {
  /** A BCP-47 tag Intl accepts, e.g. "en-GB". */
  readonly locale: string;
  /** true = 12-hour, false = 24-hour, undefined = what the locale usually uses. */
  readonly hour12?: boolean | undefined;
}

/** What the tests and the exports use when nothing else is given: fixed, never the machine's. */
export const DEFAULT_FORMAT_PREFS: FormatPrefs = { locale: 'en-GB' };

/** The canonical form of a BCP-47 tag when Intl knows it ("en-gb" → "en-GB"), otherwise null. */
export function canonicalLocale(tag: string): string | null {
  const trimmed = tag.trim();
  if (!trimmed) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    if (!canonical) return null;
    // A syntactically valid tag Intl has no data for (say "xx-YY") would silently fall back to English.
    return Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0 ? canonical : null;
  } catch {
    return null;
  }
}

/**
 * The locale the app formats with, for a user's locale `tag`: the region's conventions in the app's own
 * language. Growth Ledger's text is English, so a German user reads "Next: Thu, 3 Dec" with 24-hour times
 * and "1,5 h", as an English system on a German-region computer shows them, not "Next: Do., 3. Dez."
 * (German words inside English sentences). English tags are used as they are. Another language's tag
 * becomes English in its region ("de-DE" → "en-DE", "de" → "en-DE", "sv-SE-u-hc-h12" → "en-SE-u-hc-h12")
 * when the engine has that region's English data; where it has none ("pt-BR": its English would be the
 * United States'), the tag is kept, since the region's own conventions matter more than the words.
 */
export function formattingLocale(tag: string): string {
  const known = englishFor.get(tag);
  if (known !== undefined) return known;
  let result = tag;
  try {
    const locale = new Intl.Locale(tag);
    if (locale.language !== 'en') {
      const region = locale.region ?? locale.maximize().region;
      if (region) {
        const extension = /-u-.*$/i.exec(tag)?.[0] ?? '';
        const english = `en-${region}`;
        const resolved = new Intl.DateTimeFormat(english).resolvedOptions().locale;
        if (resolved === english) result = `${english}${extension}`;
      }
    }
  } catch {
    result = tag;
  }
  if (englishFor.size >= 100) englishFor.clear();
  englishFor.set(tag, result);
  return result;
}
const englishFor = new Map<string, string>();

export function hour12Of(clock: ClockChoice): boolean | undefined {
  return clock === '12h' ? true : clock === '24h' ? false : undefined;
}

// Building an Intl formatter costs tens of microseconds; lists format thousands of values (issue 13), so
// each locale + options pair is built once. Bounded: a long session cannot grow it without limit.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  key: string,
  build: () => T,
): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = build();
    if (formatters.size >= 500) formatters.clear();
    formatters.set(key, found);
  }
  return found;
}

/** Whether times in this locale and choice use a 24-hour clock. */
function uses24Hours(prefs: FormatPrefs): boolean {
  if (prefs.hour12 !== undefined) return !prefs.hour12;
  const probe = cached(
    `d|${prefs.locale}|probe`,
    () => new Intl.DateTimeFormat(prefs.locale, { hour: 'numeric' }),
  );
  const cycle = probe.resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24';
}

function dateTimeFormat(prefs: FormatPrefs, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let full = options;
  if (options.hour !== undefined) {
    const h24 = uses24Hours(prefs);
    // hourCycle, not hour12: `hour12: false` gives "24:05" after midnight in en-US. A 24-hour clock
    // reads "09:07", a 12-hour one "9:07 AM".
    full = { ...options, hourCycle: h24 ? 'h23' : 'h12', hour: h24 ? '2-digit' : 'numeric' };
  }
  return cached(
    `d|${prefs.locale}|${JSON.stringify(full)}`,
    () => new Intl.DateTimeFormat(prefs.locale, full),
  );
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export type DateStyle =
  /** "1 Dec 2026" · "Dec 1, 2026" · "1. Dez. 2026" */
  | 'medium'
  /** "1 December 2026" · "December 1, 2026" · "1. Dezember 2026": prose, Markdown exports. */
  | 'long'
  /** "1 Dec" · "Dec 1" · "1. Dez." */
  | 'dayMonth'
  /** "Tue 1 Dec" · "Tue, Dec 1" · "Di., 1. Dez." */
  | 'weekdayDayMonth'
  /** "Tue 1 Dec 2026" · "Tue, Dec 1, 2026" · "Di., 1. Dez. 2026" */
  | 'weekdayDayMonthYear'
  /** "Dec 26" · "Dec 26" · "Dez. 26": chart axes over months. */
  | 'monthYear';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  weekdayDayMonth: { weekday: 'short', day: 'numeric', month: 'short' },
  weekdayDayMonthYear: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  monthYear: { month: 'short', year: '2-digit' },
};

/** "2026-12-01" (or a full ISO instant, whose date part is used) → the locale's text for that date. */
export function formatIsoDate(isoDate: string, prefs: FormatPrefs, style: DateStyle = 'medium'): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  // Not a date: the Invalid Date makes Intl throw a RangeError, as date-fns did, rather than show junk.
  const at = new Date(Date.UTC(y, m - 1, d, 12));
  return dateTimeFormat(prefs, { ...DATE_OPTIONS[style], timeZone: 'UTC' }).format(at);
}

/** A wall-clock time "17:30" → "5:30 PM" (en-US), "17:30" (en-GB, de-DE), following the 12/24-hour choice. */
export function formatClock(clock: string, prefs: FormatPrefs): string {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  if (!Number.isFinite(h) || !Number.isFinite(m)) return clock;
  const at = new Date(Date.UTC(1970, 0, 1, h, m));
  return dateTimeFormat(prefs, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at);
}

/**
 * The words a locale writes for "before noon" and "after noon" on a 12-hour clock, as Intl gives them
 * ("AM"/"PM", "am"/"pm", "a. m."/"p. m.", "上午"/"下午"), so a time field reads back what the app
 * writes in any locale without a list of languages of its own.
 */
export function dayPeriodWords(locale: string): { am: string; pm: string } {
  const format = dateTimeFormat(
    { locale, hour12: true },
    { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' },
  );
  const period = (hour: number) =>
    format.formatToParts(new Date(Date.UTC(1970, 0, 1, hour))).find((part) => part.type === 'dayPeriod')
      ?.value ?? '';
  return { am: period(1), pm: period(13) };
}

/** An instant in the local time zone: date and time ("1 Dec 2026, 17:30" · "Dec 1, 2026, 5:30 PM"). */
export function formatInstant(
  instant: Date | string,
  prefs: FormatPrefs,
  options: { year?: boolean; weekday?: boolean; timeZone?: string } = {},
): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return dateTimeFormat(prefs, {
    ...(options.weekday ? { weekday: 'short' } : {}),
    day: 'numeric',
    month: 'short',
    ...(options.year === false ? {} : { year: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(at);
}

/** A plain number in the locale: 1234.5 → "1,234.5" · "1.234,5". */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A number with exactly `digits` decimals: 1 → "1.0" · "1,0". */
export function formatFixed(value: number, locale: string, digits: number): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Hours with at most one decimal, for tables of hours: 90 → "1.5" · "1,5"; 45 → "0.8". */
export function formatHoursNumber(minutes: number, locale: string): string {
  return formatNumber(Math.round((minutes / 60) * 10) / 10, locale, 1);
}

/** Minutes as a duration people read: 45 → "45 min", 90 → "1 h 30 min", 120 → "2 h", 0 → "0 min". */
export function formatDuration(minutes: number, locale: string): string {
  const total = Math.round(Math.abs(minutes));
  const sign = minutes < 0 && total > 0 ? '−' : '';
  const h = Math.floor(total / 60);
  const m = total % 60;
  // "h" and "min" are the SI-style symbols English and German both read; only the numbers are localised.
  if (h === 0) return `${sign}${formatNumber(m, locale)} min`;
  if (m === 0) return `${sign}${formatNumber(h, locale)} h`;
  return `${sign}${formatNumber(h, locale)} h ${formatNumber(m, locale)} min`;
}

/**
 * "1 record", "3 records", "1,000 records": the words are the app's English, so English plural rules
 * choose the form; the number follows the user's locale.
 */
export function pluralize(count: number, singular: string, pluralForm: string, locale: string): string {
  const rules = cached('p|en', () => new Intl.PluralRules('en'));
  return `${formatNumber(count, locale, 2)} ${rules.select(count) === 'one' ? singular : pluralForm}`;
}

/**
 * Axis ticks from 0 (or `min`) up to at least `max`, on a step of 1, 2, 2.5 or 5 × 10ⁿ, about `count`
 * of them: 1.35 h of data gives 0, 0.5, 1, 1.5, not 0.45, 0.9, 1.35. `integer` keeps whole steps
 * (counts, minutes).
 */
export function niceTicks(
  max: number,
  options: { min?: number; count?: number; integer?: boolean } = {},
): number[] {
  const min = options.min ?? 0;
  const count = Math.max(2, options.count ?? 5);
  const span = Math.max(max - min, Number.EPSILON);
  const rough = span / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const candidates = [1, 2, 2.5, 5, 10].map((f) => f * power);
  let step = candidates.find((c) => c >= rough) ?? 10 * power;
  if (options.integer) step = Math.max(1, Math.ceil(step));
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's decimals, so 0.1 + 0.2 reads 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = start; ; v += step) {
    ticks.push(Number(v.toFixed(decimals)));
    if (v >= max - step * 1e-9 || ticks.length > 50) break;
  }
  return ticks;
}
