/**
 * The delegation ledger's rules (issue 17): what work an audit found that someone else could do, the
 * hours a week a handover frees, and which follow-ups are due. Pure, with `today` passed in
 * (`yyyy-MM-dd`, the user's local day).
 *
 * The hours a handover frees are estimated from the audit's own activities of the same kind: every
 * activity of that audit with the handover's title (compared as the weekly reflection groups them,
 * `sameActivity`), summed and divided by the weeks the audit has observed so far.
 */
import type { Audit, AuditCategory, AuditEntry, Handover } from '../types/entities';
import { auditEndDate, auditWeekIndex, daysBetween } from './audit';
import { auditDayIndex, sameActivity } from './audit-aggregate';
import { compareText } from './order';

type AuditSpan = Pick<Audit, 'startDate' | 'weeks' | 'status'>;
type EntryFacts = Pick<AuditEntry, 'title' | 'date' | 'minutes'>;

/**
 * The weeks of `audit` its log covers on `today`: all of them once it is finished or over; while it
 * runs, the weeks begun so far (at least one, so a first-day estimate is that day's time, not nothing).
 */
export function weeksObserved(audit: AuditSpan, today: string): number {
  if (audit.status === 'finished' || today > auditEndDate(audit)) return audit.weeks;
  const index = auditWeekIndex(audit, today);
  return index < 0 ? 1 : index + 1;
}

export interface HoursEstimate {
  /** Minutes a week the activity took, on average over the weeks observed. */
  minutesPerWeek: number;
  /** Its minutes in the whole audit. */
  minutes: number;
  /** How many times it was logged. */
  count: number;
  /** The weeks the average is taken over. */
  weeks: number;
}

/**
 * The time a week `activity` took in `audit`: its activities of that title (any case, surrounding
 * spaces ignored) dated inside the audit, summed and divided by the weeks observed.
 */
export function hoursFreed(
  audit: AuditSpan,
  entries: readonly EntryFacts[],
  activity: string,
  today: string,
): HoursEstimate {
  let minutes = 0;
  let count = 0;
  for (const entry of entries) {
    if (auditDayIndex(audit, entry.date) < 0 || !sameActivity(entry.title, activity)) continue;
    minutes += entry.minutes;
    count += 1;
  }
  return estimateOver(audit, minutes, count, today);
}

/** The estimate of `minutes` logged `count` times in `audit`, per week observed by `today`. */
export function estimateOver(audit: AuditSpan, minutes: number, count: number, today: string): HoursEstimate {
  const weeks = weeksObserved(audit, today);
  return { minutesPerWeek: minutes / weeks, minutes, count, weeks };
}

/** The ledger's totals: hours a week already freed by finished handovers, and still being handed over. */
export function ledgerTotals(
  handovers: readonly Pick<Handover, 'id' | 'status'>[],
  perWeek: ReadonlyMap<string, number>,
): { freedPerWeek: number; pendingPerWeek: number } {
  let freedPerWeek = 0;
  let pendingPerWeek = 0;
  for (const handover of handovers) {
    const minutes = perWeek.get(handover.id) ?? 0;
    if (handover.status === 'done') freedPerWeek += minutes;
    else pendingPerWeek += minutes;
  }
  return { freedPerWeek, pendingPerWeek };
}

/** One kind of work an audit found someone else could do: its activities of one title. */
export interface DelegableActivity {
  /** The spelling most of its activities used (on a tie, the first in code-unit order). */
  title: string;
  minutes: number;
  count: number;
  /**
   * The category most of its activities were logged under, or null. On a tie, the one first in the
   * user's list (by order, then place in the list), then an id no longer in the list (in code-unit
   * order), then none.
   */
  categoryId: string | null;
}

type CategoryPlace = Pick<AuditCategory, 'id' | 'order'>;

/** Each listed category's order and place, by id (the last of an id, as a Map built from the list). */
const placesByList = new WeakMap<readonly CategoryPlace[], ReadonlyMap<string, readonly [number, number]>>();

/**
 * How `categories` break a tie between category ids (negative: `a` first): a listed one by its order,
 * then its place in the list; then ids not in the list, in code-unit order; then none (null).
 */
export function compareCategoryIds(
  categories: readonly CategoryPlace[],
): (a: string | null, b: string | null) => number {
  let places = placesByList.get(categories);
  if (!places) {
    places = new Map(categories.map((c, i) => [c.id, [c.order, i] as const]));
    placesByList.set(categories, places);
  }
  const known = places;
  return (a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const pa = known.get(a);
    const pb = known.get(b);
    if (pa && pb) return pa[0] - pb[0] || pa[1] - pb[1];
    if (pa) return -1;
    if (pb) return 1;
    return compareText(a, b);
  };
}

