/**
 * The Today screen's rules: from a small snapshot of what the data holds (counts and the few records it
 * shows) and today's date, what is due, the next step on the path, and the week so far. Pure, with
 * `today` passed in (`yyyy-MM-dd`, the user's local day), so tests run it on any fixed date.
 *
 * Retros and retakes fall due by the reminders' own rule (reminder-cadence.ts); an audit's weeks and its
 * reflections are the audit's (audit.ts); a handover's follow-up is the delegation ledger's (delegation.ts).
 * Nothing here builds schemas: the start screen uses it.
 */
import { addDays, auditEndDate, auditWeekIndex, daysBetween, isInAudit, mondayOf } from './audit';
import { dueFollowUps } from './delegation';
import { askAgainDay } from './manager-loop';
import { compareText } from './order';
import { reassessDueDay, retroDueDay } from './reminder-cadence';
import type { RouteArgs, RouteName } from '../routes';

/** The screens without parameters. */
type PlainRoute = { [N in RouteName]: RouteArgs<N> extends [] ? N : never }[RouteName];

/** A screen to open: a screen without parameters, or one record's screen by its id. */
export type TodayLink =
  { route: PlainRoute } | { route: 'retro' | 'feedbackItem' | 'auditHandover'; id: string };

export interface TodaySnapshot {
  hasProfile: boolean;
  /** The local day the last self-assessment was completed, or null. */
  lastAssessmentDate: string | null;
  /** Months between retakes, from the reminder settings. */
  reassessEveryMonths: number;
  /** A framework is chosen for the growth plan. */
  frameworkChosen: boolean;
  /** Whether any competency has been rated (a skill snapshot exists). */
  anyRating: boolean;
  /** Whether an audit was ever started (running or finished). */
  anyAudit: boolean;
  /** The running audit, or null. */
  activeAudit: { startDate: string; weeks: 4 | 5 | 6 } | null;
  /** Activities logged today in the running audit. */
  loggedToday: number;
  /** Start days of the running audit's weeks that have a reflection. */
  reflectedWeeks: readonly string[];
  /** The plan's open actions with a due date (any; only those due this week or earlier are listed). */
  openActions: readonly { id: string; title: string; dueDate: string }[];
  /** Feedback requests still waiting for an answer. */
  waitingFeedback: readonly { id: string; from: string; askedOn: string }[];
  /** Draft retrospectives whose project has an end date. */
  draftRetros: readonly { id: string; project: string; endDate: string }[];
  /**
   * Open handovers whose follow-up day has come (today or earlier): what was handed over, to whom and on
   * which day to check in. Those with a later day, or none, are not read.
   */
  followUps: readonly { id: string; activity: string; to: string; followUpOn: string }[];
  /** The activities logged on the days of this week and last week (minutes and energy only). */
  recentActivities: readonly { date: string; minutes: number; energy: number | null }[];
  /** Brag entries dated this week (Monday to Sunday). */
  winsThisWeek: number;
  /**
   * The manager's answer in force to "what does excellent look like in six months?" (issue 18): the day
   * it was asked and whether the user found it vague; null while there is none.
   */
  managerAnswer: { askedOn: string; vague: boolean } | null;
}

export type TodayItemKind =
  | 'audit-log'
  | 'audit-over'
  | 'reflection'
  | 'action'
  | 'retro'
  | 'feedback'
  | 'follow-up'
  | 'ask-again'
  | 'reassess';

export interface TodayItem {
  kind: TodayItemKind;
  /** Unique among the items (a React key, and what tests name). */
  key: string;
  /** What to do, in a few words: the link's text. */
  title: string;
  /** Why now: one short line under the title. */
  detail: string;
  link: TodayLink;
  /** Past its day. */
  overdue: boolean;
}

export type PathStepKey = 'profile' | 'assessment' | 'framework' | 'rate' | 'audit';

