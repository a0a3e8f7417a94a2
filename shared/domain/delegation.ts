/**
 * The delegation ledger's rules (issue 17): what work an audit found that someone else could do, the
 * hours a week a handover frees, and which follow-ups are due. Pure, with `today` passed in
 * (`yyyy-MM-dd`, the user's local day).
 *
 * The hours a handover frees are estimated from the audit's own activities of the same kind: every
 * activity of that audit with the handover's title (compared as the weekly reflection groups them,
 * `sameActivity`), summed and divided by the weeks the audit has observed so far.
 */
import type { Audit, AuditEntry, Handover } from '../types/entities';
import { auditEndDate, auditWeekIndex, daysBetween } from './audit';
import { sameActivity } from './audit-aggregate';
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
  const end = auditEndDate(audit);
  let minutes = 0;
  let count = 0;
  for (const entry of entries) {
    if (entry.date < audit.startDate || entry.date > end || !sameActivity(entry.title, activity)) continue;
    minutes += entry.minutes;
    count += 1;
  }
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
  title: string;
  minutes: number;
  count: number;
  /** The category most of its activities were logged under (the first in the log on a tie), or null. */
  categoryId: string | null;
}

/**
 * The activities of an audit marked "someone else could do it", grouped by title as the reflection
 * groups them, largest total first. Only the activities so marked count: the same title logged without
 * the mark is not evidence that it could be handed over.
 */
export function delegableActivities(
  entries: readonly Pick<AuditEntry, 'title' | 'minutes' | 'delegable' | 'categoryId'>[],
): DelegableActivity[] {
  const groups = new Map<
    string,
    { title: string; minutes: number; count: number; categories: Map<string | null, number> }
  >();
  for (const entry of entries) {
    if (entry.delegable !== true) continue;
    const key = entry.title.trim().toLocaleLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { title: entry.title.trim(), minutes: 0, count: 0, categories: new Map() };
      groups.set(key, group);
    }
    group.minutes += entry.minutes;
    group.count += 1;
    group.categories.set(entry.categoryId, (group.categories.get(entry.categoryId) ?? 0) + 1);
  }
  return [...groups.values()]
    .map(({ title, minutes, count, categories }) => {
      let categoryId: string | null = null;
      let most = 0;
      for (const [id, n] of categories)
        if (n > most) {
          most = n;
          categoryId = id;
        }
      return { title, minutes, count, categoryId };
    })
    .sort((a, b) => b.minutes - a.minutes || compareText(a.title, b.title));
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
