/**
 * The hours a handover frees, kept on the handover (its `estimate`, shared/types/entities.ts): computed
 * from its audit's activities of the same title (shared/domain/delegation.ts, `hoursFreed`). A finished
 * audit's log cannot change, so its handovers' figures are final once written here: when a handover is
 * made or its activity renamed, and when its audit is finished. The ledger then reads no finished audit's
 * activities (five years hold 60,000); only the running audit's handovers are estimated afresh as it
 * shows them. In the caller's transaction when there is one (it must include audits, auditEntries and
 * handovers).
 */
import { hoursFreed } from '@shared/domain/delegation';
import type { Audit, Handover } from '@shared/types/entities';
import type { LedgerDb } from './db';

/** The estimate of `activity` in `audit` on `today`, reading only that audit's activities. */
export async function estimateIn(
  db: LedgerDb,
  audit: Audit,
  activity: string,
  today: string,
): Promise<NonNullable<Handover['estimate']>> {
  const entries = await db.auditEntries.where('auditId').equals(audit.id).toArray();
  const { minutes, count, weeks } = hoursFreed(audit, entries, activity, today);
  return { minutes, count, weeks };
}

/** Writes the final figures of every handover of `audit` (called as the audit is finished). */
export async function settleEstimates(db: LedgerDb, audit: Audit, now: Date): Promise<void> {
  const handovers = await db.handovers.where('auditId').equals(audit.id).toArray();
  if (handovers.length === 0) return;
  const entries = await db.auditEntries.where('auditId').equals(audit.id).toArray();
  // Finished, its figures cover all of its weeks, whatever the day.
  const finished: Audit = { ...audit, status: 'finished' };
  for (const handover of handovers) {
    const { minutes, count, weeks } = hoursFreed(finished, entries, handover.activity, audit.startDate);
    await db.handovers.update(handover.id, {
      estimate: { minutes, count, weeks },
      updatedAt: now.toISOString(),
    });
  }
}
