/**
 * The self-assessment says what the idea it follows says (issue 18). Each statement and each decision
 * framing is paired with the idea it must carry, in the app's own words, and checked by the phrases that
 * carry it, and by the ones that would shift it. A reviewer reads the table; a rewording that drifts
 * fails here.
 */
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STATEMENTS, FRAMINGS, STATEMENT_REWORDING } from '@shared/content/assessment';
import { assessmentHistory, rewordedSince, statementTextAt } from '@shared/domain/assessment';

interface Pin {
  number: number;
  /** The idea, as a reviewer would check it. */
  idea: string;
  /** Phrases the statement must contain. */
  says: RegExp[];
  /** Phrases that would shift the idea. */
  never?: RegExp[];
}

const PINS: Pin[] = [
  {
    number: 1,
    idea: 'enjoys taking on the hardest, least defined technical problems',
    says: [/hardest/, /least defined/],
  },
  {
    number: 2,
    idea: 'likes writing technical proposals and aligning several teams on them',
    says: [/proposal/, /several teams/],
  },
  {
    number: 3,
    idea: 'is energised by deep, focused architecture and system design work',
    says: [/deep/, /architecture/],
  },
  {
    number: 4,
    idea: 'CAN influence peers without formal authority (an ability, not a liking)',
    says: [/^I can /, /without any formal authority/],
    never: [/enjoy/, /like/],
  },
  {
    number: 5,
    idea: 'is COMFORTABLE being accountable for technical outcomes that span teams (not wanting to be the one)',
    says: [/comfortable/, /accountable/, /spans several teams/],
    never: [/\bwant\b/, /answerable/],
  },
  {
    number: 6,
    idea: 'ENJOYS mentoring through technical feedback and design reviews (not "mostly" that way)',
    says: [/^I enjoy mentoring/, /technical feedback/, /design reviews/],
    never: [/mostly/],
  },
  {
    number: 7,
    idea: 'is energised by coaching and helping people grow, with no comparison against solving it yourself',
    says: [/[Cc]oaching/, /helping them grow/, /energy/],
    never: [/than/, /myself/],
  },
  {
    number: 8,
    idea: 'is comfortable giving direct feedback and holding hard conversations',
    says: [/direct/, /hard conversation/],
  },
  {
    number: 9,
    idea: 'enjoys clarifying priorities and making execution plans',
    says: [/priorities/, /plan/],
  },
  {
    number: 10,
    idea: 'is willing to spend most days in meetings TO UNBLOCK AND ALIGN people (the meetings have a purpose)',
    says: [/willing/, /most of my days in meetings/, /unblocks/, /aligned/],
  },
  {
    number: 11,
    idea: 'CAN represent the team’s needs to stakeholders and negotiate scope (an ability, not a liking)',
    says: [/^I can represent/, /stakeholders/, /negotiate what we will and will not take on/],
    never: [/\blike\b/, /enjoy/],
  },
  {
    number: 12,
    idea: 'likes building hiring plans and shaping team structure',
    says: [/hiring/, /team should be shaped/],
  },
];

describe('each statement carries the idea it follows', () => {
  it('has a pin for every statement, and the statements keep their numbers and leanings', () => {
    expect(PINS.map((p) => p.number)).toEqual(ASSESSMENT_STATEMENTS.map((s) => s.number));
    expect(ASSESSMENT_STATEMENTS.map((s) => s.lean)).toEqual([
      ...Array<string>(6).fill('staff'),
      ...Array<string>(6).fill('em'),
    ]);
  });

  for (const pin of PINS)
    it(`statement ${pin.number}: ${pin.idea}`, () => {
      const text = ASSESSMENT_STATEMENTS[pin.number - 1]?.text ?? '';
      for (const phrase of pin.says) expect(text).toMatch(phrase);
      for (const phrase of pin.never ?? []) expect(text).not.toMatch(phrase);
    });
});

describe('the decision framings state an intention about the main impact', () => {
  const [staff, em] = FRAMINGS;
  it('Staff: I want my main impact to come from technical direction and cross-team execution', () => {
    expect(staff?.track).toBe('staff');
    expect(staff?.label).toMatch(/^I want my main impact to come from/);
    expect(staff?.label).toMatch(/technical direction/);
    expect(staff?.label).toMatch(/across teams/);
  });
  it('EM: I want my main impact to come from building a team that delivers and grows sustainably', () => {
    expect(em?.track).toBe('em');
    expect(em?.label).toMatch(/^I want my main impact to come from/);
    expect(em?.label).toMatch(/building a team that delivers/);
    expect(em?.label).toMatch(/sustainably/);
  });
  it('neither states a present fact (“comes from”) any more', () => {
    for (const framing of FRAMINGS) expect(framing.label).not.toMatch(/^My biggest impact comes from/);
  });
});

describe('older takes after the rewording', () => {
  const before = `${STATEMENT_REWORDING.on.slice(0, 8)}01T10:00:00.000Z`;
  const after = `${STATEMENT_REWORDING.on}T10:00:00.000Z`;

  it('names the six reworded statements for a take finished before the change, none after', () => {
    expect(rewordedSince(before)).toEqual([4, 5, 6, 7, 10, 11]);
    expect(rewordedSince(after)).toEqual([]);
  });

  it('shows an older take its own wording, and a newer one today’s', () => {
    expect(statementTextAt(4, before)).toBe(STATEMENT_REWORDING.before[4]);
    expect(statementTextAt(4, after)).toBe(ASSESSMENT_STATEMENTS[3]?.text);
    // An unchanged statement reads the same for both.
    expect(statementTextAt(1, before)).toBe(ASSESSMENT_STATEMENTS[0]?.text);
  });

  it('keeps scoring an older take’s answers, by the same statement numbers', () => {
    const answers = Array.from({ length: 12 }, (_, i) => (i < 6 ? 5 : 1));
    const take = {
      id: 't-old',
      startedAt: before,
      completedAt: before,
      answers,
      createdAt: before,
      updatedAt: before,
    };
    const { points } = assessmentHistory([take]);
    expect(points[0]).toMatchObject({ staff: 30, em: 6, reading: 'staff' });
  });
});
