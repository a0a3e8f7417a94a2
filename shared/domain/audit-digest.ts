/**
 * Per-audit digest: every sum the audit's Results tab and the delegation ledger need, kept ahead so
 * those screens read one small record instead of the audit's ~1,200 activities (at five years of data,
 * Chromium answers that read in 100–250 ms).
 *
 * What it holds, all whole-number sums, so adding and taking away activities is exact:
 * - what summariseAudit adds up (shared/domain/audit-aggregate.ts, `GatheredSums`): a tally per day,
 *   per week × category *id*, the 168 hours of the week, and the counters. Per category id, never per
 *   lean, so renaming, re-leaning or archiving a category never makes it stale: the leans and rows are
 *   folded in when it is read (`summaryFromDigest`), from the categories of that moment;
 * - per title (trimmed and lower-cased, as `sameActivity` compares them): the minutes and count of the
 *   audit's activities of that title (for `hoursFreed`), and of the ones marked "someone else could do
 *   it" their minutes, count, spellings and categories (for `delegableActivities`).
 * Only activities dated inside the audit's days count, but for `outsideCount`.
 *
 * Derived data: the `auditDigests` table (renderer/src/db/schema.ts, version 11) is never backed up.
 * Every write of an activity adjusts its audit's row in the same transaction (`adjustAuditDigest`), a
 * restore starts without any, and a missing or stale row is computed again from the audit's activities
 * (renderer/src/db/audit-digests.ts).
 *
 * The readers give exactly what the functions over the activities give (property-tested in
 * tests/unit/shared/audit-digest.test.ts): neither depends on the order of the log, so both agree.
 */
import type { Audit, AuditCategory } from '../types/entities';
import { clockToMinutes, dayOfWeek } from './audit';
import {
  auditDayIndex,
  summariseGathered,
  type AggregatedEntry,
  type AuditSummary,
  type GatheredSums,
} from './audit-aggregate';
import {
  byDelegableMinutes,
  compareCategoryIds,
  estimateOver,
  mostCounted,
  type DelegableActivity,
  type HoursEstimate,
} from './delegation';
import { compareText } from './order';

/** Version of the stored shape below; a row of another version is stale and computed again. */
export const AUDIT_DIGEST_VERSION = 1;

/** Numbers in a tally: count, minutes, rated minutes, energy × minutes (audit-aggregate.ts's order). */
const TALLY = 4;
const HOURS = 7 * 24;

/** The activities of one category id, a tally per week of the audit. */
export interface CategoryWeeks {
  /** As logged: null, or an id (an empty or unknown one counts as uncategorised when read). */
  categoryId: string | null;
  /** `weeks[week × 4 + k]`: count, minutes, rated minutes, energy × minutes. */
  weeks: number[];
}

/** The activities of one title marked "someone else could do it". */
export interface DelegableSums {
  minutes: number;
  count: number;
  /** Each spelling used (the title trimmed), with how many of them used it. */
  spellings: { title: string; count: number }[];
  /** Each category id they were logged under (null for none), with how many. */
  categories: { categoryId: string | null; count: number }[];
}

/** The audit's activities of one title. */
export interface TitleSums {
  /** The title trimmed and lower-cased (`sameActivity`). */
  key: string;
  minutes: number;
  count: number;
  /** Those of them marked delegable; null when none is. */
  delegable: DelegableSums | null;
}

/** One row of the `auditDigests` table. Stored rows are shared: never edited, adjusted into a new one. */
export interface AuditDigest extends GatheredSums {
  auditId: string;
  version: number;
  /** The span it was computed for: if the audit's dates ever differ, the row is stale. */
  startDate: string;
  weeks: number;
  days: number[];
  categories: CategoryWeeks[];
  heatMinutes: number[];
  heatRated: number[];
  heatEnergy: number[];
  /** One per title met (order carries no meaning). */
  titles: TitleSums[];
}

/** What the digest reads of an activity: what the summary reads. */
export type DigestEntry = AggregatedEntry;

/** A digest of no activities for `audit`. */
export function emptyAuditDigest(audit: Pick<Audit, 'id' | 'startDate' | 'weeks'>): AuditDigest {
  return {
    auditId: audit.id,
    version: AUDIT_DIGEST_VERSION,
    startDate: audit.startDate,
    weeks: audit.weeks,
    days: new Array<number>(audit.weeks * 7 * TALLY).fill(0),
    categories: [],
    heatMinutes: new Array<number>(HOURS).fill(0),
    heatRated: new Array<number>(HOURS).fill(0),
    heatEnergy: new Array<number>(HOURS).fill(0),
    delegableMinutes: 0,
    notMostImportantMinutes: 0,
    reflectedMinutes: 0,
    outsideCount: 0,
    untimedCount: 0,
    titles: [],
  };
}

