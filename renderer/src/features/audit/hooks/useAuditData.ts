/**
 * Everything the audit's screens read, live. Components read through these hooks (and write through
 * model/actions.ts), never the database itself.
 */
import { useEffect, useMemo, useRef } from 'react';
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, daysBetween } from '@shared/domain/audit';
import { assessmentScores, latestAssessmentScores, type AssessmentScores } from '@shared/domain/audit-fit';
import { digestIsCurrent, type AuditDigest } from '@shared/domain/audit-digest';
import { totalsAreCurrent, type AuditTotals } from '@shared/domain/audit-totals';
import type {
  Audit,
  AuditCategory,
  AuditEntry,
  CategoryRule,
  WeeklyReflection,
} from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { fillAuditDigest, fillAuditTotals } from '../model/actions';

const NONE: AuditEntry[] = [];

// Query results are frozen and shared (db.ts: cache 'immutable'): never sort, reverse or edit one in
// place. Let an index give the order, or copy first.

/** Every audit, newest start first; `undefined` while loading. */
export function useAudits(): Audit[] | undefined {
  return useLiveQuery(() => db.audits.orderBy('startDate').reverse().toArray(), []);
}

/** Categories in the user's order (archived ones included: old activities still point at them). */
export function useCategories(): AuditCategory[] | undefined {
  return useLiveQuery(() => db.auditCategories.orderBy('order').toArray(), []);
}

export function useRules(): CategoryRule[] | undefined {
  return useLiveQuery(
    async () => [...(await db.categoryRules.toArray())].sort((a, b) => a.order - b.order),
    [],
  );
}

/** Within one day: by start time (untimed last), then in the order they were logged. */
const byTimeOfDay = (a: AuditEntry, b: AuditEntry) => {
  const ta = a.startTime ?? '99:99';
  const tb = b.startTime ?? '99:99';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
};

/**
 * `entries` in date order (as the [auditId+date] index gives them) put in start-time order within each
 * day: only each day's few activities are sorted, on a copy. Exported for tests.
 */
export function orderWithinDays(entries: readonly AuditEntry[]): AuditEntry[] {
  const ordered = [...entries];
  let from = 0;
  for (let i = 1; i <= ordered.length; i += 1) {
    if (i < ordered.length && ordered[i]?.date === ordered[from]?.date) continue;
    if (i - from > 1) {
      const day = ordered.slice(from, i).sort(byTimeOfDay);
      ordered.splice(from, day.length, ...day);
    }
    from = i;
  }
  return ordered;
}

/**
 * The activities of `auditId` dated `from` to `to` (both included; the whole audit when left out), by
 * date and start time: the [auditId+date] index gives the date order, and only each day's activities
 * are put in time order. The one read behind every view of the activities, live or not.
 */
export async function readAuditEntries(auditId: string, from?: string, to?: string): Promise<AuditEntry[]> {
  return orderWithinDays(await entriesBetween(auditId, from, to).toArray());
}

/** The [auditId+date] index range of those activities (the whole audit when the dates are left out). */
function entriesBetween(auditId: string, from?: string, to?: string) {
  return db.auditEntries
    .where('[auditId+date]')
    .between([auditId, from ?? Dexie.minKey], [auditId, to ?? Dexie.maxKey], true, true);
}

/**
 * The whole audit's activities (the weekly reflection and the results are computed from all of them);
 * `undefined` while loading.
 */
export function useAuditEntries(auditId: string): AuditEntry[] | undefined {
  return useLiveEntries(auditId, undefined, undefined);
}

/** Two records with the same fields (all of an activity's fields are plain values). */
function sameFields<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

/**
 * `next` with each record that did not change replaced by the object `previous` held for it, and
 * `previous` itself when nothing changed. A write is answered twice by a live query (at once from the
 * cache, then again once committed); the second answer is then the same array, so nothing re-renders,
 * and the rows that did not change keep their identity (memoised rows skip). Exported for tests.
 */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (!previous || previous.length === 0) return next;
  const byId = new Map(previous.map((record) => [record.id, record]));
  let same = previous.length === next.length;
  const kept = next.map((record, i) => {
    const before = byId.get(record.id);
    const keep = before !== undefined && sameFields(before, record);
    if (!keep || previous[i] !== before) same = false;
    return keep ? before : record;
  });
  return same ? (previous as T[]) : kept;
}

/**
 * The activities dated `from` to `to`: what the log shows. A write re-reads only these days, not the
 * whole audit. With `from` null nothing is read (an empty list). `undefined` while loading.
 */
