/**
 * Built-in content of the Staff-vs-EM self-assessment: the twelve statements, the answer scale, what each
 * reading means, the two decision framings and the trial ideas. All in the app's own words.
 */
import type { Track } from '../types/entities';

export interface AssessmentStatement {
  /** 1…12; statements 1–6 lean Staff, 7–12 lean EM (the scoring in shared/domain/assessment.ts relies on it). */
  number: number;
  lean: Track;
  text: string;
  /** A few words naming the statement, for lists and tables. */
  short: string;
}

export const ASSESSMENT_STATEMENTS: readonly AssessmentStatement[] = [
  {
    number: 1,
    lean: 'staff',
    text: 'I am drawn to the hardest, least defined technical problems, even when nobody can tell me yet what a good answer looks like.',
    short: 'Hard technical ambiguity',
  },
  {
    number: 2,
    lean: 'staff',
    text: 'I like writing a proposal that lays out the options and their trade-offs, and then bringing several teams to agree on one.',
    short: 'Proposals that align teams',
  },
  {
    number: 3,
    lean: 'staff',
    text: 'I would gladly spend a week deep in a system’s architecture, working out how it should evolve over the next years.',
    short: 'Deep architecture work',
  },
  {
    number: 4,
    lean: 'staff',
    text: 'I can change how engineers in other teams work by persuading them, without any formal authority over them.',
    short: 'Influence without authority',
  },
  {
    number: 5,
    lean: 'staff',
    text: 'I am comfortable being accountable for a technical outcome that spans several teams.',
    short: 'Accountable for cross-team outcomes',
  },
  {
    number: 6,
    lean: 'staff',
    text: 'I enjoy mentoring other engineers through technical feedback: design reviews, code reviews and pairing.',
    short: 'Mentoring through technical feedback',
  },
  {
    number: 7,
    lean: 'em',
    text: 'Coaching people and helping them grow gives me energy.',
    short: 'Coaching people',
  },
  {
    number: 8,
    lean: 'em',
    text: 'I can give direct, uncomfortable feedback and hold a hard conversation without putting it off.',
    short: 'Direct feedback and hard conversations',
  },
  {
    number: 9,
    lean: 'em',
    text: 'I enjoy turning a pile of competing requests into clear priorities and a plan a team can follow.',
    short: 'Priorities and plans',
  },
  {
    number: 10,
    lean: 'em',
    text: 'I am willing to spend most of my days in meetings when that is what unblocks people and keeps them aligned.',
    short: 'Meetings that unblock and align',
  },
  {
    number: 11,
    lean: 'em',
    text: 'I can represent what my team needs to stakeholders and negotiate what we will and will not take on.',
    short: 'Representing the team, negotiating scope',
  },
  {
    number: 12,
    lean: 'em',
    text: 'I find it interesting to plan hiring and to decide how a team should be shaped.',
    short: 'Hiring and team design',
  },
];

/**
 * When the statements were last reworded, and what the reworded ones said before (issue 18: six of them
 * had drifted from the idea the assessment is built on, such as asking whether you would *enjoy*
 * influencing peers where the idea is whether you *can*). Statement numbers never change, so an older
 * take keeps its answers and is still scored; its history says it answered the earlier wording, and its
 * result shows the statements as that take read them.
 */
export const STATEMENT_REWORDING = {
  /** The day the new wording shipped (`yyyy-MM-dd`); takes finished before it read `before`. */
  on: '2026-12-04',
  before: {
    4: 'I enjoy changing how engineers in other teams work by convincing them, without having any authority over them.',
    5: 'I want to be the one answerable for whether a technical outcome that spans several teams succeeds.',
    6: 'I help other engineers grow mostly through technical feedback: design reviews, code reviews and pairing.',
    7: 'Helping someone get better at their job gives me more energy than solving the problem myself.',
    10: 'A day made mostly of meetings and conversations can still feel like a good, productive day to me.',
    11: 'I like speaking for my team to the rest of the organisation and negotiating what we will and will not take on.',
  } as Readonly<Record<number, string>>,
} as const;

/** Labels of the answer scale, index 0 = answer 1. */
export const LIKERT_LABELS = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
] as const;

export const TRACK_NAMES: Record<Track, string> = {
  staff: 'Staff engineer',
  em: 'Engineering manager',
};

/** Short names for chart legends and table headers. */
export const SCORE_NAMES: Record<Track, string> = { staff: 'Staff', em: 'EM' };

export interface ReadingText {
  title: string;
  summary: string;
  interpretation: string;
  nextStep: string;
}