/** The digest of `audit` from its activities (all of them: those outside its days are only counted). */
export function computeAuditDigest(
  audit: Pick<Audit, 'id' | 'startDate' | 'weeks'>,
  entries: readonly DigestEntry[],
): AuditDigest {
  return adjustAuditDigest(emptyAuditDigest(audit), audit, [], entries);
}

/** Whether a stored row still describes `audit` (right shape version and the audit's own span). */
export function digestIsCurrent(
  digest: AuditDigest | undefined,
  audit: Pick<Audit, 'id' | 'startDate' | 'weeks'>,
): digest is AuditDigest {
  return (
    digest !== undefined &&
    digest.auditId === audit.id &&
    digest.version === AUDIT_DIGEST_VERSION &&
    digest.startDate === audit.startDate &&
    digest.weeks === audit.weeks
  );
}

/**
 * `digest` (current for `audit`) after some of its activities changed: the `removed` ones (as they were
 * before the write: deleted, or edited) are taken away and the `added` ones (new, or as edited) added.
 * The same row as computing it again from the activities after the write, but for the order of its
 * lists (which carries no meaning): a category, title, spelling or category count left at zero is
 * dropped. Returns a new row and leaves `digest` as it was; only what the write touched is copied.
 */
export function adjustAuditDigest(
  digest: AuditDigest,
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  removed: readonly DigestEntry[],
  added: readonly DigestEntry[],
): AuditDigest {
  const next: AuditDigest = {
    ...digest,
    days: digest.days.slice(),
    heatMinutes: digest.heatMinutes.slice(),
    heatRated: digest.heatRated.slice(),
    heatEnergy: digest.heatEnergy.slice(),
  };
  const weekCount = audit.weeks;
  const startWeekday = dayOfWeek(audit.startDate);
  // Rows by key, copied the first time a write touches them (the stored ones are never edited).
  const categories = new Map<string | null, CategoryWeeks>();
  for (const row of digest.categories) categories.set(row.categoryId, row);
  const titles = new Map<string, TitleSums>();
  for (const row of digest.titles) titles.set(row.key, row);
  const copied = new Set<object>();

  const categoryRow = (categoryId: string | null): CategoryWeeks => {
    let row = categories.get(categoryId);
    if (!row) {
      row = { categoryId, weeks: new Array<number>(weekCount * TALLY).fill(0) };
    } else if (!copied.has(row)) {
      row = { categoryId, weeks: row.weeks.slice() };
    } else return row;
    copied.add(row);
    categories.set(categoryId, row);
    return row;
  };
  const titleRow = (key: string): TitleSums => {
    let row = titles.get(key);
    if (!row) {
      row = { key, minutes: 0, count: 0, delegable: null };
    } else if (!copied.has(row)) {
      const delegable = row.delegable;
      row = {
        key,
        minutes: row.minutes,
        count: row.count,
        delegable: delegable && {
          minutes: delegable.minutes,
          count: delegable.count,
          spellings: delegable.spellings.map((s) => ({ title: s.title, count: s.count })),
          categories: delegable.categories.map((c) => ({ categoryId: c.categoryId, count: c.count })),
        },
      };
    } else return row;
    copied.add(row);
    titles.set(key, row);
    return row;
  };

  const apply = (entry: DigestEntry, sign: 1 | -1) => {
    const day = auditDayIndex(audit, entry.date);
    if (day < 0) {
      next.outsideCount += sign;
      return;
    }
    const { minutes, energy } = entry;
    const signed = sign * minutes;
    const rated = energy === null ? 0 : signed;
    const energyMinutes = energy === null ? 0 : energy * signed;
    const days = next.days;
    const dayAt = day * TALLY;
    days[dayAt] = (days[dayAt] ?? 0) + sign;
    days[dayAt + 1] = (days[dayAt + 1] ?? 0) + signed;
    days[dayAt + 2] = (days[dayAt + 2] ?? 0) + rated;
    days[dayAt + 3] = (days[dayAt + 3] ?? 0) + energyMinutes;
    const weeks = categoryRow(entry.categoryId).weeks;
    const weekAt = Math.floor(day / 7) * TALLY;
    weeks[weekAt] = (weeks[weekAt] ?? 0) + sign;
    weeks[weekAt + 1] = (weeks[weekAt + 1] ?? 0) + signed;
    weeks[weekAt + 2] = (weeks[weekAt + 2] ?? 0) + rated;
    weeks[weekAt + 3] = (weeks[weekAt + 3] ?? 0) + energyMinutes;

    if (entry.delegable === true) next.delegableMinutes += signed;
    if (entry.mostImportant === false) next.notMostImportantMinutes += signed;
    if (entry.delegable !== null || entry.mostImportant !== null) next.reflectedMinutes += signed;

    if (entry.startTime === null) next.untimedCount += sign;
    else {
      // Spread over the hours it covers, past midnight onto the next day, Sunday wrapping to Monday
      // (as summariseAudit's pass does).
      const at = clockToMinutes(entry.startTime);
      let hour = ((startWeekday + day) % 7) * 24 + Math.floor(at / 60);
      while (hour >= HOURS) hour -= HOURS;
      let room = 60 - (at % 60);
      let left = minutes;
      while (left > 0) {
        const inThisHour = left < room ? left : room;
        next.heatMinutes[hour] = (next.heatMinutes[hour] ?? 0) + sign * inThisHour;
        if (energy !== null) {
          next.heatRated[hour] = (next.heatRated[hour] ?? 0) + sign * inThisHour;
          next.heatEnergy[hour] = (next.heatEnergy[hour] ?? 0) + sign * energy * inThisHour;
        }
        left -= inThisHour;
        room = 60;
        hour = hour === HOURS - 1 ? 0 : hour + 1;
      }
    }

    const spelling = entry.title.trim();
    const group = titleRow(spelling.toLocaleLowerCase());
    group.minutes += signed;
    group.count += sign;
    if (entry.delegable === true) {
      const delegable = (group.delegable ??= { minutes: 0, count: 0, spellings: [], categories: [] });
      delegable.minutes += signed;
      delegable.count += sign;
      const used = delegable.spellings.find((s) => s.title === spelling);
      if (used) used.count += sign;
      else delegable.spellings.push({ title: spelling, count: sign });
      const logged = delegable.categories.find((c) => c.categoryId === entry.categoryId);
      if (logged) logged.count += sign;
      else delegable.categories.push({ categoryId: entry.categoryId, count: sign });
    }
  };
  for (const entry of removed) apply(entry, -1);
  for (const entry of added) apply(entry, 1);

  next.categories = [];
  for (const row of categories.values()) {
    let count = 0;
    for (let week = 0; week < weekCount; week += 1) count += row.weeks[week * TALLY] ?? 0;
    if (count !== 0) next.categories.push(row);
  }
  next.titles = [];
  for (const row of titles.values()) {
    if (copied.has(row) && row.delegable) {
      const delegable = row.delegable;
      if (delegable.count === 0) row.delegable = null;
      else {
        delegable.spellings = delegable.spellings.filter((s) => s.count !== 0);
        delegable.categories = delegable.categories.filter((c) => c.count !== 0);
      }
    }
    if (row.count !== 0 || row.delegable) next.titles.push(row);
  }
  return next;
}

