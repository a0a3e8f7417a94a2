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

/**
 * The hours of the week as 7 × 24 cells, Monday 00:00 first: cell `day × 24 + hour` of each array (two
 * arrays of numbers rather than 168 objects; heatCell reads one cell as a HeatCell).
 */
export interface HeatGrid {
  minutes: Float64Array;
  /** Time-weighted average energy, NaN where nothing was rated. */
  avgEnergy: Float64Array;
}

export interface AuditSummary {
  total: Tally;
  /**
   * Sorted by minutes, most first, then by the category's order, then by its place in the list
   * (uncategorised last): never by the order the activities were logged in, so a summary gathered ahead
   * (audit-digest.ts) comes out the same. Includes an "uncategorised" row when any activity lacks a
   * category.
   */
  byCategory: CategoryTally[];
  byLean: Record<LeanBucket, Tally>;
  weeks: WeekTally[];
  /** Every day of the audit, in order (days with nothing logged have zero minutes). */
  days: DayTally[];
  /** Minutes and average energy per hour of the week; only activities with a start time are placed. */
  heatmap: HeatGrid;
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
// activities, often before the engine has optimised it. So it does as little as it can, per activity
// and per summary:
// - One pass over the activities, which allocates nothing. Every sum lives in one reused typed array,
//   `sums` (a tally is four numbers: count, minutes, rated minutes, energy × minutes). Each activity adds
//   to its day's tally, its week × category tally and the hours of the week it covers, the additions
//   written out in the loop (a helper call costs more than the addition until the loop is optimised).
//   A date's day comes from a map built once per audit span, and from the previous activity's while the
//   date stays the same (the log comes sorted by date); a category's slot from an object built once per
//   category list; a start time's hour and minute from its digits.
// - Every other tally is folded from the week × category ones after the pass: a few hundred additions,
//   however many activities there are.
// - Objects only for the result, a fixed number of them per audit, each built whole (a spread or a rest
//   copies property by property); the heatmap's 168 hours are two typed arrays, not 168 objects.
// - Each step is a function of its own, which the engine optimises as soon as it is hot, and no
//   arithmetic sits on a branch the first summaries may never take (its first use would send the
//   optimised code back to the interpreter).
// The straightforward version all this replaced is kept as the reference it is property-tested against
// (tests/unit/support/audit-reference.ts).
//
// The pass is one way to fill the sums; the other is to copy them from sums gathered ahead and stored
// (`summariseGathered`, which audit-digest.ts feeds from a stored per-audit digest). Everything after
// the sums is shared, so both give the very same summary for the same sums.

const COUNT = 0;
const MINUTES = 1;
const RATED = 2;
const ENERGY = 3;
const SLOTS = 4;
const HOURS = 7 * 24;

const LEAN_INDEX: Record<LeanBucket, number> = { staff: 0, em: 1, neutral: 2, unassigned: 3 };
const UNASSIGNED = 3;

/** Adds the tally at offset `from` of `sums` to the one at `into`. */
function addTally(sums: Float64Array, into: number, from: number) {
  sums[into + COUNT] = (sums[into + COUNT] ?? 0) + (sums[from + COUNT] ?? 0);
  sums[into + MINUTES] = (sums[into + MINUTES] ?? 0) + (sums[from + MINUTES] ?? 0);
  sums[into + RATED] = (sums[into + RATED] ?? 0) + (sums[from + RATED] ?? 0);
  sums[into + ENERGY] = (sums[into + ENERGY] ?? 0) + (sums[from + ENERGY] ?? 0);
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
/** The span asked for last: summaries come audit after audit, not in turns. */
let lastSpan: AuditSpan | undefined;

function spanOf(audit: Pick<Audit, 'startDate' | 'weeks'>): AuditSpan {
  if (lastSpan && lastSpan.dates[0] === audit.startDate && lastSpan.weeks.length === audit.weeks) {
    return lastSpan;
  }
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
  lastSpan = span;
  return span;
}

/** The audit's day index of `date`, or -1 outside the audit. Allocation-free after the first call. */
export function auditDayIndex(audit: Pick<Audit, 'startDate' | 'weeks'>, date: string): number {
  return spanOf(audit).dayIndex.get(date) ?? -1;
}

type CategoryList = readonly Pick<AuditCategory, 'id' | 'name' | 'lean' | 'color' | 'order'>[];

/** A category list's slots in `sums`: slot 0 is "uncategorised", slot i + 1 is the list's item i. */
interface CategorySlots {
  /**
   * Slot of each id (a repeated id maps to its last category, as a Map built from the list would). An
   * object without prototype rather than a Map: the pass looks up every activity's category, and a
   * property read is the cheaper lookup.
   */
  slotById: Readonly<Record<string, number>>;
  /** Each slot's lean, as a LEAN_INDEX. */
  leanOfSlot: readonly number[];
}

/**
 * Slots per category list, built once per list: a list is never changed in place (it is a query result
 * or React state, replaced whole on any change), so its identity stands for its content.
 */
const slotsByList = new WeakMap<CategoryList, CategorySlots>();

function slotsOf(categories: CategoryList): CategorySlots {
  let slots = slotsByList.get(categories);
  if (!slots) {
    const slotById = Object.create(null) as Record<string, number>;
    const leanOfSlot = [UNASSIGNED];
    categories.forEach((category, i) => {
      slotById[category.id] = i + 1;
      leanOfSlot.push(LEAN_INDEX[category.lean]);
    });
    slots = { slotById, leanOfSlot };
    slotsByList.set(categories, slots);
  }
  return slots;
}

/** Offsets of the blocks of `sums`, one after the other. */
interface Blocks {
  /** A tally per day of the audit. */
  days: number;
  /** A tally per week and category slot (week × slotCount + slot). */
  weekCategories: number;
  /** Minutes, rated minutes and energy × minutes per hour of the week: three blocks of 168 numbers. */
  heatMinutes: number;
  heatRated: number;
  heatEnergy: number;
  /** The pass's counters (DELEGABLE … UNTIMED). */
  counters: number;
  /** Tallies folded after the pass. */
  total: number;
  leans: number;
  categories: number;
  weeks: number;
  /** Week × lean (week × 4 + lean). */
  weekLeans: number;
  /** Numbers in all. */
  size: number;
}

const DELEGABLE = 0;
const NOT_MOST_IMPORTANT = 1;
const REFLECTED = 2;
const OUTSIDE = 3;
const UNTIMED = 4;

function blocksOf(dayCount: number, weekCount: number, slotCount: number): Blocks {
  const days = 0;
  const weekCategories = days + dayCount * SLOTS;
  const heatMinutes = weekCategories + weekCount * slotCount * SLOTS;
  const heatRated = heatMinutes + HOURS;
  const heatEnergy = heatRated + HOURS;
  const counters = heatEnergy + HOURS;
  const total = counters + UNTIMED + 1;
  const leans = total + SLOTS;
  const categories = leans + 4 * SLOTS;
  const weeks = categories + slotCount * SLOTS;
  const weekLeans = weeks + weekCount * SLOTS;
  const size = weekLeans + weekCount * 4 * SLOTS;
  return {
    days,
    weekCategories,
    heatMinutes,
    heatRated,
    heatEnergy,
    counters,
    total,
    leans,
    categories,
    weeks,
    weekLeans,
    size,
  };
}

/**
 * The pass: adds each activity to its day's tally, its week × category tally and the hours of the week it
 * covers, and counts the rest into the counters. The hot loop of the summary; see the module's notes for
 * why it is written out.
 */
function tallyActivities(
  entries: readonly AggregatedEntry[],
  span: AuditSpan,
  slotById: Readonly<Record<string, number>>,
  slotCount: number,
  sums: Float64Array,
  blocks: Blocks,
) {
  const { dayIndex, startWeekday } = span;
  const { days, weekCategories, heatMinutes, heatRated, heatEnergy } = blocks;
  let delegable = 0;
  let notMostImportant = 0;
  let reflected = 0;
  // Activities inside the audit: those outside are the rest (no count on their branch, which the first
  // summaries, of one audit's activities, never take).
  let inside = 0;
  let untimed = 0;
  // What the date gives: its day, that day's tally, its week's first week × category tally, and its
  // first hour of the week; kept while the date stays the same.
  let lastDate = '';
  let day = -1;
  let dayAt = 0;
  let weekAt = 0;
  let firstHour = 0;
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i] as AggregatedEntry;
    if (entry.date !== lastDate) {
      lastDate = entry.date;
      day = dayIndex.get(lastDate) ?? -1;
      dayAt = days + day * SLOTS;
      weekAt = weekCategories + Math.floor(day / 7) * slotCount * SLOTS;
      firstHour = ((startWeekday + day) % 7) * 24;
    }
    if (day < 0) continue;
    inside += 1;
    const categoryId = entry.categoryId;
    const slot = categoryId ? (slotById[categoryId] ?? 0) : 0;
    const minutes = entry.minutes;
    const energy = entry.energy;
    const cellAt = weekAt + slot * SLOTS;
    sums[dayAt + COUNT] = (sums[dayAt + COUNT] ?? 0) + 1;
    sums[dayAt + MINUTES] = (sums[dayAt + MINUTES] ?? 0) + minutes;
    sums[cellAt + COUNT] = (sums[cellAt + COUNT] ?? 0) + 1;
    sums[cellAt + MINUTES] = (sums[cellAt + MINUTES] ?? 0) + minutes;
    if (energy !== null) {
      sums[dayAt + RATED] = (sums[dayAt + RATED] ?? 0) + minutes;
      sums[dayAt + ENERGY] = (sums[dayAt + ENERGY] ?? 0) + energy * minutes;
      sums[cellAt + RATED] = (sums[cellAt + RATED] ?? 0) + minutes;
      sums[cellAt + ENERGY] = (sums[cellAt + ENERGY] ?? 0) + energy * minutes;
    }

    if (entry.delegable === true) delegable += minutes;
    if (entry.mostImportant === false) notMostImportant += minutes;
    if (entry.delegable !== null || entry.mostImportant !== null) reflected += minutes;

    const startTime = entry.startTime;
    if (startTime === null) {
      untimed += 1;
      continue;
    }
    // Spread the activity over the hours it covers: what is left of its first hour, then whole hours,
    // Monday 00:00 following Sunday 23:00 (past midnight it continues on the next day). The start time
    // is "HH:mm", as the schema has it, read digit by digit ('0' is 48, so two digits carry 11 × 48);
    // anything else as clockToMinutes reads it.
    let hourOfDay: number;
    let minute: number;
    if (startTime.length === 5 && startTime.charCodeAt(2) === 58 /* ':' */) {
      hourOfDay = startTime.charCodeAt(0) * 10 + startTime.charCodeAt(1) - 528;
      minute = startTime.charCodeAt(3) * 10 + startTime.charCodeAt(4) - 528;
    } else {
      const at = clockToMinutes(startTime);
      minute = at % 60;
      hourOfDay = (at - minute) / 60;
    }
    let hour = firstHour + hourOfDay;
    while (hour >= HOURS) hour -= HOURS;
    let room = 60 - minute;
    let left = minutes;
    while (left > 0) {
      const inThisHour = left < room ? left : room;
      sums[heatMinutes + hour] = (sums[heatMinutes + hour] ?? 0) + inThisHour;
      if (energy !== null) {
        sums[heatRated + hour] = (sums[heatRated + hour] ?? 0) + inThisHour;
        sums[heatEnergy + hour] = (sums[heatEnergy + hour] ?? 0) + energy * inThisHour;
      }
      left -= inThisHour;
      room = 60;
      hour = hour === HOURS - 1 ? 0 : hour + 1;
    }
  }
  const counters = blocks.counters;
  sums[counters + DELEGABLE] = delegable;
  sums[counters + NOT_MOST_IMPORTANT] = notMostImportant;
  sums[counters + REFLECTED] = reflected;
  sums[counters + OUTSIDE] = entries.length - inside;
  sums[counters + UNTIMED] = untimed;
}

