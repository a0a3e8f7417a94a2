/**
 * The quick-entry line: one line of text becomes one logged activity.
 *
 *   Design review 45m #reviews +1 @14:00
 *
 * Grammar: the line is a title followed by optional tokens, in any order, at its end. Tokens are read
 * from the right; the first word that is not a token ends them and everything before it is the title
 * (so "Sprint 2 planning 1h" is titled "Sprint 2 planning").
 *   duration   45m · 90min · 1h · 1h30 · 1h30m · 1.5h       (1 minute … 24 hours)
 *   category   #word — the first category (in the user's order) whose name starts with the word, or
 *              else one of whose words does; spaces in names are written as "-" (#design-architecture)
 *   energy     +2 · +1 · +0 / ±0 / -0 · -1 · -2   (a sign is required, so numbers in titles stay titles;
 *              "−" works as well as "-")
 *   start      @9:30 · @0930 · @14:00
 * Each token may appear once. Whatever is missing is filled from the last entry (duration, category,
 * start right after it on the same day); energy is never guessed.
 */
import type { AuditCategory } from '../types/entities';
import { clockToMinutes, minutesToClock } from './audit';

export interface QuickEntry {
  title: string;
  minutes: number | null;
  startTime: string | null;
  categoryId: string | null;
  energy: number | null;
}

export type QuickParse = { ok: true; value: QuickEntry } | { ok: false; error: string };

type CategoryLike = Pick<AuditCategory, 'id' | 'name' | 'order' | 'archived'>;

export const MAX_TITLE_LENGTH = 200;

/** A category name as a tag: lower case, runs of anything but letters, digits and ":" become "-". */
export function categorySlug(name: string): string {
  return name
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}:]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The category a `#tag` names: exact slug, else slug prefix, else a word of the name; first by order. */
export function matchCategoryTag<C extends CategoryLike>(tag: string, categories: readonly C[]): C | null {
  const wanted = categorySlug(tag);
  if (!wanted) return null;
  const active = categories.filter((c) => !c.archived).sort((a, b) => a.order - b.order);
  const slugs = active.map((c) => [c, categorySlug(c.name)] as const);
  return (
    slugs.find(([, slug]) => slug === wanted)?.[0] ??
    slugs.find(([, slug]) => slug.startsWith(wanted))?.[0] ??
    slugs.find(([, slug]) => slug.split('-').some((word) => word.startsWith(wanted)))?.[0] ??
    null
  );
}

export function parseDuration(token: string): number | null {
  let match = /^(\d{1,2})h(?:([0-5]?\d)m?)?$/i.exec(token);
  if (match) return Number(match[1]) * 60 + Number(match[2] ?? 0);
  match = /^(\d{1,4})m(?:in)?$/i.exec(token);
  if (match) return Number(match[1]);
  match = /^(\d{1,2})[.,](\d)h$/i.exec(token);
  if (match) return Number(match[1]) * 60 + Number(match[2]) * 6;
  return null;
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
}

function parseEnergy(token: string): number | null {
  const match = /^([+\-−±])([0-2])$/.exec(token);
  if (!match) return null;
  const value = Number(match[2]);
  if (match[1] === '±') return value === 0 ? 0 : null;
  return match[1] === '+' ? value : -value || 0;
}

function parseStart(token: string): string | null {
  const match = /^@([01]?\d|2[0-3]):?([0-5]\d)$/.exec(token);
  if (!match) return null;
  const [, hours = '', minutes = ''] = match;
  return `${hours.padStart(2, '0')}:${minutes}`;
}

export function formatEnergyToken(energy: number): string {
  return energy > 0 ? `+${energy}` : energy < 0 ? `-${-energy}` : '±0';
}

export function parseQuickEntry(line: string, categories: readonly CategoryLike[]): QuickParse {
  const words = [...line.matchAll(/\S+/g)];
  const found: {
    minutes?: number;
    startTime?: string;
    tag?: string;
    energy?: number;
  } = {};
  let titleEnd = line.length;
  const twice = (name: string, token: string): QuickParse => ({
    ok: false,
    error: `Give only one ${name} (found “${token}” as well).`,
  });
  // The first word is always part of the title, so a line is never all tokens.
  for (const word of words.slice(1).reverse()) {
    const token = word[0];
    const minutes = parseDuration(token);
    const energy = parseEnergy(token);
    const start = parseStart(token);
    if (minutes !== null) {
      if (found.minutes !== undefined) return twice('duration', token);
      found.minutes = minutes;
    } else if (energy !== null) {
      if (found.energy !== undefined) return twice('energy', token);
      found.energy = energy;
    } else if (start !== null) {
      if (found.startTime !== undefined) return twice('start time', token);
      found.startTime = start;
    } else if (/^#\S+$/.test(token)) {
      if (found.tag !== undefined) return twice('category', token);
      found.tag = token.slice(1);
    } else {
      break;
    }
    titleEnd = word.index;
  }
  const title = line.slice(0, titleEnd).trim();
  if (!title) return { ok: false, error: 'Start with what you did, e.g. “Design review 45m”.' };
  if (title.length > MAX_TITLE_LENGTH) {
    return { ok: false, error: `Keep the title under ${MAX_TITLE_LENGTH} characters.` };
  }
  if (found.minutes !== undefined && (found.minutes < 1 || found.minutes > 24 * 60)) {
    return { ok: false, error: 'A duration is between 1 minute and 24 hours.' };
  }
  let categoryId: string | null = null;
  if (found.tag !== undefined) {
    const category = matchCategoryTag(found.tag, categories);
    if (!category) return { ok: false, error: `No category matches “#${found.tag}”.` };
    categoryId = category.id;
  }
  return {
    ok: true,
    value: {
      title,
      minutes: found.minutes ?? null,
      startTime: found.startTime ?? null,
      categoryId,
      energy: found.energy ?? null,
    },
  };
}

/** The line that parses back to `entry` (title first, then duration, start, category and energy). */
export function formatQuickEntry(entry: QuickEntry, categories: readonly CategoryLike[]): string {
  const parts = [entry.title];
  if (entry.minutes !== null) parts.push(formatDuration(entry.minutes));
  if (entry.startTime !== null) parts.push(`@${entry.startTime}`);
  if (entry.categoryId !== null) {
    const category = categories.find((c) => c.id === entry.categoryId);
    if (category) parts.push(`#${categorySlug(category.name)}`);
  }
  if (entry.energy !== null) parts.push(formatEnergyToken(entry.energy));
  return parts.join(' ');
}

export interface LastEntry {
  date: string;
  startTime: string | null;
  minutes: number;
  categoryId: string | null;
}

export const DEFAULT_MINUTES = 30;

/**
 * Fills what the line left out from the last entry: its duration and category, and a start right after
 * it when it was on the same day and had a start time. Energy is left unrated rather than guessed.
 */
export function withDefaults(
  entry: QuickEntry,
  date: string,
  last: LastEntry | null,
): {
  title: string;
  minutes: number;
  startTime: string | null;
  categoryId: string | null;
  energy: number | null;
} {
  const minutes = entry.minutes ?? last?.minutes ?? DEFAULT_MINUTES;
  let startTime = entry.startTime;
  if (startTime === null && last && last.date === date && last.startTime !== null) {
    const next = clockToMinutes(last.startTime) + last.minutes;
    // Only when the next slot still fits in the same day.
    if (next + minutes <= 24 * 60) startTime = minutesToClock(next);
  }
  return {
    title: entry.title,
    minutes,
    startTime,
    categoryId: entry.categoryId ?? last?.categoryId ?? null,
    energy: entry.energy,
  };
}
