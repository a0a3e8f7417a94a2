/**
 * Aggregation of an audit's logged activities: hours and average energy per category, per lean, per
 * week, per day and per hour of the week. Pure and single-pass, cheap enough to rerun on every change.
 *
 * Average energy is weighted by time: a two-hour drain counts four times as much as a half-hour one,
 * and activities without an energy rating count toward hours but not toward any average.
 */
import type { Audit, AuditCategory, AuditEntry, Lean } from '../types/entities';
import { auditDates, auditWeeks, clockToMinutes, dayOfWeek, type AuditWeek } from './audit';

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

// ---------------------------------------------------------------------------------------------------
// The aggregation runs on every change to the log and, at five years of data, over thousands of
// activities. It makes one pass and allocates nothing per activity: every sum lives in one typed array
// (four slots per tally: count, minutes, rated minutes, energy × minutes), each activity adds to just one
// day × category tally and the hours it covers, start times are read with character arithmetic, a
// date's day comes from a map built once per audit span (and from the previous activity's, as the log
// comes sorted by date), and objects are built only for the result, from a fixed number of tallies per audit. The straightforward version it
// replaced is kept as the reference it is property-tested against (tests/unit/support/audit-reference.ts).

const COUNT = 0;
const MINUTES = 1;
const RATED = 2;
const ENERGY = 3;
const SLOTS = 4;

const LEAN_INDEX: Record<LeanBucket, number> = { staff: 0, em: 1, neutral: 2, unassigned: 3 };
const UNASSIGNED = 3;

/** `list[index] += value` for a typed array (an index the caller knows exists). */
function bump(list: Float64Array, index: number, value: number) {
  list[index] = (list[index] ?? 0) + value;
}

/** Adds one activity to the tally at `at` (a slot offset) of `sums`. */
function add(sums: Float64Array, at: number, minutes: number, energy: number | null) {
  bump(sums, at + COUNT, 1);
  bump(sums, at + MINUTES, minutes);
  if (energy !== null) {
    bump(sums, at + RATED, minutes);
    bump(sums, at + ENERGY, energy * minutes);
  }
}

/** Adds the tally at offset `from` of `sums` to the one at `into`. */
function addTally(sums: Float64Array, into: number, from: number) {
  for (let i = 0; i < SLOTS; i += 1) bump(sums, into + i, sums[from + i] ?? 0);
}

function tallyAt(sums: Float64Array, at: number): Tally {
  const rated = sums[at + RATED] ?? 0;
  return {
    count: sums[at + COUNT] ?? 0,
    minutes: sums[at + MINUTES] ?? 0,
    ratedMinutes: rated,
    avgEnergy: rated > 0 ? (sums[at + ENERGY] ?? 0) / rated : null,
  };
}

/** Tallies of the four leans stored from slot offset `at` on. */
function leanTalliesAt(sums: Float64Array, at: number): Record<LeanBucket, Tally> {
  return {
    staff: tallyAt(sums, at),
    em: tallyAt(sums, at + SLOTS),
    neutral: tallyAt(sums, at + 2 * SLOTS),
    unassigned: tallyAt(sums, at + 3 * SLOTS),
  };
}

/**
 * The sums' memory, reused from one summary to the next and zeroed for each: a typed array this size
 * lives outside the JS heap, and allocating one per summary costs more than the whole pass (and feeds
 * the garbage collector). Safe because summariseAudit never yields while it uses it.
 */
let scratch = new Float64Array(4_096);

function scratchSums(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(Math.max(size, scratch.length * 2));
  scratch.fill(0, 0, size);
  return scratch;
}

/** An audit's days and weeks, computed once per span (start date and weeks), not once per summary. */
interface AuditSpan {
  dates: readonly string[];
  weeks: readonly AuditWeek[];
  /** Each date's index among `dates`. */
  dayIndex: ReadonlyMap<string, number>;
  /** Weekday (0 = Monday) of the first day. */
  startWeekday: number;
}

const spans = new Map<string, AuditSpan>();

