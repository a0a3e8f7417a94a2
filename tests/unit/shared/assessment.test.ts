import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STATEMENTS, FRAMINGS, OWN_TRIAL_SIGNAL, TRIAL_IDEAS } from '@shared/content/assessment';
import {
  AssessmentInputError,
  CLOSE_THRESHOLD,
  MAX_SCORE,
  MIN_SCORE,
  allowedTrialActions,
  answeredCount,
  answerProblems,
  applyTrialAction,
  assessmentHistory,
  assessmentResult,
  buildTimeline,
  decisionAdvice,
  detectDrift,
  driversOf,
  emptyAnswers,
  firstUnanswered,
  looksLikeSeveralSentences,
  readScores,
  scoreAnswers,
  signalQuestionOf,
  trialEnergyByTrack,
  trialPhase,
  trialProblems,
  unfinishedTake,
  validateAnswers,
  withAnswer,
  type TrialDraft,
  newestPoints,
  sortDecisionsNewestFirst,
} from '@shared/domain/assessment';
import type { Decision, SelfAssessment, Trial } from '@shared/types/entities';

/** Six Staff answers then six EM answers. */
const answers = (staff: number[], em: number[]) => [...staff, ...em];
const answerArb = fc.integer({ min: 1, max: 5 });
const answersArb = fc.array(answerArb, { minLength: 12, maxLength: 12 });
const all = (value: number): (number | null)[] => Array.from({ length: 12 }, () => value);

describe('the content', () => {
  it('has twelve statements: 1–6 lean Staff, 7–12 lean EM', () => {
    expect(ASSESSMENT_STATEMENTS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ASSESSMENT_STATEMENTS.slice(0, 6).every((s) => s.lean === 'staff')).toBe(true);
    expect(ASSESSMENT_STATEMENTS.slice(6).every((s) => s.lean === 'em')).toBe(true);
  });
  it('has four trial ideas per track, each with a unique key and a signal question', () => {
    expect(TRIAL_IDEAS.filter((i) => i.track === 'staff')).toHaveLength(4);
    expect(TRIAL_IDEAS.filter((i) => i.track === 'em')).toHaveLength(4);
    expect(new Set(TRIAL_IDEAS.map((i) => i.key)).size).toBe(8);
    expect(TRIAL_IDEAS.every((i) => i.signalQuestion.endsWith('?'))).toBe(true);
  });
});

describe('scoring', () => {
  it('sums statements 1–6 as Staff and 7–12 as EM', () => {
    expect(scoreAnswers(answers([5, 4, 3, 2, 1, 5], [1, 1, 1, 1, 1, 2]))).toEqual({ staff: 20, em: 7 });
  });
  it('spans 6 to 30 per score', () => {
    expect(scoreAnswers(all(1))).toEqual({ staff: MIN_SCORE, em: MIN_SCORE });
    expect(scoreAnswers(all(5))).toEqual({ staff: MAX_SCORE, em: MAX_SCORE });
    expect([MIN_SCORE, MAX_SCORE]).toEqual([6, 30]);
  });
  it('keeps both scores within 6–30 for any valid answers (property)', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { staff, em } = scoreAnswers(a);
        return staff >= 6 && staff <= 30 && em >= 6 && em <= 30;
      }),
    );
  });

  it('refuses a missing answer instead of scoring it as zero', () => {
    const a: (number | null)[] = all(3);
    a[4] = null;
    expect(() => scoreAnswers(a)).toThrow(AssessmentInputError);
    expect(() => scoreAnswers(a)).toThrow(/statement 5 not answered/);
    const b: unknown[] = all(3);
    b[11] = undefined;
    expect(() => scoreAnswers(b)).toThrow(/statement 12 not answered/);
  });
  it.each([0, 6, -1, 2.5, Number.NaN, Infinity, '3', true])('refuses the answer %s', (bad) => {
    const a: unknown[] = all(3);
    a[7] = bad;
    try {
      scoreAnswers(a);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(AssessmentInputError);
      expect((error as AssessmentInputError).problems).toEqual([
        { statement: 8, problem: 'out-of-range', value: bad },
      ]);
    }
  });
  it('refuses the wrong number of answers', () => {
    expect(() => scoreAnswers(Array.from({ length: 11 }, () => 3))).toThrow(/Expected 12 answers, got 11/);
    expect(() => scoreAnswers(Array.from({ length: 13 }, () => 3))).toThrow(/Expected 12 answers, got 13/);
    expect(() => scoreAnswers([])).toThrow(AssessmentInputError);
  });
  it('names every problem at once', () => {
    const a: unknown[] = [null, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, null];
    expect(answerProblems(a).map((p) => [p.statement, p.problem])).toEqual([
      [1, 'missing'],
      [2, 'out-of-range'],
      [12, 'missing'],
    ]);
    expect(() => validateAnswers(a)).toThrow(
      'The answers cannot be scored: statement 1, 12 not answered; statement 2 not a whole number from 1 to 5.',
    );
  });
});

