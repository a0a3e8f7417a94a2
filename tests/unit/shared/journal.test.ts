import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  competencyOptions,
  daysBetween,
  filterRetros,
  groupByQuarter,
  inDateRange,
  isPendingFeedback,
  lastAskedMessage,
  pendingFeedback,
  quarterOf,
  retroYears,
  weeksSinceLastAsked,
} from '@shared/domain/journal';
import { brag, competency, feedback, framework, retro, withTags } from '../support/journal-fixtures';

const dateArb = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('quarters', () => {
  it('puts each month in its calendar quarter', () => {
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf('2026-09-30')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, quarter: 4 });
  });

  it('groups the timeline newest quarter first, newest entry first inside', () => {
    const groups = groupByQuarter([
      brag({ id: 'a', date: '2025-11-02' }),
      brag({ id: 'b', date: '2026-02-10' }),
      brag({ id: 'c', date: '2026-03-30' }),
      brag({ id: 'd', date: '2026-04-01' }),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
    expect(groups[1]!.entries.map((e) => e.id)).toEqual(['c', 'b']);
    expect(groups[0]!.label).toBe('2026 Q2 (Apr–Jun)');
  });

  it('keeps every entry exactly once, each in the group of its own quarter', () => {
    fc.assert(
      fc.property(fc.array(dateArb, { maxLength: 60 }), (dates) => {
        const entries = dates.map((date, i) => brag({ id: `e${i}`, date }));
        const groups = groupByQuarter(entries);
        const ids = groups.flatMap((g) => g.entries.map((e) => e.id));
        expect(ids.sort()).toEqual(entries.map((e) => e.id).sort());
        for (const g of groups) {
          for (const e of g.entries) expect(quarterOf(e.date)).toEqual({ year: g.year, quarter: g.quarter });
        }
        expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
        const keys = groups.map((g) => g.year * 10 + g.quarter);
        expect(keys).toEqual([...keys].sort((a, b) => b - a));
      }),
    );
  });

  it('filters a date range inclusively, open ends allowed', () => {
    const entries = [
      brag({ id: 'a', date: '2026-01-01' }),
      brag({ id: 'b', date: '2026-06-30' }),
      brag({ id: 'c', date: '2026-07-01' }),
    ];
    expect(inDateRange(entries, '2026-01-01', '2026-06-30').map((e) => e.id)).toEqual(['b', 'a']);
    expect(inDateRange(entries, '2026-06-30', null).map((e) => e.id)).toEqual(['c', 'b']);
    expect(inDateRange(entries, null, null)).toHaveLength(3);
  });
});

describe('feedback', () => {
  it('is pending when asked and nothing came back yet', () => {
    expect(isPendingFeedback(feedback({ askedOn: '2026-03-01' }))).toBe(true);
    expect(isPendingFeedback(feedback({ askedOn: '2026-03-01', receivedOn: '2026-03-04' }))).toBe(false);
    // An answer written down without a date still counts as an answer.
    expect(isPendingFeedback(feedback({ askedOn: '2026-03-01', content: 'Write shorter docs.' }))).toBe(
      false,
    );
    // Unsolicited feedback was never asked for, so it cannot be waiting.
    expect(isPendingFeedback(feedback({ receivedOn: '2026-03-04', content: 'Great demo' }))).toBe(false);
    expect(isPendingFeedback(feedback({ askedOn: '2026-03-01', content: '   ' }))).toBe(true);
  });

  it('lists pending requests, the longest waiting first', () => {
    const items = [
      feedback({ id: 'new', askedOn: '2026-03-10' }),
      feedback({ id: 'old', askedOn: '2026-02-01' }),
      feedback({ id: 'done', askedOn: '2026-01-01', receivedOn: '2026-01-02', content: 'ok' }),
    ];
    expect(pendingFeedback(items, '2026-03-15')).toEqual([
      { item: items[1], askedOn: '2026-02-01', daysWaiting: 42 },
      { item: items[0], askedOn: '2026-03-10', daysWaiting: 5 },
    ]);
  });

  it('counts whole weeks since the latest ask, ignoring asks in the future', () => {
    const items = [
      feedback({ id: 'a', askedOn: '2026-01-01' }),
      feedback({ id: 'b', askedOn: '2026-02-01' }),
      feedback({ id: 'c', askedOn: '2026-12-01' }),
      feedback({ id: 'd', receivedOn: '2026-02-20', content: 'unasked' }),
    ];
    expect(weeksSinceLastAsked(items, '2026-02-01')).toBe(0);
    expect(weeksSinceLastAsked(items, '2026-02-07')).toBe(0);
    expect(weeksSinceLastAsked(items, '2026-02-08')).toBe(1);
    expect(weeksSinceLastAsked(items, '2026-03-15')).toBe(6);
    expect(weeksSinceLastAsked([], '2026-03-15')).toBeNull();
    expect(weeksSinceLastAsked([feedback({ askedOn: '2027-01-01' })], '2026-03-15')).toBeNull();
  });

  it('words the count gently', () => {
    expect(lastAskedMessage(null)).toMatch(/not logged a request/);
    expect(lastAskedMessage(0)).toMatch(/this week/);
    expect(lastAskedMessage(1)).toBe('You last asked for feedback 1 week ago.');
    expect(lastAskedMessage(3)).toBe('You last asked for feedback 3 weeks ago.');
    expect(lastAskedMessage(9)).toMatch(/9 weeks ago\. Perhaps/);
  });

  it('counts days across DST changes and leap years exactly', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });
});

describe('retros', () => {
  const retros = [
    withTags(retro({ id: 'a', endDate: '2025-06-01' }), ['c1']),
    withTags(retro({ id: 'b', endDate: '2026-02-01' }), ['c1', 'c2']),
    withTags(retro({ id: 'c', startDate: null, endDate: null, updatedAt: '2026-05-05T10:00:00.000Z' }), []),
  ];

  it('filters by year and by competency, newest first', () => {
    expect(filterRetros(retros, { year: null, competencyId: null }).map((r) => r.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(filterRetros(retros, { year: 2026, competencyId: null }).map((r) => r.id)).toEqual(['c', 'b']);
    expect(filterRetros(retros, { year: null, competencyId: 'c1' }).map((r) => r.id)).toEqual(['b', 'a']);
    expect(filterRetros(retros, { year: 2025, competencyId: 'c2' })).toEqual([]);
  });

  it('offers the years that have retros', () => {
    expect(retroYears(retros)).toEqual([2026, 2025]);
  });
});

describe('linking to competencies', () => {
  it('groups active competencies by framework name, in order', () => {
    const groups = competencyOptions(
      [
        framework({ id: 'em', name: 'Engineering manager' }),
        framework(),
        framework({ id: 'old', name: 'Old', archived: true }),
      ],
      [
        competency({ id: 'c2', order: 2, name: 'Mentorship' }),
        competency({ id: 'c1', order: 1 }),
        competency({ id: 'gone', archived: true }),
        competency({ id: 'e1', frameworkId: 'em', name: 'Coaching' }),
        competency({ id: 'x', frameworkId: 'old' }),
      ],
    );
    expect(groups.map((g) => [g.frameworkName, g.competencies.map((c) => c.id)])).toEqual([
      ['Engineering manager', ['e1']],
      ['Senior to Staff', ['c1', 'c2']],
    ]);
  });
});
