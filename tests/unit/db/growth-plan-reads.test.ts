/**
 * The growth plan's per-panel reads (issue 13) against the whole-table computations they replace: on
 * generated databases, each indexed read (open actions, done count and list, one competency's actions,
 * ratings and notes, the recent window, linked evidence labels) answers exactly what reading every
 * record and filtering in JS answered. And every read runs inside a live query, where results are
 * frozen (`cache: 'immutable'`), without sorting or editing one in place.
 */
import fc from 'fast-check';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../support/fresh-db';
import { runs } from '../support/property';
import { brag, feedback, retro } from '../support/journal-fixtures';
import { SkillHistory, sortOpenActions } from '@shared/domain/growth-plan';
import type { Action, Evidence, SkillSnapshot } from '@shared/types/entities';
import type { LedgerDb } from '@renderer/db/db';
import {
  countDoneActions,
  readCompetencyActions,
  readCompetencyTimeline,
  readDoneActions,
  readOpenActions,
  readPlanCore,
} from '@renderer/features/growth-plan/hooks/reads';
import { linkRecordToChecklist } from '@renderer/db/evidence-links';
import { readChecklistsEvidence, readCompetencyEvidence } from '@renderer/db/evidence-reads';
import { readEvidenceOptions } from '@renderer/features/evidence/hooks/readOptions';
import {
  addPromotionItem,
  baselineSnapshots,
  startFromBuiltIn,
  windowSnapshots,
} from '@renderer/features/growth-plan/model/repo';

/** The plan's competencies; `x1`, `x2` belong to another framework. */
const PLAN = ['a', 'b', 'c'];
const COMPETENCY = fc.constantFrom<string | null>('a', 'b', 'c', 'x1', 'x2', null);
const FROM = Date.parse('2021-01-01T00:00:00Z');
const TO = Date.parse('2026-06-01T00:00:00Z');
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString());
const day = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString().slice(0, 10));

const actionArb = fc.record({
  competencyId: COMPETENCY,
  status: fc.constantFrom<Action['status']>('todo', 'doing', 'done'),
  dueDate: fc.option(day, { nil: null }),
  doneAt: instant,
  createdAt: instant,
});
const snapshotArb = fc.record({
  competencyId: fc.constantFrom('a', 'b', 'c', 'x1'),
  recordedAt: instant,
  current: fc.integer({ min: 1, max: 5 }),
});
const evidenceArb = fc.record({
  competencyId: fc.constantFrom('a', 'b', 'x1'),
  date: day,
  createdAt: instant,
});

interface Generated {
  actions: Action[];
  snapshots: SkillSnapshot[];
  evidence: Evidence[];
}

const dataset = fc
  .record({
    actions: fc.array(actionArb, { maxLength: 60 }),
    snapshots: fc.array(snapshotArb, { maxLength: 60 }),
    evidence: fc.array(evidenceArb, { maxLength: 30 }),
  })
  .map(({ actions, snapshots, evidence }): Generated => ({
    actions: actions.map((a, i) => ({
      id: `act-${String(i).padStart(3, '0')}`,
      competencyId: a.competencyId,
      title: `Action ${i}`,
      status: a.status,
      dueDate: a.dueDate,
      doneAt: a.status === 'done' ? a.doneAt : null,
      source: null,
      createdAt: a.createdAt,
      updatedAt: a.createdAt,
    })),
    snapshots: snapshots.map((s, i) => ({
      id: `snap-${String(i).padStart(3, '0')}`,
      competencyId: s.competencyId,
      recordedAt: s.recordedAt,
      current: s.current,
      target: 4,
      note: '',
    })),
    evidence: evidence.map((e, i) => ({
      id: `ev-${String(i).padStart(3, '0')}`,
      competencyId: e.competencyId,
      promotionItemId: null,
      ref: null,
      note: `Note ${i}`,
      date: e.date,
      createdAt: e.createdAt,
      updatedAt: e.createdAt,
    })),
  }));

async function load(db: LedgerDb, data: Generated) {
  await db.actions.bulkAdd(data.actions);
  await db.skillSnapshots.bulkAdd(data.snapshots);
  await db.evidence.bulkAdd(data.evidence);
}

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