/**
 * Folds each week × category tally into its week, its week × lean and its category, then each week ×
 * lean into its lean and the leans into the total (sums of whole numbers, so the order of adding
 * changes nothing).
 */
function foldTallies(
  sums: Float64Array,
  blocks: Blocks,
  weekCount: number,
  slotCount: number,
  leanOfSlot: readonly number[],
) {
  const { weekCategories, weeks, weekLeans, categories, leans } = blocks;
  for (let week = 0; week < weekCount; week += 1) {
    for (let slot = 0; slot < slotCount; slot += 1) {
      const at = weekCategories + (week * slotCount + slot) * SLOTS;
      if (sums[at + COUNT] === 0) continue;
      addTally(sums, weeks + week * SLOTS, at);
      addTally(sums, weekLeans + (week * 4 + (leanOfSlot[slot] ?? UNASSIGNED)) * SLOTS, at);
      addTally(sums, categories + slot * SLOTS, at);
    }
    for (let lean = 0; lean < 4; lean += 1) {
      addTally(sums, leans + lean * SLOTS, weekLeans + (week * 4 + lean) * SLOTS);
    }
  }
  for (let lean = 0; lean < 4; lean += 1) addTally(sums, blocks.total, leans + lean * SLOTS);
}

/**
 * A row per category met (a slot with activities), by minutes (most first), then by the category's
 * order, then by its place in the list, uncategorised last: each row inserted after those that come
 * before it, among a dozen or so. Nothing depends on the order the activities came in.
 */
