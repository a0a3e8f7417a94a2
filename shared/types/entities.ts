/**
 * Every record the app stores, as zod schemas (the single source of truth) and the types inferred from them.
 *
 * The same schemas validate every record of a backup before a restore, so a record shape changes only
 * together with a new Dexie schema version (renderer/src/db/migrations) and a backup migration
 * (shared/domain/backup-migrations.ts).
 *
 * Conventions: ids are opaque strings (UUIDs made by the renderer); calendar dates are `yyyy-MM-dd`
 * strings (no time-zone drift); instants are ISO-8601 strings with an offset.
 */
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from './date-range';
import { jsonValueSchema } from './json';
import {
  DATA_TABLE_NAMES,
  PROFILE_ID,
  TABLE_NAMES,
  tombstoneId,
  type DataTableName,
  type TableName,
} from './tables';

export const idSchema = z.string().min(1).max(80);

export { FIRST_YEAR, LAST_YEAR };
const YEARS_MESSAGE = `expected a date between ${FIRST_YEAR} and ${LAST_YEAR}`;

/** A calendar date, `yyyy-MM-dd`, that exists in the proleptic Gregorian calendar, within the years above. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a real calendar date')
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }, YEARS_MESSAGE);

/** An instant, ISO-8601 with an offset, within the years above. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true }).refine((value) => {
  const year = new Date(value).getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}, YEARS_MESSAGE);

export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm');

const text = (max: number) => z.string().max(max);
const shortText = text(200);
const longText = text(20_000);

/** 1 (novice) … 5 (role model) on a competency's level scale. */
export const levelSchema = z.number().int().min(1).max(5);
/** Signed energy: −2 drained … +2 energised. */
export const energySchema = z.number().int().min(-2).max(2);
/** 1 strongly disagree … 5 strongly agree. */
export const likertSchema = z.number().int().min(1).max(5);

export const trackSchema = z.enum(['staff', 'em']);
export const targetTrackSchema = z.enum(['staff', 'em', 'undecided']);
export const leanSchema = z.enum(['staff', 'em', 'neutral']);

const timestamps = {
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
};

export const profileSchema = z.strictObject({
  id: z.literal(PROFILE_ID),
  name: shortText,
  currentLevel: shortText,
  role: shortText,
  targetTrack: targetTrackSchema,
  targetDate: isoDateSchema.nullable(),
  ...timestamps,
});

/**
 * One answer of the manager to "what does excellent look like in six months?" (schema v8, the manager
 * loop): each answer is kept with the day it was given, never overwritten, so the user sees how the
 * picture moved. `concrete` is the user's own judgement of it, null until given; `nextStep` what they
 * will do about it (the sharper question to ask, the example to look for).
 */
export const managerAnswerSchema = z.strictObject({
  id: idSchema,
  askedOn: isoDateSchema,
  answer: longText.min(1),
  concrete: z.enum(['concrete', 'vague']).nullable(),
  nextStep: longText,
  ...timestamps,
});

/**
 * Where one person of the management chain stands on the promotion checklist (schema v8): the sources
 * ask for the chain's buy-in on what is expected before the promotion, so it is recorded with the
 * checklist. `on` is the day of the status (asked, agreed, asked for changes); null while not asked.
 */
export const buyInSchema = z.strictObject({
  id: idSchema,
  who: shortText.min(1),
  relation: z.enum(['manager', 'skip-level', 'director', 'other']),
  status: z.enum(['not-asked', 'asked', 'agreed', 'wants-changes']),
  on: isoDateSchema.nullable(),
  note: longText,
  order: z.number().int().min(0),
  ...timestamps,
});

export const frameworkSchema = z.strictObject({
  id: idSchema,
  name: shortText.min(1),
  description: longText,
  track: z.enum(['staff', 'em', 'custom']),
  /** Key of the built-in framework this one was copied from, if any. */
  builtInKey: shortText.nullable(),
  /**
   * The version of that built-in framework the copy holds (schema v7): a later version's competencies
   * can be added to the plan. Null for a framework of the user's own.
   */
  builtInVersion: z.number().int().min(1).nullable(),
  /** The Staff archetype the plan is weighted for (schema v7, shared/content/archetypes.ts), or none. */
  archetype: z.enum(['tech-lead', 'cross-team', 'domain-expert']).nullable(),
  archived: z.boolean(),
  ...timestamps,
});

