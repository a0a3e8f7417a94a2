/**
 * Reading a clock time that a person typed (issue 16): the app's time fields show "5:30 PM" or "17:30"
 * as the user's locale and clock have it, so they must read back both, and the short forms people type
 * ("1730", "5.30pm", "530p", "5 PM", "9"). Pure: the locale is passed in, and the day-period words come
 * from Intl (format.ts), never from a list of languages kept here.
 *
 * Every result is the form the app stores and a native `<input type="time">` gives: "HH:mm", 24-hour,
 * zero-padded.
 */
import { dayPeriodWords } from './format';

export const MINUTES_PER_DAY = 24 * 60;

type Period = 'am' | 'pm';

/** Lower case, without dots or spaces: "P. M." → "pm", "a.m." → "am". */
function periodKey(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/[.\s]/g, '');
}

const periodTables = new Map<string, Map<string, Period>>();

/**
 * The day-period words understood in a locale: English "am"/"pm" and their first letters everywhere
 * (the short forms people type whatever their locale), then the locale's own words from Intl, which win
 * where they differ.
 */
function periodsOf(locale: string): Map<string, Period> {
  let table = periodTables.get(locale);
  if (!table) {
    table = new Map<string, Period>([
      ['a', 'am'],
      ['am', 'am'],
      ['p', 'pm'],
      ['pm', 'pm'],
    ]);
    const words = dayPeriodWords(locale);
    if (words.am) table.set(periodKey(words.am), 'am');
    if (words.pm) table.set(periodKey(words.pm), 'pm');
    if (periodTables.size >= 50) periodTables.clear();
    periodTables.set(locale, table);
  }
  return table;
}

/** "9", "17", "1730", "530", "17:30", "5.30", "17h30", "17:30:00" (seconds are dropped, as the native field does). */
const CLOCK = /^(?:(\d{1,2})(?:\s*[:.h]\s*(\d{2})(?:\s*:\s*\d{2})?)?|(\d{1,2})(\d{2}))$/;
/** The digits in the middle, a day-period word (or nothing) on either side. */
const SHAPE = /^(\D*?)\s*(\d[\d\s:.h]*\d|\d)\s*(\D*)$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Any script's decimal digits as ASCII ("٥:٣٠" → "5:30"), for locales whose times Intl writes in their
 * own digits. Unicode keeps each script's digits as a run of ten, 0 to 9, so a digit's value is its
 * distance from the start of its run, modulo ten where runs touch.
 */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    let start = code;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start -= 1;
    return String((code - start) % 10);
  });
}

/**
 * The time in `text` as "HH:mm", or null when it is empty or not a time. Without a day period the hours
 * are 0–23 ("5" is 05:00); with one they are 1–12 ("12 am" is 00:00, "12 pm" noon).
 */
export function parseTimeText(text: string, locale: string): string | null {
  const normalized = asciiDigits(text.normalize('NFKC')).trim().toLowerCase();
  const shape = SHAPE.exec(normalized);
  if (!shape) return null;
  const [, before = '', digits = '', after = ''] = shape;
  const beforeKey = periodKey(before);
  const afterKey = periodKey(after);
  if (beforeKey && afterKey) return null;
  const word = beforeKey || afterKey;
  let period: Period | undefined;
  if (word) {
    period = periodsOf(locale).get(word);
    if (!period) return null;
  }

  const clock = CLOCK.exec(digits);
  if (!clock) return null;
  let hours = Number(clock[1] ?? clock[3]);
  const minutes = Number(clock[2] ?? clock[4] ?? '0');
  if (minutes > 59) return null;
  if (period) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (period === 'pm' ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  return `${pad(hours)}:${pad(minutes)}`;
}

/** "HH:mm" → minutes since midnight; null for anything else. */
export function minutesOfClock(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes since midnight (any whole number; it wraps around the day) → "HH:mm". */
export function clockOfMinutes(minutes: number): string {
  const within = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${pad(Math.floor(within / 60))}:${pad(within % 60)}`;
}

/**
 * One arrow-key step from `value`, as a native time field with a `step` does it: to the next multiple of
 * `stepMinutes` after midnight up or down (09:07 with a 5-minute step goes up to 09:10, down to 09:05),
 * wrapping around midnight (23:59 up is 00:00). From an empty value, up starts at midnight and down at the
 * last step of the day, as a spin button starts at its ends.
 */
export function stepClock(value: string | null, direction: 1 | -1, stepMinutes: number): string {
  const step = Math.max(1, Math.round(stepMinutes));
  // The last multiple of the step in the day: 23:45 for 15 minutes, 23:59 for one.
  const last = Math.floor((MINUTES_PER_DAY - 1) / step) * step;
  const current = value === null ? null : minutesOfClock(value);
  if (current === null) return clockOfMinutes(direction === 1 ? 0 : last);
  const next =
    direction === 1 ? (Math.floor(current / step) + 1) * step : (Math.ceil(current / step) - 1) * step;
  if (next > last) return clockOfMinutes(0);
  if (next < 0) return clockOfMinutes(last);
  return clockOfMinutes(next);
}