export const READING_TEXTS: Record<'staff' | 'em' | 'hybrid', ReadingText> = {
  staff: {
    title: 'Leaning Staff engineer',
    summary: 'Staff',
    interpretation:
      'Your answers favour the technical path: finding the problems worth solving, untangling hard ones and leading across teams without managing anyone. Look for work where your judgement shapes what several teams build.',
    nextStep:
      'Before you commit, run a Staff trial — a cross-team proposal or a migration — and check that the day-to-day feels as good as the idea of it.',
  },
  em: {
    title: 'Leaning Engineering manager',
    summary: 'EM',
    interpretation:
      'Your answers favour growing people and the systems a team runs on: coaching, planning, honest feedback and speaking for the team. Look for chances to make other people successful and measure yourself by what they deliver.',
    nextStep:
      'Before you commit, run an EM trial — onboard a new hire or run the next planning — and notice whether other people’s progress feels like your own.',
  },
  hybrid: {
    title: 'Close — a hybrid period may suit you',
    summary: 'Close',
    interpretation:
      'Your two scores are close. That is not indecision: it often means a hybrid role fits you right now, such as a tech lead manager who leads a small team and keeps a hand in the code, or a Staff engineer acting as program lead for a cross-team effort.',
    nextStep:
      'Run one trial of each kind and compare how they felt. Your energy during real work will tell you more than another round of questions.',
  },
};

export type Framing = 'technical-direction' | 'team-building';

export const FRAMING_TRACK: Record<Framing, Track> = {
  'technical-direction': 'staff',
  'team-building': 'em',
};

export const FRAMINGS: readonly { value: Framing; track: Track; label: string }[] = [
  {
    value: 'technical-direction',
    track: 'staff',
    label: 'I want my main impact to come from setting technical direction and getting it done across teams.',
  },
  {
    value: 'team-building',
    track: 'em',
    label: 'I want my main impact to come from building a team that delivers and keeps growing, sustainably.',
  },
];

export interface TrialIdea {
  key: string;
  track: Track;
  title: string;
  description: string;
  /** Asked when the trial ends; the answer is the trial's result. */
  signalQuestion: string;
}

export const TRIAL_IDEAS: readonly TrialIdea[] = [
  {
    key: 'staff-rfc',
    track: 'staff',
    title: 'Lead a cross-team RFC',
    description:
      'Pick a problem that touches several teams. Write down the problem, the options, their trade-offs and a rollout plan, then take it through review to a decision.',
    signalQuestion:
      'Looking back, did bringing people to agreement feel more rewarding than writing the code yourself would have?',
  },
  {
    key: 'staff-migration',
    track: 'staff',
    title: 'Own a multi-service migration or reliability push',
    description:
      'Take end-to-end responsibility for a change that several services or teams must make, from the plan to the last straggler.',
    signalQuestion:
      'Did you enjoy coordinating the whole effort and answering for its outcome more than doing your own slice of it?',
  },
  {
    key: 'staff-reviews',
    track: 'staff',
    title: 'Facilitate architecture reviews and set a standard',
    description:
      'Run design reviews for a few weeks and turn what keeps coming up into a written standard that teams adopt.',
    signalQuestion:
      'Did shaping how other people build feel like time well spent, or did you mostly miss building things yourself?',
  },
  {
    key: 'staff-impact',
    track: 'staff',
    title: 'Measure the impact of technical work',
    description:
      'Choose one measure — latency, reliability, developer productivity — take a baseline, make a change and show what moved.',
    signalQuestion: 'Did tying technical work to a measurable result give you energy?',
  },
  {
    key: 'em-onboarding',
    track: 'em',
    title: 'Own the onboarding of a new hire',
    description:
      'Plan their first weeks, pair them with the right people, check in often and remove what slows them down.',
    signalQuestion:
      'When they shipped their first real change, did it satisfy you as much as shipping something yourself?',
  },
  {
    key: 'em-planning',
    track: 'em',
    title: 'Run sprint or quarter planning',
    description:
      'Gather the requests, make the trade-offs visible, agree on priorities and write the plan the team works from.',
    signalQuestion: 'Did you enjoy turning competing demands into a plan the team believed in?',
  },
  {
    key: 'em-growth-loop',
    track: 'em',
    title: 'Run a monthly growth check-in',
    description:
      'With one or two teammates who want it: agree on a goal, meet monthly, give honest feedback and follow up.',
    signalQuestion: 'Did their progress feel like your own success?',
  },
  {
    key: 'em-conflict',
    track: 'em',
    title: 'Address a recurring collaboration conflict early',
    description:
      'Notice friction that keeps coming back between people or teams and raise it while it is still small.',
    signalQuestion:
      'After the hard conversation, were you energised or drained — and would you do it again next week?',
  },
];

/** The signal question of a trial the user wrote themselves. */
export const OWN_TRIAL_SIGNAL: Record<Track, string> = {
  staff: 'Did shaping the technical direction feel better than doing the implementation yourself?',
  em: 'Did other people’s success feel like your own?',
};

export const ENERGY_LABELS: Record<number, string> = {
  [-2]: 'Drained',
  [-1]: 'A bit drained',
  0: 'Neutral',
  1: 'A bit energised',
  2: 'Energised',
};

export function trialIdea(key: string | null): TrialIdea | undefined {
  return key === null ? undefined : TRIAL_IDEAS.find((idea) => idea.key === key);
}