export const competencySchema = z.strictObject({
  id: idSchema,
  frameworkId: idSchema,
  group: shortText,
  name: shortText.min(1),
  description: longText,
  /** Descriptors for levels 1..5, in order. */
  levels: z.array(text(2_000)).length(5),
  order: z.number().int().min(0),
  /** Lower is more important to the framework's track; breaks ties between equal gaps. */
  priority: z.number().int().min(0),
  /**
   * The built-in competency this one was copied from (schema v7): how an archetype finds the
   * competencies it leans on after the user renamed them. Null for one of the user's own.
   */
  builtInKey: shortText.nullable(),
  archived: z.boolean(),
  ...timestamps,
});

/** One dated state of a competency; the newest snapshot is the current state, older ones are history. */
export const skillSnapshotSchema = z.strictObject({
  id: idSchema,
  competencyId: idSchema,
  recordedAt: isoDateTimeSchema,
  current: levelSchema.nullable(),
  target: levelSchema.nullable(),
  note: longText,
});

/**
 * A link to another record: what an action came from, and what a piece of evidence is. Version 5 added
 * trials, actions and delegation handovers as evidence (issue 17).
 */
export const sourceRefSchema = z.strictObject({
  kind: z.enum([
    'retro',
    'brag',
    'feedback',
    'audit',
    'assessment',
    'trial',
    'action',
    'handover',
    'project',
  ]),
  id: idSchema,
});

export const actionSchema = z.strictObject({
  id: idSchema,
  competencyId: idSchema.nullable(),
  title: shortText.min(1),
  status: z.enum(['todo', 'doing', 'done']),
  dueDate: isoDateSchema.nullable(),
  doneAt: isoDateTimeSchema.nullable(),
  source: sourceRefSchema.nullable(),
  ...timestamps,
});

/**
 * One link of the evidence graph (issue 17, schema version 5): a record (or, with `ref` null, a free
 * note) that shows growth in a competency, on a promotion checklist item, or both. `note` is the
 * link's own "what this shows"; `date` orders it (the record's date when made from one). Every way to
 * add or list evidence goes through these links: records carry no tags of their own.
 */
export const evidenceSchema = z
  .strictObject({
    id: idSchema,
    competencyId: idSchema.nullable(),
    promotionItemId: idSchema.nullable(),
    ref: sourceRefSchema.nullable(),
    note: longText,
    date: isoDateSchema,
    ...timestamps,
  })
  .refine((link) => link.competencyId !== null || link.promotionItemId !== null, {
    error: 'A piece of evidence must be linked to a competency or a checklist item.',
  });

/**
 * A candidate or running staff-level project (schema v9, issue 18): why it is staff-level (its scope, its
 * ambiguity, the teams it involves and its business impact), the user's role, why they picked it, and the
 * wins to tell and to whom. It counts as evidence for competencies through the evidence graph (a link
 * with `ref.kind: 'project'`), and points at its retrospective once one is held.
 */
export const projectSchema = z.strictObject({
  id: idSchema,
  name: shortText.min(1),
  status: z.enum(['candidate', 'active', 'done', 'dropped']),
  scope: longText,
  ambiguity: longText,
  teams: longText,
  impact: longText,
  role: shortText,
  whyPicked: longText,
  wins: longText,
  tellWho: longText,
  retroId: idSchema.nullable(),
  order: z.number().int().min(0),
  ...timestamps,
});

/**
 * One person around the user (issue 18, schema v10): a mentor, someone they are growing, a sponsor or a
 * stakeholder, with the direction the conversation goes (up the management chain, sideways to peers,
 * down to the people they support). `links` are the feedback, retrospectives, trials and handovers the
 * person was part of, as `kind:id` keys (shared/domain/people.ts), indexed so a record's screen finds
 * its people without reading the list.
 */
export const personSchema = z.strictObject({
  id: idSchema,
  name: shortText.min(1),
  role: z.enum(['mentor', 'mentee', 'sponsor', 'stakeholder']),
  direction: z.enum(['up', 'sideways', 'down']),
  /** Who they are to the user, in a few words: "Director, Payments", "Peer on the data team". */
  relation: shortText,
  /** Someone the user is growing: what they want to do next. */
  goal: longText,
  /** Someone the user is growing: the work that would stretch them and get them promoted. */
  stretchWork: longText,
  /** What the user wants to ask or tell them next time. */
  nextTalk: longText,
  /** What the user learned from them: worries, advice, what they need. */
  notes: longText,
  lastTalkedOn: isoDateSchema.nullable(),
  links: z
    .array(z.string().regex(/^(feedback|retro|trial|handover):[^\s]{1,80}$/, 'expected kind:id'))
    .max(2_000),
  order: z.number().int().min(0),
  ...timestamps,
});