describe('the reading', () => {
  it('uses a close threshold of 3 points', () => {
    expect(CLOSE_THRESHOLD).toBe(3);
  });
  it.each([
    // staff, em, reading — every edge of the threshold on both sides
    [18, 14, 'staff'], // gap +4: just outside
    [17, 14, 'hybrid'], // gap +3: the edge of close
    [16, 14, 'hybrid'],
    [15, 14, 'hybrid'],
    [14, 14, 'hybrid'], // equal
    [14, 15, 'hybrid'],
    [14, 17, 'hybrid'], // gap −3
    [14, 18, 'em'], // gap −4
    [30, 6, 'staff'], // extremes
    [6, 30, 'em'],
    [30, 27, 'hybrid'],
    [30, 26, 'staff'],
    [6, 9, 'hybrid'],
    [6, 10, 'em'],
  ] as const)('Staff %i vs EM %i reads %s', (staff, em, reading) => {
    expect(readScores({ staff, em })).toBe(reading);
  });
  it('reads through full answer sets at the edges', () => {
    // Staff 19 vs EM 16 (gap 3) → close; one more Staff point → Staff.
    expect(assessmentResult(answers([4, 3, 3, 3, 3, 3], [3, 3, 3, 3, 2, 2])).reading).toBe('hybrid');
    expect(assessmentResult(answers([4, 4, 3, 3, 3, 3], [3, 3, 3, 3, 2, 2])).reading).toBe('staff');
    expect(assessmentResult(answers([3, 3, 3, 3, 2, 2], [4, 4, 3, 3, 3, 3])).reading).toBe('em');
  });
  it('honours another threshold when one is passed, including 0', () => {
    expect(readScores({ staff: 15, em: 14 }, 0)).toBe('staff');
    expect(readScores({ staff: 14, em: 14 }, 0)).toBe('hybrid');
    expect(readScores({ staff: 20, em: 14 }, 6)).toBe('hybrid');
  });
  it('refuses impossible scores and thresholds', () => {
    expect(() => readScores({ staff: 5, em: 14 })).toThrow(AssessmentInputError);
    expect(() => readScores({ staff: 14, em: 31 })).toThrow(AssessmentInputError);
    expect(() => readScores({ staff: 14.5, em: 14 })).toThrow(AssessmentInputError);
    expect(() => readScores({ staff: 14, em: 14 }, -1)).toThrow(/threshold/);
    expect(() => readScores({ staff: 14, em: 14 }, 1.5)).toThrow(/threshold/);
  });
  it('mirrors: swapping the two scores swaps Staff and EM (property)', () => {
    const scoreArb = fc.integer({ min: 6, max: 30 });
    fc.assert(
      fc.property(scoreArb, scoreArb, (staff, em) => {
        const mirror = { staff: 'em', em: 'staff', hybrid: 'hybrid' } as const;
        return readScores({ staff: em, em: staff }) === mirror[readScores({ staff, em })];
      }),
    );
  });
  it('is close exactly when the gap is within the threshold (property)', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = assessmentResult(a);
        return (r.reading === 'hybrid') === Math.abs(r.gap) <= CLOSE_THRESHOLD && r.gap === r.staff - r.em;
      }),
    );
  });
});

describe('what drove the result', () => {
  it('for Staff: agreement with Staff statements and disagreement with EM ones, strongest first', () => {
    const a = answers([5, 3, 4, 2, 5, 3], [1, 3, 3, 3, 2, 3]);
    const result = assessmentResult(a);
    expect(result.reading).toBe('staff');
    expect(result.drivers.map((d) => [d.statement, d.pull])).toEqual([
      [1, 2],
      [5, 2],
      [7, 2],
      [3, 1],
    ]);
  });
  it('for EM: the mirror image', () => {
    const a = answers([1, 3, 3, 3, 3, 3], [5, 5, 3, 3, 3, 4]);
    expect(driversOf(a, 'em').map((d) => d.statement)).toEqual([1, 7, 8, 12]);
    expect(driversOf(a, 'em').every((d) => d.pull < 0)).toBe(true);
  });
  it('for close: the strongest agreements on each side', () => {
    const a = answers([5, 4, 4, 3, 3, 3], [4, 3, 5, 3, 4, 3]);
    expect(assessmentResult(a).reading).toBe('hybrid');
    expect(driversOf(a, 'hybrid').map((d) => d.statement)).toEqual([1, 2, 9, 7]);
  });
  it('names nothing when every answer sits in the middle', () => {
    expect(assessmentResult(all(3)).drivers).toEqual([]);
  });
  it('only ever names statements that pushed toward the reading (property)', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = assessmentResult(a);
        if (r.reading === 'staff') return r.drivers.every((d) => d.pull > 0);
        if (r.reading === 'em') return r.drivers.every((d) => d.pull < 0);
        return r.drivers.every((d) => d.answer >= 4);
      }),
    );
  });
  it('refuses incomplete answers', () => {
    expect(() => driversOf(emptyAnswers(), 'staff')).toThrow(AssessmentInputError);
  });
});

