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
