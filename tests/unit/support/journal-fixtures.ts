/**
 * Small record factories for the unit and e2e tests: the profile, journal records, plan tables, the
 * self-assessment, decisions and trials, and calendar audits with their activities and reflections.
 * Each returns a valid record (as its zod schema in shared/types/entities.ts accepts it) with the
 * fields given in `over` replaced.
 */
import type {
  Action,
  Audit,
  AuditEntry,
  BragEntry,
  BuyIn,
  Competency,
  Decision,
  Evidence,
  Feedback,
  Framework,
  Handover,
  ManagerAnswer,
  Profile,
  Person,
  Project,
  PromotionItem,
  Retro,
  SelfAssessment,
  SkillSnapshot,
  Trial,
  WeeklyReflection,
} from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';

const STAMP = '2026-01-01T09:00:00.000Z';

export function profile(over: Partial<Profile> = {}): Profile {
  return {
    id: PROFILE_ID,
    name: 'Ada',
    currentLevel: 'E5',
    role: 'Senior engineer',
    targetTrack: 'staff',
    targetDate: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function retro(over: Partial<Retro> = {}): Retro {
  return {
    id: 'r1',
    project: 'Checkout rewrite',
    startDate: '2026-01-05',
    endDate: '2026-03-20',
    role: 'Tech lead',
    wentWell: '',
    didNotGoWell: '',
    prevention: '',
    change: '',
    overEngineered: null,
    overEngineeredNote: '',
    status: 'done',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function brag(over: Partial<BragEntry> = {}): BragEntry {
  return {
    id: 'b1',
    date: '2026-02-10',
    title: 'Shipped the migration',
    impact: '',
    numbers: '',
    link: '',
    kind: 'delivery',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function feedback(over: Partial<Feedback> = {}): Feedback {
  return {
    id: 'f1',
    from: 'Sam',
    askedOn: null,
    question: '',
    receivedOn: null,
    content: '',
    sentiment: null,
    followUp: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function framework(over: Partial<Framework> = {}): Framework {
  return {
    id: 'fw1',
    name: 'Senior to Staff',
    description: '',
    track: 'staff',
    builtInKey: null,
    builtInVersion: null,
    archetype: null,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function competency(over: Partial<Competency> = {}): Competency {
  return {
    id: 'c1',
    frameworkId: 'fw1',
    group: 'Technical',
    name: 'Technical direction',
    description: '',
    levels: ['1', '2', '3', '4', '5'],
    order: 0,
    priority: 0,
    builtInKey: null,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A logged activity: 30 minutes, no start time, category or energy yet. */
export function auditEntry(over: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'e1',
    auditId: 'a',
    date: '2026-01-05',
    startTime: null,
    minutes: 30,
    title: 'Design review',
    categoryId: null,
    energy: null,
    note: '',
    mostImportant: null,
    delegable: null,
    importKey: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A rating of competency c1: at 3, aiming for 4. */
export function skillSnapshot(over: Partial<SkillSnapshot> = {}): SkillSnapshot {
  return {
    id: 's1',
    competencyId: 'c1',
    recordedAt: STAMP,
    current: 3,
    target: 4,
    note: '',
    ...over,
  };
}

/** A growth-plan action on competency c1, to do, with no due date. */
export function action(over: Partial<Action> = {}): Action {
  return {
    id: 'a1',
    competencyId: 'c1',
    title: 'Write the design doc',
    status: 'todo',
    dueDate: null,
    doneAt: null,
    source: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/**
 * A journal record with the competencies it counts as evidence for, as the journal's screens and
 * exports see it (the tags are links in the database: see `link`).
 */
export function withTags<T>(record: T, competencyIds: string[]): T & { competencyIds: string[] } {
  return { ...record, competencyIds };
}

/** A link from a record to a competency (a tag), as the journal's forms save one. */
export function link(
  ref: NonNullable<Evidence['ref']>,
  competencyId: string,
  over: Partial<Evidence> = {},
): Evidence {
  return {
    id: `ln-${ref.kind}-${ref.id}-${competencyId}`,
    competencyId,
    promotionItemId: null,
    ref,
    note: '',
    date: '2026-01-10',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A free note of evidence for competency c1. */
export function evidence(over: Partial<Evidence> = {}): Evidence {
  return {
    id: 'ev1',
    competencyId: 'c1',
    promotionItemId: null,
    ref: null,
    note: 'Led the RFC.',
    date: '2026-01-10',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function promotionItem(over: Partial<PromotionItem> = {}): PromotionItem {
  return {
    id: 'p1',
    title: 'Sets technical direction for a group of teams',
    status: 'todo',
    note: '',
    order: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** One answer of the manager to "what does excellent look like in six months?" (schema v8). */
export function managerAnswer(over: Partial<ManagerAnswer> = {}): ManagerAnswer {
  return {
    id: 'm1',
    askedOn: '2026-02-10',
    answer: 'Own the payments platform’s direction and grow two seniors.',
    concrete: null,
    nextStep: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** One person of the management chain and their buy-in on the checklist (schema v8). */
export function buyIn(over: Partial<BuyIn> = {}): BuyIn {
  return {
    id: 'bi1',
    who: 'Priya Shah',
    relation: 'manager',
    status: 'agreed',
    on: '2026-03-01',
    note: '',
    order: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A staff-level project with nothing written yet (schema v9). */
export function project(over: Partial<Project> = {}): Project {
  return {
    id: 'pr1',
    name: 'Payments gateway consolidation',
    status: 'candidate',
    scope: '',
    ambiguity: '',
    teams: '',
    impact: '',
    role: '',
    whyPicked: '',
    wins: '',
    tellWho: '',
    retroId: null,
    order: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A mentor with nothing written yet (schema v10). */
export function person(over: Partial<Person> = {}): Person {
  return {
    id: 'pe1',
    name: 'Priya',
    role: 'mentor',
    direction: 'up',
    relation: '',
    goal: '',
    stretchWork: '',
    nextTalk: '',
    notes: '',
    lastTalkedOn: null,
    links: [],
    order: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A completed self-assessment whose answers lean towards staff. */
export function selfAssessment(over: Partial<SelfAssessment> = {}): SelfAssessment {
  return {
    id: 'sa1',
    startedAt: STAMP,
    completedAt: '2026-01-01T09:20:00.000Z',
    answers: [5, 4, 5, 4, 4, 4, 3, 2, 3, 2, 2, 2],
    ...over,
  };
}

export function decision(over: Partial<Decision> = {}): Decision {
  return {
    id: 'd1',
    date: '2026-01-20',
    statement: 'I want to lead the platform.',
    framing: 'technical-direction',
    energising: true,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A running trial of the manager track, with nothing noted yet. */
export function trial(over: Partial<Trial> = {}): Trial {
  return {
    id: 't1',
    track: 'em',
    title: 'Run the hiring loop',
    ideaKey: null,
    startDate: '2026-01-21',
    endDate: null,
    status: 'running',
    notes: '',
    energy: null,
    signalAnswer: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** An active four-week calendar audit; its id is the one `auditEntry` logs into. */
export function audit(over: Partial<Audit> = {}): Audit {
  return {
    id: 'a',
    startDate: '2026-01-05',
    weeks: 4,
    status: 'active',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A handover of the audit's release notes to Priya, open, following up two weeks in. */
export function handover(over: Partial<Handover> = {}): Handover {
  return {
    id: 'h1',
    auditId: 'a',
    activity: 'Release notes',
    categoryId: null,
    to: 'Priya',
    expectations: 'Notes out every Friday; breaking changes go past me first.',
    followUpOn: '2026-01-19',
    status: 'open',
    outcome: '',
    doneOn: null,
    estimate: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** The reflection on the audit's first week, with no items or intentions yet. */
export function weeklyReflection(over: Partial<WeeklyReflection> = {}): WeeklyReflection {
  return {
    id: 'w1',
    auditId: 'a',
    weekStart: '2026-01-05',
    items: [],
    intentions: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** What the activity dialog edits (the audit model's EntryDraft): a 45-minute incident review. */
export function entryDraft(
  over: Partial<
    Pick<
      AuditEntry,
      | 'date'
      | 'startTime'
      | 'minutes'
      | 'title'
      | 'categoryId'
      | 'energy'
      | 'note'
      | 'mostImportant'
      | 'delegable'
    >
  > = {},
) {
  return {
    date: '2026-11-03',
    startTime: '10:00',
    minutes: 45,
    title: 'Incident review',
    categoryId: null,
    energy: 1,
    note: '',
    mostImportant: null,
    delegable: null,
    ...over,
  };
}
