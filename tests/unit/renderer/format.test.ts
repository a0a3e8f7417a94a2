import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { appSettingsSchema, defaultSettings, storedSettingsSchema } from '@shared/domain/app-settings';
import {
  canonicalLocale,
  formatClock,
  formatDuration,
  formatHoursNumber,
  formatInstant,
  formatIsoDate,
  formatNumber,
  formattingLocale,
  niceTicks,
  pluralize,
} from '@shared/domain/format';
import { memoryStampStorage } from '@renderer/db/change-stamp';
import {
  applyFormatSettings,
  applyRememberedFormatSettings,
  currentFormatPrefs,
  currentLocale,
  formatDateTime,
  formatDay,
  formatDuration as uiDuration,
  formatList,
  formatTime,
  plural,
  resetFormatPrefsForTests,
} from '@renderer/ui/format';

const GB = { locale: 'en-GB' };
const US = { locale: 'en-US' };
const DE = { locale: 'de-DE' };

describe('formatList (the app’s English prose)', () => {
  it('joins with commas and a final “and”', () => {
    expect(formatList([])).toBe('');
    expect(formatList([4])).toBe('4');
    expect(formatList([4, 5])).toBe('4 and 5');
    expect(formatList([4, 5, 6, 7, 10, 11])).toBe('4, 5, 6, 7, 10 and 11');
  });
});

describe('ui/format (fixed en-GB default in tests)', () => {
  it('formatDay, memoized, reads exactly as Intl, the first time and every time after', () => {
    // More distinct days than the memo holds, twice over, so it also starts over once.
    const days = Array.from({ length: 9_000 }, (_, i) =>
      new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    );
    for (const round of [1, 2]) {
      for (const day of days) expect(formatDay(day), `${day}, round ${round}`).toBe(formatIsoDate(day, GB));
    }
    expect(formatDay('2026-03-05')).toBe('5 Mar 2026');
    // The same day as the old fixed pattern gave, except CLDR's "Sept" for September in en-GB.
    expect(formatDay('2026-03-05')).toBe(format(parseISO('2026-03-05'), 'd MMM yyyy'));
  });

  it('throws for an invalid date every time (a failure is never remembered)', () => {
    expect(() => formatDay('not a date')).toThrow(RangeError);
    expect(() => formatDay('not a date')).toThrow(RangeError);
  });

  it('keys the memo by locale: switching the locale changes the text of a date already shown', () => {
    expect(formatDay('2026-12-01')).toBe('1 Dec 2026');
    applyFormatSettings('en-US', 'system');
    expect(formatDay('2026-12-01')).toBe('Dec 1, 2026');
    expect(formatTime('17:30')).toBe('5:30 PM');
    applyFormatSettings('en-US', '24h');
    expect(formatTime('17:30')).toBe('17:30');
    // Germany: the app's English words with Germany's numbers and 24-hour clock (en-DE).
    applyFormatSettings('de-DE', 'system');
    expect(currentLocale()).toBe('en-DE');
    expect(formatDay('2026-12-01')).toBe('1 Dec 2026');
    expect(formatTime('17:30')).toBe('17:30');
    expect(uiDuration(90)).toBe('1 h 30 min');
    expect(plural(1200, 'entry', 'entries')).toBe('1.200 entries');
  });

  it('formats in English with the region of a locale in another language', () => {
    expect(formattingLocale('de-DE')).toBe('en-DE');
    expect(formatIsoDate('2026-12-01', { locale: formattingLocale('de-DE') }, 'weekdayDayMonth')).not.toMatch(
      /Di\.|Dez/,
    );
    expect(formattingLocale('fr-FR')).toBe('en-FR');
    expect(formatNumber(1234.5, formattingLocale('fr-FR'), 1)).toBe(formatNumber(1234.5, 'fr-FR', 1));
    // A language alone: its likeliest region.
    expect(formattingLocale('de')).toBe('en-DE');
    // The tag's own choices (here a 12-hour clock) go along.
    expect(formattingLocale('sv-SE-u-hc-h12')).toBe('en-SE-u-hc-h12');
    // English tags as they are.
    for (const tag of ['en-US', 'en-GB', 'en-AU', 'en']) expect(formattingLocale(tag)).toBe(tag);
    // No English data for the region (ICU, here as in Chromium, has no en-BR: it would read as the United
    // States): the tag is kept, so Brazil's own date order and separators still hold.
    expect(formattingLocale('pt-BR')).toBe('pt-BR');
    expect(formatIsoDate('2026-12-01', { locale: formattingLocale('pt-BR') }, 'medium')).toBe(
      formatIsoDate('2026-12-01', { locale: 'pt-BR' }, 'medium'),
    );
  });

  it('falls back to the system locale for "system" and for a tag it cannot use', () => {
    resetFormatPrefsForTests({ locale: 'de-DE' });
    applyFormatSettings('system', 'system');
    const system = currentLocale();
    applyFormatSettings('xx-not-a-locale', 'system');
    expect(currentLocale()).toBe(system);
  });

  it('keeps the other formatters working in the default locale', () => {
    expect(formatDateTime('2026-03-05T09:07:00')).toBe('5 Mar 2026, 09:07');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(0, 'entry', 'entries')).toBe('0 entries');
  });
});

