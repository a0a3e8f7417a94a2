/**
 * The Staff-vs-EM self-assessment as pure functions: scoring, the reading, what drove it, drift between
 * takes, the decision statement's advice, trial state and the timeline. Dates are passed in; nothing here
 * reads a clock.
 */
import {
  ASSESSMENT_STATEMENTS,
  FRAMING_TRACK,
  OWN_TRIAL_SIGNAL,
  STATEMENT_REWORDING,
  trialIdea,
} from '../content/assessment';
import type { Decision, SelfAssessment, Track, Trial } from '../types/entities';
import { ASSESSMENT_STATEMENT_COUNT } from '../types/entities';

export { ASSESSMENT_STATEMENT_COUNT };

/** Statements 1–6 (indexes 0–5) count toward the Staff score, 7–12 (indexes 6–11) toward the EM score. */
export const STATEMENTS_PER_TRACK = ASSESSMENT_STATEMENT_COUNT / 2;
export const MIN_ANSWER = 1;
export const MAX_ANSWER = 5;
export const MIN_SCORE = STATEMENTS_PER_TRACK * MIN_ANSWER; // 6
export const MAX_SCORE = STATEMENTS_PER_TRACK * MAX_ANSWER; // 30

/**
 * The largest gap between the two scores that still reads as "close" (a hybrid period).
 *
 * Why 3: each score spans 24 points (6–30). A gap of 3 or less is, on average, half a step per statement —
 * less than the difference between "agree" and "strongly agree" — and a single statement answered three
 * steps differently (say "disagree" instead of "strongly agree") creates it on its own. Self-ratings drift
 * by a step from one day to the next, so such a gap says more about the day than about the person. From 4
 * points on, the lean needs at least two statements to point the same way, which is worth reading as a
 * direction. A product decision, tested at both edges in tests/unit/shared/assessment.test.ts.
 */
export const CLOSE_THRESHOLD = 3;

export type Reading = 'staff' | 'em' | 'hybrid';
export type Answer = 1 | 2 | 3 | 4 | 5;
/** What is stored while a take is in progress: null = not answered yet. */
export type DraftAnswers = readonly (number | null)[];

export interface AnswerProblem {
  /** 1-based statement number. */
  statement: number;
  problem: 'missing' | 'out-of-range';
  value: unknown;
}

/** Thrown for answers that cannot be scored. Never scored as zero: a missing answer is an error. */
export class AssessmentInputError extends Error {
  constructor(
    message: string,
    readonly problems: readonly AnswerProblem[] = [],
  ) {
    super(message);
    this.name = 'AssessmentInputError';
  }
}

export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_ANSWER && value <= MAX_ANSWER;
}

/** Problems with each answer (missing, or not a whole number 1–5), in statement order; empty when all are fine. */
export function answerProblems(answers: readonly unknown[]): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (let i = 0; i < ASSESSMENT_STATEMENT_COUNT; i += 1) {
    const value = answers[i];
    if (value === null || value === undefined) problems.push({ statement: i + 1, problem: 'missing', value });
    else if (!isAnswer(value)) problems.push({ statement: i + 1, problem: 'out-of-range', value });
  }
  return problems;
}

/** Returns the answers as a complete, valid set, or throws an AssessmentInputError naming every problem. */
export function validateAnswers(answers: readonly unknown[]): readonly Answer[] {
  if (answers.length !== ASSESSMENT_STATEMENT_COUNT) {
    throw new AssessmentInputError(`Expected ${ASSESSMENT_STATEMENT_COUNT} answers, got ${answers.length}.`);
  }
  const problems = answerProblems(answers);
  if (problems.length > 0) {
    const missing = problems.filter((p) => p.problem === 'missing').map((p) => p.statement);
    const invalid = problems.filter((p) => p.problem === 'out-of-range').map((p) => p.statement);
    const parts = [
      missing.length > 0 ? `statement ${missing.join(', ')} not answered` : '',
      invalid.length > 0 ? `statement ${invalid.join(', ')} not a whole number from 1 to 5` : '',
    ].filter(Boolean);
    throw new AssessmentInputError(`The answers cannot be scored: ${parts.join('; ')}.`, problems);
  }
  return answers as readonly Answer[];
}

