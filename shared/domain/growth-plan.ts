/**
 * Pure rules of the growth plan: skill history (the state of the map on any day), gap ranking,
 * readiness and its trend, overdue and open actions, the promotion checklist's progress, and framework
 * edits that never lose history (competencies are archived, never removed).
 *
 * Dates are passed in: `today` as yyyy-MM-dd, instants as ISO strings or epoch milliseconds. Nothing
 * here reads a clock.
 */
import { ARCHETYPE_BOOST } from '../content/archetypes';
import type {
  Action,
  Competency,
  Evidence,
  PromotionItem,
  SkillSnapshot,
  TargetTrack,
} from '../types/entities';

// ── Skill state and history ───────────────────────────────────────────────────────────────────────

export interface SkillState {
  current: number | null;
  target: number | null;
  note: string;
  /** When this state was recorded; null when the competency was never rated. */
  recordedAt: string | null;
}

export const UNRATED: SkillState = Object.freeze({ current: null, target: null, note: '', recordedAt: null });

function toState(s: SkillSnapshot): SkillState {
  return { current: s.current, target: s.target, note: s.note, recordedAt: s.recordedAt };
}

/**
 * The newest snapshot of each competency: the map as it is now. When two snapshots share an instant,
 * the later one in `snapshots` wins (the same rule as `SkillHistory`).
 */
export function currentStates(snapshots: readonly SkillSnapshot[]): Map<string, SkillState> {
  const newest = new Map<string, { at: number; snapshot: SkillSnapshot }>();
  for (const snapshot of snapshots) {
    const at = Date.parse(snapshot.recordedAt);
    const seen = newest.get(snapshot.competencyId);
    if (!seen || at >= seen.at) newest.set(snapshot.competencyId, { at, snapshot });
  }
  return new Map([...newest].map(([id, { snapshot }]) => [id, toState(snapshot)]));
}

/**
 * Every competency's snapshots sorted by time, so the state on any past day is a binary search away.
 * Build it once per set of snapshots and ask it many questions (radar overlay, readiness trend).
 */
export class SkillHistory {
  private readonly byCompetency = new Map<string, { times: number[]; snapshots: SkillSnapshot[] }>();

  constructor(snapshots: readonly SkillSnapshot[]) {
    const grouped = new Map<string, { at: number; index: number; snapshot: SkillSnapshot }[]>();
    snapshots.forEach((snapshot, index) => {
      const list = grouped.get(snapshot.competencyId) ?? [];
      list.push({ at: Date.parse(snapshot.recordedAt), index, snapshot });
      grouped.set(snapshot.competencyId, list);
    });
    for (const [id, list] of grouped) {
      list.sort((a, b) => a.at - b.at || a.index - b.index);
      this.byCompetency.set(id, { times: list.map((e) => e.at), snapshots: list.map((e) => e.snapshot) });
    }
  }

  /** The state of one competency at instant `at` (epoch ms): its newest snapshot recorded at or before it. */
  stateAt(competencyId: string, at: number): SkillState {
    const entry = this.byCompetency.get(competencyId);
    if (!entry) return UNRATED;
    // Last index with times[i] <= at.
    let lo = 0;
    let hi = entry.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((entry.times[mid] ?? Infinity) <= at) lo = mid + 1;
      else hi = mid;
    }
    const found = lo === 0 ? undefined : entry.snapshots[lo - 1];
    return found ? toState(found) : UNRATED;
  }

  /** The state of each given competency at instant `at`. */
  mapAt(competencyIds: readonly string[], at: number): Map<string, SkillState> {
    return new Map(competencyIds.map((id) => [id, this.stateAt(id, at)]));
  }

  /** When the first of these competencies was first rated (epoch ms); null when none ever was. */
  firstRatedAt(competencyIds: readonly string[]): number | null {
    let first: number | null = null;
    for (const id of competencyIds) {
      const at = this.byCompetency.get(id)?.times[0];
      if (at !== undefined && (first === null || at < first)) first = at;
    }
    return first;
  }

  /** One competency's snapshots, oldest first. */
  timeline(competencyId: string): readonly SkillSnapshot[] {
    return this.byCompetency.get(competencyId)?.snapshots ?? [];
  }
}