export interface PathStep {
  key: PathStepKey;
  /** 1-based position on the path profile → assessment → plan → audit. */
  step: number;
  title: string;
  detail: string;
  action: string;
  link: TodayLink;
}

export type EnergyTrend = 'up' | 'down' | 'flat';

export interface WeekSummary {
  /** Minutes logged Monday to Sunday of this week. */
  minutes: number;
  activities: number;
  /** Average energy of this week's rated activities, null when none is rated. */
  energy: number | null;
  /** Compared with last week's average; null without both weeks' ratings. */
  energyTrend: EnergyTrend | null;
  wins: number;
}

export interface TodayView {
  /** Nothing is written yet: the screen welcomes and shows the first step instead of lists. */
  firstRun: boolean;
  nextStep: PathStep | null;
  /** The number of steps on the path, for "Step 2 of 4". */
  pathLength: number;
  due: TodayItem[];
  /** Extra items of a kind beyond what the list shows ("and 4 more actions"), by kind. */
  more: Partial<Record<TodayItemKind, number>>;
  week: WeekSummary;
}

/** At most this many items of one kind: the list stays a glance, the rest is one click away. */
export const ITEMS_PER_KIND = 5;
/** A change of average energy smaller than this reads as flat. */
export const ENERGY_TREND_STEP = 0.25;
export const PATH_LENGTH = 4;

/** How dates read in the items' lines: the renderer passes the user's locale format; ISO by default. */
export interface TodayFormat {
  day: (isoDate: string) => string;
}
const ISO_FORMAT: TodayFormat = { day: (isoDate) => isoDate };