function checkSpan(digest: AuditDigest, audit: Pick<Audit, 'startDate' | 'weeks'>) {
  if (
    digest.version !== AUDIT_DIGEST_VERSION ||
    digest.startDate !== audit.startDate ||
    digest.weeks !== audit.weeks
  )
    throw new Error(`The digest of audit ${digest.auditId} is not of this audit's span.`);
}

/**
 * The audit's summary from its digest and today's categories: exactly what summariseAudit gives over
 * the activities the digest was gathered from. `digest` must be current for `audit`.
 */
export function summaryFromDigest(
  digest: AuditDigest,
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  categories: readonly Pick<AuditCategory, 'id' | 'name' | 'lean' | 'color' | 'order'>[],
): AuditSummary {
  checkSpan(digest, audit);
  return summariseGathered(audit, digest, categories);
}

/** The work marked delegable, from the digest: exactly what delegableActivities gives. */
export function delegableFromDigest(
  digest: AuditDigest,
  categories: readonly Pick<AuditCategory, 'id' | 'order'>[],
): DelegableActivity[] {
  const compareCategories = compareCategoryIds(categories);
  const activities: DelegableActivity[] = [];
  for (const group of digest.titles) {
    const delegable = group.delegable;
    if (!delegable) continue;
    activities.push({
      title:
        mostCounted(
          delegable.spellings.map((s) => [s.title, s.count] as const),
          compareText,
        ) ?? '',
      minutes: delegable.minutes,
      count: delegable.count,
      categoryId:
        mostCounted(
          delegable.categories.map((c) => [c.categoryId, c.count] as const),
          compareCategories,
        ) ?? null,
    });
  }
  return activities.sort(byDelegableMinutes);
}

/**
 * The time a week `activity` took in `audit`, from its digest: exactly what hoursFreed gives over the
 * activities. `digest` must be current for `audit`.
 */
export function hoursFreedFromDigest(
  digest: AuditDigest,
  audit: Pick<Audit, 'startDate' | 'weeks' | 'status'>,
  activity: string,
  today: string,
): HoursEstimate {
  checkSpan(digest, audit);
  const key = activity.trim().toLocaleLowerCase();
  const group = digest.titles.find((title) => title.key === key);
  return estimateOver(audit, group?.minutes ?? 0, group?.count ?? 0, today);
}