/** The map on a past instant, straight from the snapshots (builds a `SkillHistory` once). */
export function statesAt(
  snapshots: readonly SkillSnapshot[],
  competencyIds: readonly string[],
  at: number,
): Map<string, SkillState> {
  return new SkillHistory(snapshots).mapAt(competencyIds, at);
}

// ── Gaps ──────────────────────────────────────────────────────────────────────────────────────────

/** target − current, or null when either is missing. Negative means above target. */
export function gapOf(state: Pick<SkillState, 'current' | 'target'>): number | null {
  return state.current === null || state.target === null ? null : state.target - state.current;
}

export type GapStatus =
  | { kind: 'unrated' }
  | { kind: 'gap'; levels: number }
  | { kind: 'met' }
  /** The target is set below today's level: most likely a slip, worth a second look. */
  | { kind: 'below-current'; levels: number };

/** How a competency stands against its target, in words the screens can use. */
export function gapStatus(state: Pick<SkillState, 'current' | 'target'>): GapStatus {
  const gap = gapOf(state);
  if (gap === null) return { kind: 'unrated' };
  if (gap > 0) return { kind: 'gap', levels: gap };
  if (gap < 0) return { kind: 'below-current', levels: -gap };
  return { kind: 'met' };
}

/** The short status a rating row shows next to the levels. */
export function gapLabel(state: Pick<SkillState, 'current' | 'target'>): string {
  const status = gapStatus(state);
  switch (status.kind) {
    case 'unrated':
      return 'Not rated';
    case 'gap':
      return `Gap: ${status.levels} ${status.levels === 1 ? 'level' : 'levels'}`;
    case 'met':
      return 'On target';
    case 'below-current':
      return 'Target below current: review it';
  }
}

/**
 * Which competency groups matter most for each track, most important first. Used to break ties when
 * the framework was written for another track than the one the user is aiming for (or is their own).
 */
export const TRACK_GROUP_ORDER: Record<'staff' | 'em', readonly string[]> = {
  staff: ['technical', 'influence', 'execution', 'delivery', 'people', 'team'],
  em: ['people', 'team', 'delivery', 'execution', 'influence', 'technical'],
};

/**
 * The tie-break key of a competency for the user's target track (lower comes first). When the
 * framework was made for that track, or the user has not decided, the framework's own priorities
 * decide; otherwise the group's importance for the target track comes first.
 */
export function tiePriority(
  competency: Pick<Competency, 'group' | 'priority' | 'order'>,
  frameworkTrack: 'staff' | 'em' | 'custom',
  targetTrack: TargetTrack,
): [number, number, number] {
  if (targetTrack === 'undecided' || targetTrack === frameworkTrack) {
    return [0, competency.priority, competency.order];
  }
  const groups = TRACK_GROUP_ORDER[targetTrack];
  const rank = groups.indexOf(competency.group.trim().toLowerCase());
  return [rank === -1 ? groups.length : rank, competency.priority, competency.order];
}

export interface RankedGap {
  competency: Competency;
  state: SkillState;
  gap: number | null;
  /** Ranked as if its gap were ARCHETYPE_BOOST larger: the plan's archetype leans on it. */
  boosted: boolean;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Ranks competencies by gap, largest first; equal gaps by the target track's priority (see
 * `tiePriority`), then by name. Competencies without both levels come last. With `emphasised` (the
 * competencies the plan's Staff archetype leans on, framework-versions.ts), each of those that still has
 * a gap ranks as if that gap were ARCHETYPE_BOOST larger, and before the others it then ties with. The
 * result is a permutation of the input: nothing is dropped.
 */
export function rankGaps(
  competencies: readonly Competency[],
  states: ReadonlyMap<string, SkillState>,
  frameworkTrack: 'staff' | 'em' | 'custom',
  targetTrack: TargetTrack,
  emphasised: ReadonlySet<string> = new Set(),
): RankedGap[] {
  const rows = competencies.map((competency) => {
    const state = states.get(competency.id) ?? UNRATED;
    const gap = gapOf(state);
    const boosted = gap !== null && gap > 0 && emphasised.has(competency.id);
    return {
      competency,
      state,
      gap,
      boosted,
      score: gap === null ? null : gap + (boosted ? ARCHETYPE_BOOST : 0),
      tie: tiePriority(competency, frameworkTrack, targetTrack),
    };
  });
  rows.sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
    } else if (a.score !== b.score) {
      return b.score - a.score;
    }
    if (a.boosted !== b.boosted) return a.boosted ? -1 : 1;
    return compareKeys(a.tie, b.tie) || a.competency.name.localeCompare(b.competency.name);
  });
  return rows.map(({ competency, state, gap, boosted }) => ({ competency, state, gap, boosted }));
}