export const promotionItemSchema = z.strictObject({
  id: idSchema,
  title: shortText.min(1),
  status: z.enum(['todo', 'in-progress', 'met']),
  note: longText,
  order: z.number().int().min(0),
  ...timestamps,
});

export const ASSESSMENT_STATEMENT_COUNT = 12;

export const selfAssessmentSchema = z.strictObject({
  id: idSchema,
  startedAt: isoDateTimeSchema,
  completedAt: isoDateTimeSchema.nullable(),
  /** answers[i] answers statement i+1; null while unanswered. */
  answers: z.array(likertSchema.nullable()).length(ASSESSMENT_STATEMENT_COUNT),
});

export const decisionSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  statement: text(500).min(1),
  framing: z.enum(['technical-direction', 'team-building']),
  energising: z.boolean(),
  ...timestamps,
});

export const trialSchema = z.strictObject({
  id: idSchema,
  track: trackSchema,
  title: shortText.min(1),
  ideaKey: shortText.nullable(),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  status: z.enum(['planned', 'running', 'done']),
  notes: longText,
  energy: energySchema.nullable(),
  signalAnswer: longText,
  ...timestamps,
});

export const auditSchema = z.strictObject({
  id: idSchema,
  startDate: isoDateSchema,
  weeks: z.union([z.literal(4), z.literal(5), z.literal(6)]),
  status: z.enum(['active', 'finished']),
  ...timestamps,
});

export const auditCategorySchema = z.strictObject({
  id: idSchema,
  name: shortText.min(1),
  lean: leanSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  order: z.number().int().min(0),
  archived: z.boolean(),
});

export const categoryRuleSchema = z.strictObject({
  id: idSchema,
  keyword: shortText.min(1),
  categoryId: idSchema,
  order: z.number().int().min(0),
});

export const auditEntrySchema = z.strictObject({
  id: idSchema,
  auditId: idSchema,
  date: isoDateSchema,
  startTime: clockTimeSchema.nullable(),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  title: shortText.min(1),
  categoryId: idSchema.nullable(),
  energy: energySchema.nullable(),
  note: longText,
  mostImportant: z.boolean().nullable(),
  delegable: z.boolean().nullable(),
  /** Dedupe key of an imported calendar occurrence (event UID + occurrence start); null when typed in. */
  importKey: text(1_000).nullable(),
  ...timestamps,
});

export const weeklyReflectionSchema = z.strictObject({
  id: idSchema,
  auditId: idSchema.nullable(),
  weekStart: isoDateSchema,
  items: z
    .array(
      z.strictObject({
        title: shortText,
        minutes: z.number().int().min(0),
        mostImportant: z.boolean().nullable(),
        delegable: z.boolean().nullable(),
      }),
    )
    .max(100),
  intentions: longText,
  ...timestamps,
});

/**
 * One piece of work handed over to someone else (issue 17, schema version 6): an activity of an audit
 * that "someone else could do", who it went to, what "done" looks like, when to follow up and, later,
 * how it went. `activity` is the audit activity's title (the hours it frees are estimated from that
 * audit's activities of the same title, shared/domain/delegation.ts); `categoryId` is the category it
 * was logged under, kept for the ledger's colour and grouping. `doneOn` is set when it is marked done.
 */
export const handoverSchema = z
  .strictObject({
    id: idSchema,
    auditId: idSchema.nullable(),
    activity: shortText.min(1),
    categoryId: idSchema.nullable(),
    to: shortText.min(1),
    expectations: longText,
    followUpOn: isoDateSchema.nullable(),
    status: z.enum(['open', 'done']),
    outcome: longText,
    doneOn: isoDateSchema.nullable(),
    /**
     * The audit's time on this activity, as last estimated (shared/domain/delegation.ts, `hoursFreed`):
     * while its audit runs the ledger estimates afresh from the log; once the audit is finished its log
     * can no longer change, and this is the final figure (written when the handover is made and when its
     * audit is finished), so the ledger never reads a finished audit's activities. Null without an audit.
     */
    estimate: z
      .strictObject({
        minutes: z.number().int().min(0),
        count: z.number().int().min(0),
        weeks: z.number().int().min(1).max(6),
      })
      .nullable(),
    ...timestamps,
  })
  .refine((handover) => (handover.status === 'done') === (handover.doneOn !== null), {
    error: 'A finished handover has the day it was finished, and an open one has none.',
    path: ['doneOn'],
  });

export const retroSchema = z.strictObject({
  id: idSchema,
  project: shortText,
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  role: shortText,
  wentWell: longText,
  didNotGoWell: longText,
  prevention: longText,
  change: longText,
  overEngineered: z.enum(['yes', 'no', 'unsure']).nullable(),
  overEngineeredNote: longText,
  status: z.enum(['draft', 'done']),
  ...timestamps,
});

