/**
 * Everything the audit's screens read, live. Components read through these hooks (and write through
 * model/actions.ts), never the database itself.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { assessmentScores, latestAssessmentScores, type AssessmentScores } from '@shared/domain/audit-fit';
import type {
  Audit,
  AuditCategory,
  AuditEntry,
  CategoryRule,
  WeeklyReflection,
} from '@shared/types/entities';
import { db } from '@renderer/db/db';

/** Every audit, newest start first; `undefined` while loading. */
export function useAudits(): Audit[] | undefined {
  return useLiveQuery(async () => (await db.audits.orderBy('startDate').toArray()).reverse(), []);
}

/** Categories in the user's order (archived ones included: old activities still point at them). */
export function useCategories(): AuditCategory[] | undefined {
  return useLiveQuery(() => db.auditCategories.orderBy('order').toArray(), []);
}

export function useRules(): CategoryRule[] | undefined {
  return useLiveQuery(async () => (await db.categoryRules.toArray()).sort((a, b) => a.order - b.order), []);
}

/** The audit's activities by date and start time. */
export function useAuditEntries(auditId: string | null): AuditEntry[] | undefined {
  return useLiveQuery(async () => {
    if (!auditId) return [];
    const entries = await db.auditEntries.where('auditId').equals(auditId).toArray();
    return entries.sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.startTime ?? '99:99').localeCompare(b.startTime ?? '99:99') ||
        a.createdAt.localeCompare(b.createdAt),
    );
  }, [auditId]);
}

export function useReflections(auditId: string | null): WeeklyReflection[] | undefined {
  return useLiveQuery(async () => {
    if (!auditId) return [];
    return db.weeklyReflections.where('auditId').equals(auditId).toArray();
  }, [auditId]);
}

/**
 * The scores of the most recently completed self-assessment with every answer given (null when there is
 * none), read straight from its table: the fit reading scores it itself (shared/domain/audit-fit.ts) so
 * the audit does not depend on the assessment feature's code. Walks the `completedAt` index from the
 * newest (unfinished assessments, completedAt null, are not in it) and stops at the first complete one.
 */
export function useLatestAssessmentScores(): AssessmentScores | null | undefined {
  return useLiveQuery(async () => {
    const newest = await db.selfAssessments
      .orderBy('completedAt')
      .reverse()
      .filter((assessment) => assessmentScores(assessment) !== null)
      .first();
    if (!newest?.completedAt) return null;
    // Assessments completed at the very same instant: the same pick as over the whole table.
    return latestAssessmentScores(
      await db.selfAssessments.where('completedAt').equals(newest.completedAt).toArray(),
    );
  }, []);
}

/** Every entry of every audit (for comparing audits); only read on the history view. */
export function useAllEntries(): AuditEntry[] | undefined {
  return useLiveQuery(() => db.auditEntries.toArray(), []);
}

/**
 * Which of these calendar import keys are already stored (in any audit), read once when a calendar file
 * is previewed: from the `importKey` index alone, without loading the activities.
 */
export async function findImportedKeys(keys: readonly string[]): Promise<Set<string>> {
  const found = await db.auditEntries.where('importKey').anyOf(keys).keys();
  return new Set(found.map(String));
}
