/**
 * Per-audit totals: the few numbers "All audits" shows for each audit (hours, and hours and energy per
 * lean), precomputed so that screen never reads every activity of every audit.
 *
 * They are stored per category id, not per lean, so renaming, re-leaning or archiving a category never
 * makes them wrong: the leans are folded in when they are read (`totalsSummary`), from the categories
 * of that moment, exactly as summariseAudit would fold them.
 *
 * Derived data: the `auditTotals` table (renderer/src/db/schema.ts, version 2) is never backed up. Every
 * write of an activity adjusts its audit's row in the same transaction (`adjustAuditTotals`: the sums
 * are whole numbers, so adding and taking away is exact), a restore clears the table, and a missing or
 * stale row is computed again from the audit's activities, one audit at a time.
 */
import type { Audit, AuditCategory, AuditEntry } from '../types/entities';
import { auditDayIndex, type AuditSummary, type LeanBucket, type Tally } from './audit-aggregate';

/** Version of the stored shape below; a row of another version is stale and computed again. */
export const AUDIT_TOTALS_VERSION = 1;

/** The sums of one category's activities inside the audit. */
export interface CategorySums {
  /** null for activities without a category (or with an empty one). */
  categoryId: string | null;
  count: number;
  minutes: number;
  /** Minutes of the activities that have an energy rating. */
  ratedMinutes: number;
  /** Sum of energy × minutes over the rated activities (whole numbers, so sums are exact). */
  energyMinutes: number;
}

/** One row of the `auditTotals` table. */
export interface AuditTotals {
  auditId: string;
  version: number;
  /** The span the totals were computed for: if the audit's dates ever differ, the row is stale. */
  startDate: string;
  weeks: number;
  /** One row per category id met, in the order first met. */
  categories: CategorySums[];
}

type TotalsEntry = Pick<AuditEntry, 'date' | 'minutes' | 'categoryId' | 'energy'>;

/** Totals of one audit from its activities (activities outside the audit's days are left out). */
export function computeAuditTotals(
  audit: Pick<Audit, 'id' | 'startDate' | 'weeks'>,
  entries: readonly TotalsEntry[],
): AuditTotals {
  const none: AuditTotals = {
    auditId: audit.id,
    version: AUDIT_TOTALS_VERSION,
    startDate: audit.startDate,
    weeks: audit.weeks,
    categories: [],
  };
  return adjustAuditTotals(none, audit, [], entries);
}

/**
 * `totals` (current for `audit`) after some of its activities changed: the `removed` ones (as they were
 * before the write: deleted, or edited) are taken away and the `added` ones (new, or as edited) added,
 * each only when it falls on the audit's days. The same numbers as computing the totals again from the
 * activities after the write; a category left with no activity is dropped, new ones come last (the order
 * carries no meaning). Returns a new row: stored rows are shared, never edited.
 */
export function adjustAuditTotals(
  totals: AuditTotals,
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  removed: readonly TotalsEntry[],
  added: readonly TotalsEntry[],
): AuditTotals {
  const byCategory = new Map<string, CategorySums>(
    totals.categories.map((sums) => [sums.categoryId ?? '', { ...sums }]),
  );
  const apply = (entry: TotalsEntry, sign: 1 | -1) => {
    if (auditDayIndex(audit, entry.date) < 0) return;
    const key = entry.categoryId || '';
    let sums = byCategory.get(key);
    if (!sums) {
      sums = { categoryId: key || null, count: 0, minutes: 0, ratedMinutes: 0, energyMinutes: 0 };
      byCategory.set(key, sums);
    }
    sums.count += sign;
    sums.minutes += sign * entry.minutes;
    if (entry.energy !== null) {
      sums.ratedMinutes += sign * entry.minutes;
      sums.energyMinutes += sign * entry.energy * entry.minutes;
    }
  };
  for (const entry of removed) apply(entry, -1);
  for (const entry of added) apply(entry, 1);
  return { ...totals, categories: [...byCategory.values()].filter((sums) => sums.count !== 0) };
}

/** Whether a stored row still describes `audit` (right shape version and the audit's own span). */
export function totalsAreCurrent(
  totals: AuditTotals | undefined,
  audit: Pick<Audit, 'id' | 'startDate' | 'weeks'>,
): totals is AuditTotals {
  return (
    totals !== undefined &&
    totals.auditId === audit.id &&
    totals.version === AUDIT_TOTALS_VERSION &&
    totals.startDate === audit.startDate &&
    totals.weeks === audit.weeks
  );
}

interface Sums {
  count: number;
  minutes: number;
  ratedMinutes: number;
  energyMinutes: number;
}

const noSums = (): Sums => ({ count: 0, minutes: 0, ratedMinutes: 0, energyMinutes: 0 });

function addSums(into: Sums, from: Sums) {
  into.count += from.count;
  into.minutes += from.minutes;
  into.ratedMinutes += from.ratedMinutes;
  into.energyMinutes += from.energyMinutes;
}

const tallyOf = (sums: Sums): Tally => ({
  count: sums.count,
  minutes: sums.minutes,
  ratedMinutes: sums.ratedMinutes,
  avgEnergy: sums.ratedMinutes > 0 ? sums.energyMinutes / sums.ratedMinutes : null,
});

/**
 * The audit's total and per-lean tallies from its stored totals and today's categories: the same
 * numbers as summariseAudit's `total` and `byLean` over the same activities (a category id that no
 * longer exists counts as unassigned there too).
 */
export function totalsSummary(
  totals: AuditTotals,
  categories: readonly Pick<AuditCategory, 'id' | 'lean'>[],
): Pick<AuditSummary, 'total' | 'byLean'> {
  const leanById = new Map(categories.map((c) => [c.id, c.lean]));
  const total = noSums();
  const byLean: Record<LeanBucket, Sums> = {
    staff: noSums(),
    em: noSums(),
    neutral: noSums(),
    unassigned: noSums(),
  };
  for (const sums of totals.categories) {
    const lean = (sums.categoryId !== null && leanById.get(sums.categoryId)) || 'unassigned';
    addSums(total, sums);
    addSums(byLean[lean], sums);
  }
  return {
    total: tallyOf(total),
    byLean: {
      staff: tallyOf(byLean.staff),
      em: tallyOf(byLean.em),
      neutral: tallyOf(byLean.neutral),
      unassigned: tallyOf(byLean.unassigned),
    },
  };
}
