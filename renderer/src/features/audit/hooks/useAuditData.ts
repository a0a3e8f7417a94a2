import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Audit,
  AuditCategory,
  AuditEntry,
  CategoryRule,
  SelfAssessment,
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
 * Self-assessments, read straight from their table: the fit reading scores them itself
 * (shared/domain/audit-fit.ts) so the audit does not depend on the assessment feature's code.
 */
export function useSelfAssessments(): SelfAssessment[] | undefined {
  return useLiveQuery(() => db.selfAssessments.toArray(), []);
}

/** Every entry of every audit (for comparing audits); only read on the history view. */
export function useAllEntries(): AuditEntry[] | undefined {
  return useLiveQuery(() => db.auditEntries.toArray(), []);
}
