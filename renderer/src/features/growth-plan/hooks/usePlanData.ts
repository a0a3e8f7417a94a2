import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  PROFILE_ID,
  type Action,
  type Competency,
  type Framework,
  type Profile,
  type SkillSnapshot,
} from '@shared/types/entities';
import { monthsBefore } from '@shared/domain/growth-plan';
import { db } from '@renderer/db/db';
import {
  baselineSnapshots,
  getActiveFrameworkId,
  listActiveCompetencies,
  listCompetencies,
  listFrameworks,
  windowSnapshots,
} from '../model/repo';

export interface PlanData {
  frameworks: Framework[];
  framework: Framework | null;
  /** Every competency of the active framework, archived ones included, in order. */
  competencies: Competency[];
  snapshots: SkillSnapshot[];
  actions: Action[];
  profile: Profile | null;
}

/** How far back the plan views look: the radar's overlay and the readiness trend go back 12 months. */
export const HISTORY_WINDOW_MONTHS = 13;

/** The instant where the plan's recent window starts (UTC ISO, so it compares as a string). */
export function windowStart(now: Date): string {
  return new Date(monthsBefore(now, HISTORY_WINDOW_MONTHS)).toISOString();
}

/**
 * What every screen of the growth plan needs (the framework, its competencies and ratings, the plan's
 * actions and the profile); `undefined` while loading. What only one screen shows is read by that
 * screen's own hook: a competency's full history and evidence notes (`useCompetencyDetail.ts`), the
 * promotion checklist (`usePromotionChecklist.ts`). Ratings are read in live queries of their own,
 * limited to a recent window: they are by far the largest table, so editing an action does not read
 * them again.
 */
export function usePlanData(): PlanData | undefined {
  const plan = useLiveQuery(async () => {
    const [frameworks, activeId, profile, actions] = await Promise.all([
      listFrameworks(db),
      getActiveFrameworkId(db),
      db.profile.get(PROFILE_ID),
      // The whole table on purpose: actions without a competency (e.g. from a retrospective) belong to
      // the plan too, and a null competencyId is not in the competencyId index, so no index range finds them.
      db.actions.toArray(),
    ]);
    const framework = frameworks.find((f) => f.id === activeId) ?? null;
    const competencies = framework ? await listCompetencies(db, framework.id) : [];
    const idSet = new Set(competencies.map((c) => c.id));
    return {
      frameworks,
      framework,
      competencies,
      actions: actions.filter((a) => a.competencyId === null || idSet.has(a.competencyId)),
      profile: profile ?? null,
    };
  }, []);
  // The plan views need the last HISTORY_WINDOW_MONTHS of ratings plus each competency's state when
  // that window opens: a SkillHistory of those answers every question inside the window exactly as
  // the full history would, without reading a decade of ratings on every change. Two live queries,
  // because a new rating never touches the baseline's ranges, so only the small window is read again.
  const idsKey = plan?.competencies.map((c) => c.id).join(',');
  const cutoff = useMemo(() => windowStart(new Date()), []);
  const baseline = useLiveQuery(
    async () =>
      idsKey === undefined ? undefined : baselineSnapshots(db, idsKey ? idsKey.split(',') : [], cutoff),
    [idsKey, cutoff],
  );
  const recent = useLiveQuery(
    async () =>
      idsKey === undefined ? undefined : windowSnapshots(db, idsKey ? idsKey.split(',') : [], cutoff),
    [idsKey, cutoff],
  );
  const snapshots = useMemo(
    () => (baseline && recent ? [...baseline, ...recent] : undefined),
    [baseline, recent],
  );
  return useMemo(() => (plan && snapshots ? { ...plan, snapshots } : undefined), [plan, snapshots]);
}

/** The active framework's competencies (not archived), for pickers in other features; `undefined` while loading. */
export function useActiveCompetencies(): Competency[] | undefined {
  return useLiveQuery(() => listActiveCompetencies(db), []);
}
