import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  PROFILE_ID,
  type Action,
  type Competency,
  type Evidence,
  type Framework,
  type Profile,
  type PromotionItem,
  type SkillSnapshot,
  type SourceRef,
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
  evidence: Evidence[];
  promotionItems: PromotionItem[];
  profile: Profile | null;
}

/** How far back the plan views look: the radar's overlay and the readiness trend go back 12 months. */
export const HISTORY_WINDOW_MONTHS = 13;

/** The instant where the plan's recent window starts (UTC ISO, so it compares as a string). */
export function windowStart(now: Date): string {
  return new Date(monthsBefore(now, HISTORY_WINDOW_MONTHS)).toISOString();
}

/** Every snapshot of one competency, oldest first, for its history table. */
export function useCompetencyTimeline(competencyId: string): SkillSnapshot[] | undefined {
  return useLiveQuery(
    () =>
      db.skillSnapshots
        .where('[competencyId+recordedAt]')
        .between([competencyId, ''], [competencyId, '\uffff'])
        .toArray(),
    [competencyId],
  );
}

/**
 * Everything the growth plan shows; `undefined` while loading. Ratings are read in live queries of
 * their own, limited to a recent window: they are by far the largest table, so editing an action or
 * a note does not read them again.
 */
export function usePlanData(): PlanData | undefined {
  const plan = useLiveQuery(async () => {
    const [frameworks, activeId, profile, promotionItems, actions] = await Promise.all([
      listFrameworks(db),
      getActiveFrameworkId(db),
      db.profile.get(PROFILE_ID),
      db.promotionItems.orderBy('order').toArray(),
      db.actions.toArray(),
    ]);
    const framework = frameworks.find((f) => f.id === activeId) ?? null;
    const competencies = framework ? await listCompetencies(db, framework.id) : [];
    const ids = competencies.map((c) => c.id);
    const evidence = ids.length === 0 ? [] : await db.evidence.where('competencyId').anyOf(ids).toArray();
    const idSet = new Set(ids);
    return {
      frameworks,
      framework,
      competencies,
      // Actions without a competency (e.g. from a retrospective) belong to the plan too.
      actions: actions.filter((a) => a.competencyId === null || idSet.has(a.competencyId)),
      evidence,
      promotionItems,
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

export interface EvidenceOption {
  ref: SourceRef;
  label: string;
  date: string | null;
}

/** Brag entries, retrospectives and feedback the user can link to a promotion checklist item. */
export function useEvidenceOptions(): EvidenceOption[] | undefined {
  return useLiveQuery(async () => {
    const [brag, retros, feedback] = await Promise.all([
      db.bragEntries.toArray(),
      db.retros.toArray(),
      db.feedback.toArray(),
    ]);
    const options: EvidenceOption[] = [
      ...brag.map((b) => ({
        ref: { kind: 'brag' as const, id: b.id },
        label: `Brag: ${b.title}`,
        date: b.date,
      })),
      ...retros.map((r) => ({
        ref: { kind: 'retro' as const, id: r.id },
        label: `Retro: ${r.project || 'Untitled project'}`,
        date: r.endDate,
      })),
      ...feedback.map((f) => ({
        ref: { kind: 'feedback' as const, id: f.id },
        label: `Feedback from ${f.from || 'someone'}`,
        date: f.receivedOn ?? f.askedOn,
      })),
    ];
    return options.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  }, []);
}
