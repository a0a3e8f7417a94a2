/**
 * What an audit says about fit and sustainability: the fit reading (did energy rise in Staff-leaning or
 * in EM-leaning work, and does that agree with the self-assessment?) and burnout signals (long weeks,
 * runs of draining days). Every threshold is a named, exported constant, tested at its boundary.
 */
import type { SelfAssessment } from '../types/entities';
import { formatEnergy, itemAt } from './audit';
import { DEFAULT_FORMAT_PREFS, formatDuration, formatFixed } from './format';
import type { AuditSummary, DayTally, Tally, WeekTally } from './audit-aggregate';

// ---------------------------------------------------------------------------------------------------
// Self-assessment scores (read directly from the stored record; statements 1–6 lean Staff, 7–12 EM).

export interface AssessmentScores {
  id: string;
  completedAt: string;
  /** 6…30 */
  staff: number;
  /** 6…30 */
  em: number;
}

/** Scores of one assessment, or null while it is unfinished or any answer is missing. */
export function assessmentScores(assessment: SelfAssessment): AssessmentScores | null {
  if (!assessment.completedAt || assessment.answers.length !== 12) return null;
  if (assessment.answers.some((a) => a === null)) return null;
  const answers = assessment.answers as number[];
  const sum = (from: number, to: number) => answers.slice(from, to).reduce((a, b) => a + b, 0);
  return { id: assessment.id, completedAt: assessment.completedAt, staff: sum(0, 6), em: sum(6, 12) };
}

