/**
 * The ledger's reads: every handover (a short list: a handful per audit), the audits they came from, and
 * the running audit's digest (db/audit-digests.ts: one record), when one of its handovers is shown. A
 * finished audit's handovers carry their final estimate (db/handover-estimates.ts), and a running one's
 * are estimated from its digest, so no activity is read here: only once, should the running audit's
 * digest be missing or stale (after an upgrade or a restore), and then the hook has it computed.
 */
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { format } from 'date-fns';
import { hoursFreedFromDigest } from '@shared/domain/audit-digest';
import { hoursFreed, ledgerOrder, ledgerTotals, type HoursEstimate } from '@shared/domain/delegation';
import type { Audit, AuditCategory, AuditEntry, Handover } from '@shared/types/entities';
import { currentDigest, fillAuditDigest } from '@renderer/db/audit-digests';
import { db, type LedgerDb } from '@renderer/db/db';

export interface LedgerRow {
  handover: Handover;
  /** The audit it came from; null when it has none. */
  audit: Audit | null;
  category: AuditCategory | null;
  /** Minutes a week it frees, or null when nothing says (no audit). */
  minutesPerWeek: number | null;
  /** How often the activity was logged, and over how many weeks. */
  count: number;
  weeks: number;
  /** The figure is still moving: its audit is running. */
  provisional: boolean;
}

export interface Ledger {
  open: LedgerRow[];
  done: LedgerRow[];
  freedPerWeek: number;
  pendingPerWeek: number;
  /** Running audits whose digest was missing or stale: estimated from their activities this once. */
  digestsMissing: readonly string[];
}

/** The ledger as the screen shows it, for `today` (the user's local day). */
export async function readLedger(db: LedgerDb, today: string): Promise<Ledger> {
  const [handovers, audits, categories] = await Promise.all([
    db.handovers.toArray(),
    db.audits.toArray(),
    db.auditCategories.toArray(),
  ]);
  const auditById = new Map(audits.map((a) => [a.id, a]));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const running = new Set(
    handovers.flatMap((h) =>
      h.auditId !== null && auditById.get(h.auditId)?.status === 'active' ? [h.auditId] : [],
    ),
  );
  // The running audits' estimates: from the digest, or from the activities while it is missing.
  const digestsMissing: string[] = [];
  const estimators = new Map(
    await Promise.all(
      [...running].map(async (auditId) => {
        const audit = auditById.get(auditId) as Audit;
        const digest = await currentDigest(db, audit);
        if (digest) {
          return [
            auditId,
            (activity: string) => hoursFreedFromDigest(digest, audit, activity, today),
          ] as const;
        }
        digestsMissing.push(auditId);
        const entries = await db.auditEntries.where('auditId').equals(auditId).toArray();
        return [auditId, (activity: string) => hoursFreed(audit, entries, activity, today)] as const;
      }),
    ),
  );
  const row = (handover: Handover): LedgerRow => {
    const audit = handover.auditId === null ? null : (auditById.get(handover.auditId) ?? null);
    const category = handover.categoryId === null ? null : (categoryById.get(handover.categoryId) ?? null);
    const estimate: ((activity: string) => HoursEstimate) | undefined = audit
      ? estimators.get(audit.id)
      : undefined;
    if (audit && estimate) {
      const live = estimate(handover.activity);
      return { handover, audit, category, ...live, provisional: true };
    }
    const settled = handover.estimate;
    return {
      handover,
      audit,
      category,
      minutesPerWeek: settled ? settled.minutes / settled.weeks : null,
      count: settled?.count ?? 0,
      weeks: settled?.weeks ?? 0,
      provisional: false,
    };
  };
  const { open, done } = ledgerOrder(handovers);
  const rows = { open: open.map(row), done: done.map(row) };
  const perWeek = new Map(
    [...rows.open, ...rows.done].map((r) => [r.handover.id, r.minutesPerWeek ?? 0] as const),
  );
  return { ...rows, ...ledgerTotals(handovers, perWeek), digestsMissing };
}

export function useLedger(): Ledger | undefined {
  const today = format(new Date(), 'yyyy-MM-dd');
  const ledger = useLiveQuery(() => readLedger(db, today), [today]);
  // A running audit without its digest: computed once, after the screen has painted (the live query
  // then reads the ledger again, from the digest).
  const missing = ledger?.digestsMissing[0] ?? null;
  useEffect(() => {
    if (!missing) return;
    const timer = setTimeout(() => {
      // A failure leaves the digest missing: the ledger keeps estimating from the activities.
      fillAuditDigest(db, missing).catch(() => undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [missing]);
  return ledger;
}

/** The handovers made from one audit (to mark its activities already handed over); `undefined` while loading. */
export function useAuditHandovers(auditId: string): Handover[] | undefined {
  return useLiveQuery(() => db.handovers.where('auditId').equals(auditId).toArray(), [auditId]);
}

/**
 * One audit's handovers with the time a week each frees, for its Markdown export: from `entries` (the
 * audit's whole log, which the export has read already) while it runs, its settled figures once finished.
 */
export async function readAuditHandovers(
  audit: Audit,
  entries: readonly Pick<AuditEntry, 'title' | 'date' | 'minutes'>[],
  today: string,
): Promise<{ handover: Handover; minutesPerWeek: number }[]> {
  const handovers = await db.handovers.where('auditId').equals(audit.id).toArray();
  const { open, done } = ledgerOrder(handovers);
  return [...open, ...done].map((handover) => ({
    handover,
    minutesPerWeek:
      audit.status === 'active' || !handover.estimate
        ? hoursFreed(audit, entries, handover.activity, today).minutesPerWeek
        : handover.estimate.minutes / handover.estimate.weeks,
  }));
}
