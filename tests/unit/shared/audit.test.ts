import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  auditEndDate,
  auditWeekIndex,
  auditWeeks,
  clampToAudit,
  dayOfWeek,
  formatEnergy,
  formatHours,
  importKeyOf,
  matchRule,
  minutesToClock,
  mondayOf,
  rowsToImport,
} from '@shared/domain/audit';
import {
  biggestActivities,
  heatCell,
  summariseAudit,
  type AggregatedEntry,
} from '@shared/domain/audit-aggregate';
import {
  ASSESSMENT_CLOSE_GAP,
  DRAINING_RUN_DAYS,
  FIT_MIN_RATED_HOURS,
  LONG_WEEK_HOURS,
  assessmentScores,
  burnoutSignals,
  describeFit,
  fitReading,
  latestAssessmentScores,
} from '@shared/domain/audit-fit';
import { BUILT_IN_CATEGORIES, DEFAULT_RULES } from '@shared/content/audit';
import type { AuditCategory, CategoryRule, Lean, SelfAssessment } from '@shared/types/entities';

const AUDIT = { startDate: '2026-01-05', weeks: 4 as const };

const cat = (id: string, lean: Lean, order = 0, archived = false): AuditCategory => ({
  id,
  name: `Category ${id}`,
  lean,
  color: '#123456',
  order,
  archived,
});
const CATS = [cat('s', 'staff', 0), cat('e', 'em', 1), cat('n', 'neutral', 2)];

const entry = (over: Partial<AggregatedEntry>): AggregatedEntry => ({
  date: '2026-01-05',
  startTime: '09:00',
  minutes: 60,
  categoryId: 's',
  energy: 0,
  mostImportant: null,
  delegable: null,
  title: 'Something',
  ...over,
});

describe('audit dates and weeks', () => {
  it('spans weeks × 7 days, weeks starting on the start day', () => {
    expect(auditEndDate(AUDIT)).toBe('2026-02-01');
    expect(auditEndDate({ startDate: '2026-01-05', weeks: 6 })).toBe('2026-02-15');
    expect(auditWeeks(AUDIT).map((w) => [w.start, w.end])).toEqual([
      ['2026-01-05', '2026-01-11'],
      ['2026-01-12', '2026-01-18'],
      ['2026-01-19', '2026-01-25'],
      ['2026-01-26', '2026-02-01'],
    ]);
    expect(auditWeekIndex(AUDIT, '2026-01-04')).toBe(-1);
    expect(auditWeekIndex(AUDIT, '2026-01-11')).toBe(0);
    expect(auditWeekIndex(AUDIT, '2026-01-12')).toBe(1);
    expect(auditWeekIndex(AUDIT, '2026-02-01')).toBe(3);
    expect(auditWeekIndex(AUDIT, '2026-02-02')).toBe(-1);
  });

  it('does calendar arithmetic across month, year and DST boundaries', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(dayOfWeek('2026-01-05')).toBe(0); // a Monday
    expect(dayOfWeek('2026-01-11')).toBe(6);
    expect(mondayOf('2026-01-08')).toBe('2026-01-05');
    expect(mondayOf('2026-01-05')).toBe('2026-01-05');
    expect(clampToAudit(AUDIT, '2025-12-01')).toBe('2026-01-05');
    expect(clampToAudit(AUDIT, '2026-05-01')).toBe('2026-02-01');
    expect(minutesToClock(23 * 60 + 45 + 30)).toBe('00:15');
  });

  it('formats hours and signed energy for people', () => {
    expect(formatHours(90)).toBe('1.5');
    expect(formatHours(120)).toBe('2');
    expect(formatEnergy(1)).toBe('+1.0');
    expect(formatEnergy(-0.25)).toBe('−0.3');
    expect(formatEnergy(-0.04)).toBe('0.0');
    expect(formatEnergy(null)).toBe('–');
  });
});