function categoryRows(
  sums: Float64Array,
  blocks: Blocks,
  categories: CategoryList,
  slotCount: number,
): CategoryTally[] {
  const rows: CategoryTally[] = [];
  // Each row's category order and place (its slot; uncategorised after every category), for ties.
  const orders: number[] = [];
  const places: number[] = [];
  for (let slot = 0; slot < slotCount; slot += 1) {
    const at = blocks.categories + slot * SLOTS;
    const count = sums[at + COUNT] ?? 0;
    if (count === 0) continue;
    const minutes = sums[at + MINUTES] ?? 0;
    const rated = sums[at + RATED] ?? 0;
    const category = slot > 0 ? categories[slot - 1] : undefined;
    const order = category ? category.order : Number.MAX_SAFE_INTEGER;
    const place = slot > 0 ? slot : slotCount;
    let i = rows.length;
    while (i > 0) {
      const before = rows[i - 1]?.minutes ?? 0;
      if (before > minutes) break;
      if (before === minutes) {
        const beforeOrder = orders[i - 1] ?? 0;
        if (beforeOrder < order || (beforeOrder === order && (places[i - 1] ?? 0) < place)) break;
      }
      i -= 1;
    }
    rows.splice(i, 0, {
      count,
      minutes,
      ratedMinutes: rated,
      avgEnergy: rated > 0 ? (sums[at + ENERGY] ?? 0) / rated : null,
      categoryId: category ? category.id : null,
      name: category ? category.name : UNCATEGORISED.name,
      lean: category ? category.lean : 'unassigned',
      color: category ? category.color : UNCATEGORISED.color,
    });
    orders.splice(i, 0, order);
    places.splice(i, 0, place);
  }
  return rows;
}

