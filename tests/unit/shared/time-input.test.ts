import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayPeriodWords, formatClock, type FormatPrefs } from '@shared/domain/format';
import {
  clockOfMinutes,
  minutesOfClock,
  parseTimeText,
  stepClock,
  MINUTES_PER_DAY,
} from '@shared/domain/time-input';

const LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;
const CLOCKS = [true, false] as const;

describe('parseTimeText', () => {
  it.each([
    ['17:30', '17:30'],
    ['1730', '17:30'],
    ['5:30 pm', '17:30'],
    ['5:30 PM', '17:30'],
    ['5.30pm', '17:30'],
    ['530p', '17:30'],
    ['5 PM', '17:00'],
    ['5pm', '17:00'],
    ['5 p.m.', '17:00'],
    ['9', '09:00'],
    ['09:05', '09:05'],
    ['905', '09:05'],
    ['0905', '09:05'],
    ['17.30', '17:30'],
    ['17h30', '17:30'],
    ['17:30:45', '17:30'],
    ['  7:05 am ', '07:05'],
    ['12 am', '00:00'],
    ['12:30 AM', '00:30'],
    ['12 pm', '12:00'],
    ['12:01 p', '12:01'],
    ['0', '00:00'],
    ['23:59', '23:59'],
    ['１７：３０', '17:30'],
  ])('reads "%s" as %s (en-US)', (text, expected) => {
    expect(parseTimeText(text, 'en-US')).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    '24:00',
    '2400',
    '17:60',
    '9:5',
    '13 pm',
    '0 am',
    '5 xm',
    'pm 5 pm',
    '17:30 tomorrow',
    '-5',
    '12345',
    '17::30',
    '1.5.3',
  ])('refuses "%s"', (text) => {
    expect(parseTimeText(text, 'en-US')).toBeNull();
  });

  it("reads the locale's own day-period words, which come from Intl", () => {
    // Spanish writes "p. m.", Chinese puts "下午" (afternoon) before the time: neither is listed in the parser.
    const es = dayPeriodWords('es-ES');
    expect(parseTimeText(`5:30 ${es.pm}`, 'es-ES')).toBe('17:30');
    expect(parseTimeText('5:30 p. m.', 'es-ES')).toBe('17:30');
    const zh = dayPeriodWords('zh-CN');
    expect(parseTimeText(`${zh.pm}5:30`, 'zh-CN')).toBe('17:30');
    expect(parseTimeText(`${zh.am}5:30`, 'zh-CN')).toBe('05:30');
    // English am/pm are understood in every locale: people type them whatever their locale.
    expect(parseTimeText('5:30 pm', 'de-DE')).toBe('17:30');
  });

  it('reads times written in other digits', () => {
    const text = formatClock('17:30', { locale: 'ar-EG', hour12: true });
    expect(text).not.toMatch(/[0-9]/);
    expect(parseTimeText(text, 'ar-EG')).toBe('17:30');
  });

  it('reads back every minute of the day as en-US, en-GB and de-DE write it, on both clocks', () => {
    let checked = 0;
    for (const locale of LOCALES) {
      for (const hour12 of CLOCKS) {
        for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
          const value = clockOfMinutes(minute);
          const text = formatClock(value, { locale, hour12 });
          expect(parseTimeText(text, locale), `${locale} ${hour12 ? '12h' : '24h'} "${text}"`).toBe(value);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(3 * 2 * MINUTES_PER_DAY);
  });

  it('property: format → parse round-trips, however the day period is cased and spaced', () => {
    const prefsArb = fc.record({
      locale: fc.constantFrom(...LOCALES),
      hour12: fc.constantFrom(...CLOCKS),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 }),
        prefsArb,
        fc.constantFrom('upper', 'lower', 'asIs'),
        fc.constantFrom('', ' ', '  ', '\u202f'),
        (minute, prefs: FormatPrefs, casing, space) => {
          const value = clockOfMinutes(minute);
          const written = formatClock(value, prefs);
          // What a person retypes: the same time, with the period's case and the space before it changed.
          const retyped = written.replace(/\s+(?=\D+$)/u, space);
          const cased =
            casing === 'upper' ? retyped.toUpperCase() : casing === 'lower' ? retyped.toLowerCase() : retyped;
          expect(parseTimeText(written, prefs.locale)).toBe(value);
          expect(parseTimeText(cased, prefs.locale)).toBe(value);
        },
      ),
    );
  });
});

describe('stepClock', () => {
  it('moves by the step to its next multiple, and wraps around midnight', () => {
    expect(stepClock('09:07', 1, 1)).toBe('09:08');
    expect(stepClock('09:07', -1, 1)).toBe('09:06');
    expect(stepClock('09:07', 1, 5)).toBe('09:10');
    expect(stepClock('09:07', -1, 5)).toBe('09:05');
    expect(stepClock('09:10', 1, 15)).toBe('09:15');
    expect(stepClock('23:59', 1, 1)).toBe('00:00');
    expect(stepClock('00:00', -1, 1)).toBe('23:59');
    expect(stepClock('23:50', 1, 15)).toBe('00:00');
    expect(stepClock('00:00', -1, 15)).toBe('23:45');
    expect(stepClock('23:30', 1, 60)).toBe('00:00');
  });

  it('starts an empty field at the ends of the day', () => {
    expect(stepClock(null, 1, 1)).toBe('00:00');
    expect(stepClock(null, -1, 1)).toBe('23:59');
    expect(stepClock('', -1, 15)).toBe('23:45');
  });

  it('property: a step up then down comes back to a value on the step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 }),
        fc.constantFrom(1, 5, 15, 30, 60),
        (minute, step) => {
          const onStep = clockOfMinutes(Math.floor(minute / step) * step);
          expect(stepClock(stepClock(onStep, 1, step), -1, step)).toBe(onStep);
          expect(stepClock(stepClock(onStep, -1, step), 1, step)).toBe(onStep);
          expect((minutesOfClock(stepClock(clockOfMinutes(minute), 1, step)) ?? -1) % step).toBe(0);
        },
      ),
    );
  });
});
