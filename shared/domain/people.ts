/**
 * People around you (issue 18, schema v10): a small list, kept on this computer, of the people the
 * sources say an engineer growing toward Staff or management needs around them. Pure and zod-free.
 *
 * - Mentors: the sources insist on having some, for advice that fits the user's own place, and say to
 *   ask the manager to find one when there is none.
 * - People the user is growing: be deliberate about their growth, know what they want next, and help
 *   them find work that stretches them and gets them promoted.
 * - Sponsors and stakeholders: talk up the management chain, sideways to peers and users, and down to the
 *   people the user supports, with different questions in each direction.
 *
 * A person links to the feedback, retrospectives, trials and delegation handovers they were part of, as
 * `kind:id` keys (the same shape as the evidence graph's `sourceKey`).
 */
import type { Person, SourceRef } from '../types/entities';
import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';

export type PersonRole = Person['role'];
export type Direction = Person['direction'];

/** The roles, in the order the list shows them, each with its heading and what it is for. */
export const PERSON_ROLES: Record<PersonRole, { label: string; plural: string; hint: string }> = {
  mentor: {
    label: 'Mentor',
    plural: 'Mentors',
    hint: 'Someone a step or two ahead whose advice fits where you work.',
  },
  mentee: {
    label: 'Someone I’m growing',
    plural: 'People you’re growing',
    hint: 'Someone you mentor or support: know what they want next and find them work that stretches them.',
  },
  sponsor: {
    label: 'Sponsor',
    plural: 'Sponsors',
    hint: 'Someone senior who puts your name forward and argues for your promotion.',
  },
  stakeholder: {
    label: 'Stakeholder',
    plural: 'Stakeholders',
    hint: 'Someone whose work yours touches: a peer lead, a product partner, a user of your systems.',
  },
};

export const ROLE_ORDER = Object.keys(PERSON_ROLES) as PersonRole[];

/** Which way the conversation goes, and the questions worth asking in that direction. */
export const DIRECTIONS: Record<Direction, { label: string; who: string; prompts: readonly string[] }> = {
  up: {
    label: 'Up',
    who: 'your manager, their manager, your director',
    prompts: [
      'What worries them about the team at the moment?',
      'What could you do to make the team better?',
      'What keeps them awake at night, and which efforts across the org could you help with?',
      'Where does your work fall short, and what would they rather see you spend time on?',
    ],
  },
  sideways: {
    label: 'Sideways',
    who: 'peers on your team and on the teams you work with, the users of your work',
    prompts: [
      'What problems are they facing, and how might you help, now or later?',
      'What have you been working on lately, and where could their advice help?',
      'Which of their plans will touch your team’s work in the coming months?',
    ],
  },
  down: {
    label: 'Down',
    who: 'the people you mentor and support',
    prompts: [
      'What do they need help with at the moment?',
      'What do they want to do next?',
      'What would make their days easier?',
      'What gets in their way, day after day, that a change to how the team works could remove?',
    ],
  },
};

/** The direction a new person of this role starts with; the user can change it. */
export function defaultDirection(role: PersonRole): Direction {
  return role === 'mentee' ? 'down' : role === 'stakeholder' ? 'sideways' : 'up';
}

/** The record kinds a person can be linked to. */
export const PERSON_LINK_KINDS = ['feedback', 'retro', 'trial', 'handover'] as const;
export type PersonLinkKind = (typeof PERSON_LINK_KINDS)[number];
export type PersonLinkRef = SourceRef & { kind: PersonLinkKind };

export const LINK_KIND_LABELS: Record<PersonLinkKind, string> = {
  feedback: 'Feedback',
  retro: 'Retrospective',
  trial: 'Trial',
  handover: 'Handover',
};

export function isPersonLinkKind(kind: string): kind is PersonLinkKind {
  return (PERSON_LINK_KINDS as readonly string[]).includes(kind);
}

/** The record a stored link (`sourceKey` of the record) points at; null for a key that is not a person's link. */
export function parseLinkKey(key: string): PersonLinkRef | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  return at > 0 && id && isPersonLinkKind(kind) ? { kind, id } : null;
}

/** A conversation is due again after this many days without one, by direction. */
export const TALK_EVERY_DAYS: Record<Direction, number> = { up: 30, sideways: 45, down: 14 };

/** The day the next conversation with the person is due, or null when they were never talked to. */
export function nextTalkDue(person: Pick<Person, 'direction' | 'lastTalkedOn'>): string | null {
  if (person.lastTalkedOn === null) return null;
  return addDays(parseISO(person.lastTalkedOn), TALK_EVERY_DAYS[person.direction]).toISOString().slice(0, 10);
}

/** How long since the last conversation, in days (null when never), as of `today` (yyyy-MM-dd). */
export function daysSinceTalk(person: Pick<Person, 'lastTalkedOn'>, today: string): number | null {
  if (person.lastTalkedOn === null) return null;
  return Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(person.lastTalkedOn)));
}

/**
 * What to do next with a person, in a line, or null when nothing is pending: talk to them for the first
 * time or again when it is due, and, for someone the user is growing, find out what they want next and
 * the work that would get them there.
 */
export function personNextStep(
  person: Pick<Person, 'role' | 'direction' | 'lastTalkedOn' | 'goal' | 'stretchWork'>,
  today: string,
): string | null {
  if (person.role === 'mentee') {
    if (!person.goal.trim()) return 'Ask them what they want to do next.';
    if (!person.stretchWork.trim()) return 'Find work that would stretch them toward it.';
  }
  if (person.lastTalkedOn === null) return 'Have a first conversation.';
  const due = nextTalkDue(person);
  if (due !== null && due <= today) return 'Time to talk again.';
  return null;
}

/** The advice when the list has no mentor: ask the manager to find one. */
export const FIND_A_MENTOR = {
  title: 'You have no mentor yet',
  body: 'Advice from someone who knows your company widens what you see and fits your situation better than any article. If nobody comes to mind, ask your manager to find you a mentor: it is part of their job, and asking shows you are serious about growing.',
  action: 'Ask my manager to find me a mentor',
} as const;

/** The people in list order: by role (mentors first), then in the order they were added. */
export function orderedPeople<P extends Pick<Person, 'role' | 'order'>>(people: readonly P[]): P[] {
  const rank = (role: PersonRole) => ROLE_ORDER.indexOf(role);
  return [...people].sort((a, b) => rank(a.role) - rank(b.role) || a.order - b.order);
}

/** The names compared for link suggestions: case, accents and extra spaces aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}
