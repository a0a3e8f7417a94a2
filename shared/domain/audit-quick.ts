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
 *   flags      !  "the most important thing I could have done"   ~  "someone else could have done it"
 *              (each a word of its own; a line without one leaves the question unanswered)
 *   day        yesterday · -3d (days before today) · mon … sun (the latest one, today included);
 *              without it the activity goes on the day shown. The day must be one of the audit's.
 * Each token may appear once. Whatever is missing is filled from the last entry (duration, start right
 * after it on the same day); the category comes from the `#tag`, else from the first keyword rule the
 * title matches, else from the last entry. Energy and the flags are never guessed.
 *
 * Numbers that look like a misplaced energy are refused, so a typo never ends up in the title unnoticed:
 *   - a signed number outside −2…+2 among the tokens (`+3`, `-5`, `±1`);
 *   - a bare single digit (0–9) that is the line's last word (`Design review 45m 2`), or that sits
 *     right after a token (`Review 45m 2 #design`).
 * Numbers inside the title stay there ("Sprint 2 planning 1h", "Top 5 risks 30m"). The refusal carries
 * the other reading (the number kept in the title), which the user can confirm.
 */
import type { Audit, AuditCategory, CategoryRule } from '../types/entities';
import {
  addDays,
  auditEndDate,
  clockToMinutes,
  dayOfWeek,
  isInAudit,
  matchRule,
  minutesToClock,
} from './audit';

/** A day token: some days before today, or the latest such weekday (0 = Monday … 6 = Sunday). */
export type DayToken = { kind: 'ago'; days: number } | { kind: 'weekday'; weekday: number };

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export interface QuickEntry {
  title: string;
  /** The day token, or null for the day shown. */
  day: DayToken | null;
  minutes: number | null;
  startTime: string | null;
  categoryId: string | null;
  energy: number | null;
  /** `!`: true when flagged; a line cannot say "no", so null means "not answered". */
  mostImportant: true | null;
  /** `~`: true when flagged, else null (not answered). */
  delegable: true | null;
}

export type QuickParse =
  | { ok: true; value: QuickEntry }
  | {
      ok: false;
      error: string;
      /**
       * Set when the only problem is a number that looks like a misplaced energy (`token`): `kept` is
       * the line read with that number as part of the title, for when the user confirms it.
       */
      suspect?: { token: string; kept: QuickEntry };
    };

/** The flag tokens, one per audit question. */
export const FLAG_TOKENS = { mostImportant: '!', delegable: '~' } as const;

/**
 * The grammar as people read it, for the quick-entry hint and the shortcut sheet (one list, so they
 * never disagree with the parser).
 */
export const QUICK_ENTRY_TOKENS: readonly { label: string; examples: readonly string[] }[] = [
  { label: 'Duration', examples: ['45m', '1h30'] },
  { label: 'Category', examples: ['#name'] },
  { label: 'Energy (−2 to +2)', examples: ['-1', '+2'] },
  { label: 'Start time', examples: ['@9:30'] },
  { label: 'An earlier day', examples: ['yesterday', '-3d', 'mon'] },
  { label: 'The most important thing', examples: [FLAG_TOKENS.mostImportant] },
  { label: 'Someone else could do it', examples: [FLAG_TOKENS.delegable] },
];

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

/** A signed number that is not an energy (`+3`, `-12`, `±1`): most likely a mistyped one. */
function isOutOfRangeEnergy(token: string): boolean {
  return /^[+\-−±]\d{1,2}$/.test(token) && parseEnergy(token) === null;
}

function parseDay(token: string): DayToken | null {
  const lower = token.toLocaleLowerCase();
  if (lower === 'yesterday') return { kind: 'ago', days: 1 };
  const ago = /^-(\d{1,2})d$/.exec(lower);
  if (ago) return Number(ago[1]) >= 1 ? { kind: 'ago', days: Number(ago[1]) } : null;
  const weekday = WEEKDAYS.indexOf(lower as (typeof WEEKDAYS)[number]);
  return weekday >= 0 ? { kind: 'weekday', weekday } : null;
}

export function formatDayToken(day: DayToken): string {
  if (day.kind === 'weekday') return WEEKDAYS[day.weekday] ?? 'mon';
  return day.days === 1 ? 'yesterday' : `-${day.days}d`;
}