export interface Scores {
  staff: number;
  em: number;
}

/** Staff = sum of statements 1–6, EM = sum of statements 7–12; each 6–30. Throws on any invalid answer. */
export function scoreAnswers(answers: readonly unknown[]): Scores {
  const valid = validateAnswers(answers);
  const sum = (from: number) =>
    valid.slice(from, from + STATEMENTS_PER_TRACK).reduce<number>((total, value) => total + value, 0);
  return { staff: sum(0), em: sum(STATEMENTS_PER_TRACK) };
}

function assertScore(name: string, value: number) {
  if (!Number.isInteger(value) || value < MIN_SCORE || value > MAX_SCORE) {
    throw new AssessmentInputError(
      `The ${name} score must be a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`,
    );
  }
}

/** |staff − em| ≤ threshold → hybrid; otherwise the higher score's track. */
export function readScores(scores: Scores, threshold: number = CLOSE_THRESHOLD): Reading {
  assertScore('Staff', scores.staff);
  assertScore('EM', scores.em);
  if (!Number.isInteger(threshold) || threshold < 0) {
    throw new AssessmentInputError('The "close" threshold must be a whole number of points, zero or more.');
  }
  const gap = scores.staff - scores.em;
  if (Math.abs(gap) <= threshold) return 'hybrid';
  return gap > 0 ? 'staff' : 'em';
}

export interface Driver {
  /** 1-based statement number. */
  statement: number;
  lean: Track;
  answer: Answer;
  /** How far the answer pushed toward Staff (positive) or EM (negative): (answer − 3), signed by lean. */
  pull: number;
}

/** At most this many statements are named as having driven a Staff or EM reading. */
export const MAX_DRIVERS = 4;
/** For a close reading: the strongest agreements on each side, up to this many per side. */
export const MAX_HYBRID_DRIVERS_PER_SIDE = 2;

function pullOf(lean: Track, answer: Answer): number {
  return (answer - 3) * (lean === 'staff' ? 1 : -1);
}

/**
 * The statements behind a reading. Staff reading: the answers that pushed toward Staff the most —
 * agreement with a Staff statement or disagreement with an EM one; EM the mirror image. Close reading:
 * the strongest agreements on each side (what pulls both ways). Ties go to the lower statement number.
 */
export function driversOf(answers: readonly unknown[], reading: Reading): Driver[] {
  const valid = validateAnswers(answers);
  const all: Driver[] = valid.map((answer, i) => {
    const lean: Track = i < STATEMENTS_PER_TRACK ? 'staff' : 'em';
    return { statement: i + 1, lean, answer, pull: pullOf(lean, answer) };
  });
  const byStrength = (a: Driver, b: Driver) =>
    Math.abs(b.pull) - Math.abs(a.pull) || a.statement - b.statement;
  if (reading === 'staff')
    return all
      .filter((d) => d.pull > 0)
      .sort(byStrength)
      .slice(0, MAX_DRIVERS);
  if (reading === 'em')
    return all
      .filter((d) => d.pull < 0)
      .sort(byStrength)
      .slice(0, MAX_DRIVERS);
  const agreed = (lean: Track) =>
    all
      .filter((d) => d.lean === lean && d.answer >= 4)
      .sort((a, b) => b.answer - a.answer || a.statement - b.statement)
      .slice(0, MAX_HYBRID_DRIVERS_PER_SIDE);
  return [...agreed('staff'), ...agreed('em')];
}

export interface AssessmentResult extends Scores {
  reading: Reading;
  /** staff − em: positive leans Staff. */
  gap: number;
  drivers: Driver[];
}

export function assessmentResult(
  answers: readonly unknown[],
  threshold: number = CLOSE_THRESHOLD,
): AssessmentResult {
  const scores = scoreAnswers(answers);
  const reading = readScores(scores, threshold);
  return { ...scores, reading, gap: scores.staff - scores.em, drivers: driversOf(answers, reading) };
}

/** The reading's track, or null for a close reading (no single track to adopt). */
export function trackOfReading(reading: Reading): Track | null {
  return reading === 'hybrid' ? null : reading;
}

// ── Takes in progress ────────────────────────────────────────────────────────────────────────────────────

export function emptyAnswers(): (number | null)[] {
  return Array.from({ length: ASSESSMENT_STATEMENT_COUNT }, () => null);
}