// ── Readiness ─────────────────────────────────────────────────────────────────────────────────────

export interface Readiness {
  /** Share of competencies with a target that are at or above it, 0..1 (0 when none has a target). */
  value: number;
  met: number;
  /** Competencies with both a current level and a target. */
  total: number;
}

export function readiness(
  competencyIds: readonly string[],
  states: ReadonlyMap<string, Pick<SkillState, 'current' | 'target'>>,
): Readiness {
  let met = 0;
  let total = 0;
  for (const id of competencyIds) {
    const state = states.get(id);
    if (!state || state.current === null || state.target === null) continue;
    total += 1;
    if (state.current >= state.target) met += 1;
  }
  return { value: total === 0 ? 0 : met / total, met, total };
}

export interface ReadinessPoint {
  at: number;
  readiness: Readiness;
}

/** Readiness at each given instant (epoch ms), for a trend line. */
export function readinessSeries(
  history: SkillHistory,
  competencyIds: readonly string[],
  instants: readonly number[],
): ReadinessPoint[] {
  return instants.map((at) => ({
    at,
    readiness: readiness(competencyIds, history.mapAt(competencyIds, at)),
  }));
}

export type TrendDirection = 'up' | 'down' | 'flat';

export interface ReadinessTrend {
  direction: TrendDirection;
  /** Change of the share, in percentage points (rounded). */
  points: number;
}

export function readinessTrend(before: Readiness, now: Readiness): ReadinessTrend {
  const points = Math.round((now.value - before.value) * 100);
  return { direction: points > 0 ? 'up' : points < 0 ? 'down' : 'flat', points };
}

/** The trend compares now with this many months ago… */
export const TREND_MONTHS = 3;
/** …or, for a younger plan, with its first ratings, once they are at least this many days old. */
export const TREND_MIN_DAYS = 21;
/** Ratings within this long of the very first one count as the first ratings (one sitting, or a day). */
export const FIRST_RATINGS_SPAN_MS = 24 * 60 * 60 * 1000;

export type PlanTrend =
  | (ReadinessTrend & {
      /** The instant compared with (epoch ms). */
      since: number;
      /** Whether `since` is the plan's first ratings rather than TREND_MONTHS months ago. */
      sinceFirstRatings: boolean;
    })
  /** Too little history for a trend: nothing rated yet, or the first ratings are too recent. */
  | { direction: 'none'; firstRatedAt: number | null };

/**
 * Readiness now against TREND_MONTHS months ago. A trend needs a real past: when nothing was rated that
 * long ago, the baseline is the plan's first ratings, and until those are TREND_MIN_DAYS old there is no
 * trend at all (a plan made minutes ago is not "up 25 points over three months").
 */
export function planTrend(
  history: SkillHistory,
  competencyIds: readonly string[],
  now: Date,
  monthsAgo: number = monthsBefore(now, TREND_MONTHS),
): PlanTrend {
  const current = readiness(competencyIds, history.mapAt(competencyIds, now.getTime()));
  const firstRatedAt = history.firstRatedAt(competencyIds);
  const before = readiness(competencyIds, history.mapAt(competencyIds, monthsAgo));
  if (before.total > 0)
    return { ...readinessTrend(before, current), since: monthsAgo, sinceFirstRatings: false };
  if (firstRatedAt === null || now.getTime() - firstRatedAt < TREND_MIN_DAYS * 24 * 60 * 60 * 1000) {
    return { direction: 'none', firstRatedAt };
  }
  const since = firstRatedAt + FIRST_RATINGS_SPAN_MS;
  const first = readiness(competencyIds, history.mapAt(competencyIds, since));
  return { ...readinessTrend(first, current), since, sinceFirstRatings: true };
}

