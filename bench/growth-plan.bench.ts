/**
 * The growth plan at its extreme: 200 competencies rated monthly for 10 years (24,000 snapshots).
 * Everything the skill map derives on each change: history index, current state, gap ranking,
 * readiness and its 12-month trend, and the map on a past date (the radar's "N months ago").
 * Printed, never asserted: wall-clock time depends on the machine.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import {
  currentStates,
  gapOf,
  monthlyInstants,
  monthsBefore,
  openActionsFirst,
  rankGaps,
  readiness,
  readinessSeries,
  SkillHistory,
  sortDoneActions,
  sortEvidenceNewestFirst,
  sortOpenActions,
  UNRATED,
} from '@shared/domain/growth-plan';
import type { Action, Competency, Evidence, SelfAssessment, SkillSnapshot } from '@shared/types/entities';
import { LedgerDb } from '@renderer/db/db';
import { readHistory } from '@renderer/features/assessment/hooks/reads';
import {
  countDoneActions,
  readCompetencyActions,
  readCompetencyTimeline,
  readOpenActions,
  readPlanCore,
  type PlanCore,
} from '@renderer/features/growth-plan/hooks/reads';
import { readEvidenceOptions } from '@renderer/features/evidence/hooks/readOptions';
import { readChecklistsEvidence, readCompetencyEvidence } from '@renderer/db/evidence-reads';
import {
  ACTIVE_FRAMEWORK_KEY,
  addPromotionItem,
  baselineSnapshots,
  startFromBuiltIn,
  windowSnapshots,
} from '@renderer/features/growth-plan/model/repo';
import { measure, printTable, type BenchResult } from './harness';
import { journalData } from './journal.bench';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const STAMP = NOW.toISOString();

function bigPlan(competencyCount: number, months: number) {
  const groups = ['Technical', 'Execution', 'Influence', 'People'];
  const competencies: Competency[] = Array.from({ length: competencyCount }, (_, i) => ({
    id: `c${i}`,
    frameworkId: 'fw',
    group: groups[i % groups.length] ?? 'Technical',
    name: `Competency ${i}`,
    description: '',
    levels: ['1', '2', '3', '4', '5'],
    order: i,
    priority: (i * 7) % competencyCount,
    builtInKey: null,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  const snapshots: SkillSnapshot[] = [];
  for (let m = 0; m < months; m++) {
    for (const c of competencies) {
      const recordedAt = new Date(Date.UTC(2016, 11 + m, 1 + (c.order % 27), 9)).toISOString();
      const current = 1 + Math.min(4, Math.floor((m + c.order) / 30) % 5);
      snapshots.push({
        id: `${c.id}-${m}`,
        competencyId: c.id,
        recordedAt,
        current,
        target: 1 + ((c.order + 3) % 5),
        note: m % 12 === 0 ? 'Yearly check-in with my manager.' : '',
      });
    }
  }
  return { competencies, snapshots };
}

export async function runGrowthPlanBench() {
  const { competencies, snapshots } = bigPlan(200, 120);
  const ids = competencies.map((c) => c.id);
  const history = new SkillHistory(snapshots);
  const states = currentStates(snapshots);
  const past = monthsBefore(NOW, 6);
  const instants = monthlyInstants(NOW, 12);

  printTable(
    `Growth plan: ${competencies.length} competencies, ${snapshots.length} snapshots (10 years, monthly)`,
    [
      await measure('index the history (SkillHistory)', () => new SkillHistory(snapshots)),
      await measure('current state of every competency', () => currentStates(snapshots)),
      await measure('rank the gaps (ties by track priority)', () =>
        rankGaps(competencies, states, 'custom', 'staff'),
      ),
      await measure('readiness now', () => readiness(ids, states)),
      await measure('history at a date: the map 6 months ago', () => history.mapAt(ids, past)),
      await measure('readiness trend: 13 monthly points', () => readinessSeries(history, ids, instants)),
      await measure('whole skill map after a change (all of the above)', () => {
        const h = new SkillHistory(snapshots);
        const now = currentStates(snapshots);
        rankGaps(competencies, now, 'custom', 'staff');
        readiness(ids, now);
        readinessSeries(h, ids, instants);
        readiness(ids, h.mapAt(ids, monthsBefore(NOW, 3)));
        h.mapAt(ids, past);
      }),
    ],
  );
  await runScreenReadsBench();
}

// ── Issue 13: the plan's and the assessment's screens at five years vs an empty database ─────────────

/** Five years of a busy user, the sizes of issue 13 (only the tables these screens read). */
async function fillFiveYears(db: LedgerDb) {
  const start = Date.UTC(2021, 11, 1, 9);
  const fwId = await startFromBuiltIn(db, 'senior-to-staff', new Date(start));
  await startFromBuiltIn(db, 'engineering-manager', new Date(start + 1));
  // The Staff framework is the plan; the EM copy (8 competencies) stays in the database.
  await db.settings.put({ key: ACTIVE_FRAMEWORK_KEY, value: fwId });
  const all = await db.competencies.toArray();
  const ids = all.map((c) => c.id);
  const day = (i: number, span: number) => new Date(start + Math.floor((i / span) * FIVE_YEARS_MS));
  const iso = (i: number, span: number) => day(i, span).toISOString();
  const date = (i: number, span: number) => iso(i, span).slice(0, 10);
  const snapshots: SkillSnapshot[] = Array.from({ length: 2_000 }, (_, i) => ({
    id: `snap-${i}`,
    competencyId: ids[i % ids.length]!,
    recordedAt: iso(i, 2_000),
    current: 1 + ((i >> 3) % 5),
    target: 4,
    note: i % 10 === 0 ? 'Quarterly check-in with my manager.' : '',
  }));
  const actions: Action[] = Array.from({ length: 1_000 }, (_, i) => {
    const status = i > 880 ? (i % 2 === 0 ? 'todo' : 'doing') : 'done';
    return {
      id: `act-${i}`,
      competencyId: i % 25 === 0 ? null : ids[i % ids.length]!,
      title: `Action ${i}: write the design doc for the next migration`,
      status,
      dueDate: i % 3 === 0 ? null : date(i + 30, 1_000),
      doneAt: status === 'done' ? iso(i + 10, 1_000) : null,
      source: null,
      createdAt: iso(i, 1_000),
      updatedAt: iso(i, 1_000),
    };
  });
  const evidence: Evidence[] = Array.from({ length: 3_000 }, (_, i) => ({
    id: `ev-${i}`,
    competencyId: ids[i % ids.length]!,
    promotionItemId: null,
    ref: i % 2 === 0 ? { kind: 'brag', id: `brag-${i}` } : null,
    note: `Evidence ${i}: led the review; two teams adopted the plan.`,
    date: date(i, 3_000),
    createdAt: iso(i, 3_000),
    updatedAt: iso(i, 3_000),
  }));
  // 300 retros, 5,000 brag entries and 1,000 feedback items (journalData splits 1 : 3 : 1).
  const journal = journalData(8_400);
  const [retros, brags, feedback] = [
    journal.retros.slice(0, 300),
    journal.brags.slice(0, 5_000),
    journal.feedback.slice(0, 1_000),
  ];
  // Each journal record counts as evidence for one competency: a link, as the app keeps it.
  const stamp = iso(0, 1);
  const tags = (kind: 'retro' | 'brag' | 'feedback', rows: { id: string }[]): Evidence[] =>
    rows.map((r, i) => ({
      id: `tag-${kind}-${r.id}`,
      competencyId: ids[i % ids.length]!,
      promotionItemId: null,
      ref: { kind, id: r.id },
      note: '',
      date: date(i, rows.length),
      createdAt: stamp,
      updatedAt: stamp,
    }));
  const untagged = <T extends { competencyIds: string[] }>(rows: T[]) =>
    rows.map(({ competencyIds: _, ...record }) => record);
  const takes: SelfAssessment[] = Array.from({ length: 20 }, (_, i) => ({
    id: `take-${i}`,
    startedAt: iso(i, 20),
    completedAt: iso(i + 0.01, 20),
    answers: Array.from({ length: 12 }, (_, k) => 1 + ((i + k) % 5)),
  }));
  await db.skillSnapshots.bulkAdd(snapshots);
  await db.actions.bulkAdd(actions);
  await db.evidence.bulkAdd(evidence);
  await db.retros.bulkAdd(untagged(retros));
  await db.bragEntries.bulkAdd(untagged(brags));
  await db.feedback.bulkAdd(untagged(feedback));
  await db.evidence.bulkAdd([
    ...tags('retro', retros),
    ...tags('brag', brags),
    ...tags('feedback', feedback),
  ]);
  await db.selfAssessments.bulkAdd(takes);
  for (let i = 0; i < 8; i += 1) {
    await addPromotionItem(db, `Expectation ${i}`, new Date(start));
  }
  const first = await db.promotionItems.orderBy('order').first();
  if (first)
    await db.evidence.add({
      id: 'on-checklist',
      competencyId: null,
      promotionItemId: first.id,
      ref: { kind: 'brag', id: brags[0]!.id },
      note: '',
      date: date(0, 1),
      createdAt: stamp,
      updatedAt: stamp,
    });
}