// ── The old whole-table computations, as the screens did them before ────────────────────────────────

/** What usePlanData read: every action, kept when it has no competency or one of the plan's. */
const oldPlanActions = (all: Action[]) =>
  all.filter((a) => a.competencyId === null || PLAN.includes(a.competencyId));

const oldDone = (all: Action[]) =>
  oldPlanActions(all)
    .filter((a) => a.status === 'done')
    .sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));

const oldCompetencyActions = (all: Action[], id: string) =>
  [...all.filter((a) => a.competencyId === id)].sort(
    (a, b) => Number(a.status === 'done') - Number(b.status === 'done'),
  );

const oldTimeline = (all: SkillSnapshot[], id: string) => [...new SkillHistory(all).timeline(id)].reverse();

const oldEvidence = (all: Evidence[], id: string) =>
  all
    .filter((e) => e.competencyId === id)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));

describe('growth plan reads answer like the whole-table computations', () => {
  it('property: actions, done count and list, per-competency actions, ratings and notes', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, fc.integer({ min: 1, max: 8 }), async (data, limit) => {
        const db = freshDb();
        await load(db, data);
        const [actions, snapshots, evidence] = await Promise.all([
          db.actions.toArray(),
          db.skillSnapshots.toArray(),
          db.evidence.toArray(),
        ]);
        const gaps = new Map<string, number | null>([
          ['a', 2],
          ['b', 0],
          ['c', null],
        ]);

        // Open actions: the same list once sorted (and nothing else read).
        const open = await firstLive(() => readOpenActions(db, PLAN));
        expect(open.every((a) => a.status !== 'done')).toBe(true);
        expect(sortOpenActions(open, gaps)).toEqual(sortOpenActions(oldPlanActions(actions), gaps));

        // Done: the count from keys, and the list (same order of finishing times; ties by id).
        expect(await firstLive(() => countDoneActions(db, PLAN))).toBe(oldDone(actions).length);
        const done = await firstLive(() => readDoneActions(db, PLAN));
        expect(done.map((a) => a.doneAt)).toEqual(oldDone(actions).map((a) => a.doneAt));
        expect(new Set(done.map((a) => a.id))).toEqual(new Set(oldDone(actions).map((a) => a.id)));

        for (const id of ['a', 'b', 'c', 'x1']) {
          expect(await firstLive(() => readCompetencyActions(db, id))).toEqual(
            oldCompetencyActions(actions, id),
          );
          const page = await firstLive(() => readCompetencyTimeline(db, id, limit));
          const full = oldTimeline(snapshots, id);
          expect(page.total).toBe(full.length);
          expect(page.rows.map((s) => s.recordedAt)).toEqual(full.slice(0, limit).map((s) => s.recordedAt));
          // Notes: each once (by its link), newest first.
          const entries = await firstLive(() => readCompetencyEvidence(db, id));
          const expected = oldEvidence(evidence, id);
          expect(new Set(entries.map((e) => e.linkId))).toEqual(new Set(expected.map((e) => e.id)));
          expect(entries.map((e) => e.date)).toEqual(expected.map((e) => e.date));
        }
        db.close();
      }),
      { numRuns: runs(20) },
    );
  });

  it('property: the recent window reads only the plan’s ratings, and all of them', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, instant, async (data, cutoff) => {
        const db = freshDb();
        await load(db, data);
        const all = await db.skillSnapshots.toArray();
        const window = await firstLive(() => windowSnapshots(db, PLAN, cutoff));
        const expected = all.filter((s) => s.recordedAt >= cutoff && PLAN.includes(s.competencyId));
        expect(new Set(window.map((s) => s.id))).toEqual(new Set(expected.map((s) => s.id)));
        expect(window).toHaveLength(expected.length);
        // Baseline + window answer like the full history at the cutoff and now.
        const baseline = await firstLive(() => baselineSnapshots(db, PLAN, cutoff));
        const windowed = new SkillHistory([...baseline, ...window]);
        const full = new SkillHistory(all);
        for (const at of [Date.parse(cutoff), TO + 1]) {
          expect(windowed.mapAt(PLAN, at)).toEqual(full.mapAt(PLAN, at));
        }
        db.close();
      }),
      { numRuns: runs(20) },
    );
  });

  it('counts done actions without a plan, and done actions without a competency', async () => {
    const db = freshDb();
    const base = { title: 'x', dueDate: null, source: null, createdAt: 'x', updatedAt: 'x' };
    const rows: Action[] = [
      { ...base, id: '1', competencyId: null, status: 'done', doneAt: '2026-01-01T00:00:00.000Z' },
      { ...base, id: '2', competencyId: 'x1', status: 'done', doneAt: '2026-01-01T00:00:00.000Z' },
      { ...base, id: '3', competencyId: 'a', status: 'todo', doneAt: null },
    ];
    await db.actions.bulkAdd(rows);
    expect(await countDoneActions(db, [])).toBe(1);
    expect(await countDoneActions(db, ['x1'])).toBe(2);
    expect((await readOpenActions(db, [])).map((a) => a.id)).toEqual([]);
    expect((await readOpenActions(db, ['a'])).map((a) => a.id)).toEqual(['3']);
  });
});

