/**
 * Reads of the growth plan, one per panel. Each takes the database (the hooks pass the app's) and reads
 * only what its panel shows, through the indexes of renderer/src/db/schema.ts: open actions through
 * `status`, one competency's actions and notes through `competencyId`, its ratings through
 * `[competencyId+recordedAt]` (newest first, a page at a time), and counts with `count()` or primary
 * keys instead of records.
 *
 * Live query results are frozen and shared (`cache: 'immutable'` in db.ts): nothing here sorts or edits
 * a result in place; the domain helpers return new arrays.
 */
import Dexie from 'dexie';
import { belongsToPlan, openActionsFirst, sortDoneActions } from '@shared/domain/growth-plan';
import type { Action, Competency, Framework, Profile, SkillSnapshot } from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';
import type { LedgerDb } from '@renderer/db/db';
import { getActiveFrameworkId, listCompetencies, listFrameworks } from '../model/repo';

/** What every screen of the plan shows: the framework, its competencies and the profile. */
export interface PlanCore {
  frameworks: Framework[];
  framework: Framework | null;
  /** Every competency of the active framework, archived ones included, in order. */
  competencies: Competency[];
  profile: Profile | null;
}

/** The framework, its competencies (archived ones too, in order) and the profile. */
export async function readPlanCore(db: LedgerDb): Promise<PlanCore> {
  const [frameworks, activeId, profile] = await Promise.all([
    listFrameworks(db),
    getActiveFrameworkId(db),
    db.profile.get(PROFILE_ID),
  ]);
  const framework = frameworks.find((f) => f.id === activeId) ?? null;
  const competencies = framework ? await listCompetencies(db, framework.id) : [];
  return { frameworks, framework, competencies, profile: profile ?? null };
}

/**
 * The plan's open actions (todo and doing, one `status` key range each), in no particular order (the
 * views sort them with `sortOpenActions`). Actions without a competency belong to the plan too;
 * those of competencies of other frameworks do not.
 */
export async function readOpenActions(db: LedgerDb, competencyIds: readonly string[]): Promise<Action[]> {
  const ids = new Set(competencyIds);
  const [todo, doing] = await Promise.all([
    db.actions.where('status').equals('todo').toArray(),
    db.actions.where('status').equals('doing').toArray(),
  ]);
  return [...todo, ...doing].filter((a) => belongsToPlan(a, ids));
}

/**
 * How many of the plan's actions are done, from primary keys only (no record is read): the done ones
 * (`status` index) minus those that serve a competency outside the plan. Those are the actions in the
 * `competencyId` index (actions without a competency are not in it: they belong to the plan) that are
 * not under one of the plan's competencies.
 */
export async function countDoneActions(db: LedgerDb, competencyIds: readonly string[]): Promise<number> {
  const [done, withCompetency, ...planned] = await Promise.all([
    db.actions.where('status').equals('done').primaryKeys(),
    db.actions.orderBy('competencyId').primaryKeys(),
    ...competencyIds.map((id) => db.actions.where('competencyId').equals(id).primaryKeys()),
  ]);
  const inPlan = new Set(planned.flat());
  const outside = new Set(withCompetency.filter((id) => !inPlan.has(id)));
  return outside.size === 0 ? done.length : done.filter((id) => !outside.has(id)).length;
}

/** The plan's finished actions, most recently finished first (read only when the list is shown). */
export async function readDoneActions(db: LedgerDb, competencyIds: readonly string[]): Promise<Action[]> {
  const ids = new Set(competencyIds);
  const done = await db.actions.where('status').equals('done').toArray();
  return sortDoneActions(done.filter((a) => belongsToPlan(a, ids)));
}

/** One competency's actions, the open ones first (through the `competencyId` index). */
export async function readCompetencyActions(db: LedgerDb, competencyId: string): Promise<Action[]> {
  return openActionsFirst(await db.actions.where('competencyId').equals(competencyId).toArray());
}

export interface TimelinePage {
  /** The newest `limit` ratings, newest first. */
  rows: SkillSnapshot[];
  /** How many ratings the competency has in all. */
  total: number;
}

/** The newest `limit` ratings of one competency and how many there are, from its compound index range. */
export async function readCompetencyTimeline(
  db: LedgerDb,
  competencyId: string,
  limit: number,
): Promise<TimelinePage> {
  const range = () =>
    db.skillSnapshots
      .where('[competencyId+recordedAt]')
      .between([competencyId, Dexie.minKey], [competencyId, Dexie.maxKey]);
  const [rows, total] = await Promise.all([range().reverse().limit(limit).toArray(), range().count()]);
  return { rows, total };
}
