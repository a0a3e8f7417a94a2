import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, plural } from '@renderer/ui/format';

describe('ui/format', () => {
  it('formatDay, memoized, reads exactly as date-fns, the first time and every time after', () => {
    // More distinct days than the memo holds, twice over, so it also starts over once.
    const days = Array.from({ length: 9_000 }, (_, i) =>
      new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    );
    for (const round of [1, 2]) {
      for (const day of days)
        expect(formatDay(day), `${day}, round ${round}`).toBe(format(parseISO(day), 'd MMM yyyy'));
    }
    expect(formatDay('2026-03-05')).toBe('5 Mar 2026');
  });

  it('throws for an invalid date every time (a failure is never remembered)', () => {
    expect(() => formatDay('not a date')).toThrow(RangeError);
    expect(() => formatDay('not a date')).toThrow(RangeError);
  });

  it('keeps the other formatters as they were', () => {
    expect(formatDateTime('2026-03-05T09:07:00')).toBe('5 Mar 2026, 09:07');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
});