function weekTallies(sums: Float64Array, blocks: Blocks, span: AuditSpan): WeekTally[] {
  const weeks: WeekTally[] = [];
  for (let w = 0; w < span.weeks.length; w += 1) {
    const week = span.weeks[w] as AuditWeek;
    const at = blocks.weeks + w * SLOTS;
    const rated = sums[at + RATED] ?? 0;
    weeks.push({
      index: week.index,
      start: week.start,
      end: week.end,
      count: sums[at + COUNT] ?? 0,
      minutes: sums[at + MINUTES] ?? 0,
      ratedMinutes: rated,
      avgEnergy: rated > 0 ? (sums[at + ENERGY] ?? 0) / rated : null,
      byLean: leanTalliesAt(sums, blocks.weekLeans + w * 4 * SLOTS),
    });
  }
  return weeks;
}

function dayTallies(sums: Float64Array, blocks: Blocks, span: AuditSpan): DayTally[] {
  const days: DayTally[] = [];
  for (let d = 0; d < span.dates.length; d += 1) {
    const at = blocks.days + d * SLOTS;
    const rated = sums[at + RATED] ?? 0;
    days.push({
      date: span.dates[d] as string,
      count: sums[at + COUNT] ?? 0,
      minutes: sums[at + MINUTES] ?? 0,
      ratedMinutes: rated,
      avgEnergy: rated > 0 ? (sums[at + ENERGY] ?? 0) / rated : null,
    });
  }
  return days;
}

