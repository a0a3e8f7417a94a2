/** People around you (issue 18, schema v10): roles, directions and their prompts, links, what is next. */
import { describe, expect, it } from 'vitest';
import { backupMigrations } from '@shared/domain/backup-migrations';
import { sourceKey } from '@shared/domain/evidence-links';
import {
  daysSinceTalk,
  defaultDirection,
  DIRECTIONS,
  FIND_A_MENTOR,
  nextTalkDue,
  orderedPeople,
  parseLinkKey,
  personNextStep,
  PERSON_ROLES,
  sameName,
} from '@shared/domain/people';
import { personSchema } from '@shared/types/entities';
import { person } from '../support/journal-fixtures';

describe('the roles and directions the sources name', () => {
  it('lists mentors first, then the people being grown, sponsors and stakeholders', () => {
    expect(Object.keys(PERSON_ROLES)).toEqual(['mentor', 'mentee', 'sponsor', 'stakeholder']);
  });

  it('starts someone being grown down, a stakeholder sideways, mentors and sponsors up', () => {
    expect(defaultDirection('mentee')).toBe('down');
    expect(defaultDirection('stakeholder')).toBe('sideways');
    expect(defaultDirection('mentor')).toBe('up');
    expect(defaultDirection('sponsor')).toBe('up');
  });

  // Each direction carries the source's questions, in the app's own words: a reviewer can read the
  // idea each prompt must hold next to a phrase of ours that carries it.
  it.each([
    ['up', 'what worries them about the team', /worries them about the team/],
    ['up', 'how to improve the team', /make the team better/],
    ['up', 'what keeps the director up and which org-wide efforts to join', /awake at night.*across the org/],
    ['up', 'where the work falls short, what they would rather see', /fall short.*rather see/],
    ['sideways', 'their problems and how to help', /problems.*help/],
    ['sideways', 'tell them your recent work and where you need advice', /working on lately.*advice/],
    ['down', 'what they need help with', /need help with/],
    ['down', 'what they want to do next', /want to do next/],
    ['down', 'how to make their lives easier', /days easier/],
    ['down', 'daily frustrations a process change can remove', /gets in their way.*how the team works/],
  ] as const)('%s: asks %s', (direction, _idea, phrase) => {
    expect(DIRECTIONS[direction].prompts.some((prompt) => phrase.test(prompt))).toBe(true);
  });

  it('advises asking the manager to find a mentor when there is none', () => {
    expect(FIND_A_MENTOR.body).toMatch(/ask your manager to find you a mentor/);
    expect(FIND_A_MENTOR.action).toBe('Ask my manager to find me a mentor');
  });
});

describe("a person's links", () => {
  it('stores a record as kind:id and reads it back', () => {
    expect(sourceKey({ kind: 'feedback', id: 'f1' })).toBe('feedback:f1');
    expect(parseLinkKey('handover:h:2')).toEqual({ kind: 'handover', id: 'h:2' });
  });

  it('refuses keys that are not a person’s link kinds', () => {
    expect(parseLinkKey('brag:b1')).toBeNull();
    expect(parseLinkKey('feedback:')).toBeNull();
    expect(parseLinkKey('nothing')).toBeNull();
    expect(personSchema.safeParse(person({ links: ['brag:b1'] })).success).toBe(false);
    expect(personSchema.safeParse(person({ links: ['retro:r1', 'trial:t1'] })).success).toBe(true);
  });

  it('matches names for suggestions whatever the case, accents and spaces, never an empty one', () => {
    expect(sameName('  Tomás  Ruiz', 'tomas ruiz')).toBe(true);
    expect(sameName('Priya', 'Priyanka')).toBe(false);
    expect(sameName(' ', ' ')).toBe(false);
  });
});

describe('what to do next with a person', () => {
  const today = '2026-06-30';

  it('asks someone being grown what they want, then finds work that stretches them', () => {
    expect(personNextStep(person({ role: 'mentee', direction: 'down' }), today)).toBe(
      'Ask them what they want to do next.',
    );
    expect(personNextStep(person({ role: 'mentee', goal: 'Lead a migration' }), today)).toBe(
      'Find work that would stretch them toward it.',
    );
  });

  it('suggests a first conversation, then the next one once due by direction', () => {
    expect(personNextStep(person(), today)).toBe('Have a first conversation.');
    // Up: every 30 days; down: every 14.
    expect(nextTalkDue(person({ lastTalkedOn: '2026-06-01' }))).toBe('2026-07-01');
    expect(personNextStep(person({ lastTalkedOn: '2026-06-01' }), today)).toBeNull();
    expect(personNextStep(person({ lastTalkedOn: '2026-05-31' }), today)).toBe('Time to talk again.');
    expect(
      personNextStep(
        person({
          role: 'mentee',
          direction: 'down',
          goal: 'g',
          stretchWork: 's',
          lastTalkedOn: '2026-06-16',
        }),
        today,
      ),
    ).toBe('Time to talk again.');
  });

  it('counts the days since the last conversation, none when never', () => {
    expect(daysSinceTalk(person(), today)).toBeNull();
    expect(daysSinceTalk(person({ lastTalkedOn: '2026-06-23' }), today)).toBe(7);
  });

  it('orders by role, then as added', () => {
    const list = [
      person({ id: 'a', role: 'stakeholder', order: 0 }),
      person({ id: 'b', role: 'mentor', order: 2 }),
      person({ id: 'c', role: 'mentee', order: 1 }),
      person({ id: 'd', role: 'mentor', order: 1 }),
    ];
    expect(orderedPeople(list).map((p) => p.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('backups from before the people list', () => {
  it('migrate to version 10 with an empty list, everything else as it was', () => {
    const tables = { feedback: [{ id: 'f1' }], projects: [] };
    expect(backupMigrations[10]?.(tables)).toEqual({ ...tables, people: [] });
  });
});
