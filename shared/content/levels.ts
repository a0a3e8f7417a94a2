/**
 * A common scope ladder (one large company's, simplified): ladders differ between companies, so the
 * profile's level field takes any text and offers these as suggestions, and the growth plan shows the
 * ladder with the user's place on it when their level names one of these steps (`ladderStep`).
 */
export type LadderCode = 'E3' | 'E4' | 'E5' | 'E6' | 'M1';

export interface LadderStep {
  code: LadderCode;
  /** The suggestion offered in the profile's level field. */
  value: string;
  title: string;
  /** What the level is trusted with. */
  scope: string;
  /** What is different from the step below: the change to make to get here. */
  change: string;
  /** How far ahead the work at this level looks. */
  horizon: string;
}

export const LADDER: readonly LadderStep[] = [
  {
    code: 'E3',
    value: 'E3 · Software engineer',
    title: 'Software engineer',
    scope: 'Takes well-defined tasks of a few days and does them well.',
    change: 'The first step: learning to deliver what is asked, reliably.',
    horizon: 'Days',
  },
  {
    code: 'E4',
    value: 'E4 · Software engineer II',
    title: 'Software engineer II',
    scope: 'Breaks features of a month or two into steps and delivers them.',
    change: 'From doing tasks to shaping them: you are handed a feature, not its steps.',
    horizon: 'Weeks to a couple of months',
  },
  {
    code: 'E5',
    value: 'E5 · Senior engineer',
    title: 'Senior engineer',
    scope: 'Owns a small system and open-ended problems over a quarter or more; may lead a few people.',
    change:
      'From features to a system: you find your own next problem, and your manager could leave for a month without worrying.',
    horizon: 'A quarter or more',
  },
  {
    code: 'E6',
    value: 'E6 · Staff engineer',
    title: 'Staff engineer',
    scope: 'Owns an area across teams, picks the problems worth solving and brings people along.',
    change:
      'From building things right to making sure the right things get built: the scope is an area across teams, and you answer for its business results.',
    horizon: 'Quarters to years',
  },
  {
    code: 'M1',
    value: 'M1 · Engineering manager',
    title: 'Engineering manager',
    scope: 'Leads a team: its people, its plans and what it delivers.',
    change:
      'A parallel path, not a step above Staff: your results come through the people you hire, coach and unblock.',
    horizon: 'Quarters, through the team',
  },
];

/** The suggestions of the profile's level field. */
export const LEVEL_SUGGESTIONS = LADDER.map(({ value, scope }) => ({ value, scope }));

/**
 * The ladder step a free-text level names: one of the suggestions as offered, or its code on its own
 * ("E5", "e6 – staff"); null when it names none (another company's ladder, or nothing yet).
 */
export function ladderStep(level: string): LadderStep | null {
  const match = /(?:^|[^a-z0-9])([em])\s?([1-6])(?![0-9])/i.exec(level.trim());
  if (!match) return null;
  const code = `${(match[1] ?? '').toUpperCase()}${match[2] ?? ''}`;
  return LADDER.find((step) => step.code === code) ?? null;
}

/** The step a target track aims for: Staff → E6, manager → M1; none while undecided. */
export function ladderTarget(track: 'staff' | 'em' | 'undecided'): LadderStep | null {
  if (track === 'undecided') return null;
  return LADDER.find((step) => step.code === (track === 'staff' ? 'E6' : 'M1')) ?? null;
}

export const TRACK_LABELS = {
  staff: 'Staff engineer',
  em: 'Engineering manager',
  undecided: 'Not decided yet',
} as const;