const FIVE_YEARS_MS = 5 * 365 * 24 * 3_600_000;

/** What the screens derive from the plan's data (GrowthPlanPage's buildModel, in short). */
function derive(core: PlanCore, snapshots: SkillSnapshot[], now: Date) {
  const active = core.competencies.filter((c) => !c.archived);
  const ids = active.map((c) => c.id);
  const history = new SkillHistory(snapshots);
  const states = currentStates(snapshots);
  rankGaps(active, states, core.framework?.track ?? 'custom', 'staff');
  readiness(ids, states);
  readinessSeries(history, ids, monthlyInstants(now, 12));
  readiness(ids, history.mapAt(ids, monthsBefore(now, 3)));
  return new Map(ids.map((id) => [id, gapOf(states.get(id) ?? UNRATED)]));
}

async function planSnapshots(db: LedgerDb, core: PlanCore, now: Date) {
  const ids = core.competencies.map((c) => c.id);
  const cutoff = new Date(monthsBefore(now, 13)).toISOString();
  return [...(await baselineSnapshots(db, ids, cutoff)), ...(await windowSnapshots(db, ids, cutoff))];
}

/** Each screen's reads and derived data as they were before issue 13 (whole tables, then JS). */
const before = {
  async plan(db: LedgerDb, now: Date) {
    const core = await readPlanCore(db);
    const ids = new Set(core.competencies.map((c) => c.id));
    const actions = (await db.actions.toArray()).filter(
      (a) => a.competencyId === null || ids.has(a.competencyId),
    );
    const gaps = derive(core, await planSnapshots(db, core, now), now);
    return sortOpenActions(actions, gaps).slice(0, 5);
  },
  async actions(db: LedgerDb, now: Date) {
    const core = await readPlanCore(db);
    const ids = new Set(core.competencies.map((c) => c.id));
    const actions = (await db.actions.toArray()).filter(
      (a) => a.competencyId === null || ids.has(a.competencyId),
    );
    const gaps = derive(core, await planSnapshots(db, core, now), now);
    return [sortOpenActions(actions, gaps), sortDoneActions(actions).length];
  },
  async competency(db: LedgerDb, id: string) {
    const [timeline, notes, actions] = await Promise.all([
      db.skillSnapshots.where('competencyId').equals(id).toArray(),
      db.evidence.where('competencyId').equals(id).toArray(),
      db.actions.toArray(),
    ]);
    return [
      [...timeline].reverse(),
      sortEvidenceNewestFirst(notes),
      openActionsFirst(actions.filter((a) => a.competencyId === id)),
    ];
  },
  async promotion(db: LedgerDb) {
    return Promise.all([db.promotionItems.orderBy('order').toArray(), readEvidenceOptions(db)]);
  },
};

