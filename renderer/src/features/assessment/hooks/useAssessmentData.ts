import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Decision, SelfAssessment, Trial } from '@shared/types/entities';
import {
  assessmentHistory,
  unfinishedTake,
  type AssessmentHistory,
  type HistoryPoint,
} from '@shared/domain/assessment';
import { db } from '@renderer/db/db';

/** Every take, finished or not; `undefined` while loading. */
export function useTakes(): SelfAssessment[] | undefined {
  return useLiveQuery(() => db.selfAssessments.orderBy('startedAt').toArray(), []);
}

/** Decision statements, newest first. */
export function useDecisions(): Decision[] | undefined {
  return useLiveQuery(
    async () => (await db.decisions.toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [],
  );
}

/** Trials by start date. */
export function useTrials(): Trial[] | undefined {
  return useLiveQuery(() => db.trials.orderBy('startDate').toArray(), []);
}

export interface AssessmentState {
  takes: SelfAssessment[];
  history: AssessmentHistory;
  unfinished: SelfAssessment | undefined;
  latest: HistoryPoint | undefined;
}

/** Takes with their scored history; `undefined` while loading. */
export function useAssessmentState(): AssessmentState | undefined {
  const takes = useTakes();
  return useMemo(() => {
    if (!takes) return undefined;
    const history = assessmentHistory(takes);
    return { takes, history, unfinished: unfinishedTake(takes), latest: history.points.at(-1) };
  }, [takes]);
}

/** The newest completed take's result (null when there is none), for other features; `undefined` while loading. */
export function useLatestAssessmentResult(): HistoryPoint | null | undefined {
  const state = useAssessmentState();
  return state === undefined ? undefined : (state.latest ?? null);
}