/** Instants at the end of each of the last `months` months before `now`, oldest first, `now` last. */
export function monthlyInstants(now: Date, months: number): number[] {
  const result: number[] = [];
  for (let back = months; back >= 1; back--) {
    const d = new Date(now.getTime());
    d.setMonth(d.getMonth() - back);
    result.push(d.getTime());
  }
  result.push(now.getTime());
  return result;
}

/** The instant `months` calendar months before `now` (clamped to the month's last day). */
export function monthsBefore(now: Date, months: number): number {
  const d = new Date(now.getFullYear(), now.getMonth() - months, 1, now.getHours(), now.getMinutes());
  const lastDay = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(now.getDate(), lastDay));
  return d.getTime();
}

// ── Actions ───────────────────────────────────────────────────────────────────────────────────────

export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return action.status !== 'done' && action.dueDate !== null && action.dueDate < today;
}

/**
 * Whether an action belongs to the plan of a framework with these competencies: it serves one of them,
 * or no competency at all (e.g. an action sent from a retrospective).
 */
export function belongsToPlan(
  action: Pick<Action, 'competencyId'>,
  competencyIds: ReadonlySet<string>,
): boolean {
  return action.competencyId === null || competencyIds.has(action.competencyId);
}

/**
 * Open actions (todo or doing), soonest due first (undated last); the same due date by the size of
 * its competency's gap, largest first; then oldest first, then by id (so the order does not depend on
 * the order the actions were read in). Returns a new array: the input (maybe a frozen query result) is
 * never touched.
 */
export function sortOpenActions<
  A extends Pick<Action, 'id' | 'status' | 'dueDate' | 'competencyId' | 'createdAt'>,
>(actions: readonly A[], gaps: ReadonlyMap<string, number | null>): A[] {
  const gapFor = (a: A) => (a.competencyId === null ? null : (gaps.get(a.competencyId) ?? null));
  return actions
    .filter((a) => a.status !== 'done')
    .sort((a, b) => {
      if (a.dueDate !== b.dueDate) {
        if (a.dueDate === null) return 1;
        if (b.dueDate === null) return -1;
        return a.dueDate < b.dueDate ? -1 : 1;
      }
      const ga = gapFor(a) ?? -Infinity;
      const gb = gapFor(b) ?? -Infinity;
      if (ga !== gb) return gb > ga ? 1 : -1;
      return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
    });
}

/** Finished actions, most recently finished first (then by id); a new array. */
export function sortDoneActions<A extends Pick<Action, 'id' | 'status' | 'doneAt'>>(
  actions: readonly A[],
): A[] {
  return actions
    .filter((a) => a.status === 'done')
    .sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? '') || a.id.localeCompare(b.id));
}

/** One competency's actions with the open ones first, each part in the given order; a new array. */
export function openActionsFirst<A extends Pick<Action, 'status'>>(actions: readonly A[]): A[] {
  return [...actions.filter((a) => a.status !== 'done'), ...actions.filter((a) => a.status === 'done')];
}

