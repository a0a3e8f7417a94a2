/**
 * The assessment's reads inside a live query, where results are frozen and shared (`cache: 'immutable'`
 * in db.ts): they answer like the whole-table computations and never sort a result in place (issue 13).
 */
import fc from 'fast-check';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../support/fresh-db';
import { runs } from '../support/property';
import { assessmentHistory } from '@shared/domain/assessment';
import type { Decision, SelfAssessment } from '@shared/types/entities';
import {
  readAuditFit,
  readDecisions,
  readHistory,
  readLatestPoint,
  readUnfinishedTake,
} from '@renderer/features/assessment/hooks/reads';

/** The first answer of a live query: where results are frozen, as in the app. */
function firstLive<T>(read: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(read).subscribe({
      next: (value) => {
        subscription.unsubscribe();
        resolve(value);
      },
      error: reject,
    });
  });
}

const FROM = Date.parse('2021-01-01T00:00:00Z');
const TO = Date.parse('2026-06-01T00:00:00Z');
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString());
const answer = fc.integer({ min: 1, max: 5 });

const takes = fc.array(
  fc.record({
    startedAt: instant,
    completedAt: fc.option(instant, { nil: null }),
    answers: fc.array(answer, { minLength: 12, maxLength: 12 }),
  }),
  { maxLength: 25 },
);
const decisions = fc.array(fc.record({ createdAt: instant, energising: fc.boolean() }), { maxLength: 10 });

describe('assessment reads answer like the whole-table computations', () => {
  it('property: history, latest result, unfinished take and decisions', async () => {
    await fc.assert(
      fc.asyncProperty(takes, decisions, async (rows, decisionRows) => {
        const db = freshDb();
        const all: SelfAssessment[] = rows.map((t, i) => ({
          id: `take-${String(i).padStart(2, '0')}`,
          ...t,
        }));
        await db.selfAssessments.bulkAdd(all);
        await db.decisions.bulkAdd(
          decisionRows.map((d, i): Decision => ({
            id: `dec-${String(i).padStart(2, '0')}`,
            date: d.createdAt.slice(0, 10),
            statement: `Decision ${i}`,
            framing: 'team-building',
            energising: d.energising,
            createdAt: d.createdAt,
            updatedAt: d.createdAt,
          })),
        );
        const history = assessmentHistory(all);
        expect(await firstLive(() => readHistory(db))).toEqual(history);
        expect(await firstLive(() => readLatestPoint(db))).toEqual(history.points.at(-1) ?? null);
        const open = await firstLive(() => readUnfinishedTake(db));
        expect(open?.completedAt ?? null).toBeNull();
        expect(open === undefined).toBe(all.every((t) => t.completedAt !== null));

        const stored = await db.decisions.toArray();
        const newest = await firstLive(() => readDecisions(db));
        expect(newest.map((d) => d.createdAt)).toEqual(
          [...stored].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((d) => d.createdAt),
        );
        db.close();
      }),
      { numRuns: runs(20) },
    );
  });
});

describe('readAuditFit', () => {
  const stamp = { createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z' };
  const category = (id: string, lean: 'staff' | 'em') => ({
    id,
    name: lean === 'staff' ? 'Design' : 'Hiring',
    lean,
    color: '#336699',
    order: lean === 'staff' ? 0 : 1,
    archived: false,
    ...stamp,
  });
  const entry = (id: string, categoryId: string, date: string, energy: -2 | -1 | 0 | 1 | 2) => ({
    id,
    auditId: 'audit-new',
    date,
    startTime: null,
    minutes: 6 * 60,
    title: 'Work',
    categoryId,
    energy,
    note: '',
    mostImportant: null,
    delegable: null,
    importKey: null,
    ...stamp,
  });

  it('reads the newest audit against the result shown, from its activities when it has no stored totals', async () => {
    const db = freshDb();
    await db.audits.bulkAdd([
      { id: 'audit-old', startDate: '2025-01-06', weeks: 4, status: 'finished', ...stamp },
      { id: 'audit-new', startDate: '2026-03-02', weeks: 4, status: 'finished', ...stamp },
    ]);
    await db.auditCategories.bulkAdd([category('cat-staff', 'staff'), category('cat-em', 'em')]);
    // 12 h of each lean: energy fell in Staff-leaning work and rose in EM-leaning work.
    await db.auditEntries.bulkAdd([
      entry('e1', 'cat-staff', '2026-03-02', -1),
      entry('e2', 'cat-staff', '2026-03-03', -1),
      entry('e3', 'cat-em', '2026-03-04', 2),
      entry('e4', 'cat-em', '2026-03-05', 1),
    ]);
    const [take] = assessmentHistory([
      {
        id: 'take',
        startedAt: '2026-02-01T10:00:00.000Z',
        completedAt: '2026-02-01T10:10:00.000Z',
        answers: [5, 5, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2],
      },
    ]).points;
    if (!take) throw new Error('the take was not scored');
    const fit = await firstLive(() => readAuditFit(db, take));
    expect(fit).toMatchObject({
      kind: 'reading',
      agreement: 'disagree',
      audit: { direction: 'em', staffHours: 12, emHours: 12 },
      assessment: { direction: 'staff' },
    });
  });

  it('is null without an audit', async () => {
    const db = freshDb();
    const [take] = assessmentHistory([
      {
        id: 'take',
        startedAt: '2026-02-01T10:00:00.000Z',
        completedAt: '2026-02-01T10:10:00.000Z',
        answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      },
    ]).points;
    if (!take) throw new Error('the take was not scored');
    expect(await readAuditFit(db, take)).toBeNull();
  });
});
