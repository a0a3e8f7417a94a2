/**
 * The assessment feature's live reads: one hook per screen, each `undefined` while loading. The queries
 * themselves are in ./reads.ts; these hooks run them on the app's database and re-run them on changes.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentHistory, HistoryPoint } from '@shared/domain/assessment';
import { db } from '@renderer/db/db';
import type { FitReading } from '@shared/domain/audit-fit';
import {
  readAuditFit,
  readDecisionData,
  readHistory,
  readLatestPoint,
  readOverview,
  readTakeData,
  readTakeResult,
  readTrialsData,
  type DecisionData,
  type OverviewData,
  type TakeData,
  type TakeResultData,
  type TrialsData,
} from './reads';

export type { DecisionData, OverviewData, TakeData, TakeResultData, TrialsData } from './reads';

/** The overview: the unfinished take, the scored history and the latest result. */
export function useOverviewData(): OverviewData | undefined {
  return useLiveQuery(() => readOverview(db), []);
}

/** The take page: the unfinished take, and whether there is a result already. */
export function useTakeData(): TakeData | undefined {
  return useLiveQuery(() => readTakeData(db), []);
}

/** One take's result page. */
export function useTakeResult(takeId: string): TakeResultData | undefined {
  return useLiveQuery(() => readTakeResult(db, takeId), [takeId]);
}

/** Completed takes, scored, for the history page. */
export function useAssessmentHistory(): AssessmentHistory | undefined {
  return useLiveQuery(() => readHistory(db), []);
}

/** Decision statements (newest first) and the latest result's reading. */
export function useDecisionData(): DecisionData | undefined {
  return useLiveQuery(() => readDecisionData(db), []);
}

/** Trials, scored takes and decisions for the trials page and its timeline. */
export function useTrialsData(): TrialsData | undefined {
  return useLiveQuery(() => readTrialsData(db), []);
}

/** The newest completed take's result (null when there is none), for other features; `undefined` while loading. */
export function useLatestAssessmentResult(): HistoryPoint | null | undefined {
  return useLiveQuery(() => readLatestPoint(db), []);
}

/** The newest audit's fit reading against `point`; null without an audit or a point, undefined while loading. */
export function useAuditFit(point: HistoryPoint | undefined): FitReading | null | undefined {
  return useLiveQuery(
    async () => (point ? readAuditFit(db, point) : null),
    [point?.id, point?.staff, point?.em],
  );
}