/**
 * The value counted most often among `counted` (value, count) pairs; on a tie, the one `compare` puts
 * first. Undefined when there is none. Whatever order the pairs come in, the same answer.
 */
export function mostCounted<T>(
  counted: Iterable<readonly [T, number]>,
  compare: (a: T, b: T) => number,
): T | undefined {
  let best: T | undefined;
  let most = 0;
  for (const [value, n] of counted) {
    if (n > most || (n === most && best !== undefined && compare(value, best) < 0)) {
      most = n;
      best = value;
    }
  }
  return best;
}

/** The order the work someone else could do is listed in: largest total first, then by title. */
export const byDelegableMinutes = (a: DelegableActivity, b: DelegableActivity): number =>
  b.minutes - a.minutes || compareText(a.title, b.title);

/**
 * The activities of an audit marked "someone else could do it", dated inside the audit (as every figure
 * of its summary), grouped by title as the reflection groups them, largest total first. Only the
 * activities so marked count: the same title logged without the mark is not evidence that it could be
 * handed over. Nothing depends on the order the activities come in (audit-digest.ts gathers the same
 * groups ahead).
 */
export function delegableActivities(
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  entries: readonly Pick<AuditEntry, 'date' | 'title' | 'minutes' | 'delegable' | 'categoryId'>[],
  categories: readonly CategoryPlace[],
): DelegableActivity[] {
  const groups = new Map<
    string,
    { minutes: number; count: number; spellings: Map<string, number>; categories: Map<string | null, number> }
  >();
  for (const entry of entries) {
    if (entry.delegable !== true || auditDayIndex(audit, entry.date) < 0) continue;
    const spelling = entry.title.trim();
    const key = spelling.toLocaleLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { minutes: 0, count: 0, spellings: new Map(), categories: new Map() };
      groups.set(key, group);
    }
    group.minutes += entry.minutes;
    group.count += 1;
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    group.categories.set(entry.categoryId, (group.categories.get(entry.categoryId) ?? 0) + 1);
  }
  const compareCategories = compareCategoryIds(categories);
  return [...groups.values()]
    .map(({ minutes, count, spellings, categories: counted }) => ({
      title: mostCounted(spellings, compareText) ?? '',
      minutes,
      count,
      categoryId: mostCounted(counted, compareCategories) ?? null,
    }))
    .sort(byDelegableMinutes);
}

/** An open handover whose follow-up day has come, with how late it is. */
export interface DueFollowUp {
  id: string;
  activity: string;
  to: string;
  followUpOn: string;
  /** Days past the follow-up day (0 on the day itself). */
  daysLate: number;
}

/** The open handovers to follow up on by `today`, the longest-waiting first. */
export function dueFollowUps(
  handovers: readonly Pick<Handover, 'id' | 'activity' | 'to' | 'followUpOn' | 'status'>[],
  today: string,
): DueFollowUp[] {
  return handovers
    .flatMap((h) =>
      h.status === 'open' && h.followUpOn !== null && h.followUpOn <= today
        ? [
            {
              id: h.id,
              activity: h.activity,
              to: h.to,
              followUpOn: h.followUpOn,
              daysLate: daysBetween(h.followUpOn, today),
            },
          ]
        : [],
    )
    .sort((a, b) => compareText(a.followUpOn, b.followUpOn) || compareText(a.id, b.id));
}

/** The handovers as the ledger lists them: open ones by follow-up day (none last), then done, newest first. */
export function ledgerOrder<
  T extends Pick<Handover, 'id' | 'status' | 'followUpOn' | 'doneOn' | 'createdAt'>,
>(handovers: readonly T[]): { open: T[]; done: T[] } {
  const open = handovers
    .filter((h) => h.status === 'open')
    .sort(
      (a, b) =>
        compareText(a.followUpOn ?? '\uffff', b.followUpOn ?? '\uffff') ||
        compareText(a.createdAt, b.createdAt) ||
        compareText(a.id, b.id),
    );
  const done = handovers
    .filter((h) => h.status === 'done')
    .sort((a, b) => compareText(b.doneOn ?? '', a.doneOn ?? '') || compareText(a.id, b.id));
  return { open, done };
}