/** The same screens' reads now: indexes, counts and one page. */
const after = {
  async plan(db: LedgerDb, now: Date) {
    const core = await readPlanCore(db);
    const ids = core.competencies.map((c) => c.id);
    const [open, snapshots] = await Promise.all([readOpenActions(db, ids), planSnapshots(db, core, now)]);
    return sortOpenActions(open, derive(core, snapshots, now)).slice(0, 5);
  },
  async actions(db: LedgerDb, now: Date) {
    const core = await readPlanCore(db);
    const ids = core.competencies.map((c) => c.id);
    const [open, done, snapshots] = await Promise.all([
      readOpenActions(db, ids),
      countDoneActions(db, ids),
      planSnapshots(db, core, now),
    ]);
    return [sortOpenActions(open, derive(core, snapshots, now)).slice(0, PAGE), done];
  },
  async competency(db: LedgerDb, id: string) {
    return Promise.all([
      readCompetencyTimeline(db, id, PAGE),
      readCompetencyEvidence(db, id),
      readCompetencyActions(db, id),
    ]);
  },
  async promotion(db: LedgerDb) {
    const items = await db.promotionItems.orderBy('order').toArray();
    return readChecklistsEvidence(
      db,
      items.map((i) => i.id),
    );
  },
};

const PAGE = 50;