describe('a take in progress', () => {
  it('starts empty and records answers one by one', () => {
    let a = emptyAnswers();
    expect(answeredCount(a)).toBe(0);
    expect(firstUnanswered(a)).toBe(0);
    a = withAnswer(a, 0, 4);
    a = withAnswer(a, 2, 5);
    expect(answeredCount(a)).toBe(2);
    expect(firstUnanswered(a)).toBe(1);
    expect(firstUnanswered(all(2))).toBe(-1);
  });
  it('refuses an answer out of range or for a statement that does not exist', () => {
    expect(() => withAnswer(emptyAnswers(), 0, 0)).toThrow(AssessmentInputError);
    expect(() => withAnswer(emptyAnswers(), 0, 6)).toThrow(AssessmentInputError);
    expect(() => withAnswer(emptyAnswers(), 0, 3.5)).toThrow(AssessmentInputError);
    expect(() => withAnswer(emptyAnswers(), 12, 3)).toThrow(/no statement 13/);
    expect(() => withAnswer(emptyAnswers(), -1, 3)).toThrow(AssessmentInputError);
  });
  it('finds the newest unfinished take', () => {
    const takes = [
      { startedAt: '2026-01-01T10:00:00.000Z', completedAt: null, id: 'a' },
      { startedAt: '2026-03-01T10:00:00.000Z', completedAt: null, id: 'b' },
      { startedAt: '2026-04-01T10:00:00.000Z', completedAt: '2026-04-01T10:05:00.000Z', id: 'c' },
    ];
    expect(unfinishedTake(takes)?.id).toBe('b');
    expect(unfinishedTake([takes[2]!])).toBeUndefined();
  });
});

function take(id: string, completedAt: string | null, a: (number | null)[]): SelfAssessment {
  return { id, startedAt: completedAt ?? '2026-01-01T00:00:00.000Z', completedAt, answers: a };
}
const STAFF = answers([5, 5, 5, 4, 4, 4], [2, 2, 2, 2, 2, 2]);
const EM = answers([2, 2, 2, 2, 2, 2], [5, 5, 5, 4, 4, 4]);
const CLOSE = all(3);

describe('history and drift', () => {
  it('orders completed takes oldest first and leaves the unfinished one out', () => {
    const history = assessmentHistory([
      take('2', '2026-06-01T09:00:00.000Z', EM),
      take('u', null, emptyAnswers()),
      take('1', '2026-01-01T09:00:00.000Z', STAFF),
    ]);
    expect(history.points.map((p) => [p.id, p.reading, p.staff, p.em])).toEqual([
      ['1', 'staff', 27, 12],
      ['2', 'em', 12, 27],
    ]);
    expect(history.invalid).toEqual([]);
  });
  it('reports a completed take with unscorable answers instead of scoring it as zero', () => {
    const broken: (number | null)[] = [...STAFF];
    broken[3] = null;
    const history = assessmentHistory([take('x', '2026-01-01T09:00:00.000Z', broken)]);
    expect(history.points).toEqual([]);
    expect(history.invalid).toHaveLength(1);
    expect(history.invalid[0]).toMatchObject({ id: 'x', completedAt: '2026-01-01T09:00:00.000Z' });
    expect(history.invalid[0]?.error).toContain('statement 4');
  });
  it('notes each change of leaning between consecutive takes', () => {
    const { points } = assessmentHistory([
      take('1', '2026-01-01T09:00:00.000Z', STAFF),
      take('2', '2026-02-01T09:00:00.000Z', STAFF),
      take('3', '2026-03-01T09:00:00.000Z', CLOSE),
      take('4', '2026-04-01T09:00:00.000Z', EM),
    ]);
    expect(detectDrift(points).map((d) => [d.fromId, d.from, d.toId, d.to])).toEqual([
      ['2', 'staff', '3', 'hybrid'],
      ['3', 'hybrid', '4', 'em'],
    ]);
  });
  it('finds no drift with one take or an unchanged leaning', () => {
    const { points } = assessmentHistory([
      take('1', '2026-01-01T09:00:00.000Z', STAFF),
      take('2', '2026-02-01T09:00:00.000Z', answers([4, 4, 4, 4, 4, 4], [1, 1, 1, 1, 1, 1])),
    ]);
    expect(detectDrift(points)).toEqual([]);
    expect(detectDrift(points.slice(0, 1))).toEqual([]);
    expect(detectDrift([])).toEqual([]);
  });
});