describe('keyword rules', () => {
  const rules: CategoryRule[] = [
    { id: 'r2', keyword: 'review', categoryId: 's', order: 1 },
    { id: 'r1', keyword: '1:1', categoryId: 'e', order: 0 },
    { id: 'r3', keyword: 'Sync', categoryId: 'gone', order: 2 },
    { id: 'r4', keyword: 'sync', categoryId: 'n', order: 3 },
  ];
  it('matches case-insensitively, first rule by order wins', () => {
    expect(matchRule('Perf REVIEW 1:1 with Sam', rules, CATS)?.id).toBe('r1');
    expect(matchRule('Design Review', rules, CATS)?.categoryId).toBe('s');
    expect(matchRule('Lunch', rules, CATS)).toBeNull();
  });
  it('skips rules whose category is missing or archived', () => {
    expect(matchRule('Weekly sync', rules, CATS)?.id).toBe('r4');
    expect(matchRule('Design review', rules, [cat('s', 'staff', 0, true), ...CATS.slice(1)])).toBeNull();
  });
  it('ships default rules that each point at a built-in category', () => {
    const keys = new Set(BUILT_IN_CATEGORIES.map((c) => c.key));
    for (const rule of DEFAULT_RULES) expect(keys.has(rule.categoryKey), rule.keyword).toBe(true);
    expect(new Set(BUILT_IN_CATEGORIES.map((c) => c.lean))).toEqual(new Set(['staff', 'em', 'neutral']));
    expect(BUILT_IN_CATEGORIES.filter((c) => c.lean === 'staff')).toHaveLength(5);
    expect(BUILT_IN_CATEGORIES.filter((c) => c.lean === 'em')).toHaveLength(5);
  });
});

describe('import dedupe', () => {
  it('keys an occurrence by event UID and occurrence start', () => {
    expect(importKeyOf('abc@x', '2026-01-05T09:00:00.000Z')).toBe('abc@x|2026-01-05T09:00:00.000Z');
  });
  it('imports each key once and skips stored ones', () => {
    const rows = [{ importKey: 'a' }, { importKey: 'b' }, { importKey: 'a' }, { importKey: 'c' }];
    expect(rowsToImport(rows, ['c', null]).map((r) => r.importKey)).toEqual(['a', 'b']);
  });
  it('property: importing twice adds exactly what importing once did', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(fc.array(key), fc.array(key), (stored, incoming) => {
        const rows = incoming.map((importKey) => ({ importKey }));
        const first = rowsToImport(rows, stored);
        const afterFirst = [...stored, ...first.map((r) => r.importKey)];
        const second = rowsToImport(rows, afterFirst);
        expect(second).toEqual([]);
        // Nothing is ever stored twice.
        expect(new Set(first.map((r) => r.importKey)).size).toBe(first.length);
        for (const r of first) expect(stored).not.toContain(r.importKey);
      }),
    );
  });
});

