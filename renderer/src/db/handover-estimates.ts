/**
 * The hours a handover frees, kept on the handover (its `estimate`, shared/types/entities.ts): computed
 * from its audit's activities of the same title (shared/domain/delegation.ts, `hoursFreed`), as the
 * audit's digest holds them (db/audit-digests.ts: one record, computed from the activities only when it
 * is missing or stale). A finished audit's log cannot change, so its handovers' figures are final once
 * written here: when a handover is made or its activity renamed, and when its audit is finished. The
 * ledger then reads no finished audit's figures afresh; the running audit's handovers are estimated
 * from its digest as it shows them. In the caller's transaction when there is one (it must include
 * audits, auditEntries, auditDigests and handovers, for writing).
 */
import { hoursFreedFromDigest } from '@shared/domain/audit-digest';
import type { Audit, Handover } from '@shared/types/entities';
import { ensureDigest } from './audit-digests';
import type { LedgerDb } from './db';

/** The estimate of `activity` in `audit` on `today`, from the audit's digest. */
export async function estimateIn(
  db: LedgerDb,
  audit: Audit,
  activity: string,
  today: string,
): Promise<NonNullable<Handover['estimate']>> {
  const { minutes, count, weeks } = hoursFreedFromDigest(
    await ensureDigest(db, audit),
    audit,
    activity,
    today,
  );
  return { minutes, count, weeks };
}

/** Writes the final figures of every handover of `audit` (called as the audit is finished). */
export async function settleEstimates(db: LedgerDb, audit: Audit, now: Date): Promise<void> {
  const handovers = await db.handovers.where('auditId').equals(audit.id).toArray();
  if (handovers.length === 0) return;
  const digest = await ensureDigest(db, audit);
  // Finished, its figures cover all of its weeks, whatever the day.
  const finished: Audit = { ...audit, status: 'finished' };
  for (const handover of handovers) {
    const { minutes, count, weeks } = hoursFreedFromDigest(
      digest,
      finished,
      handover.activity,
      audit.startDate,
    );
    await db.handovers.update(handover.id, {
      estimate: { minutes, count, weeks },
      updatedAt: now.toISOString(),
    });
  }
}