/** The heatmap: a copy of the minutes block, and one of the energy block divided by the rated minutes. */
function heatGrid(sums: Float64Array, blocks: Blocks): HeatGrid {
  const minutes = sums.slice(blocks.heatMinutes, blocks.heatMinutes + HOURS);
  const avgEnergy = sums.slice(blocks.heatEnergy, blocks.heatEnergy + HOURS);
  for (let cell = 0; cell < HOURS; cell += 1) {
    // 0 / 0 is NaN: an hour with nothing rated has no energy either.
    avgEnergy[cell] = (avgEnergy[cell] ?? 0) / (sums[blocks.heatRated + cell] ?? 0);
  }
  return { minutes, avgEnergy };
}

/** The heatmap's cell at `day` (0 = Monday … 6 = Sunday) and `hour`. */
export function heatCell(heatmap: HeatGrid, day: number, hour: number): HeatCell {
  const cell = day * 24 + hour;
  const avgEnergy = heatmap.avgEnergy[cell] ?? Number.NaN;
  return {
    day,
    hour,
    minutes: heatmap.minutes[cell] ?? 0,
    avgEnergy: Number.isNaN(avgEnergy) ? null : avgEnergy,
  };
}

/** The summary of the sums once filled (by the pass or from gathered sums): the folds, then the rows. */
function summaryOfSums(
  span: AuditSpan,
  categories: CategoryList,
  leanOfSlot: readonly number[],
  sums: Float64Array,
  blocks: Blocks,
): AuditSummary {
  const weekCount = span.weeks.length;
  const slotCount = leanOfSlot.length;
  foldTallies(sums, blocks, weekCount, slotCount, leanOfSlot);
  const counters = blocks.counters;
  return {
    total: tallyAt(sums, blocks.total),
    byCategory: categoryRows(sums, blocks, categories, slotCount),
    byLean: leanTalliesAt(sums, blocks.leans),
    weeks: weekTallies(sums, blocks, span),
    days: dayTallies(sums, blocks, span),
    heatmap: heatGrid(sums, blocks),
    delegableMinutes: sums[counters + DELEGABLE] ?? 0,
    notMostImportantMinutes: sums[counters + NOT_MOST_IMPORTANT] ?? 0,
    reflectedMinutes: sums[counters + REFLECTED] ?? 0,
    outsideCount: sums[counters + OUTSIDE] ?? 0,
    untimedCount: sums[counters + UNTIMED] ?? 0,
  };
}

export function summariseAudit(
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  entries: readonly AggregatedEntry[],
  categories: CategoryList,
): AuditSummary {
  const span = spanOf(audit);
  const { slotById, leanOfSlot } = slotsOf(categories);
  const slotCount = leanOfSlot.length;
  const blocks = blocksOf(span.dates.length, span.weeks.length, slotCount);
  const sums = scratchSums(blocks.size);
  tallyActivities(entries, span, slotById, slotCount, sums, blocks);
  return summaryOfSums(span, categories, leanOfSlot, sums, blocks);
}

