/**
 * The allocation-free aggregation (issue 13) against the simple one it replaced: on any activities, any
 * categories and any audit span, both give the very same summary (the heatmap's two arrays read back
 * cell by cell into the reference's 168 cells). Every counterexample a property run finds becomes a
 * named case below the properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, clockToMinutes, minutesToClock } from '@shared/domain/audit';
import { auditDayIndex, summariseAudit, type AggregatedEntry } from '@shared/domain/audit-aggregate';
import {
  adjustAuditTotals,
  computeAuditTotals,
  totalsAreCurrent,
  totalsSummary,
  type AuditTotals,
} from '@shared/domain/audit-totals';
import type { AuditCategory, Lean } from '@shared/types/entities';
import { plainSummary, referenceSummariseAudit } from '../support/audit-reference';
import { runs } from '../support/property';

type Category = Pick<AuditCategory, 'id' | 'name' | 'lean' | 'color' | 'order'>;

const lean = fc.constantFrom<Lean>('staff', 'em', 'neutral');
/** Few ids, so categories repeat ids and activities hit, miss and share them. */
const categoryId = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', '');

const categoryArb: fc.Arbitrary<Category> = fc.record({
  id: categoryId,
  name: fc.constantFrom('Design', 'Hiring', '1:1s'),
  lean,
  color: fc.constantFrom('#111111', '#222222'),
  order: fc.integer({ min: 0, max: 4 }),
});

const spanArb = fc.record({
  startDate: fc.integer({ min: 0, max: 3_000 }).map((d) => addDays('2024-01-01', d)),
  weeks: fc.constantFrom<4 | 5 | 6>(4, 5, 6),
});

const entryArb = (startDate: string): fc.Arbitrary<AggregatedEntry> =>
  fc.record({
    date: fc.integer({ min: -10, max: 50 }).map((d) => addDays(startDate, d)),
    startTime: fc.option(fc.integer({ min: 0, max: 1439 }).map(minutesToClock), { nil: null }),
    // Mostly a few round durations, so categories often tie on minutes (their order must then decide).
    minutes: fc.oneof(fc.constantFrom(30, 60), fc.integer({ min: 1, max: 24 * 60 })),
    categoryId: fc.option(categoryId, { nil: null }),
    energy: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
    mostImportant: fc.option(fc.boolean(), { nil: null }),
    delegable: fc.option(fc.boolean(), { nil: null }),
    title: fc.constantFrom('A', 'b'),
  });

const caseArb = spanArb.chain((span) =>
  fc.record({
    audit: fc.constant(span),
    entries: fc.array(entryArb(span.startDate), { maxLength: 80 }),
    categories: fc.array(categoryArb, { maxLength: 6 }),
  }),
);

/** summariseAudit's summary in the reference's form, its heatmap checked to be 7 × 24 cells first. */
function fastSummary(...args: Parameters<typeof summariseAudit>) {
  const summary = summariseAudit(...args);
  expect(summary.heatmap.minutes).toHaveLength(7 * 24);
  expect(summary.heatmap.avgEnergy).toHaveLength(7 * 24);
  return plainSummary(summary);
}