export function answeredCount(answers: DraftAnswers): number {
  return answers.filter((value) => value !== null).length;
}

/** Index of the first unanswered statement, or -1 when every statement has an answer. */
export function firstUnanswered(answers: DraftAnswers): number {
  return answers.findIndex((value) => value === null);
}

/** A new answer set with statement `index` (0-based) answered; throws on an invalid index or answer. */
export function withAnswer(answers: DraftAnswers, index: number, value: unknown): (number | null)[] {
  if (!Number.isInteger(index) || index < 0 || index >= ASSESSMENT_STATEMENT_COUNT) {
    throw new AssessmentInputError(`There is no statement ${index + 1}.`);
  }
  if (!isAnswer(value)) {
    throw new AssessmentInputError(`An answer must be a whole number from 1 to 5, not ${String(value)}.`, [
      { statement: index + 1, problem: 'out-of-range', value },
    ]);
  }
  const next = [...answers];
  next[index] = value;
  return next;
}

/** The take still being answered, if any: the newest one without completedAt. */
export function unfinishedTake<T extends Pick<SelfAssessment, 'completedAt' | 'startedAt'>>(
  takes: readonly T[],
): T | undefined {
  return takes
    .filter((take) => take.completedAt === null)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

// ── History and drift ──────────────────────────────────────────────────────────────────────────────────

export interface HistoryPoint extends AssessmentResult {
  id: string;
  completedAt: string;
}

export interface AssessmentHistory {
  /** Completed takes, oldest first. */
  points: HistoryPoint[];
  /** Completed takes whose answers cannot be scored (e.g. edited outside the app); shown, never scored as 0. */
  invalid: { id: string; completedAt: string; error: string }[];
}

export function assessmentHistory(takes: readonly SelfAssessment[]): AssessmentHistory {
  const history: AssessmentHistory = { points: [], invalid: [] };
  const completed = takes
    .filter((take): take is SelfAssessment & { completedAt: string } => take.completedAt !== null)
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt) || a.id.localeCompare(b.id));
  for (const take of completed) {
    try {
      history.points.push({ id: take.id, completedAt: take.completedAt, ...assessmentResult(take.answers) });
    } catch (error) {
      if (!(error instanceof AssessmentInputError)) throw error;
      history.invalid.push({ id: take.id, completedAt: take.completedAt, error: error.message });
    }
  }
  return history;
}

export interface Drift {
  from: Reading;
  to: Reading;
  fromId: string;
  toId: string;
  fromAt: string;
  toAt: string;
}

/** Every change of reading between one completed take and the next, oldest first. */
export function detectDrift(
  points: readonly Pick<HistoryPoint, 'id' | 'completedAt' | 'reading'>[],
): Drift[] {
  const ordered = [...points].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const drifts: Drift[] = [];
  let before: (typeof ordered)[number] | undefined;
  for (const after of ordered) {
    if (before && before.reading !== after.reading) {
      drifts.push({
        from: before.reading,
        to: after.reading,
        fromId: before.id,
        toId: after.id,
        fromAt: before.completedAt,
        toAt: after.completedAt,
      });
    }
    before = after;
  }
  return drifts;
}

/** The newest `limit` history points, newest first (for the history table, a page at a time). */
export function newestPoints<P>(points: readonly P[], limit: number): P[] {
  return points.slice(Math.max(0, points.length - limit)).reverse();
}

// ── Decision statement ────────────────────────────────────────────────────────────────────────────────