function count(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

function daysAgo(from: string, today: string): string {
  const days = daysBetween(from, today);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${count(days, 'day')} ago`;
}

/** The next step on the path, until each has been done once; null when all have. */
export function nextPathStep(snapshot: TodaySnapshot): PathStep | null {
  if (!snapshot.hasProfile)
    return {
      key: 'profile',
      step: 1,
      title: 'Write down where you are',
      detail: 'Your role, your level and where you want to go next. It takes five minutes.',
      action: 'Create your profile',
      link: { route: 'profile' },
    };
  if (snapshot.lastAssessmentDate === null)
    return {
      key: 'assessment',
      step: 2,
      title: 'Staff engineer or manager?',
      detail: 'Thirty short statements show which path pulls you more.',
      action: 'Take the self-assessment',
      link: { route: 'assessmentTake' },
    };
  if (!snapshot.frameworkChosen)
    return {
      key: 'framework',
      step: 3,
      title: 'Pick the skills that matter',
      detail: 'Choose a framework for your growth plan: the competencies you want to grow.',
      action: 'Choose a framework',
      link: { route: 'planFramework' },
    };
  if (!snapshot.anyRating)
    return {
      key: 'rate',
      step: 3,
      title: 'Rate where you stand',
      detail: 'Set your current and target level for a few competencies: the gaps become your plan.',
      action: 'Rate your competencies',
      link: { route: 'planCompetencies' },
    };
  if (!snapshot.anyAudit)
    return {
      key: 'audit',
      step: 4,
      title: 'See where your time goes',
      detail: 'Log your work for a few weeks, with how each thing left your energy.',
      action: 'Start a calendar audit',
      link: { route: 'audit' },
    };
  return null;
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** This week (Monday to Sunday) so far: time logged, energy and its direction, wins. */
export function weekSummary(snapshot: TodaySnapshot, today: string): WeekSummary {
  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  const lastMonday = addDays(monday, -7);
  const thisWeek = snapshot.recentActivities.filter((a) => a.date >= monday && a.date <= sunday);
  const lastWeek = snapshot.recentActivities.filter((a) => a.date >= lastMonday && a.date < monday);
  const rated = (list: typeof thisWeek) => list.flatMap((a) => (a.energy === null ? [] : [a.energy]));
  const energy = average(rated(thisWeek));
  const before = average(rated(lastWeek));
  let energyTrend: EnergyTrend | null = null;
  if (energy !== null && before !== null) {
    const change = energy - before;
    energyTrend = Math.abs(change) < ENERGY_TREND_STEP ? 'flat' : change > 0 ? 'up' : 'down';
  }
  return {
    minutes: thisWeek.reduce((sum, a) => sum + a.minutes, 0),
    activities: thisWeek.length,
    energy,
    energyTrend,
    wins: snapshot.winsThisWeek,
  };
}

/**
 * The first ITEMS_PER_KIND of `sorted` as items of `kind`, the rest counted in `more`: only the shown ones
 * are made into items (five years can hold hundreds of overdue actions, each with a date to word).
 */
function capped<T>(
  kind: TodayItemKind,
  sorted: readonly T[],
  toItem: (record: T) => TodayItem,
  more: TodayView['more'],
): TodayItem[] {
  if (sorted.length > ITEMS_PER_KIND) more[kind] = sorted.length - ITEMS_PER_KIND;
  return sorted.slice(0, ITEMS_PER_KIND).map(toItem);
}

/**
 * Everything due, in the order to do it: today's log, this week's reflection, actions (overdue first,
 * then by due day), retros (the longest-ended first), feedback requests (the longest-waiting first),
 * handovers to follow up on (the longest-waiting first), then a retake.
 */
export function dueItems(
  snapshot: TodaySnapshot,
  today: string,
  fmt: TodayFormat = ISO_FORMAT,
): { due: TodayItem[]; more: TodayView['more'] } {
  const due: TodayItem[] = [];
  const more: TodayView['more'] = {};
  const audit = snapshot.activeAudit;

  if (audit && isInAudit(audit, today)) {
    const week = auditWeekIndex(audit, today);
    due.push({
      kind: 'audit-log',
      key: 'audit-log',
      title: "Log today's activities",
      detail:
        snapshot.loggedToday === 0
          ? `Nothing logged yet today · week ${week + 1} of ${audit.weeks}`
          : `${count(snapshot.loggedToday, 'activity', 'activities')} logged today · week ${week + 1} of ${audit.weeks}`,
      link: { route: 'audit' },
      overdue: false,
    });
    const weekStart = addDays(audit.startDate, week * 7);
    if (!snapshot.reflectedWeeks.includes(weekStart))
      due.push({
        kind: 'reflection',
        key: `reflection:${weekStart}`,
        title: "Write this week's reflection",
        detail: `Week ${week + 1}: which hours mattered most, and which could someone else take?`,
        link: { route: 'auditReflection' },
        overdue: false,
      });
  } else if (audit && today > auditEndDate(audit)) {
    due.push({
      kind: 'audit-over',
      key: 'audit-over',
      title: 'Read what your audit found',
      detail: `Its ${count(audit.weeks, 'week')} ended on ${fmt.day(auditEndDate(audit))}.`,
      link: { route: 'auditResults' },
      overdue: false,
    });
  }

  const sunday = addDays(mondayOf(today), 6);
  const actions = snapshot.openActions
    .filter((a) => a.dueDate <= sunday)
    .sort((a, b) => compareText(a.dueDate, b.dueDate) || compareText(a.id, b.id));
  due.push(
    ...capped(
      'action',
      actions,
      (a): TodayItem => ({
        kind: 'action',
        key: `action:${a.id}`,
        title: a.title,
        detail:
          a.dueDate < today
            ? `Overdue: was due ${daysAgo(a.dueDate, today)}`
            : a.dueDate === today
              ? 'Due today'
              : `Due on ${fmt.day(a.dueDate)}`,
        link: { route: 'planActions' },
        overdue: a.dueDate < today,
      }),
      more,
    ),
  );

  const retros = snapshot.draftRetros
    .filter((r) => retroDueDay(r.endDate) <= today)
    .sort((a, b) => compareText(a.endDate, b.endDate) || compareText(a.id, b.id));
  due.push(
    ...capped(
      'retro',
      retros,
      (r): TodayItem => ({
        kind: 'retro',
        key: `retro:${r.id}`,
        title: `Hold the retrospective: ${r.project.trim() || 'untitled project'}`,
        detail: `The project ended ${daysAgo(r.endDate, today)}.`,
        link: { route: 'retro', id: r.id },
        overdue: false,
      }),
      more,
    ),
  );

  const feedback = [...snapshot.waitingFeedback].sort(
    (a, b) => compareText(a.askedOn, b.askedOn) || compareText(a.id, b.id),
  );
  due.push(
    ...capped(
      'feedback',
      feedback,
      (f): TodayItem => ({
        kind: 'feedback',
        key: `feedback:${f.id}`,
        title: `Waiting for feedback from ${f.from.trim() || 'someone'}`,
        detail: `Asked ${daysAgo(f.askedOn, today)}. Log the answer, or ask again.`,
        link: { route: 'feedbackItem', id: f.id },
        overdue: false,
      }),
      more,
    ),
  );

  // The ledger's own rule picks and orders them, so Today and the ledger agree on what is due.
  const followUps = dueFollowUps(
    snapshot.followUps.map((f) => ({ ...f, status: 'open' as const })),
    today,
  );
  due.push(
    ...capped(
      'follow-up',
      followUps,
      (f): TodayItem => ({
        kind: 'follow-up',
        key: `follow-up:${f.id}`,
        title: `Follow up with ${f.to.trim() || 'someone'}: ${f.activity.trim() || 'the handover'}`,
        // "Due today: …", "Due 3 days ago: …": a check-in left waiting reads as late.
        detail: `Due ${daysAgo(f.followUpOn, today)}: see how it is going and whether they need anything from you.`,
        link: { route: 'auditHandover', id: f.id },
        overdue: f.daysLate > 0,
      }),
      more,
    ),
  );

  const answer = snapshot.managerAnswer;
  if (answer !== null) {
    // The reminders' own day (manager-loop.ts): two weeks after a vague answer, six months after another.
    const dueDay = askAgainDay(answer.askedOn, answer.vague);
    if (dueDay <= today)
      due.push({
        kind: 'ask-again',
        key: `ask-again:${answer.askedOn}`,
        title: 'Ask your manager again what excellent looks like',
        detail: answer.vague
          ? `Their answer ${daysAgo(answer.askedOn, today)} was vague: ask for specifics or an example at your next 1:1.`
          : `Their last answer was ${daysAgo(answer.askedOn, today)}: priorities move, so check it still holds.`,
        link: { route: 'profile' },
        overdue: false,
      });
  }

  if (snapshot.lastAssessmentDate !== null) {
    const dueDay = reassessDueDay(snapshot.lastAssessmentDate, snapshot.reassessEveryMonths);
    if (dueDay <= today)
      due.push({
        kind: 'reassess',
        key: `reassess:${dueDay}`,
        title: 'Retake the self-assessment',
        detail: `Your last one was ${daysAgo(snapshot.lastAssessmentDate, today)}: see whether your answers have moved.`,
        link: { route: 'assessmentTake' },
        overdue: false,
      });
  }
  return { due, more };
}

/** The whole screen's content. */
export function todayView(snapshot: TodaySnapshot, today: string, fmt: TodayFormat = ISO_FORMAT): TodayView {
  const { due, more } = dueItems(snapshot, today, fmt);
  const nextStep = nextPathStep(snapshot);
  const week = weekSummary(snapshot, today);
  const firstRun =
    nextStep?.key === 'profile' &&
    snapshot.lastAssessmentDate === null &&
    !snapshot.frameworkChosen &&
    !snapshot.anyAudit &&
    due.length === 0 &&
    week.activities === 0 &&
    week.wins === 0;
  return { firstRun, nextStep, pathLength: PATH_LENGTH, due, more, week };
}