describe('summariseAudit equals the simple reference', () => {
  it('property: the same summary for any activities, categories and span', () => {
    fc.assert(
      fc.property(caseArb, ({ audit, entries, categories }) => {
        expect(fastSummary(audit, entries, categories)).toEqual(
          referenceSummariseAudit(audit, entries, categories),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it('property: the same summary whatever order the activities come in', () => {
    const shuffledArb = caseArb.chain((c) =>
      fc.record({
        c: fc.constant(c),
        order: fc.shuffledSubarray(c.entries, { minLength: c.entries.length }),
      }),
    );
    fc.assert(
      fc.property(shuffledArb, ({ c: { audit, entries, categories }, order }) => {
        expect(fastSummary(audit, order, categories)).toEqual(fastSummary(audit, entries, categories));
      }),
      { numRuns: runs(100) },
    );
  });

  // Named cases: each was, or is close to, a counterexample of the properties above.
  const AUDIT: { startDate: string; weeks: 4 | 5 | 6 } = { startDate: '2026-01-05', weeks: 4 };
  const entry = (over: Partial<AggregatedEntry>): AggregatedEntry => ({
    date: '2026-01-05',
    startTime: '09:00',
    minutes: 60,
    categoryId: 'a',
    energy: 1,
    mostImportant: null,
    delegable: null,
    title: 'A',
    ...over,
  });
  const cat = (id: string, order: number, l: Lean = 'staff'): Category => ({
    id,
    name: `C ${id}`,
    lean: l,
    color: '#111111',
    order,
  });
  const same = (entries: AggregatedEntry[], categories: Category[], audit = AUDIT) =>
    expect(fastSummary(audit, entries, categories)).toEqual(
      referenceSummariseAudit(audit, entries, categories),
    );

  it('orders categories with equal minutes and equal order by their place in the list, uncategorised last', () => {
    const categories = [cat('a', 0), cat('b', 0), cat('c', 5)];
    const logged = [
      entry({ categoryId: null }),
      entry({ categoryId: 'c' }),
      entry({ categoryId: 'b' }),
      entry({ categoryId: 'a' }),
    ];
    same(logged, categories);
    const rows = (entries: AggregatedEntry[]) =>
      summariseAudit(AUDIT, entries, categories).byCategory.map((row) => row.categoryId);
    expect(rows(logged)).toEqual(['a', 'b', 'c', null]);
    expect(rows([...logged].reverse())).toEqual(['a', 'b', 'c', null]);
  });

  it('uses the last of two categories with one id (as a Map built from the list does)', () => {
    same([entry({ categoryId: 'a' })], [cat('a', 3, 'em'), cat('a', 1, 'staff')]);
  });

  it('counts an empty, a missing and a "__proto__" category id as uncategorised', () => {
    same(
      [entry({ categoryId: '' }), entry({ categoryId: 'gone' }), entry({ categoryId: '__proto__' })],
      [cat('a', 0)],
    );
  });

  it('places a category called "__proto__" as a category', () => {
    same([entry({ categoryId: '__proto__' })], [cat('__proto__', 0)]);
  });

  it('wraps an activity past midnight on the last Sunday to Monday of the heatmap', () => {
    same([entry({ date: '2026-02-01', startTime: '23:59', minutes: 24 * 60 })], [cat('a', 0)]);
  });

  it('leaves out activities on the day before and the day after the audit', () => {
    same([entry({ date: '2026-01-04' }), entry({ date: '2026-02-02' })], [cat('a', 0)]);
  });

  it('handles an audit across a leap day and a year end', () => {
    same([entry({ date: '2024-02-29' }), entry({ date: '2024-03-01' })], [cat('a', 0)], {
      startDate: '2024-02-12',
      weeks: 6,
    });
    same([entry({ date: '2025-12-31' }), entry({ date: '2026-01-01' })], [cat('a', 0)], {
      startDate: '2025-12-22',
      weeks: 5,
    });
  });

  it('summarises nothing at all', () => {
    same([], []);
  });
});

describe('days and clock times', () => {
  it('property: clockToMinutes reads back every minutesToClock', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        expect(clockToMinutes(minutesToClock(minutes))).toBe(minutes);
      }),
    );
    expect(clockToMinutes('9:30')).toBe(570);
  });

  it('finds no audit day for text that is not a date of the audit', () => {
    const audit = { startDate: '2026-01-05', weeks: 4 as const };
    expect(auditDayIndex(audit, '2026-01-05')).toBe(0);
    expect(auditDayIndex(audit, '2026-02-01')).toBe(27);
    for (const text of ['', '2026-01', '2026-01-5', '2026-01-32', '2026-02-00', '2026/01/06', 'xxxx-xx-xx']) {
      expect(auditDayIndex(audit, text), text).toBe(-1);
    }
  });
});

describe('per-audit totals', () => {
  it('property: give the same total and per-lean tallies as summariseAudit', () => {
    fc.assert(
      fc.property(caseArb, ({ audit, entries, categories }) => {
        const totals = computeAuditTotals({ id: 'x', ...audit }, entries);
        const summary = referenceSummariseAudit(audit, entries, categories);
        expect(totalsSummary(totals, categories)).toEqual({ total: summary.total, byLean: summary.byLean });
      }),
      { numRuns: runs(200) },
    );
  });

  /** The rows by category id: the order of a row's categories carries no meaning. */
  const byCategory = (totals: AuditTotals) =>
    [...totals.categories].sort((a, b) => ((a.categoryId ?? '') < (b.categoryId ?? '') ? -1 : 1));

  it('property: adjusted for a write, equal the totals computed again after it', () => {
    // Activities before the write; the write deletes some, edits some (any field may move, the date out
    // of the audit's days too) and adds others, as the repository's writes do.
    const writeArb = caseArb.chain((base) =>
      fc.record({
        base: fc.constant(base),
        gone: fc.array(fc.boolean(), { minLength: base.entries.length, maxLength: base.entries.length }),
        edits: fc.array(fc.option(entryArb(base.audit.startDate), { nil: undefined }), {
          minLength: base.entries.length,
          maxLength: base.entries.length,
        }),
        added: fc.array(entryArb(base.audit.startDate), { maxLength: 20 }),
      }),
    );
    fc.assert(
      fc.property(writeArb, ({ base: { audit, entries }, gone, edits, added }) => {
        const span = { id: 'x', ...audit };
        const removed = entries.filter((_, i) => gone[i] || edits[i]);
        const edited = entries.flatMap((_, i) => (!gone[i] && edits[i] ? [edits[i]] : []));
        const after = [...entries.filter((_, i) => !gone[i] && !edits[i]), ...edited, ...added];
        const adjusted = adjustAuditTotals(computeAuditTotals(span, entries), span, removed, [
          ...edited,
          ...added,
        ]);
        expect(byCategory(adjusted)).toEqual(byCategory(computeAuditTotals(span, after)));
      }),
      { numRuns: runs(200) },
    );
  });

  it('adjusted for a write, drop a category left without activities and leave the stored row as it was', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const };
    const one = { date: '2026-01-06', minutes: 30, categoryId: 'a', energy: 1 };
    const stored = Object.freeze(computeAuditTotals(audit, [one]));
    const frozenRows = JSON.stringify(stored);
    expect(adjustAuditTotals(stored, audit, [one], []).categories).toEqual([]);
    // An activity outside the audit's days counts neither way, as computeAuditTotals leaves it out.
    expect(adjustAuditTotals(stored, audit, [], [{ ...one, date: '2026-02-02' }])).toEqual(stored);
    expect(JSON.stringify(stored)).toBe(frozenRows);
  });

  it('follow a category that changes lean after they were computed', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const };
    const totals = computeAuditTotals(audit, [
      { date: '2026-01-05', minutes: 60, categoryId: 'a', energy: 2 },
    ]);
    expect(totalsSummary(totals, [{ id: 'a', lean: 'staff' }]).byLean.staff.minutes).toBe(60);
    expect(totalsSummary(totals, [{ id: 'a', lean: 'em' }]).byLean.em.avgEnergy).toBe(2);
    expect(totalsSummary(totals, []).byLean.unassigned.minutes).toBe(60);
  });

  it('are stale for another audit, another span or another shape version', () => {
    const audit = { id: 'x', startDate: '2026-01-05', weeks: 4 as const };
    const totals = computeAuditTotals(audit, []);
    expect(totalsAreCurrent(totals, audit)).toBe(true);
    expect(totalsAreCurrent(undefined, audit)).toBe(false);
    expect(totalsAreCurrent(totals, { ...audit, id: 'y' })).toBe(false);
    expect(totalsAreCurrent(totals, { ...audit, weeks: 5 })).toBe(false);
    expect(totalsAreCurrent(totals, { ...audit, startDate: '2026-01-12' })).toBe(false);
    expect(totalsAreCurrent({ ...totals, version: 0 }, audit)).toBe(false);
  });
});