/** Decision statements, newest first (by when they were written); a new array, the input is untouched. */
export function sortDecisionsNewestFirst<D extends Pick<Decision, 'createdAt'>>(
  decisions: readonly D[],
): D[] {
  return [...decisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export const DECISION_MAX_LENGTH = 500;

/** Whether the text reads as more than one sentence (a gentle hint; the user may keep it anyway). */
export function looksLikeSeveralSentences(text: string): boolean {
  const sentences = text
    .trim()
    .split(/(?<=[.!?])\s+(?=\S)/u)
    .filter((part) => part.trim().length > 0);
  return sentences.length > 1;
}

export type DecisionAgreement = 'agrees' | 'differs' | 'close' | 'no-result';

export interface DecisionAdvice {
  track: Track;
  /** Not energising → try the path in a small trial before committing to it. */
  suggestTrial: boolean;
  /** How the chosen framing compares with the latest assessment reading. */
  agreement: DecisionAgreement;
}

export function decisionAdvice(
  decision: Pick<Decision, 'framing' | 'energising'>,
  latestReading: Reading | null,
): DecisionAdvice {
  const track = FRAMING_TRACK[decision.framing];
  const agreement: DecisionAgreement =
    latestReading === null
      ? 'no-result'
      : latestReading === 'hybrid'
        ? 'close'
        : latestReading === track
          ? 'agrees'
          : 'differs';
  return { track, suggestTrial: !decision.energising, agreement };
}

// ── Trials ───────────────────────────────────────────────────────────────────────────────────────────

export type TrialStatus = Trial['status'];
export type TrialDraft = Pick<
  Trial,
  'track' | 'title' | 'ideaKey' | 'startDate' | 'endDate' | 'status' | 'notes' | 'energy' | 'signalAnswer'
>;

export interface TrialProblem {
  field: 'title' | 'startDate' | 'endDate' | 'energy' | 'signalAnswer' | 'status';
  message: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** What keeps a trial from being saved in this state; empty when it can be saved. */
export function trialProblems(draft: TrialDraft): TrialProblem[] {
  const problems: TrialProblem[] = [];
  if (draft.title.trim().length === 0) problems.push({ field: 'title', message: 'Give the trial a title.' });
  if (!isoDate.test(draft.startDate)) problems.push({ field: 'startDate', message: 'Choose a start date.' });
  if (draft.endDate !== null && isoDate.test(draft.startDate) && draft.endDate < draft.startDate) {
    problems.push({ field: 'endDate', message: 'The end date cannot be before the start date.' });
  }
  if (draft.energy !== null && (!Number.isInteger(draft.energy) || draft.energy < -2 || draft.energy > 2)) {
    problems.push({ field: 'energy', message: 'Energy is rated from −2 to +2.' });
  }
  if (draft.status === 'done') {
    if (draft.endDate === null)
      problems.push({ field: 'endDate', message: 'A finished trial needs an end date.' });
    if (draft.energy === null) {
      problems.push({ field: 'energy', message: 'Rate how the trial felt before you finish it.' });
    }
    if (draft.signalAnswer.trim().length === 0) {
      problems.push({
        field: 'signalAnswer',
        message: 'Answer the signal question — it is the point of the trial.',
      });
    }
  }
  return problems;
}

export type TrialAction = 'start' | 'finish' | 'reopen';

/** Which status changes a trial allows: planned → running → done, and done → running to reopen. */
export function allowedTrialActions(status: TrialStatus): TrialAction[] {
  if (status === 'planned') return ['start', 'finish'];
  if (status === 'running') return ['finish'];
  return ['reopen'];
}

export interface FinishInput {
  endDate: string;
  energy: number | null;
  signalAnswer: string;
}

/**
 * The trial after a status change, or problems that prevent it. Starting today moves a future start date
 * to today (it started earlier than planned); finishing needs the end date, an energy rating and the
 * answer to the signal question.
 */
export function applyTrialAction<T extends TrialDraft>(
  trial: T,
  action: TrialAction,
  today: string,
  finish?: FinishInput,
): { ok: true; trial: T } | { ok: false; problems: TrialProblem[] } {
  if (!allowedTrialActions(trial.status).includes(action)) {
    return {
      ok: false,
      problems: [{ field: 'status', message: `A ${trial.status} trial cannot ${action}.` }],
    };
  }
  let next: T;
  if (action === 'start') {
    next = { ...trial, status: 'running', startDate: trial.startDate > today ? today : trial.startDate };
  } else if (action === 'reopen') {
    next = { ...trial, status: 'running' };
  } else {
    const input = finish ?? { endDate: today, energy: trial.energy, signalAnswer: trial.signalAnswer };
    next = {
      ...trial,
      status: 'done',
      startDate: trial.startDate > input.endDate ? input.endDate : trial.startDate,
      endDate: input.endDate,
      energy: input.energy,
      signalAnswer: input.signalAnswer.trim(),
    };
  }
  const problems = trialProblems(next);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, trial: next };
}

export type TrialPhase = 'planned' | 'due-to-start' | 'running' | 'due-to-finish' | 'done';

/** The status, refined by today's date: a planned trial past its start, a running one past its end. */
export function trialPhase(
  trial: Pick<Trial, 'status' | 'startDate' | 'endDate'>,
  today: string,
): TrialPhase {
  if (trial.status === 'done') return 'done';
  if (trial.status === 'planned') return trial.startDate <= today ? 'due-to-start' : 'planned';
  return trial.endDate !== null && trial.endDate < today ? 'due-to-finish' : 'running';
}

export function signalQuestionOf(trial: Pick<Trial, 'ideaKey' | 'track'>): string {
  return trialIdea(trial.ideaKey)?.signalQuestion ?? OWN_TRIAL_SIGNAL[trial.track];
}

export interface TrialEnergySummary {
  track: Track;
  done: number;
  /** Average energy of finished, rated trials of this track; null without any. */
  averageEnergy: number | null;
}

export function trialEnergyByTrack(
  trials: readonly Pick<Trial, 'track' | 'status' | 'energy'>[],
): TrialEnergySummary[] {
  return (['staff', 'em'] as const).map((track) => {
    const rated = trials.filter((t) => t.track === track && t.status === 'done' && t.energy !== null);
    const done = trials.filter((t) => t.track === track && t.status === 'done').length;
    const averageEnergy =
      rated.length === 0 ? null : rated.reduce((sum, t) => sum + (t.energy ?? 0), 0) / rated.length;
    return { track, done, averageEnergy };
  });
}

// ── Timeline ─────────────────────────────────────────────────────────────────────────────────────────

export type TimelineEvent =
  | { kind: 'take'; date: string; id: string; reading: Reading; staff: number; em: number }
  | { kind: 'trial-start'; date: string; id: string; title: string; track: Track; status: TrialStatus }
  | {
      kind: 'trial-end';
      date: string;
      id: string;
      title: string;
      track: Track;
      status: TrialStatus;
      energy: number | null;
    }
  | { kind: 'decision'; date: string; id: string; statement: string; energising: boolean };

const KIND_ORDER: Record<TimelineEvent['kind'], number> = {
  'trial-start': 0,
  take: 1,
  decision: 2,
  'trial-end': 3,
};

/**
 * Takes, trials (start and, when known, end) and decisions on one date line, oldest first.
 * `dayOf` turns a take's completion instant into a local calendar date (the caller knows the time zone).
 */
export function buildTimeline(
  points: readonly HistoryPoint[],
  trials: readonly Trial[],
  decisions: readonly Decision[],
  dayOf: (iso: string) => string,
): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...points.map((p): TimelineEvent => ({
      kind: 'take',
      date: dayOf(p.completedAt),
      id: p.id,
      reading: p.reading,
      staff: p.staff,
      em: p.em,
    })),
    ...trials.flatMap((t): TimelineEvent[] => {
      const base = { id: t.id, title: t.title, track: t.track, status: t.status };
      const start: TimelineEvent = { kind: 'trial-start', date: t.startDate, ...base };
      return t.endDate === null
        ? [start]
        : [start, { kind: 'trial-end', date: t.endDate, ...base, energy: t.energy }];
    }),
    ...decisions.map((d): TimelineEvent => ({
      kind: 'decision',
      date: d.date,
      id: d.id,
      statement: d.statement,
      energising: d.energising,
    })),
  ];
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
}

/**
 * The statements reworded after a take finished at `completedAt` (an ISO instant), by number: empty for
 * a take of the current wording. Its answers still count (statement numbers never change), but they
 * answered the earlier wording (content/assessment.ts, STATEMENT_REWORDING).
 */
export function rewordedSince(completedAt: string): number[] {
  if (completedAt.slice(0, 10) >= STATEMENT_REWORDING.on) return [];
  return Object.keys(STATEMENT_REWORDING.before)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Statement `number` as a take finished at `completedAt` read it. */
export function statementTextAt(number: number, completedAt: string): string {
  const current = ASSESSMENT_STATEMENTS[number - 1]?.text ?? '';
  return rewordedSince(completedAt).includes(number)
    ? (STATEMENT_REWORDING.before[number] ?? current)
    : current;
}