/**
 * The date an entry goes on: the day token counted back from `today`, or else the day shown. A token that
 * lands outside the audit is refused (the audit's days are the only ones it can hold).
 */
export function entryDate(
  day: DayToken | null,
  shown: string,
  today: string,
  audit: Pick<Audit, 'startDate' | 'weeks'>,
): { ok: true; date: string } | { ok: false; error: string } {
  if (day === null) return { ok: true, date: shown };
  const date =
    day.kind === 'ago'
      ? addDays(today, -day.days)
      : addDays(today, -((dayOfWeek(today) - day.weekday + 7) % 7));
  if (isInAudit(audit, date)) return { ok: true, date };
  return {
    ok: false,
    error: `“${formatDayToken(day)}” is ${date}, outside this audit (${audit.startDate} to ${auditEndDate(audit)}): pick a day in the audit, or leave the day out to log on the day shown.`,
  };
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

function isToken(token: string): boolean {
  return (
    parseDuration(token) !== null ||
    parseEnergy(token) !== null ||
    parseStart(token) !== null ||
    parseDay(token) !== null ||
    token === FLAG_TOKENS.mostImportant ||
    token === FLAG_TOKENS.delegable ||
    /^#\S+$/.test(token)
  );
}

function suspectMessage(token: string): string {
  const keep = `or press Enter again to keep “${token}” in the title.`;
  if (/^\d$/.test(token)) {
    const digit = Number(token);
    if (digit <= 2)
      return `“${token}” looks like an energy without its sign: write +${digit} or -${digit}, ${keep}`;
    return `“${token}” looks like an energy, but energy goes from -2 to +2 with a sign (like +1): fix it, ${keep}`;
  }
  return `Energy goes from -2 to +2, so “${token}” is not one: change it (for example to +2 or -2), ${keep}`;
}

/**
 * Reads one line. `keepNumbers` reads numbers that look like a misplaced energy as title words (the
 * reading the user confirms); without it they are refused with that reading attached.
 */
export function parseQuickEntry(
  line: string,
  categories: readonly CategoryLike[],
  { keepNumbers = false }: { keepNumbers?: boolean } = {},
): QuickParse {
  const words = [...line.matchAll(/\S+/g)];
  const found: {
    minutes?: number;
    startTime?: string;
    tag?: string;
    energy?: number;
    mostImportant?: true;
    delegable?: true;
    day?: DayToken;
  } = {};
  let titleEnd = line.length;
  let suspect: string | null = null;
  const twice = (name: string, token: string): QuickParse => ({
    ok: false,
    error: `Give only one ${name} (found “${token}” as well).`,
  });
  // The first word is always part of the title, so a line is never all tokens.
  const scanned = words.slice(1).reverse();
  for (const [index, word] of scanned.entries()) {
    const token = word[0];
    const minutes = parseDuration(token);
    const energy = parseEnergy(token);
    const start = parseStart(token);
    const day = parseDay(token);
    if (minutes !== null) {
      if (found.minutes !== undefined) return twice('duration', token);
      found.minutes = minutes;
    } else if (energy !== null) {
      if (found.energy !== undefined) return twice('energy', token);
      found.energy = energy;
    } else if (start !== null) {
      if (found.startTime !== undefined) return twice('start time', token);
      found.startTime = start;
    } else if (day !== null) {
      if (found.day !== undefined) return twice('day', token);
      found.day = day;
    } else if (token === FLAG_TOKENS.mostImportant) {
      if (found.mostImportant !== undefined) return twice('“most important” flag', token);
      found.mostImportant = true;
    } else if (token === FLAG_TOKENS.delegable) {
      if (found.delegable !== undefined) return twice('“someone else could do it” flag', token);
      found.delegable = true;
    } else if (/^#\S+$/.test(token)) {
      if (found.tag !== undefined) return twice('category', token);
      found.tag = token.slice(1);
    } else {
      // The word that ends the tokens: a misplaced energy if it is a signed number out of range, or a
      // bare digit at the very end or right after a token ("Review 45m 2 #design").
      const before = words[words.length - index - 2]?.[0];
      const bareDigit =
        /^\d$/.test(token) &&
        (index === 0 || (before !== undefined && words.length - index - 2 > 0 && isToken(before)));
      if (!keepNumbers && (isOutOfRangeEnergy(token) || bareDigit)) suspect = token;
      break;
    }
    titleEnd = word.index;
  }
  if (suspect !== null) {
    const kept = parseQuickEntry(line, categories, { keepNumbers: true });
    const error = suspectMessage(suspect);
    // A line with another problem as well must be fixed, not confirmed.
    return kept.ok
      ? { ok: false, error, suspect: { token: suspect, kept: kept.value } }
      : { ok: false, error };
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
      day: found.day ?? null,
      minutes: found.minutes ?? null,
      startTime: found.startTime ?? null,
      categoryId,
      energy: found.energy ?? null,
      mostImportant: found.mostImportant ?? null,
      delegable: found.delegable ?? null,
    },
  };
}