export const bragEntrySchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  title: shortText.min(1),
  impact: longText,
  numbers: text(2_000),
  link: text(2_000),
  kind: z.enum(['delivery', 'glue', 'mentorship', 'incident', 'design', 'other']),
  ...timestamps,
});

export const feedbackSchema = z.strictObject({
  id: idSchema,
  from: shortText,
  askedOn: isoDateSchema.nullable(),
  question: longText,
  receivedOn: isoDateSchema.nullable(),
  content: longText,
  sentiment: z.enum(['positive', 'growth', 'mixed']).nullable(),
  followUp: longText,
  ...timestamps,
});

/** Small key/value preferences that belong with the user's data (and so travel in backups). */
export const settingSchema = z.strictObject({
  key: shortText.min(1),
  value: jsonValueSchema,
});

/**
 * A deleted record, remembered (schema version 3) so that merging an older backup, or another computer's,
 * does not bring it back: `id` is `<table>:<recordId>` (recordId is the record's `id`, or a setting's
 * `key`), so each record has at most one tombstone. Written by the database itself on every delete
 * (renderer/src/db/tombstones.ts), never by a feature.
 */
export const tombstoneSchema = z
  .strictObject({
    id: text(300).min(1),
    table: z.enum(DATA_TABLE_NAMES as [DataTableName, ...DataTableName[]]),
    recordId: shortText.min(1),
    deletedAt: isoDateTimeSchema,
  })
  .refine((tombstone) => tombstone.id === tombstoneId(tombstone.table, tombstone.recordId), {
    error: 'expected the id to be "<table>:<recordId>"',
    path: ['id'],
  });

export { tombstoneId };

export type Profile = z.infer<typeof profileSchema>;
export type ManagerAnswer = z.infer<typeof managerAnswerSchema>;
export type BuyIn = z.infer<typeof buyInSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Person = z.infer<typeof personSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type Competency = z.infer<typeof competencySchema>;
export type SkillSnapshot = z.infer<typeof skillSnapshotSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
/**
 * A journal record with the competencies it counts as evidence for, as the journal's screens and
 * exports use it: `competencyIds` is read from the record's links (never stored on the record), and
 * saving a record writes its links to match (shared/domain/evidence-links.ts, `tagChanges`).
 */
export type Tagged<T> = T & { competencyIds: string[] };
export type Action = z.infer<typeof actionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type PromotionItem = z.infer<typeof promotionItemSchema>;
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Trial = z.infer<typeof trialSchema>;
export type Audit = z.infer<typeof auditSchema>;
export type AuditCategory = z.infer<typeof auditCategorySchema>;
export type CategoryRule = z.infer<typeof categoryRuleSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type WeeklyReflection = z.infer<typeof weeklyReflectionSchema>;
export type Handover = z.infer<typeof handoverSchema>;
export type Retro = z.infer<typeof retroSchema>;
export type BragEntry = z.infer<typeof bragEntrySchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type Setting = z.infer<typeof settingSchema>;
export type Tombstone = z.infer<typeof tombstoneSchema>;
export type Track = z.infer<typeof trackSchema>;
export type TargetTrack = z.infer<typeof targetTrackSchema>;
export type Lean = z.infer<typeof leanSchema>;

/**
 * The schema of each table's records: exactly the tables of shared/types/tables.ts (the type checks that
 * none is missing and none is extra), in the same order.
 */
export const tableSchemas = {
  profile: profileSchema,
  managerAnswers: managerAnswerSchema,
  frameworks: frameworkSchema,
  competencies: competencySchema,
  skillSnapshots: skillSnapshotSchema,
  actions: actionSchema,
  evidence: evidenceSchema,
  promotionItems: promotionItemSchema,
  buyIns: buyInSchema,
  projects: projectSchema,
  selfAssessments: selfAssessmentSchema,
  decisions: decisionSchema,
  trials: trialSchema,
  audits: auditSchema,
  auditCategories: auditCategorySchema,
  categoryRules: categoryRuleSchema,
  auditEntries: auditEntrySchema,
  weeklyReflections: weeklyReflectionSchema,
  handovers: handoverSchema,
  retros: retroSchema,
  bragEntries: bragEntrySchema,
  feedback: feedbackSchema,
  people: personSchema,
  settings: settingSchema,
  tombstones: tombstoneSchema,
} as const satisfies { [T in TableName]: z.ZodType };

export type TableRecord<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
export type TableData = { [T in TableName]: TableRecord<T>[] };

export function emptyTableData(): TableData {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as TableData;
}