describe('aggregation', () => {
  it('sums hours and time-weighted energy per category, lean, week and day', () => {
    const summary = summariseAudit(
      AUDIT,
      [
        entry({ minutes: 120, energy: 2, categoryId: 's' }),
        entry({ minutes: 60, energy: -1, categoryId: 's', date: '2026-01-06' }),
        entry({ minutes: 30, energy: null, categoryId: 'e', date: '2026-01-13' }),
        entry({ minutes: 90, energy: -2, categoryId: 'e', date: '2026-01-13', delegable: true }),
        entry({ minutes: 45, energy: 1, categoryId: null, mostImportant: false }),
        entry({ minutes: 60, date: '2026-03-01' }),
      ],
      CATS,
    );
    expect(summary.total).toEqual({
      count: 5,
      minutes: 345,
      ratedMinutes: 315,
      avgEnergy: (240 - 60 - 180 + 45) / 315,
    });
    expect(summary.byLean.staff).toEqual({ count: 2, minutes: 180, ratedMinutes: 180, avgEnergy: 1 });
    expect(summary.byLean.em).toMatchObject({ minutes: 120, ratedMinutes: 90, avgEnergy: -2 });
    expect(summary.byLean.unassigned).toMatchObject({ minutes: 45, avgEnergy: 1 });
    expect(summary.byLean.neutral).toMatchObject({ count: 0, avgEnergy: null });
    expect(summary.byCategory.map((c) => [c.categoryId, c.minutes])).toEqual([
      ['s', 180],
      ['e', 120],
      [null, 45],
    ]);
    expect(summary.weeks.map((w) => w.minutes)).toEqual([225, 120, 0, 0]);
    expect(summary.weeks[1]?.byLean.em.minutes).toBe(120);
    expect(summary.days).toHaveLength(28);
    expect(summary.days[0]).toMatchObject({ date: '2026-01-05', minutes: 165 });
    expect(summary.delegableMinutes).toBe(90);
    expect(summary.notMostImportantMinutes).toBe(45);
    expect(summary.outsideCount).toBe(1);
  });

  it('spreads activities over the hours they cover in the heatmap, across midnight', () => {
    const summary = summariseAudit(
      AUDIT,
      [
        entry({ startTime: '09:30', minutes: 90, energy: 2 }),
        entry({ date: '2026-01-11', startTime: '23:30', minutes: 60, energy: -1 }), // Sunday → Monday
        entry({ startTime: null, minutes: 30 }),
      ],
      CATS,
    );
    const cell = (day: number, hour: number) => heatCell(summary.heatmap, day, hour);
    expect(cell(0, 9)).toMatchObject({ minutes: 30, avgEnergy: 2 });
    expect(cell(0, 10)).toMatchObject({ minutes: 60, avgEnergy: 2 });
    expect(cell(6, 23)).toMatchObject({ minutes: 30, avgEnergy: -1 });
    expect(cell(0, 0)).toMatchObject({ minutes: 30, avgEnergy: -1 });
    expect(cell(3, 3)).toEqual({ day: 3, hour: 3, minutes: 0, avgEnergy: null });
    expect(summary.untimedCount).toBe(1);
  });

  const entryArb = fc.record({
    date: fc.integer({ min: -3, max: 30 }).map((d) => addDays(AUDIT.startDate, d)),
    startTime: fc.option(fc.integer({ min: 0, max: 1439 }).map(minutesToClock), { nil: null }),
    minutes: fc.integer({ min: 1, max: 600 }),
    categoryId: fc.constantFrom('s', 'e', 'n', 'deleted', null),
    energy: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
    mostImportant: fc.option(fc.boolean(), { nil: null }),
    delegable: fc.option(fc.boolean(), { nil: null }),
    title: fc.constantFrom('A', 'B', 'c'),
  });

  it('property: per-category, per-lean, per-week, per-day and heatmap minutes all sum to the total', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 60 }), (entries) => {
        const s = summariseAudit(AUDIT, entries, CATS);
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        const inside = entries.filter((e) => e.date >= '2026-01-05' && e.date <= '2026-02-01');
        expect(s.total.minutes).toBe(sum(inside.map((e) => e.minutes)));
        expect(sum(s.byCategory.map((c) => c.minutes))).toBe(s.total.minutes);
        expect(sum(Object.values(s.byLean).map((l) => l.minutes))).toBe(s.total.minutes);
        expect(sum(s.weeks.map((w) => w.minutes))).toBe(s.total.minutes);
        expect(sum(s.days.map((d) => d.minutes))).toBe(s.total.minutes);
        const timed = sum(inside.filter((e) => e.startTime !== null).map((e) => e.minutes));
        expect(sum([...s.heatmap.minutes])).toBe(timed);
        expect(s.outsideCount).toBe(entries.length - inside.length);
        for (const tally of [s.total, ...s.byCategory]) {
          if (tally.avgEnergy !== null) {
            expect(tally.avgEnergy).toBeGreaterThanOrEqual(-2);
            expect(tally.avgEnergy).toBeLessThanOrEqual(2);
          }
        }
      }),
    );
  });

  it('picks the biggest activities by title, with answers they share', () => {
    const big = biggestActivities(
      [
        entry({ title: 'Standup', minutes: 15, delegable: true }),
        entry({ title: 'standup ', minutes: 15, delegable: true }),
        entry({ title: 'Design review', minutes: 90, mostImportant: true }),
        entry({ title: 'Email', minutes: 20 }),
      ],
      2,
    );
    expect(big).toEqual([
      { title: 'Design review', minutes: 90, count: 1, mostImportant: true, delegable: null },
      { title: 'Standup', minutes: 30, count: 2, mostImportant: null, delegable: true },
    ]);
  });
});