/** Evidence notes newest first (on the same day, the last written first); a new array. */
export function sortEvidenceNewestFirst<E extends Pick<Evidence, 'date' | 'createdAt'>>(
  notes: readonly E[],
): E[] {
  return [...notes].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

// ── Promotion checklist ───────────────────────────────────────────────────────────────────────────

export interface ChecklistProgress {
  met: number;
  inProgress: number;
  total: number;
  /** met / total, 0 when the list is empty. */
  share: number;
}

export function checklistProgress(items: readonly Pick<PromotionItem, 'status'>[]): ChecklistProgress {
  const met = items.filter((i) => i.status === 'met').length;
  const inProgress = items.filter((i) => i.status === 'in-progress').length;
  return { met, inProgress, total: items.length, share: items.length === 0 ? 0 : met / items.length };
}

// ── Framework edits (never lose history) ──────────────────────────────────────────────────────────

export interface CompetencyDraft {
  name: string;
  group: string;
  description: string;
  levels?: string[];
}

export type CompetencyPatch = Partial<Pick<Competency, 'name' | 'group' | 'description' | 'levels'>>;

function find(list: readonly Competency[], id: string): Competency {
  const found = list.find((c) => c.id === id);
  if (!found) throw new Error('That competency is not part of this framework.');
  return found;
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A competency needs a name.');
  return trimmed;
}

/** A new competency at the end of the framework; it ranks after the existing ones on ties. */
export function addCompetencyOp(
  list: readonly Competency[],
  draft: CompetencyDraft,
  frameworkId: string,
  id: string,
  now: Date,
): Competency {
  const stamp = now.toISOString();
  const nextOrder = list.reduce((max, c) => Math.max(max, c.order + 1), 0);
  const nextPriority = list.reduce((max, c) => Math.max(max, c.priority + 1), 0);
  return {
    id,
    frameworkId,
    group: draft.group.trim(),
    name: cleanName(draft.name),
    description: draft.description.trim(),
    levels: draft.levels ? draft.levels.map((l) => l.trim()) : ['', '', '', '', ''],
    order: nextOrder,
    priority: nextPriority,
    builtInKey: null,
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Rename, regroup or redescribe a competency. Its id (and so its history) stays the same. */
export function updateCompetencyOp(
  list: readonly Competency[],
  id: string,
  patch: CompetencyPatch,
  now: Date,
): Competency {
  const competency = find(list, id);
  return {
    ...competency,
    ...(patch.name !== undefined ? { name: cleanName(patch.name) } : {}),
    ...(patch.group !== undefined ? { group: patch.group.trim() } : {}),
    ...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
    ...(patch.levels !== undefined ? { levels: patch.levels.map((l) => l.trim()) } : {}),
    updatedAt: now.toISOString(),
  };
}

/**
 * Moves a competency one place up (−1) or down (+1) among the framework's active competencies and
 * renumbers the framework 0..n−1 (archived ones keep their relative place at the end). Returns only
 * the records whose order changed.
 */
export function moveCompetencyOp(
  list: readonly Competency[],
  id: string,
  direction: -1 | 1,
  now: Date,
): Competency[] {
  find(list, id);
  const sorted = [...list].sort((a, b) => a.order - b.order);
  const active = sorted.filter((c) => !c.archived);
  const archived = sorted.filter((c) => c.archived);
  const from = active.findIndex((c) => c.id === id);
  const to = from + direction;
  const moving = active[from];
  const other = active[to];
  if (from !== -1 && moving && other) {
    active[from] = other;
    active[to] = moving;
  }
  const stamp = now.toISOString();
  return [...active, ...archived]
    .map((c, order) => (c.order === order ? null : { ...c, order, updatedAt: stamp }))
    .filter((c): c is Competency => c !== null);
}

/** Hides a competency from the plan; its snapshots, actions and evidence stay untouched. */
export function archiveCompetencyOp(list: readonly Competency[], id: string, now: Date): Competency {
  return { ...find(list, id), archived: true, updatedAt: now.toISOString() };
}

/** Brings an archived competency back, at the end of the active ones. */
export function restoreCompetencyOp(list: readonly Competency[], id: string, now: Date): Competency[] {
  const competency = find(list, id);
  const stamp = now.toISOString();
  const restored = { ...competency, archived: false, updatedAt: stamp };
  const others = [...list].filter((c) => c.id !== id).sort((a, b) => a.order - b.order);
  const active = others.filter((c) => !c.archived);
  const archived = others.filter((c) => c.archived);
  return [...active, restored, ...archived]
    .map((c, order) => (c.order === order && c !== restored ? null : { ...c, order, updatedAt: stamp }))
    .filter((c): c is Competency => c !== null);
}

/** Groups in first-seen order, each with its competencies in order. */
export function groupCompetencies(
  list: readonly Competency[],
): { group: string; competencies: Competency[] }[] {
  const groups = new Map<string, Competency[]>();
  for (const c of [...list].sort((a, b) => a.order - b.order)) {
    const key = c.group || 'Ungrouped';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].map(([group, competencies]) => ({ group, competencies }));
}