export async function runScreenReadsBench() {
  const now = new Date(Date.UTC(2026, 11, 1, 9));
  const empty = new LedgerDb('bench-empty');
  const full = new LedgerDb('bench-five-years');
  await Promise.all([Dexie.delete(empty.name), Dexie.delete(full.name)]);
  await Promise.all([empty.open(), full.open()]);
  const emptyFw = await startFromBuiltIn(empty, 'senior-to-staff', now);
  await fillFiveYears(full);
  const firstOf = async (db: LedgerDb, frameworkId: string | null) =>
    (
      await db.competencies
        .where('frameworkId')
        .equals(frameworkId ?? '')
        .first()
    )?.id ?? '';
  const fullFw = (await readPlanCore(full)).framework?.id ?? null;
  const [emptyC, fullC] = await Promise.all([firstOf(empty, emptyFw), firstOf(full, fullFw)]);

  const rows: { name: string; run: (db: LedgerDb, competencyId: string) => Promise<unknown> }[] = [
    { name: 'Plan: skill map (model + next actions)', run: (db) => after.plan(db, now) },
    { name: 'Plan: actions tab (open list, done count)', run: (db) => after.actions(db, now) },
    { name: 'Plan: a competency (ratings, notes, actions)', run: (db, c) => after.competency(db, c) },
    { name: 'Plan: promotion checklist', run: (db) => after.promotion(db) },
    { name: 'Assessment: history', run: (db) => readHistory(db) },
  ];
  const old: Record<string, (db: LedgerDb, competencyId: string) => Promise<unknown>> = {
    'Plan: skill map (model + next actions)': (db) => before.plan(db, now),
    'Plan: actions tab (open list, done count)': (db) => before.actions(db, now),
    'Plan: a competency (ratings, notes, actions)': (db, c) => before.competency(db, c),
    'Plan: promotion checklist': (db) => before.promotion(db),
  };
  console.log(
    '\nScreens of the plan and the assessment, reads + derived data (fake-indexeddb in Node; no rendering):' +
      '\n  5 years = 20 competencies, 2,000 ratings, 1,000 actions, 3,000 evidence notes, 6,300 journal items, 20 takes' +
      '\n  ratio = median at 5 years ÷ median on an empty database (budget ≤ 3×), before and after issue 13',
  );
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const base = await measure('empty', () => row.run(empty, emptyC), 600);
    const now5 = await measure('5 years', () => row.run(full, fullC), 600);
    const previous = old[row.name];
    const was = previous ? await measure('before', () => previous(full, fullC), 600) : null;
    const ratio = (r: BenchResult) => `${(r.medianMs / base.medianMs).toFixed(1).padStart(6)}×`;
    console.log(
      `  ${row.name.padEnd(width)}  empty ${base.medianMs.toFixed(2).padStart(7)} ms  5y ${now5.medianMs
        .toFixed(2)
        .padStart(8)} ms ${ratio(now5)}` +
        (was ? `   before: ${was.medianMs.toFixed(2).padStart(8)} ms ${ratio(was)}` : '   (reads unchanged)'),
    );
  }
  empty.close();
  full.close();
  await Promise.all([Dexie.delete(empty.name), Dexie.delete(full.name)]);
}
