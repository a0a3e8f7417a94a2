/**
 * Retrospectives, brag document and feedback log: the pure rules (issue 6).
 * No React, Dexie or clock here: "today" is always passed in as a `yyyy-MM-dd` string.
 */
import type { Competency, Feedback, Framework, Retro, Tagged } from '../types/entities';
import { compareText } from './order';

export type JournalKind = 'retro' | 'brag' | 'feedback';

// ---------- Dates ----------

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from `from` to `to` (both `yyyy-MM-dd`), negative when `to` is earlier. Calendar days, no DST drift. */
export function daysBetween(from: string, to: string): number {
  const ms = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((ms(to) - ms(from)) / DAY_MS);
}

/** The calendar date part of an ISO instant (as written, i.e. in UTC for our `toISOString()` stamps). */
export function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

// ---------- Quarters (brag timeline) ----------

export interface QuarterKey {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const QUARTER_MONTHS = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'] as const;

export function quarterOf(date: string): QuarterKey {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterKey['quarter'] };
}

export function quarterLabel({ year, quarter }: QuarterKey): string {
  return `${year} Q${quarter} (${QUARTER_MONTHS[quarter - 1]})`;
}

export interface QuarterGroup<T> extends QuarterKey {
  key: string;
  label: string;
  entries: T[];
}

/**
 * Groups dated entries by calendar quarter, newest quarter first; inside a quarter, newest date first
 * (ties keep a stable order by `createdAt`, newest first).
 */
export function groupByQuarter<T extends { date: string; createdAt: string }>(
  entries: readonly T[],
): QuarterGroup<T>[] {
  const sorted = [...entries].sort(
    (a, b) => compareDesc(a.date, b.date) || compareDesc(a.createdAt, b.createdAt),
  );
  const groups: QuarterGroup<T>[] = [];
  for (const entry of sorted) {
    const q = quarterOf(entry.date);
    const key = `${q.year}-Q${q.quarter}`;
    const last = groups.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else groups.push({ ...q, key, label: quarterLabel(q), entries: [entry] });
  }
  return groups;
}

/** Newest first: `compareText` the other way round. */
function compareDesc(a: string, b: string): number {
  return compareText(b, a);
}

/** Entries with `from <= date <= to` (either bound may be null for open-ended), newest first. */
export function inDateRange<T extends { date: string }>(
  entries: readonly T[],
  from: string | null,
  to: string | null,
): T[] {
  return entries
    .filter((e) => (from === null || e.date >= from) && (to === null || e.date <= to))
    .sort((a, b) => compareDesc(a.date, b.date));
}

// ---------- Feedback ----------

/** Asked for, but no answer logged yet. */
export function isPendingFeedback(item: Feedback): boolean {
  return item.askedOn !== null && item.receivedOn === null && item.content.trim() === '';
}

/** Pending requests, the one waiting longest first, with how many days each has waited. */
export function pendingFeedback(
  items: readonly Feedback[],
  today: string,
): { item: Feedback; askedOn: string; daysWaiting: number }[] {
  return items
    .filter(isPendingFeedback)
    .map((item) => {
      const askedOn = item.askedOn ?? today;
      return { item, askedOn, daysWaiting: Math.max(0, daysBetween(askedOn, today)) };
    })
    .sort((a, b) => b.daysWaiting - a.daysWaiting || a.item.createdAt.localeCompare(b.item.createdAt));
}

/**
 * Whole weeks since feedback was last asked for (asks dated after today are ignored); null if never.
 */
export function weeksSinceLastAsked(items: readonly Feedback[], today: string): number | null {
  let last: string | null = null;
  for (const item of items) {
    if (item.askedOn !== null && item.askedOn <= today && (last === null || item.askedOn > last))
      last = item.askedOn;
  }
  return last === null ? null : Math.floor(daysBetween(last, today) / 7);
}