/** The line that parses back to `entry` (title first, then duration, start, category, energy, flags). */
export function formatQuickEntry(entry: QuickEntry, categories: readonly CategoryLike[]): string {
  const parts = [entry.title];
  if (entry.minutes !== null) parts.push(formatDuration(entry.minutes));
  if (entry.startTime !== null) parts.push(`@${entry.startTime}`);
  if (entry.day !== null) parts.push(formatDayToken(entry.day));
  if (entry.categoryId !== null) {
    const category = categories.find((c) => c.id === entry.categoryId);
    if (category) parts.push(`#${categorySlug(category.name)}`);
  }
  if (entry.energy !== null) parts.push(formatEnergyToken(entry.energy));
  if (entry.mostImportant) parts.push(FLAG_TOKENS.mostImportant);
  if (entry.delegable) parts.push(FLAG_TOKENS.delegable);
  return parts.join(' ');
}

export interface LastEntry {
  date: string;
  startTime: string | null;
  minutes: number;
  categoryId: string | null;
}

export const DEFAULT_MINUTES = 30;

/** Where an entry's category came from, for the preview to say. */
export type CategorySource =
  { kind: 'tag' } | { kind: 'rule'; rule: CategoryRule } | { kind: 'last' } | { kind: 'none' };

export interface ResolvedEntry {
  title: string;
  minutes: number;
  startTime: string | null;
  categoryId: string | null;
  energy: number | null;
  mostImportant: true | null;
  delegable: true | null;
  categoryFrom: CategorySource;
}

/** The keyword rules and the categories they point at (a rule to an archived category is skipped). */
export interface KeywordRules {
  rules: readonly CategoryRule[];
  categories: readonly Pick<AuditCategory, 'id' | 'archived'>[];
}

/**
 * Fills what the line left out. The category: an explicit `#tag` wins, then the first keyword rule the
 * title matches (the same rules calendar imports use), then the last entry's — a "1:1 with Sam" after an
 * admin task is a 1:1, not admin. The duration comes from the last entry, and the start right after it
 * when it was on the same day and had a start time. Energy and the flags are left unanswered rather than
 * guessed.
 */
export function withDefaults(
  entry: QuickEntry,
  date: string,
  last: LastEntry | null,
  keywords: KeywordRules = { rules: [], categories: [] },
): ResolvedEntry {
  const minutes = entry.minutes ?? last?.minutes ?? DEFAULT_MINUTES;
  let startTime = entry.startTime;
  if (startTime === null && last && last.date === date && last.startTime !== null) {
    const next = clockToMinutes(last.startTime) + last.minutes;
    // Only when the next slot still fits in the same day.
    if (next + minutes <= 24 * 60) startTime = minutesToClock(next);
  }
  let categoryId: string | null;
  let categoryFrom: CategorySource;
  const rule = entry.categoryId === null ? matchRule(entry.title, keywords.rules, keywords.categories) : null;
  if (entry.categoryId !== null) {
    categoryId = entry.categoryId;
    categoryFrom = { kind: 'tag' };
  } else if (rule) {
    categoryId = rule.categoryId;
    categoryFrom = { kind: 'rule', rule };
  } else if (last?.categoryId) {
    categoryId = last.categoryId;
    categoryFrom = { kind: 'last' };
  } else {
    categoryId = null;
    categoryFrom = { kind: 'none' };
  }
  return {
    title: entry.title,
    minutes,
    startTime,
    categoryId,
    energy: entry.energy,
    mostImportant: entry.mostImportant,
    delegable: entry.delegable,
    categoryFrom,
  };
}
