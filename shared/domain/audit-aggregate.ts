/**
 * Aggregation of an audit's logged activities: hours and average energy per category, per lean, per
 * week, per day and per hour of the week. Pure and single-pass, cheap enough to rerun on every change.
 *
 * Average energy is weighted by time: a two-hour drain counts four times as much as a half-hour one,
 * and activities without an energy rating count toward hours but not toward any average.
 */
import type { Audit, AuditCategory, AuditEntry, Lean } from '../types/entities';
import { auditDates, auditWeeks, clockToMinutes, dayOfWeek, itemAt, type AuditWeek } from './audit';

export type AggregatedEntry = Pick<
  AuditEntry,
  'date' | 'startTime' | 'minutes' | 'categoryId' | 'energy' | 'mostImportant' | 'delegable' | 'title'
>;

/** Lean of an activity: its category's, or 'unassigned' while it has none (or its category is gone). */
export type LeanBucket = Lean | 'unassigned';
export const LEAN_BUCKETS: readonly LeanBucket[] = ['staff', 'em', 'neutral', 'unassigned'];

export interface Tally {
  /** Number of activities. */
  count: number;
  minutes: number;
  /** Minutes of the activities that have an energy rating. */
  ratedMinutes: number;
  /** Time-weighted average energy (−2…+2), or null when nothing was rated. */
  avgEnergy: number | null;
}

export interface CategoryTally extends Tally {
  /** null for activities without a category. */
  categoryId: string | null;
  name: string;
  lean: LeanBucket;
  color: string;
}

export interface WeekTally extends AuditWeek, Tally {
  byLean: Record<LeanBucket, Tally>;
  /** Minutes per category id ('' for uncategorised). */
  minutesByCategory: Record<string, number>;
}

export interface DayTally extends Tally {
  date: string;
}

export interface HeatCell {
  /** 0 = Monday … 6 = Sunday. */
  day: number;
  hour: number;
  minutes: number;
  avgEnergy: number | null;
}

export interface AuditSummary {
  total: Tally;
  /** Sorted by minutes, most first; includes an "uncategorised" row when any activity lacks a category. */
  byCategory: CategoryTally[];
  byLean: Record<LeanBucket, Tally>;
  weeks: WeekTally[];
  /** Every day of the audit, in order (days with nothing logged have zero minutes). */
  days: DayTally[];
  /** 7 × 24 cells, Monday 00:00 first; only activities with a start time are placed. */
  heatmap: HeatCell[];
  /** Minutes of activities answered "someone else could have done this". */
  delegableMinutes: number;
  /** Minutes of activities answered "not the most important thing I could have done". */
  notMostImportantMinutes: number;
  /** Minutes of activities whose two reflection questions were answered at all. */
  reflectedMinutes: number;
  /** Activities dated outside the audit's weeks; left out of every figure. */
  outsideCount: number;
  /** Activities without a start time, which the heatmap cannot place. */
  untimedCount: number;
}

export const UNCATEGORISED = { name: 'Uncategorised', color: '#9aa3b2' } as const;

interface Acc {
  count: number;
  minutes: number;
  ratedMinutes: number;
  energyMinutes: number;
}

const newAcc = (): Acc => ({ count: 0, minutes: 0, ratedMinutes: 0, energyMinutes: 0 });

function add(acc: Acc, minutes: number, energy: number | null) {
  acc.count += 1;
  acc.minutes += minutes;
  if (energy !== null) {
    acc.ratedMinutes += minutes;
    acc.energyMinutes += energy * minutes;
  }
}

function toTally(acc: Acc): Tally {
  return {
    count: acc.count,
    minutes: acc.minutes,
    ratedMinutes: acc.ratedMinutes,
    avgEnergy: acc.ratedMinutes > 0 ? acc.energyMinutes / acc.ratedMinutes : null,
  };
}

const leanAccs = (): Record<LeanBucket, Acc> => ({
  staff: newAcc(),
  em: newAcc(),
  neutral: newAcc(),
  unassigned: newAcc(),
});

const leanTallies = (accs: Record<LeanBucket, Acc>): Record<LeanBucket, Tally> => ({
  staff: toTally(accs.staff),
  em: toTally(accs.em),
  neutral: toTally(accs.neutral),
  unassigned: toTally(accs.unassigned),
});