describe('the decision statement', () => {
  it('suggests a trial first when the framing does not feel energising', () => {
    expect(decisionAdvice({ framing: 'team-building', energising: false }, 'em')).toEqual({
      track: 'em',
      suggestTrial: true,
      agreement: 'agrees',
    });
    expect(decisionAdvice({ framing: 'technical-direction', energising: true }, 'staff').suggestTrial).toBe(
      false,
    );
  });
  it('compares the framing with the latest reading', () => {
    expect(decisionAdvice({ framing: 'technical-direction', energising: true }, 'em').agreement).toBe(
      'differs',
    );
    expect(decisionAdvice({ framing: 'technical-direction', energising: true }, 'hybrid').agreement).toBe(
      'close',
    );
    expect(decisionAdvice({ framing: 'technical-direction', energising: true }, null).agreement).toBe(
      'no-result',
    );
    expect(FRAMINGS.map((f) => f.track)).toEqual(['staff', 'em']);
  });
  it('spots more than one sentence', () => {
    expect(looksLikeSeveralSentences('I want to lead our platform’s technical direction.')).toBe(false);
    expect(looksLikeSeveralSentences('I want to lead. I also want to code!')).toBe(true);
    expect(looksLikeSeveralSentences('  ')).toBe(false);
    expect(looksLikeSeveralSentences('Version 2.0 of our API is mine')).toBe(false);
  });
});

const trial = (over: Partial<TrialDraft> = {}): TrialDraft => ({
  track: 'staff',
  title: 'Lead the storage RFC',
  ideaKey: 'staff-rfc',
  startDate: '2026-03-01',
  endDate: null,
  status: 'planned',
  notes: '',
  energy: null,
  signalAnswer: '',
  ...over,
});

describe('trials', () => {
  it('needs a title, a start date and an end date not before the start', () => {
    expect(trialProblems(trial())).toEqual([]);
    expect(trialProblems(trial({ title: '  ' })).map((p) => p.field)).toEqual(['title']);
    expect(trialProblems(trial({ startDate: '' })).map((p) => p.field)).toEqual(['startDate']);
    expect(trialProblems(trial({ endDate: '2026-02-28' })).map((p) => p.field)).toEqual(['endDate']);
    expect(trialProblems(trial({ endDate: '2026-03-01' }))).toEqual([]);
    expect(trialProblems(trial({ energy: 3 })).map((p) => p.field)).toEqual(['energy']);
  });
  it('needs an end date, an energy rating and the signal answer to be done', () => {
    expect(trialProblems(trial({ status: 'done' })).map((p) => p.field)).toEqual([
      'endDate',
      'energy',
      'signalAnswer',
    ]);
    expect(
      trialProblems(trial({ status: 'done', endDate: '2026-04-01', energy: -2, signalAnswer: 'No.' })),
    ).toEqual([]);
  });
  it('moves planned → running → done, and done can be reopened', () => {
    expect(allowedTrialActions('planned')).toEqual(['start', 'finish']);
    expect(allowedTrialActions('running')).toEqual(['finish']);
    expect(allowedTrialActions('done')).toEqual(['reopen']);

    const started = applyTrialAction(trial(), 'start', '2026-03-05');
    expect(started).toMatchObject({ ok: true, trial: { status: 'running', startDate: '2026-03-01' } });
    if (!started.ok) throw new Error('unreachable');

    const early = applyTrialAction(trial({ startDate: '2026-04-01' }), 'start', '2026-03-05');
    expect(early).toMatchObject({ ok: true, trial: { startDate: '2026-03-05' } });

    const unanswered = applyTrialAction(started.trial, 'finish', '2026-03-30', {
      endDate: '2026-03-30',
      energy: 1,
      signalAnswer: ' ',
    });
    expect(unanswered).toMatchObject({ ok: false, problems: [{ field: 'signalAnswer' }] });

    const done = applyTrialAction(started.trial, 'finish', '2026-03-30', {
      endDate: '2026-03-30',
      energy: 2,
      signalAnswer: '  Yes, clearly. ',
    });
    expect(done).toMatchObject({
      ok: true,
      trial: { status: 'done', endDate: '2026-03-30', energy: 2, signalAnswer: 'Yes, clearly.' },
    });
    if (!done.ok) throw new Error('unreachable');
    expect(applyTrialAction(done.trial, 'start', '2026-04-01')).toMatchObject({
      ok: false,
      problems: [{ field: 'status' }],
    });
    expect(applyTrialAction(done.trial, 'reopen', '2026-04-01')).toMatchObject({
      ok: true,
      trial: { status: 'running' },
    });
  });
  it('tells when a trial is due to start or to finish', () => {
    expect(trialPhase(trial(), '2026-02-28')).toBe('planned');
    expect(trialPhase(trial(), '2026-03-01')).toBe('due-to-start');
    expect(trialPhase(trial({ status: 'running', endDate: '2026-03-31' }), '2026-03-31')).toBe('running');
    expect(trialPhase(trial({ status: 'running', endDate: '2026-03-31' }), '2026-04-01')).toBe(
      'due-to-finish',
    );
    expect(trialPhase(trial({ status: 'running' }), '2030-01-01')).toBe('running');
    expect(trialPhase(trial({ status: 'done' }), '2026-01-01')).toBe('done');
  });
  it('asks the idea’s signal question, or the track’s for an own idea', () => {
    expect(signalQuestionOf({ ideaKey: 'em-planning', track: 'em' })).toBe(
      TRIAL_IDEAS.find((i) => i.key === 'em-planning')!.signalQuestion,
    );
    expect(signalQuestionOf({ ideaKey: null, track: 'staff' })).toBe(OWN_TRIAL_SIGNAL.staff);
    expect(signalQuestionOf({ ideaKey: 'gone', track: 'em' })).toBe(OWN_TRIAL_SIGNAL.em);
  });
  it('averages the energy of finished, rated trials per track', () => {
    expect(
      trialEnergyByTrack([
        { track: 'staff', status: 'done', energy: 2 },
        { track: 'staff', status: 'done', energy: -1 },
        { track: 'staff', status: 'running', energy: -2 },
        { track: 'em', status: 'done', energy: null },
      ]),
    ).toEqual([
      { track: 'staff', done: 2, averageEnergy: 0.5 },
      { track: 'em', done: 1, averageEnergy: null },
    ]);
  });
});