export function useAuditEntriesBetween(
  auditId: string,
  from: string | null,
  to: string,
): AuditEntry[] | undefined {
  return useLiveEntries(auditId, from, to);
}

/** Ranges up to this many days are read live one day at a time (see readLiveEntries). */
const DAY_BY_DAY_UP_TO = 14;

/**
 * The live read of `from`..`to`. A short range (the log's week) is read one day per query: the query
 * cache (db.ts) keeps each day's answer, and a write re-reads only the days it touched. Logging an
 * activity then reads back its own day, not the whole week (about 35 records instead of 240 at five
 * years, and structured-clone reading is most of a write's main-thread time). Longer ranges, and the
 * whole audit, are one read. Exported for tests.
 */
export async function readLiveEntries(auditId: string, from?: string, to?: string): Promise<AuditEntry[]> {
  if (from === undefined || to === undefined || daysBetween(from, to) >= DAY_BY_DAY_UP_TO)
    return readAuditEntries(auditId, from, to);
  const days = Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_, i) => addDays(from, i));
  return (await Promise.all(days.map((day) => readAuditEntries(auditId, day, day)))).flat();
}

/**
 * The one live read of activities behind both hooks above: `from` undefined reads the whole audit, null
 * reads nothing. Each answer keeps the previous one's unchanged records (keepUnchanged).
 */
function useLiveEntries(
  auditId: string,
  from: string | null | undefined,
  to: string | undefined,
): AuditEntry[] | undefined {
  const last = useRef<AuditEntry[] | undefined>(undefined);
  return useLiveQuery(
    async () =>
      (last.current =
        from === null ? NONE : keepUnchanged(last.current, await readLiveEntries(auditId, from, to))),
    [auditId, from, to],
  );
}

/** How many activities the audit holds, counted by the index without reading them. */
export function useAuditEntryCount(auditId: string): number | undefined {
  return useLiveQuery(() => entriesBetween(auditId).count(), [auditId]);
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

/**
 * The stored totals of each audit ("All audits"), by audit id, current ones only: the screen never reads
 * the activities of every audit. While an audit's totals are missing or stale (after a restore, the
 * upgrade to schema v2, or a change of the audit's dates; writes of activities adjust them) it has no
 * entry here, and they are computed in the background, one audit at a time, each in its own task after
 * the screen has painted.
 */
export function useAuditTotals(audits: readonly Audit[]): ReadonlyMap<string, AuditTotals> | undefined {
  const stored = useLiveQuery(() => db.auditTotals.toArray(), []);
  const current = useMemo(() => {
    if (!stored) return undefined;
    const byId = new Map(stored.map((totals) => [totals.auditId, totals]));
    const result = new Map<string, AuditTotals>();
    for (const audit of audits) {
      const totals = byId.get(audit.id);
      if (totalsAreCurrent(totals, audit)) result.set(audit.id, totals);
    }
    return result;
  }, [stored, audits]);
  const missing = current ? (audits.find((audit) => !current.has(audit.id))?.id ?? null) : null;
  useEffect(() => {
    if (!missing) return;
    // A timer, not a microtask: the screen paints (with "counting…") before the first audit is read.
    const timer = setTimeout(() => {
      // A failure leaves that audit's row missing; the next visit tries again.
      fillAuditTotals(missing).catch(() => undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [missing]);
  return current;
}

/**
 * The audit's digest (its Results: shared/domain/audit-digest.ts), one stored record read live, never its
 * activities; `undefined` while loading, and while a missing or stale one (after an upgrade or a
 * restore) is computed from the activities, once, in a task of its own after the screen has painted.
 */
export function useAuditDigest(audit: Pick<Audit, 'id' | 'startDate' | 'weeks'>): AuditDigest | undefined {
  const { id, startDate, weeks } = audit;
  // null once read and not there: undefined is "still loading".
  const stored = useLiveQuery(async () => (await db.auditDigests.get(id)) ?? null, [id]);
  const current = stored && digestIsCurrent(stored, { id, startDate, weeks }) ? stored : undefined;
  const missing = stored !== undefined && current === undefined;
  useEffect(() => {
    if (!missing) return;
    const timer = setTimeout(() => {
      // A failure leaves the digest missing; the next visit tries again.
      fillAuditDigest(id).catch(() => undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [missing, id, startDate, weeks]);
  return current;
}

/**
 * Which of these calendar import keys are already stored (in any audit), read once when a calendar file
 * is previewed: from the `importKey` index alone, without loading the activities.
 */
export async function findImportedKeys(keys: readonly string[]): Promise<Set<string>> {
  const found = await db.auditEntries.where('importKey').anyOf(keys).keys();
  return new Set(found.map(String));
}