/** A gentle line about the last ask; never scolding. */
export function lastAskedMessage(weeks: number | null): string {
  if (weeks === null)
    return 'You have not logged a request for feedback yet. Your next 1:1 is a good moment to ask.';
  if (weeks === 0) return 'You asked for feedback this week. Nice.';
  if (weeks === 1) return 'You last asked for feedback 1 week ago.';
  if (weeks < 4) return `You last asked for feedback ${weeks} weeks ago.`;
  return `You last asked for feedback ${weeks} weeks ago. Perhaps ask someone after your next milestone or 1:1?`;
}

/** The date an item is filed under: received, else asked, else created. */
export function feedbackDate(item: Feedback): string {
  return item.receivedOn ?? item.askedOn ?? dayOf(item.createdAt);
}

// ---------- Retros ----------

/** The date a retro is filed under: end date, else start date, else last edit. */
export function retroDate(retro: Retro): string {
  return retro.endDate ?? retro.startDate ?? dayOf(retro.updatedAt);
}

/** Years that have at least one retro, newest first. */
export function retroYears(retros: readonly Retro[]): number[] {
  return [...new Set(retros.map((r) => Number(retroDate(r).slice(0, 4))))].sort((a, b) => b - a);
}

export interface RetroFilter {
  year: number | null;
  competencyId: string | null;
}

export function filterRetros<R extends Tagged<Retro>>(retros: readonly R[], filter: RetroFilter): R[] {
  return retros
    .filter(
      (r) =>
        (filter.year === null || Number(retroDate(r).slice(0, 4)) === filter.year) &&
        (filter.competencyId === null || r.competencyIds.includes(filter.competencyId)),
    )
    .sort((a, b) => compareDesc(retroDate(a), retroDate(b)) || compareDesc(a.updatedAt, b.updatedAt));
}

/**
 * True when a retro holds nothing the user gave it: no text, no dates, no answer, no competency, still a
 * draft. Such a retro is not kept once it is left (issue 15: a new retro opened and left empty).
 */
export function isBlankRetro(
  retro: Pick<
    Tagged<Retro>,
    | 'project'
    | 'role'
    | 'wentWell'
    | 'didNotGoWell'
    | 'prevention'
    | 'change'
    | 'overEngineeredNote'
    | 'startDate'
    | 'endDate'
    | 'overEngineered'
    | 'competencyIds'
    | 'status'
  >,
): boolean {
  const texts = [
    retro.project,
    retro.role,
    retro.wentWell,
    retro.didNotGoWell,
    retro.prevention,
    retro.change,
    retro.overEngineeredNote,
  ];
  return (
    texts.every((text) => text.trim() === '') &&
    retro.startDate === null &&
    retro.endDate === null &&
    retro.overEngineered === null &&
    retro.competencyIds.length === 0 &&
    retro.status === 'draft'
  );
}

/** A readable title for a retro, even an untitled draft. */
export function retroTitle(retro: Pick<Retro, 'project'>): string {
  return retro.project.trim() || 'Untitled project';
}

// ---------- Competencies and linking ----------

export interface CompetencyGroup {
  frameworkId: string;
  frameworkName: string;
  competencies: Competency[];
}

/** Active competencies for pickers, grouped by framework (by framework name), in framework order. */
export function competencyOptions(
  frameworks: readonly Framework[],
  competencies: readonly Competency[],
): CompetencyGroup[] {
  const byFramework = new Map(frameworks.filter((f) => !f.archived).map((f) => [f.id, f]));
  const groups = new Map<string, CompetencyGroup>();
  for (const c of competencies) {
    const framework = byFramework.get(c.frameworkId);
    if (!framework || c.archived) continue;
    const group = groups.get(framework.id) ?? {
      frameworkId: framework.id,
      frameworkName: framework.name,
      competencies: [],
    };
    group.competencies.push(c);
    groups.set(framework.id, group);
  }
  const result = [...groups.values()].sort((a, b) => a.frameworkName.localeCompare(b.frameworkName));
  for (const g of result) g.competencies.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  return result;
}

/** Competency names by id (archived ones included, so old tags still read well). */
export function competencyNames(competencies: readonly Competency[]): Map<string, string> {
  return new Map(competencies.map((c) => [c.id, c.name]));
}