describe('the timeline', () => {
  it('puts takes, trial starts and ends, and decisions on one date line', () => {
    const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    const { points } = assessmentHistory([
      take('t1', '2026-03-01T09:00:00.000Z', STAFF),
      take('t2', '2026-05-01T09:00:00.000Z', EM),
    ]);
    const trials: Trial[] = [
      {
        id: 'r1',
        ...trial({ startDate: '2026-03-01', endDate: '2026-04-15', status: 'done', energy: 1 }),
        ...stamps,
      },
      { id: 'r2', ...trial({ startDate: '2026-06-01' }), ...stamps },
    ];
    const decisions: Decision[] = [
      {
        id: 'd1',
        date: '2026-04-20',
        statement: 'I want to grow a team.',
        framing: 'team-building',
        energising: true,
        ...stamps,
      },
    ];
    const events = buildTimeline(points, trials, decisions, (iso) => iso.slice(0, 10));
    expect(events.map((e) => [e.date, e.kind, e.id])).toEqual([
      ['2026-03-01', 'trial-start', 'r1'],
      ['2026-03-01', 'take', 't1'],
      ['2026-04-15', 'trial-end', 'r1'],
      ['2026-04-20', 'decision', 'd1'],
      ['2026-05-01', 'take', 't2'],
      ['2026-06-01', 'trial-start', 'r2'],
    ]);
  });
});

describe('ordering helpers never touch their (maybe frozen) input', () => {
  it('property: the newest page of the history, newest first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 120 }),
        fc.integer({ min: 0, max: 130 }),
        (points, limit) => {
          const frozen = Object.freeze([...points]);
          expect(newestPoints(frozen, limit)).toEqual([...points].reverse().slice(0, limit));
          expect(frozen).toEqual(points);
        },
      ),
    );
  });

  it('sorts frozen decisions newest first into a new array', () => {
    const decisions = Object.freeze([
      Object.freeze({ id: 'old', createdAt: '2026-01-01T00:00:00.000Z' }),
      Object.freeze({ id: 'new', createdAt: '2026-03-01T00:00:00.000Z' }),
    ]);
    expect(sortDecisionsNewestFirst(decisions).map((d) => d.id)).toEqual(['new', 'old']);
    expect(decisions.map((d) => d.id)).toEqual(['old', 'new']);
  });
});