const assessment = (answers: (number | null)[], completedAt: string | null, id = 'x'): SelfAssessment => ({
  id,
  startedAt: '2026-01-01T10:00:00.000Z',
  completedAt,
  answers,
});

describe('assessment scores (read from the stored record)', () => {
  it('sums statements 1–6 as Staff and 7–12 as EM', () => {
    expect(
      assessmentScores(assessment([5, 5, 4, 4, 3, 3, 1, 2, 2, 3, 1, 1], '2026-01-02T10:00:00.000Z')),
    ).toMatchObject({
      staff: 24,
      em: 10,
    });
  });
  it('ignores unfinished ones and takes the latest completed', () => {
    const full = Array<number>(12).fill(3);
    expect(assessmentScores(assessment([...full.slice(0, 11), null], '2026-01-02T10:00:00.000Z'))).toBeNull();
    expect(assessmentScores(assessment(full, null))).toBeNull();
    const latest = latestAssessmentScores([
      assessment(full, '2026-01-02T10:00:00.000Z', 'old'),
      assessment([5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1], '2026-03-02T10:00:00.000Z', 'new'),
      assessment(full, null, 'draft'),
    ]);
    expect(latest).toMatchObject({ id: 'new', staff: 30, em: 6 });
    expect(latestAssessmentScores([])).toBeNull();
  });
});

describe('fit reading', () => {
  const lean = (minutes: number, avgEnergy: number | null, ratedMinutes = minutes) => ({
    count: 1,
    minutes,
    ratedMinutes,
    avgEnergy,
  });
  const summary = (staff: ReturnType<typeof lean>, em: ReturnType<typeof lean>) => ({
    byLean: { staff, em, neutral: lean(0, null), unassigned: lean(0, null) },
  });
  const scores = (staff: number, em: number) => ({
    id: 'a',
    completedAt: '2026-01-01T00:00:00.000Z',
    staff,
    em,
  });

  it(`says there is not enough data under ${FIT_MIN_RATED_HOURS} rated hours in either lean`, () => {
    const reading = fitReading(summary(lean(20 * 60, 1.5), lean(9.5 * 60, -1)), scores(25, 12));
    expect(reading).toMatchObject({ kind: 'not-enough-data', staffRatedHours: 20, emRatedHours: 9.5 });
    expect(describeFit(reading).headline).toMatch(/Not enough data/);
    // Logged but unrated hours do not count toward the threshold.
    expect(fitReading(summary(lean(30 * 60, 1, 5 * 60), lean(30 * 60, 0)), null).kind).toBe(
      'not-enough-data',
    );
    expect(fitReading(summary(lean(600, 1), lean(600, 0)), null).kind).toBe('reading');
  });

  it('reads a clear Staff lean that agrees strongly with a clear Staff assessment', () => {
    const reading = fitReading(summary(lean(12 * 60, 1.2), lean(11 * 60, -0.3)), scores(26, 14));
    expect(reading).toMatchObject({
      kind: 'reading',
      audit: { direction: 'staff', strength: 'clear' },
      assessment: { direction: 'staff', strength: 'clear', gap: 12 },
      agreement: 'agree',
      strongAgreement: true,
    });
    const text = describeFit(reading);
    expect(text.headline).toMatch(/clearly more in Staff-leaning/);
    expect(text.details.join(' ')).toMatch(/\+1\.2 over 12 h.*−0\.3 over 11 h.*gap of 1\.5/);
    expect(text.details.join(' ')).toMatch(/Staff 26 and EM 14.*agree, strongly/);
  });

  it('says plainly when audit and assessment disagree', () => {
    const reading = fitReading(summary(lean(10 * 60, -0.5), lean(15 * 60, 0.5)), scores(25, 15));
    expect(reading).toMatchObject({ agreement: 'disagree', audit: { direction: 'em', strength: 'clear' } });
    // The disagreement is the headline, not the last bullet; the audit's own lean follows.
    const text = describeFit(reading);
    expect(text.headline).toMatch(/^The audit and your self-assessment disagree/);
    expect(text.headline).toMatch(/EM-leaning work.*leans Staff/);
    expect(text.details[0]).toMatch(/rose clearly more in EM-leaning work/);
    expect(text.details.join(' ')).not.toMatch(/disagree/);
  });

  it('calls small gaps even and close scores close, at the documented thresholds', () => {
    const even = fitReading(summary(lean(600, 0.5), lean(600, 0.3)), scores(20, 20 - ASSESSMENT_CLOSE_GAP));
    expect(even).toMatchObject({
      audit: { direction: 'even' },
      assessment: { direction: 'even', strength: 'even' },
      agreement: 'agree',
      strongAgreement: false,
    });
    const slight = fitReading(
      summary(lean(600, 0.5), lean(600, 0.25)),
      scores(20, 20 - ASSESSMENT_CLOSE_GAP - 1),
    );
    expect(slight).toMatchObject({
      audit: { direction: 'staff', strength: 'slight' },
      assessment: { direction: 'staff', strength: 'slight' },
      agreement: 'agree',
      strongAgreement: false,
    });
    const partly = fitReading(summary(lean(600, 1), lean(600, 0)), scores(18, 18));
    expect(partly).toMatchObject({ agreement: 'partly' });
  });

  it('reads the audit alone when there is no assessment', () => {
    const reading = fitReading(summary(lean(600, 0), lean(600, 1)), null);
    expect(reading).toMatchObject({ kind: 'reading', agreement: null, audit: { direction: 'em' } });
    expect(describeFit(reading).details.join(' ')).toMatch(/Take the self-assessment/);
  });
});