describe('promotion checklist evidence', () => {
  it('lists each item’s linked evidence, and offers everything else, newest first', async () => {
    const db = freshDb();
    await db.bragEntries.bulkAdd(
      Array.from({ length: 30 }, (_, i) =>
        brag({
          id: `brag-${i}`,
          date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
          title: `Win ${i}`,
        }),
      ),
    );
    await db.retros.add(
      retro({ id: 'retro-1', project: '', startDate: null, endDate: null, role: '', status: 'draft' }),
    );
    await db.feedback.add(feedback({ id: 'fb-1', from: 'Priya', askedOn: '2025-02-01' }));
    const item = await addPromotionItem(db, 'Raises the bar', new Date('2026-01-01T00:00:00Z'));
    for (const ref of [
      { kind: 'brag' as const, id: 'brag-3' },
      { kind: 'retro' as const, id: 'retro-1' },
      { kind: 'feedback' as const, id: 'fb-1' },
    ])
      await linkRecordToChecklist(db, item.id, ref, new Date('2026-01-02T00:00:00Z'));
    await expect(
      linkRecordToChecklist(db, item.id, { kind: 'brag', id: 'gone' }, new Date()),
    ).rejects.toThrow(/no longer exists/);

    const evidence = (await firstLive(() => readChecklistsEvidence(db, [item.id]))).get(item.id) ?? [];
    // Newest first: the undated draft retro is filed under its last edit.
    expect(evidence.map((e) => [e.kind, e.title])).toEqual([
      ['retro', 'Untitled project'],
      ['feedback', 'Feedback from Priya'],
      ['brag', 'Win 3'],
    ]);
    const options = await firstLive(() => readEvidenceOptions(db));
    expect(options).toHaveLength(32);
    expect(options.find((o) => o.key === 'retro:retro-1')?.label).toBe('Retro: Untitled project');
    // Newest first, undated last.
    expect(options.at(-1)?.key).toBe('retro:retro-1');
  });
});

describe('live query results are frozen', () => {
  it('an in-place sort of a live query result throws (what the reads must never do)', async () => {
    const db = freshDb();
    await addPromotionItem(db, 'One', new Date('2026-01-01T00:00:00Z'));
    await addPromotionItem(db, 'Two', new Date('2026-01-01T00:00:00Z'));
    await expect(
      firstLive(async () => (await db.promotionItems.toArray()).sort((a, b) => b.order - a.order)),
    ).rejects.toThrow(TypeError);
  });

  it('the plan’s reads run inside a live query on a real plan', async () => {
    const db = freshDb();
    await startFromBuiltIn(db, 'senior-to-staff', new Date('2026-01-01T00:00:00Z'));
    await startFromBuiltIn(db, 'engineering-manager', new Date('2026-02-01T00:00:00Z'));
    const core = await firstLive(() => readPlanCore(db));
    expect(core.frameworks.map((f) => f.createdAt)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
    expect(core.framework?.id).toBe(core.frameworks[1]?.id);
    expect(core.competencies.length).toBeGreaterThan(0);
  });
});