/** The most recently completed assessment with every answer given, scored; null when there is none. */
export function latestAssessmentScores(assessments: readonly SelfAssessment[]): AssessmentScores | null {
  let best: AssessmentScores | null = null;
  for (const assessment of assessments) {
    const scores = assessmentScores(assessment);
    if (scores && (!best || scores.completedAt > best.completedAt)) best = scores;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Fit reading.

/** Below this many energy-rated hours in either lean, the audit does not read a direction. */
export const FIT_MIN_RATED_HOURS = 10;
/** Energy averages closer than this (on the −2…+2 scale) count as even. */
export const FIT_EVEN_ENERGY_GAP = 0.25;
/** From this energy gap on, the audit's lean is called clear rather than slight. */
export const FIT_CLEAR_ENERGY_GAP = 0.75;
/** Staff and EM scores this close (points apart, out of 6…30) count as a close result. */
export const ASSESSMENT_CLOSE_GAP = 3;
/** From this score gap on, the assessment's lean is called clear rather than slight. */
export const ASSESSMENT_CLEAR_GAP = 8;

export type Direction = 'staff' | 'em' | 'even';
export type Strength = 'even' | 'slight' | 'clear';

export interface AuditLean {
  direction: Direction;
  strength: Strength;
  staffAvg: number;
  emAvg: number;
  staffHours: number;
  emHours: number;
  /** staffAvg − emAvg */
  gap: number;
}

export interface AssessmentLean {
  direction: Direction;
  strength: Strength;
  scores: AssessmentScores;
  /** staff − em */
  gap: number;
}

export type Agreement = 'agree' | 'disagree' | 'partly';

export type FitReading =
  | {
      kind: 'not-enough-data';
      staffRatedHours: number;
      emRatedHours: number;
      neededHours: number;
      assessment: AssessmentLean | null;
    }
  | {
      kind: 'reading';
      audit: AuditLean;
      assessment: AssessmentLean | null;
      /** null without an assessment to compare with. */
      agreement: Agreement | null;
      /** Both sides clear and in the same direction. */
      strongAgreement: boolean;
    };

function strengthOf(gap: number, even: number, clear: number): Strength {
  const size = Math.abs(gap);
  return size < even ? 'even' : size < clear ? 'slight' : 'clear';
}

export function assessmentLean(scores: AssessmentScores): AssessmentLean {
  const gap = scores.staff - scores.em;
  // "Close" includes the threshold: 3 points apart is still a close call.
  const strength = strengthOf(gap, ASSESSMENT_CLOSE_GAP + 1, ASSESSMENT_CLEAR_GAP);
  return {
    direction: strength === 'even' ? 'even' : gap > 0 ? 'staff' : 'em',
    strength,
    scores,
    gap,
  };
}

export function fitReading(
  summary: Pick<AuditSummary, 'byLean'>,
  assessment: AssessmentScores | null,
): FitReading {
  const staff: Tally = summary.byLean.staff;
  const em: Tally = summary.byLean.em;
  const assessmentSide = assessment ? assessmentLean(assessment) : null;
  const staffRatedHours = staff.ratedMinutes / 60;
  const emRatedHours = em.ratedMinutes / 60;
  if (
    staffRatedHours < FIT_MIN_RATED_HOURS ||
    emRatedHours < FIT_MIN_RATED_HOURS ||
    staff.avgEnergy === null ||
    em.avgEnergy === null
  ) {
    return {
      kind: 'not-enough-data',
      staffRatedHours,
      emRatedHours,
      neededHours: FIT_MIN_RATED_HOURS,
      assessment: assessmentSide,
    };
  }
  const gap = staff.avgEnergy - em.avgEnergy;
  const strength = strengthOf(gap, FIT_EVEN_ENERGY_GAP, FIT_CLEAR_ENERGY_GAP);
  const audit: AuditLean = {
    direction: strength === 'even' ? 'even' : gap > 0 ? 'staff' : 'em',
    strength,
    staffAvg: staff.avgEnergy,
    emAvg: em.avgEnergy,
    staffHours: staff.minutes / 60,
    emHours: em.minutes / 60,
    gap,
  };
  let agreement: Agreement | null = null;
  if (assessmentSide) {
    if (audit.direction === assessmentSide.direction) agreement = 'agree';
    else if (audit.direction === 'even' || assessmentSide.direction === 'even') agreement = 'partly';
    else agreement = 'disagree';
  }
  return {
    kind: 'reading',
    audit,
    assessment: assessmentSide,
    agreement,
    strongAgreement:
      agreement === 'agree' &&
      audit.direction !== 'even' &&
      audit.strength === 'clear' &&
      assessmentSide?.strength === 'clear',
  };
}

const TRACK_NAMES = { staff: 'Staff-leaning', em: 'EM-leaning' } as const;

/**
 * The disagreement in one sentence, with what to do about it: the fit reading's headline, and what the
 * Staff-or-EM section says next to the self-assessment's result.
 */
export function disagreementLine(
  audit: Pick<AuditLean, 'direction'>,
  assessment: Pick<AssessmentLean, 'direction'>,
): string {
  const name = (d: Direction) => (d === 'staff' ? 'Staff' : d === 'em' ? 'EM' : 'neither');
  return `The audit and your self-assessment disagree: your energy rose more in ${TRACK_NAMES[audit.direction === 'em' ? 'em' : 'staff']} work, while your self-assessment leans ${name(assessment.direction)}. Worth a closer look — a trial in the other direction can settle it.`;
}

/**
 * The fit reading in plain sentences, with the numbers behind it (shared by the screen and the export),
 * numbers and durations in `locale` ("11 h 30 min", not "11.5 h").
 */
export function describeFit(
  reading: FitReading,
  locale = DEFAULT_FORMAT_PREFS.locale,
): { headline: string; details: string[] } {
  const hours = (value: number) => formatDuration(value * 60, locale);
  const assessmentLine = (side: AssessmentLean) => {
    const { staff, em } = side.scores;
    const lean =
      side.direction === 'even'
        ? `a close result (${Math.abs(side.gap)} points apart; ${ASSESSMENT_CLOSE_GAP} or fewer counts as close)`
        : `${side.strength === 'clear' ? 'a clear' : 'a slight'} lean toward ${side.direction === 'staff' ? 'Staff' : 'EM'} (${Math.abs(side.gap)} points apart)`;
    return `Your latest self-assessment scored Staff ${staff} and EM ${em} out of 30: ${lean}.`;
  };
  if (reading.kind === 'not-enough-data') {
    const details = [
      `So far ${hours(reading.staffRatedHours)} of Staff-leaning and ${hours(reading.emRatedHours)} of EM-leaning work have an energy rating; the reading needs at least ${formatDuration(reading.neededHours * 60, locale)} in each.`,
    ];
    if (reading.assessment) details.push(assessmentLine(reading.assessment));
    return { headline: 'Not enough data for a fit reading yet.', details };
  }
  const { audit } = reading;
  const numbers = `Staff-leaning work averaged ${formatEnergy(audit.staffAvg, locale)} over ${hours(audit.staffHours)}; EM-leaning work averaged ${formatEnergy(audit.emAvg, locale)} over ${hours(audit.emHours)} (a gap of ${formatFixed(Math.abs(Math.round(audit.gap * 10) / 10), locale, 1)} on the −2…+2 scale).`;
  const auditHeadline =
    audit.direction === 'even'
      ? 'Your energy was about the same in Staff-leaning and EM-leaning work.'
      : `Your energy rose ${audit.strength === 'clear' ? 'clearly' : 'slightly'} more in ${TRACK_NAMES[audit.direction]} work.`;
  const details = [numbers];
  if (!reading.assessment) {
    details.push('Take the self-assessment to compare this with how you see yourself.');
    return { headline: auditHeadline, details };
  }
  details.push(assessmentLine(reading.assessment));
  const verdict =
    reading.agreement === 'agree'
      ? reading.strongAgreement
        ? 'The audit and your self-assessment agree, strongly: both lean clearly the same way.'
        : audit.direction === 'even'
          ? 'The audit and your self-assessment agree: neither leans clearly either way.'
          : 'The audit and your self-assessment agree, though at least one of them only slightly.'
      : reading.agreement === 'disagree'
        ? disagreementLine(reading.audit, reading.assessment)
        : 'The audit and your self-assessment partly agree: one of them leans a way the other does not.';
  if (reading.agreement === 'disagree') {
    // The most important thing this reading has to say: it leads, and the numbers follow.
    return { headline: verdict, details: [auditHeadline, ...details] };
  }
  details.push(verdict);
  return { headline: auditHeadline, details };
}

// ---------------------------------------------------------------------------------------------------
// Burnout signals.

/** A week with more than this many logged hours is a long week. */
export const LONG_WEEK_HOURS = 50;
/** A day is draining when its time-weighted average energy is at or below this… */
export const DRAINING_DAY_ENERGY = -0.5;
/** …over at least this many rated hours (a single bad meeting does not make a draining day). */
export const DRAINING_DAY_MIN_RATED_HOURS = 2;
/** This many draining days in a row (counting only days with something logged) is a signal. */
export const DRAINING_RUN_DAYS = 3;

export type BurnoutSignal =
  | { kind: 'long-week'; weekIndex: number; start: string; end: string; hours: number }
  | { kind: 'draining-run'; start: string; end: string; days: number; avgEnergy: number };

export function isDrainingDay(day: Pick<DayTally, 'ratedMinutes' | 'avgEnergy'>): boolean {
  return (
    day.avgEnergy !== null &&
    day.ratedMinutes >= DRAINING_DAY_MIN_RATED_HOURS * 60 &&
    day.avgEnergy <= DRAINING_DAY_ENERGY
  );
}

/**
 * Long weeks, then runs of draining days. Days with nothing logged (weekends, leave) neither break nor
 * extend a run; a logged day that is not draining ends it.
 */
export function burnoutSignals(summary: { weeks: WeekTally[]; days: DayTally[] }): BurnoutSignal[] {
  const signals: BurnoutSignal[] = [];
  for (const week of summary.weeks) {
    if (week.minutes > LONG_WEEK_HOURS * 60) {
      signals.push({
        kind: 'long-week',
        weekIndex: week.index,
        start: week.start,
        end: week.end,
        hours: week.minutes / 60,
      });
    }
  }
  let run: DayTally[] = [];
  const close = () => {
    if (run.length >= DRAINING_RUN_DAYS) {
      const rated = run.reduce((sum, d) => sum + d.ratedMinutes, 0);
      const energy = run.reduce((sum, d) => sum + (d.avgEnergy ?? 0) * d.ratedMinutes, 0);
      signals.push({
        kind: 'draining-run',
        start: itemAt(run, 0).date,
        end: itemAt(run, run.length - 1).date,
        days: run.length,
        avgEnergy: energy / rated,
      });
    }
    run = [];
  };
  for (const day of summary.days) {
    if (day.minutes === 0) continue;
    if (isDrainingDay(day)) run.push(day);
    else close();
  }
  close();
  return signals;
}
