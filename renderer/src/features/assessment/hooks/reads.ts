/**
 * Reads of the assessment feature, one per screen. Each takes the database (the hooks in
 * useAssessmentData.ts pass the app's) and reads only what its screen shows, through the indexes of
 * renderer/src/db/schema.ts: `selfAssessments.completedAt` holds completed takes only (null is not an
 * index key), so history reads never load unfinished takes, and the latest result is read newest first.
 * A screen's reads run in one read-only transaction, so they see the same state of the database.
 */
import type { Decision, SelfAssessment, Trial } from '@shared/types/entities';
import {
  assessmentHistory,
  sortDecisionsNewestFirst,
  unfinishedTake,
  type AssessmentHistory,
  type HistoryPoint,
  type Reading,
} from '@shared/domain/assessment';
import { auditEndDate } from '@shared/domain/audit';
import { fitReading, type FitReading } from '@shared/domain/audit-fit';
import { computeAuditTotals, totalsAreCurrent, totalsSummary } from '@shared/domain/audit-totals';
import type { LedgerDb } from '@renderer/db/db';

/** The scored result of one completed take; undefined when its answers cannot be scored. */
function pointOf(take: SelfAssessment): HistoryPoint | undefined {
  return assessmentHistory([take]).points[0];
}

/** Completed takes, scored (points oldest first) or listed as invalid. */
export async function readHistory(db: LedgerDb): Promise<AssessmentHistory> {
  return assessmentHistory(await db.selfAssessments.orderBy('completedAt').toArray());
}

/**
 * The take still being answered, if any. There is no index for "completedAt is null", so the keys of
 * every take are compared with the keys in the completedAt index and only the unfinished ones are loaded.
 */
export async function readUnfinishedTake(db: LedgerDb): Promise<SelfAssessment | undefined> {
  const [all, completed] = await Promise.all([
    db.selfAssessments.toCollection().primaryKeys(),
    db.selfAssessments.orderBy('completedAt').primaryKeys(),
  ]);
  const done = new Set(completed);
  const open = await db.selfAssessments.bulkGet(all.filter((id) => !done.has(id)));
  return unfinishedTake(open.filter((take): take is SelfAssessment => take?.completedAt === null));
}

/** The newest completed take that can be scored, as a history point; null when there is none. */
export async function readLatestPoint(db: LedgerDb): Promise<HistoryPoint | null> {
  // Newest completion first, stopping at the first take that can be scored.
  const newest = await db.selfAssessments
    .orderBy('completedAt')
    .reverse()
    .filter((take) => pointOf(take) !== undefined)
    .first();
  if (!newest || newest.completedAt === null) return null;
  // Takes completed at the very same instant: assessmentHistory breaks the tie as it does everywhere else.
  const sameInstant = await db.selfAssessments.where('completedAt').equals(newest.completedAt).toArray();
  return assessmentHistory(sameInstant).points.at(-1) ?? null;
}

/**
 * Decision statements, newest first (there is no createdAt index; the table holds a few rows). Sorted as
 * a copy: a result read in a live query may be frozen and shared (`cache: 'immutable'` in db.ts).
 */
export async function readDecisions(db: LedgerDb): Promise<Decision[]> {
  return sortDecisionsNewestFirst(await db.decisions.toArray());
}

// ── Per screen ─────────────────────────────────────────────────────────────────────────────────────────

export interface OverviewData {
  unfinished: SelfAssessment | undefined;
  history: AssessmentHistory;
  latest: HistoryPoint | undefined;
}

/** The overview: the take to resume, the latest result with the one before it, and unscorable takes. */
export async function readOverview(db: LedgerDb): Promise<OverviewData> {
  return db.transaction('r', db.selfAssessments, async () => {
    const [unfinished, history] = await Promise.all([readUnfinishedTake(db), readHistory(db)]);
    return { unfinished, history, latest: history.points.at(-1) };
  });
}

export interface TakeData {
  unfinished: SelfAssessment | undefined;
  /** Whether any completed take has a result (the page then says "Retake"). */
  hasResult: boolean;
}

export async function readTakeData(db: LedgerDb): Promise<TakeData> {
  return db.transaction('r', db.selfAssessments, async () => {
    const [unfinished, latest] = await Promise.all([readUnfinishedTake(db), readLatestPoint(db)]);
    return { unfinished, hasResult: latest !== null };
  });
}

export interface TakeResultData {
  /** Scored completed takes, oldest first: the result, the one before it and whether it is the latest. */
  points: HistoryPoint[];
  /** Whether a take with this id exists at all, finished or not. */
  takeExists: boolean;
}

export async function readTakeResult(db: LedgerDb, takeId: string): Promise<TakeResultData> {
  return db.transaction('r', db.selfAssessments, async () => {
    const [history, count] = await Promise.all([
      readHistory(db),
      db.selfAssessments.where('id').equals(takeId).count(),
    ]);
    return { points: history.points, takeExists: count > 0 };
  });
}

export interface DecisionData {
  decisions: Decision[];
  /** The reading of the latest result, to compare the decision with; null without a result. */
  latestReading: Reading | null;
}

export async function readDecisionData(db: LedgerDb): Promise<DecisionData> {
  return db.transaction('r', [db.decisions, db.selfAssessments], async () => {
    const [decisions, latest] = await Promise.all([readDecisions(db), readLatestPoint(db)]);
    return { decisions, latestReading: latest?.reading ?? null };
  });
}

export interface TrialsData {
  /** By start date. */
  trials: Trial[];
  points: HistoryPoint[];
  /** In no particular order: the timeline sorts every event itself. */
  decisions: Decision[];
}

export async function readTrialsData(db: LedgerDb): Promise<TrialsData> {
  return db.transaction('r', [db.trials, db.selfAssessments, db.decisions], async () => {
    const [trials, history, decisions] = await Promise.all([
      db.trials.orderBy('startDate').toArray(),
      readHistory(db),
      db.decisions.toArray(),
    ]);
    return { trials, points: history.points, decisions };
  });
}

/**
 * The fit reading of the newest calendar audit against `point` (the result on screen): the Staff-or-EM
 * section says when the audit disagrees with the self-assessment. Reads that audit's stored totals, or
 * sums its activities when the totals are missing or stale; null without an audit.
 */
export async function readAuditFit(db: LedgerDb, point: HistoryPoint): Promise<FitReading | null> {
  return db.transaction('r', [db.audits, db.auditTotals, db.auditEntries, db.auditCategories], async () => {
    const audit = await db.audits.orderBy('startDate').last();
    if (!audit) return null;
    const stored = await db.auditTotals.get(audit.id);
    const totals = totalsAreCurrent(stored, audit)
      ? stored
      : computeAuditTotals(
          audit,
          await db.auditEntries
            .where('[auditId+date]')
            .between([audit.id, audit.startDate], [audit.id, auditEndDate(audit)], true, true)
            .toArray(),
        );
    const categories = await db.auditCategories.toArray();
    return fitReading(totalsSummary(totals, categories), {
      id: point.id,
      completedAt: point.completedAt,
      staff: point.staff,
      em: point.em,
    });
  });
}
