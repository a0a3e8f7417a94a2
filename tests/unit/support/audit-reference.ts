/**
 * The first, simple aggregation of an audit (shared/domain/audit-aggregate.ts before issue 13), kept as
 * the reference the allocation-free summariseAudit is property-tested against. It builds a Map of days
 * and splits every start time into an array: easy to read, slow at five years of data. Kept verbatim but
 * for the per-week minutes by category, which the summary no longer has (nothing read them), and the
 * tie between categories of equal minutes and order, broken by their place in the list rather than by
 * the order the activities were logged in (so a summary gathered ahead agrees). Its heatmap
 * is the list of 168 cells the summary had then; plainSummary reads summariseAudit's two arrays back
 * into that form for the comparison.
 */
import {
  UNCATEGORISED,
  heatCell,
  type AggregatedEntry,
  type AuditSummary,
  type CategoryTally,
  type HeatCell,
  type LeanBucket,
  type Tally,
} from '@shared/domain/audit-aggregate';
import { auditDates, auditWeeks, dayOfWeek, itemAt } from '@shared/domain/audit';
import type { Audit, AuditCategory } from '@shared/types/entities';

/** "HH:mm" → minutes after midnight, as the old clockToMinutes did it (split and Number). */
function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

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

/** A summary with its heatmap as 7 × 24 cells, Monday 00:00 first. */
export type PlainSummary = Omit<AuditSummary, 'heatmap'> & { heatmap: HeatCell[] };

/** summariseAudit's summary in the reference's form: every cell of its heatmap read with heatCell. */
export function plainSummary({ heatmap, ...summary }: AuditSummary): PlainSummary {
  return {
    ...summary,
    heatmap: Array.from({ length: 7 * 24 }, (_, i) => heatCell(heatmap, Math.floor(i / 24), i % 24)),
  };
}

export function referenceSummariseAudit(
  audit: Pick<Audit, 'startDate' | 'weeks'>,
  entries: readonly AggregatedEntry[],
  categories: readonly Pick<AuditCategory, 'id' | 'name' | 'lean' | 'color' | 'order'>[],
): PlainSummary {
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const total = newAcc();
  const byLean = leanAccs();
  const byCategory = new Map<string, Acc>();
  const weeks = auditWeeks(audit).map((week) => ({
    week,
    acc: newAcc(),
    lean: leanAccs(),
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
  // On equal minutes and order, the category's place in the list (the last one of an id, as the Map
  // above keeps it), uncategorised last: never the order the activities were logged in.
  const placeById = new Map(categories.map((c, i) => [c.id, i]));
  const placeOf = (row: CategoryTally) =>
    row.categoryId ? (placeById.get(row.categoryId) ?? 0) : categories.length;
  categoryRows.sort((a, b) => b.minutes - a.minutes || orderOf(a) - orderOf(b) || placeOf(a) - placeOf(b));

  return {
    total: toTally(total),
    byCategory: categoryRows,
    byLean: leanTallies(byLean),
    weeks: weeks.map(({ week, acc, lean }) => ({
      ...week,
      ...toTally(acc),
      byLean: leanTallies(lean),
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