/**
 * What the pass adds up, gathered ahead for one audit span and kept per category id (never per lean, so
 * renaming or re-leaning a category changes nothing in it). Every tally is four whole numbers: count,
 * minutes, rated minutes, energy × minutes. audit-digest.ts keeps these per audit.
 */
export interface GatheredSums {
  /** A tally per day of the audit, in order: `days[day × 4 + k]`. */
  days: readonly number[];
  /** Per category id met (null, empty and unknown ids are uncategorised): a tally per week of the audit. */
  categories: readonly { categoryId: string | null; weeks: readonly number[] }[];
  /** Per hour of the week (Monday 00:00 first): minutes, rated minutes and energy × minutes. */
  heatMinutes: readonly number[];
  heatRated: readonly number[];
  heatEnergy: readonly number[];
  delegableMinutes: number;
  notMostImportantMinutes: number;
  reflectedMinutes: number;
  outsideCount: number;
  untimedCount: number;
}

/** Copies gathered sums into the summary's sums: what the pass would have added up. */
function copyGathered(
  gathered: GatheredSums,
  span: AuditSpan,
  slotById: Readonly<Record<string, number>>,
  slotCount: number,
  sums: Float64Array,
  blocks: Blocks,
) {
  const dayNumbers = span.dates.length * SLOTS;
  const days = gathered.days;
  for (let i = 0; i < dayNumbers; i += 1) sums[blocks.days + i] = days[i] ?? 0;
  const weekCount = span.weeks.length;
  const rows = gathered.categories;
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] as GatheredSums['categories'][number];
    const categoryId = row.categoryId;
    const slot = categoryId ? (slotById[categoryId] ?? 0) : 0;
    const weeks = row.weeks;
    for (let week = 0; week < weekCount; week += 1) {
      const at = blocks.weekCategories + (week * slotCount + slot) * SLOTS;
      const from = week * SLOTS;
      sums[at + COUNT] = (sums[at + COUNT] ?? 0) + (weeks[from + COUNT] ?? 0);
      sums[at + MINUTES] = (sums[at + MINUTES] ?? 0) + (weeks[from + MINUTES] ?? 0);
      sums[at + RATED] = (sums[at + RATED] ?? 0) + (weeks[from + RATED] ?? 0);
      sums[at + ENERGY] = (sums[at + ENERGY] ?? 0) + (weeks[from + ENERGY] ?? 0);
    }
  }
  const { heatMinutes, heatRated, heatEnergy } = gathered;
  for (let hour = 0; hour < HOURS; hour += 1) {
    sums[blocks.heatMinutes + hour] = heatMinutes[hour] ?? 0;
    sums[blocks.heatRated + hour] = heatRated[hour] ?? 0;
    sums[blocks.heatEnergy + hour] = heatEnergy[hour] ?? 0;
  }
  const counters = blocks.counters;
  sums[counters + DELEGABLE] = gathered.delegableMinutes;
  sums[counters + NOT_MOST_IMPORTANT] = gathered.notMostImportantMinutes;
  sums[counters + REFLECTED] = gathered.reflectedMinutes;
  sums[counters + OUTSIDE] = gathered.outsideCount;
  sums[counters + UNTIMED] = gathered.untimedCount;
}

/**
 * The summary of sums gathered ahead for this audit's span (`gathered` must be of the same start date
 * and weeks): the same as summariseAudit over the activities they were gathered from, without reading
 * them. A few hundred numbers are copied, however many activities there were.
 */
export function summariseGathered(
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  gathered: GatheredSums,
  categories: CategoryList,
): AuditSummary {
  const span = spanOf(audit);
  const { slotById, leanOfSlot } = slotsOf(categories);
  const slotCount = leanOfSlot.length;
  const blocks = blocksOf(span.dates.length, span.weeks.length, slotCount);
  const sums = scratchSums(blocks.size);
  copyGathered(gathered, span, slotById, slotCount, sums, blocks);
  return summaryOfSums(span, categories, leanOfSlot, sums, blocks);
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