export function summariseAudit(
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  entries: readonly AggregatedEntry[],
  categories: readonly Pick<AuditCategory, 'id' | 'name' | 'lean' | 'color' | 'order'>[],
): AuditSummary {
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const total = newAcc();
  const byLean = leanAccs();
  const byCategory = new Map<string, Acc>();
  const weeks = auditWeeks(audit).map((week) => ({
    week,
    acc: newAcc(),
    lean: leanAccs(),
    minutesByCategory: Object.create(null) as Record<string, number>,
  }));
  const dates = auditDates(audit);
  // One lookup per activity: its date's week, weekday and day tally, computed once per audit day.
  const dayInfo = new Map(
    dates.map((date, i) => [date, { weekIndex: Math.floor(i / 7), weekday: dayOfWeek(date), acc: newAcc() }]),
  );
  const heat = Array.from({ length: 7 * 24 }, newAcc);
  let delegableMinutes = 0;
  let notMostImportantMinutes = 0;
  let reflectedMinutes = 0;
  let outsideCount = 0;
  let untimedCount = 0;

  for (const entry of entries) {
    const info = dayInfo.get(entry.date);
    if (!info) {
      outsideCount += 1;
      continue;
    }
    const { weekIndex, weekday } = info;
    const category = entry.categoryId ? categoryById.get(entry.categoryId) : undefined;
    const lean: LeanBucket = category ? category.lean : 'unassigned';
    const categoryKey = category ? category.id : '';
    const { minutes, energy } = entry;

    add(total, minutes, energy);
    add(byLean[lean], minutes, energy);
    let catAcc = byCategory.get(categoryKey);
    if (!catAcc) {
      catAcc = newAcc();
      byCategory.set(categoryKey, catAcc);
    }
    add(catAcc, minutes, energy);

    const week = itemAt(weeks, weekIndex);
    add(week.acc, minutes, energy);
    add(week.lean[lean], minutes, energy);
    week.minutesByCategory[categoryKey] = (week.minutesByCategory[categoryKey] ?? 0) + minutes;

    add(info.acc, minutes, energy);

    if (entry.delegable === true) delegableMinutes += minutes;
    if (entry.mostImportant === false) notMostImportantMinutes += minutes;
    if (entry.delegable !== null || entry.mostImportant !== null) reflectedMinutes += minutes;

    if (entry.startTime === null) {
      untimedCount += 1;
    } else {
      // Spread the activity over the hour cells it covers; past midnight it continues on the next day.
      let at = clockToMinutes(entry.startTime);
      let left = minutes;
      while (left > 0) {
        const inThisHour = Math.min(left, 60 - (at % 60));
        const cellHour = Math.floor(at / 60) % 24;
        const cellDay = (weekday + Math.floor(at / 1440)) % 7;
        const cell = itemAt(heat, cellDay * 24 + cellHour);
        cell.minutes += inThisHour;
        if (energy !== null) {
          cell.ratedMinutes += inThisHour;
          cell.energyMinutes += energy * inThisHour;
        }
        at += inThisHour;
        left -= inThisHour;
      }
    }
  }

  const categoryRows: CategoryTally[] = [...byCategory.entries()].map(([key, acc]) => {
    const category = key ? categoryById.get(key) : undefined;
    return {
      ...toTally(acc),
      categoryId: category ? category.id : null,
      name: category ? category.name : UNCATEGORISED.name,
      lean: category ? category.lean : 'unassigned',
      color: category ? category.color : UNCATEGORISED.color,
    };
  });
  const orderOf = (row: CategoryTally) =>
    row.categoryId ? (categoryById.get(row.categoryId)?.order ?? 0) : Number.MAX_SAFE_INTEGER;
  categoryRows.sort((a, b) => b.minutes - a.minutes || orderOf(a) - orderOf(b));

  return {
    total: toTally(total),
    byCategory: categoryRows,
    byLean: leanTallies(byLean),
    weeks: weeks.map(({ week, acc, lean, minutesByCategory }) => ({
      ...week,
      ...toTally(acc),
      byLean: leanTallies(lean),
      minutesByCategory,
    })),
    days: dates.map((date) => ({ date, ...toTally(dayInfo.get(date)?.acc ?? newAcc()) })),
    heatmap: heat.map((acc, i) => ({
      day: Math.floor(i / 24),
      hour: i % 24,
      minutes: acc.minutes,
      avgEnergy: acc.ratedMinutes > 0 ? acc.energyMinutes / acc.ratedMinutes : null,
    })),
    delegableMinutes,
    notMostImportantMinutes,
    reflectedMinutes,
    outsideCount,
    untimedCount,
  };
}

export interface BigActivity {
  title: string;
  minutes: number;
  count: number;
  /** The answers shared by every activity of this title, or null when they differ or are missing. */
  mostImportant: boolean | null;
  delegable: boolean | null;
}

/**
 * The week's biggest activities for the reflection: activities grouped by title (ignoring case and
 * surrounding spaces), largest total time first, at most `limit`.
 */
export function biggestActivities(entries: readonly AggregatedEntry[], limit = 8): BigActivity[] {
  const groups = new Map<string, { title: string; minutes: number; items: AggregatedEntry[] }>();
  for (const entry of entries) {
    const key = entry.title.trim().toLocaleLowerCase();
    const group = groups.get(key) ?? { title: entry.title.trim(), minutes: 0, items: [] };
    group.minutes += entry.minutes;
    group.items.push(entry);
    groups.set(key, group);
  }
  const shared = (values: (boolean | null)[]) =>
    values.every((v) => v !== null && v === values[0]) ? (values[0] ?? null) : null;
  return [...groups.values()]
    .sort((a, b) => b.minutes - a.minutes || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map((group) => ({
      title: group.title,
      minutes: group.minutes,
      count: group.items.length,
      mostImportant: shared(group.items.map((e) => e.mostImportant)),
      delegable: shared(group.items.map((e) => e.delegable)),
    }));
}

/** Whether an activity belongs to a reflection group (same rule as biggestActivities). */
export function sameActivity(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