describe('burnout signals', () => {
  it(`flags weeks over ${LONG_WEEK_HOURS} hours, not at exactly ${LONG_WEEK_HOURS}`, () => {
    const day = (date: string, minutes: number) => entry({ date, minutes, energy: 1 });
    const exactly = Array.from({ length: 5 }, (_, i) => day(addDays('2026-01-05', i), 600));
    expect(burnoutSignals(summariseAudit(AUDIT, exactly, CATS))).toEqual([]);
    const over = [...exactly, day('2026-01-10', 1)];
    expect(burnoutSignals(summariseAudit(AUDIT, over, CATS))).toEqual([
      { kind: 'long-week', weekIndex: 0, start: '2026-01-05', end: '2026-01-11', hours: 50 + 1 / 60 },
    ]);
  });

  it(`flags ${DRAINING_RUN_DAYS} draining days in a row, skipping days with nothing logged`, () => {
    const drain = (date: string, energy = -1, minutes = 180) => entry({ date, minutes, energy });
    // Thu, Fri drained; weekend empty; Mon drained → a run of three across the weekend.
    const entries = [
      drain('2026-01-08'),
      drain('2026-01-09'),
      drain('2026-01-12', -2),
      entry({ date: '2026-01-13', minutes: 240, energy: 1 }),
      drain('2026-01-14'),
      drain('2026-01-15'),
      drain('2026-01-16', -1, 60), // too few rated hours to count as draining: ends the run
      drain('2026-01-19'),
    ];
    const signals = burnoutSignals(summariseAudit(AUDIT, entries, CATS));
    expect(signals).toEqual([
      { kind: 'draining-run', start: '2026-01-08', end: '2026-01-12', days: 3, avgEnergy: -4 / 3 },
    ]);
  });

  it('treats −0.5 as draining and −0.4 as not', () => {
    const days = ['2026-01-05', '2026-01-06', '2026-01-07'];
    const at = (energyPerDay: [number, number][]) =>
      days.flatMap((date) => energyPerDay.map(([energy, minutes]) => entry({ date, energy, minutes })));
    // −1 for 60 min and 0 for 60 min = −0.5
    expect(
      burnoutSignals(
        summariseAudit(
          AUDIT,
          at([
            [-1, 60],
            [0, 60],
          ]),
          CATS,
        ),
      ),
    ).toHaveLength(1);
    // −2 for 60 and +1 for … keeps it above −0.5
    expect(
      burnoutSignals(
        summariseAudit(
          AUDIT,
          at([
            [-1, 60],
            [0, 90],
          ]),
          CATS,
        ),
      ),
    ).toHaveLength(0);
  });
});
