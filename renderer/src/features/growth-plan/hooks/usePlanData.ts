import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action, Competency, SkillSnapshot } from '@shared/types/entities';
import { monthsBefore } from '@shared/domain/growth-plan';
import { db } from '@renderer/db/db';
import { baselineSnapshots, listActiveCompetencies, windowSnapshots } from '../model/repo';
import { countDoneActions, readDoneActions, readOpenActions, readPlanCore, type PlanCore } from './reads';

export type { PlanCore } from './reads';

export interface PlanData extends PlanCore {
  /** The ratings of the recent window plus each competency's state when that window opens. */
  snapshots: SkillSnapshot[];
}

/** How far back the plan views look: the radar's overlay and the readiness trend go back 12 months. */
export const HISTORY_WINDOW_MONTHS = 13;

/** The instant where the plan's recent window starts (UTC ISO, so it compares as a string). */
export function windowStart(now: Date): string {
  return new Date(monthsBefore(now, HISTORY_WINDOW_MONTHS)).toISOString();
}

/**
 * What every screen of the growth plan needs (the framework, its competencies and ratings, and the
 * profile); `undefined` while loading. What only one screen shows is read by that screen's own hook:
 * the plan's actions (`useOpenActions`, `useDoneActions` below), a competency's full history, actions
 * and notes (`useCompetencyDetail.ts`), the promotion checklist (`usePromotionChecklist.ts`). Ratings
 * are read in live queries of their own, limited to a recent window: they are by far the largest
 * table, so editing an action does not read them again, and the model built from them (readiness,
 * trend, gaps) is not rebuilt either.
 */
export function usePlanData(): PlanData | undefined {
  const plan = useLiveQuery(() => readPlanCore(db), []);
  // The plan views need the last HISTORY_WINDOW_MONTHS of ratings plus each competency's state when
  // that window opens: a SkillHistory of those answers every question inside the window exactly as
  // the full history would, without reading a decade of ratings on every change. Two live queries,
  // because a new rating never touches the baseline's ranges, so only the small window is read again.
  const idsKey = plan?.competencies.map((c) => c.id).join(',');
  const cutoff = useMemo(() => windowStart(new Date()), []);
  const baseline = useLiveQuery(
    async () => (idsKey === undefined ? undefined : baselineSnapshots(db, splitIds(idsKey), cutoff)),
    [idsKey, cutoff],
  );
  const recent = useLiveQuery(
    async () => (idsKey === undefined ? undefined : windowSnapshots(db, splitIds(idsKey), cutoff)),
    [idsKey, cutoff],
  );
  const snapshots = useMemo(
    () => (baseline && recent ? [...baseline, ...recent] : undefined),
    [baseline, recent],
  );
  return useMemo(() => (plan && snapshots ? { ...plan, snapshots } : undefined), [plan, snapshots]);
}

const splitIds = (key: string): string[] => (key ? key.split(',') : []);

/** The ids a competency list is keyed by in live queries (a string, so equal lists give equal keys). */
function idsKeyOf(competencies: readonly Competency[]): string {
  return competencies.map((c) => c.id).join(',');
}

/** The plan's open actions (unsorted; `sortOpenActions` orders them); `undefined` while loading. */
export function useOpenActions(competencies: readonly Competency[]): Action[] | undefined {
  const key = idsKeyOf(competencies);
  return useLiveQuery(() => readOpenActions(db, splitIds(key)), [key]);
}

export interface DoneActions {
  count: number;
  /** Most recently finished first; `null` until asked for (`load`), so a hidden list reads nothing. */
  actions: Action[] | null;
}

/** How many of the plan's actions are done, and the list itself once `load` is true. */
export function useDoneActions(competencies: readonly Competency[], load: boolean): DoneActions | undefined {
  const key = idsKeyOf(competencies);
  return useLiveQuery(async () => {
    const ids = splitIds(key);
    const [count, actions] = await Promise.all([
      countDoneActions(db, ids),
      load ? readDoneActions(db, ids) : null,
    ]);
    return { count, actions };
  }, [key, load]);
}

/** The active framework's competencies (not archived), for pickers in other features; `undefined` while loading. */
export function useActiveCompetencies(): Competency[] | undefined {
  return useLiveQuery(() => listActiveCompetencies(db), []);
}