describe('shared/domain/format in en-US, en-GB and de-DE', () => {
  it('formats calendar dates the same in every time zone', () => {
    expect(formatIsoDate('2026-12-01', GB)).toBe('1 Dec 2026');
    expect(formatIsoDate('2026-12-01', US)).toBe('Dec 1, 2026');
    expect(formatIsoDate('2026-12-01', DE)).toBe('1. Dez. 2026');
    expect(formatIsoDate('2026-12-01', GB, 'long')).toBe('1 December 2026');
    expect(formatIsoDate('2026-12-01', US, 'long')).toBe('December 1, 2026');
    expect(formatIsoDate('2026-12-01', DE, 'long')).toBe('1. Dezember 2026');
    expect(formatIsoDate('2026-12-01', GB, 'weekdayDayMonth')).toBe('Tue 1 Dec');
    expect(formatIsoDate('2026-12-01', US, 'weekdayDayMonth')).toBe('Tue, Dec 1');
    expect(formatIsoDate('2026-12-01', DE, 'weekdayDayMonth')).toBe('Di., 1. Dez.');
  });

  it('formats clock times in 12 and 24 hours, the locale default or the user choice', () => {
    expect(formatClock('17:30', GB)).toBe('17:30');
    expect(formatClock('09:05', GB)).toBe('09:05');
    expect(formatClock('17:30', US)).toBe('5:30 PM');
    expect(formatClock('17:30', DE)).toBe('17:30');
    expect(formatClock('17:30', { locale: 'en-GB', hour12: true })).toBe('5:30 pm');
    // Not "24:05", which `hour12: false` gives in en-US.
    expect(formatClock('00:05', { locale: 'en-US', hour12: false })).toBe('00:05');
    expect(formatClock('00:05', US)).toBe('12:05 AM');
  });

  it('formats instants with the same clock as plain times', () => {
    const at = new Date(2026, 2, 5, 17, 7);
    expect(formatInstant(at, GB)).toBe('5 Mar 2026, 17:07');
    expect(formatInstant(at, US)).toBe('Mar 5, 2026, 5:07 PM');
    expect(formatInstant(at, DE)).toBe('5. März 2026, 17:07');
    expect(formatInstant(at, GB, { year: false, weekday: true })).toBe('Thu 5 Mar, 17:07');
  });

  it('formats numbers and hours with the locale separators', () => {
    expect(formatNumber(1234.5, 'en-US', 1)).toBe('1,234.5');
    expect(formatNumber(1234.5, 'en-GB', 1)).toBe('1,234.5');
    expect(formatNumber(1234.5, 'de-DE', 1)).toBe('1.234,5');
    expect(formatHoursNumber(90, 'en-US')).toBe('1.5');
    expect(formatHoursNumber(90, 'de-DE')).toBe('1,5');
    expect(formatHoursNumber(120, 'en-GB')).toBe('2');
  });

  it('reads durations as minutes and hours, never as "0.8 h"', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE']) {
      expect(formatDuration(45, locale)).toBe('45 min');
      expect(formatDuration(90, locale)).toBe('1 h 30 min');
      expect(formatDuration(120, locale)).toBe('2 h');
      expect(formatDuration(0, locale)).toBe('0 min');
    }
    expect(formatDuration(60 * 1500 + 5, 'de-DE')).toBe('1.500 h 5 min');
  });

  it('chooses the plural form by Intl.PluralRules and formats the count in the locale', () => {
    expect(pluralize(1, 'activity', 'activities', 'en-US')).toBe('1 activity');
    expect(pluralize(2, 'activity', 'activities', 'en-GB')).toBe('2 activities');
    expect(pluralize(1000, 'activity', 'activities', 'de-DE')).toBe('1.000 activities');
    expect(pluralize(1.5, 'hour', 'hours', 'en-GB')).toBe('1.5 hours');
  });

  it('validates locale tags', () => {
    expect(canonicalLocale('en-gb')).toBe('en-GB');
    expect(canonicalLocale('de-DE')).toBe('de-DE');
    expect(canonicalLocale('not a tag')).toBeNull();
    expect(canonicalLocale('')).toBeNull();
  });

  it('gives nicely rounded axis ticks that cover the data', () => {
    expect(niceTicks(1.35)).toEqual([0, 0.5, 1, 1.5]);
    expect(niceTicks(10)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(10, { integer: true })).toEqual([0, 3, 6, 9, 12]);
    expect(niceTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(3, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('locale settings', () => {
  it('loads a settings file written before the locale and clock existed, with the defaults', () => {
    const { locale: _locale, clock: _clock, ...old } = defaultSettings();
    const parsed = storedSettingsSchema.parse(old);
    expect(parsed.locale).toBe('system');
    expect(parsed.clock).toBe('system');
    // A change sent by the page must be whole: only a stored file may lack them.
    expect(appSettingsSchema.safeParse(old).success).toBe(false);
  });

  it('accepts system or a known BCP-47 tag and refuses anything else', () => {
    const base = defaultSettings();
    expect(appSettingsSchema.safeParse({ ...base, locale: 'de-DE', clock: '24h' }).success).toBe(true);
    expect(appSettingsSchema.safeParse({ ...base, locale: 'not a tag' }).success).toBe(false);
    expect(appSettingsSchema.safeParse({ ...base, clock: '13h' }).success).toBe(false);
  });
});

describe('the choice remembered for the next start (issue 13)', () => {
  it('applies the last choice applied, so the first screen need not wait for main', () => {
    const storage = memoryStampStorage();
    expect(applyRememberedFormatSettings(storage)).toBe(false);
    applyFormatSettings('de-DE', '12h', storage);
    const chosen = currentFormatPrefs();
    resetFormatPrefsForTests();
    expect(currentFormatPrefs()).not.toEqual(chosen);
    // The next start.
    expect(applyRememberedFormatSettings(storage)).toBe(true);
    expect(currentFormatPrefs()).toEqual(chosen);
    resetFormatPrefsForTests();
  });

  it('ignores a remembered entry it cannot trust, and leaves the default in force', () => {
    const storage = memoryStampStorage();
    for (const text of ['{"locale":', '{"locale":"de-DE","clock":"13h"}', '{"clock":"24h"}', '42']) {
      storage.setItem('growth-ledger.format-settings', text);
      resetFormatPrefsForTests();
      expect(applyRememberedFormatSettings(storage), text).toBe(false);
      expect(currentLocale()).toBe('en-GB');
    }
  });
});