function spanOf(audit: Pick<Audit, 'startDate' | 'weeks'>): AuditSpan {
  const key = `${audit.startDate}/${audit.weeks}`;
  let span = spans.get(key);
  if (!span) {
    if (spans.size >= 64) spans.clear(); // a handful of audits are summarised; never grow unbounded
    const dates = auditDates(audit);
    span = {
      dates,
      weeks: auditWeeks(audit),
      dayIndex: new Map(dates.map((date, i) => [date, i])),
      startWeekday: dayOfWeek(audit.startDate),
    };
    spans.set(key, span);
  }
  return span;
}

/** Index of `date` among the audit's days, or -1 outside it. */
function dayIndexIn(span: AuditSpan, date: string): number {
  return span.dayIndex.get(date) ?? -1;
}

/** The audit's day index of `date`, or -1 outside the audit. Allocation-free after the first call. */
export function auditDayIndex(audit: Pick<Audit, 'startDate' | 'weeks'>, date: string): number {
  return dayIndexIn(spanOf(audit), date);
}

export function summariseAudit(
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  entries: readonly AggregatedEntry[],
  categories: readonly Pick<AuditCategory, 'id' | 'name' | 'lean' | 'color' | 'order'>[],
): AuditSummary {
  const span = spanOf(audit);
  const dayCount = span.dates.length;
  const weekCount = span.weeks.length;

  // Category slot 0 is "uncategorised"; slot i + 1 is categories[i]. A repeated id maps to its last
  // category, as a Map built from the list would.
  const slotById = new Map<string, number>();
  const slotCount = categories.length + 1;
  const leanOfSlot: number[] = new Array<number>(slotCount).fill(UNASSIGNED);
  categories.forEach((category, i) => {
    slotById.set(category.id, i + 1);
    leanOfSlot[i + 1] = LEAN_INDEX[category.lean];
  });
  // The order in which categories were first met, -1 before (ties in minutes keep it, as a stable sort
  // of a Map's entries would).
  const firstSeen: number[] = new Array<number>(slotCount).fill(-1);
  let seen = 0;

  // The pass fills one tally per day and category slot ("cells") and one per hour of the week; every
  // other figure is a sum of cells, folded after the pass. Tally offsets in `sums`, block after block:
  const CELLS = 0;
  const HEAT = CELLS + dayCount * slotCount * SLOTS;
  const TOTAL = HEAT + 7 * 24 * SLOTS;
  const LEANS = TOTAL + SLOTS;
  const CATEGORIES = LEANS + 4 * SLOTS;
  const WEEKS = CATEGORIES + slotCount * SLOTS;
  const WEEK_LEANS = WEEKS + weekCount * SLOTS;
  const WEEK_CATEGORIES = WEEK_LEANS + weekCount * 4 * SLOTS;
  const DAYS = WEEK_CATEGORIES + weekCount * slotCount * SLOTS;
  const sums = scratchSums(DAYS + dayCount * SLOTS);

  let delegableMinutes = 0;
  let notMostImportantMinutes = 0;
  let reflectedMinutes = 0;
  let outsideCount = 0;
  let untimedCount = 0;
  // Activities come sorted by date (the [auditId+date] index): the previous day's lookup usually holds.
  let lastDate = '';
  let lastDay = -1;

  for (const entry of entries) {
    const day = entry.date === lastDate ? lastDay : dayIndexIn(span, entry.date);
    lastDate = entry.date;
    lastDay = day;
    if (day < 0) {
      outsideCount += 1;
      continue;
    }
    const slot = entry.categoryId ? (slotById.get(entry.categoryId) ?? 0) : 0;
    if (firstSeen[slot] === -1) firstSeen[slot] = seen++;
    const { minutes, energy } = entry;
    add(sums, CELLS + (day * slotCount + slot) * SLOTS, minutes, energy);

    if (entry.delegable === true) delegableMinutes += minutes;
    if (entry.mostImportant === false) notMostImportantMinutes += minutes;
    if (entry.delegable !== null || entry.mostImportant !== null) reflectedMinutes += minutes;

    if (entry.startTime === null) {
      untimedCount += 1;
      continue;
    }
    // Spread the activity over the hour cells it covers; past midnight it continues on the next day.
    const weekday = (span.startWeekday + day) % 7;
    let at = clockToMinutes(entry.startTime);
    let left = minutes;
    while (left > 0) {
      const inThisHour = Math.min(left, 60 - (at % 60));
      const cell = ((weekday + Math.floor(at / 1440)) % 7) * 24 + (Math.floor(at / 60) % 24);
      const offset = HEAT + cell * SLOTS;
      bump(sums, offset + MINUTES, inThisHour);
      if (energy !== null) {
        bump(sums, offset + RATED, inThisHour);
        bump(sums, offset + ENERGY, energy * inThisHour);
      }
      at += inThisHour;
      left -= inThisHour;
    }
  }

  // Fold the cells into every figure (sums of whole numbers, so the order of adding changes nothing).
  for (let day = 0; day < dayCount; day += 1) {
    const week = Math.floor(day / 7);
    for (let slot = 0; slot < slotCount; slot += 1) {
      const cell = CELLS + (day * slotCount + slot) * SLOTS;
      if (sums[cell + COUNT] === 0) continue;
      const lean = leanOfSlot[slot] ?? UNASSIGNED;
      addTally(sums, TOTAL, cell);
      addTally(sums, LEANS + lean * SLOTS, cell);
      addTally(sums, CATEGORIES + slot * SLOTS, cell);
      addTally(sums, WEEKS + week * SLOTS, cell);
      addTally(sums, WEEK_LEANS + (week * 4 + lean) * SLOTS, cell);
      addTally(sums, WEEK_CATEGORIES + (week * slotCount + slot) * SLOTS, cell);
      addTally(sums, DAYS + day * SLOTS, cell);
    }
  }

  // The result: objects only from here on, a fixed number of them per audit.
  const categoryRows: (CategoryTally & { seen: number; order: number })[] = [];
  for (let slot = 0; slot < slotCount; slot += 1) {
    if (firstSeen[slot] === -1) continue;
    const category = slot > 0 ? categories[slot - 1] : undefined;
    categoryRows.push({
      ...tallyAt(sums, CATEGORIES + slot * SLOTS),
      categoryId: category ? category.id : null,
      name: category ? category.name : UNCATEGORISED.name,
      lean: category ? category.lean : 'unassigned',
      color: category ? category.color : UNCATEGORISED.color,
      seen: firstSeen[slot] ?? 0,
      order: category ? category.order : Number.MAX_SAFE_INTEGER,
    });
  }
  categoryRows.sort((a, b) => b.minutes - a.minutes || a.order - b.order || a.seen - b.seen);

  const heatmap: HeatCell[] = [];
  for (let cell = 0; cell < 7 * 24; cell += 1) {
    const at = HEAT + cell * SLOTS;
    const rated = sums[at + RATED] ?? 0;
    heatmap.push({
      day: Math.floor(cell / 24),
      hour: cell % 24,
      minutes: sums[at + MINUTES] ?? 0,
      avgEnergy: rated > 0 ? (sums[at + ENERGY] ?? 0) / rated : null,
    });
  }
  const categoryKey = (slot: number) => categories[slot - 1]?.id ?? '';
  return {
    total: tallyAt(sums, TOTAL),
    byCategory: categoryRows.map(({ seen: _seen, order: _order, ...row }) => row),
    byLean: leanTalliesAt(sums, LEANS),
    weeks: span.weeks.map((week, w) => {
      const minutesByCategory = Object.create(null) as Record<string, number>;
      for (let slot = 0; slot < slotCount; slot += 1) {
        const at = WEEK_CATEGORIES + (w * slotCount + slot) * SLOTS;
        if (sums[at + COUNT]) minutesByCategory[categoryKey(slot)] = sums[at + MINUTES] ?? 0;
      }
      return {
        ...week,
        ...tallyAt(sums, WEEKS + w * SLOTS),
        byLean: leanTalliesAt(sums, WEEK_LEANS + w * 4 * SLOTS),
        minutesByCategory,
      };
    }),
    days: span.dates.map((date, d) => {
      const at = DAYS + d * SLOTS;
      const rated = sums[at + RATED] ?? 0;
      return {
        date,
        count: sums[at + COUNT] ?? 0,
        minutes: sums[at + MINUTES] ?? 0,
        ratedMinutes: rated,
        avgEnergy: rated > 0 ? (sums[at + ENERGY] ?? 0) / rated : null,
      };
    }),
    heatmap,
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
