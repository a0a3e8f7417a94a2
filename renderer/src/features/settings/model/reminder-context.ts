/**
 * What the reminders need to know about the user's data, built from database records. The builder is
 * pure; the `read…Records` functions read just the records it needs (the hook keeps each live), and
 * main's scheduler and the settings screen both work from the result.
 */
import Dexie from 'dexie';
import { latestAnswer } from '@shared/domain/manager-loop';
import { localDate, type ReminderContext } from '@shared/domain/reminders';
import type {
  Audit,
  Handover,
  ManagerAnswer,
  Retro,
  SelfAssessment,
  WeeklyReflection,
} from '@shared/types/entities';
import type { LedgerDb } from '@renderer/db/db';
import { readLatestManagerAnswer } from '@renderer/db/manager-answer-reads';

type ContextRetro = ReminderContext['openRetros'][number];
type ContextFollowUp = ReminderContext['followUps'][number];

/** The schema's limits, repeated here so the builder never produces a context main would refuse. */
const MAX_REFLECTED_WEEKS = 60;
const MAX_OPEN_RETROS = 500;
const MAX_PROJECT_CHARS = 200;
const RETRO_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_FOLLOW_UPS = 500;
const MAX_NAME_CHARS = 200;
/** The ids main accepts in a context: the same rule as for retros. */
const HANDOVER_ID = RETRO_ID;

export interface ReminderRecords {
  /** The running audit (see `pickActiveAudit`), or null. */
  activeAudit: Pick<Audit, 'id' | 'startDate' | 'weeks'> | null;
  /** The latest `date` among the running audit's entries, or null when nothing is logged yet. */
  lastLoggedDate: string | null;
  /** Weekly reflections; only those of the running audit count. */
  reflections: readonly Pick<WeeklyReflection, 'auditId' | 'weekStart'>[];
  /** Retrospectives; only drafts with an end date count. */
  retros: readonly Pick<Retro, 'id' | 'project' | 'endDate' | 'status'>[];
  /** Self-assessments; only completed ones count. */
  assessments: readonly Pick<SelfAssessment, 'completedAt'>[];
  /** Handovers; only open ones with a follow-up day count. */
  handovers: readonly Pick<Handover, 'id' | 'activity' | 'to' | 'followUpOn' | 'status'>[];
  /** The manager's answers to "what does excellent look like?"; only the latest counts (issue 18). */
  managerAnswers: readonly Pick<ManagerAnswer, 'askedOn' | 'concrete' | 'createdAt'>[];
}

/** The audit that is running: the latest-starting one with status "active" (there should be one at most). */
export function pickActiveAudit<A extends Pick<Audit, 'status' | 'startDate'>>(
  audits: readonly A[],
): A | null {
  return audits.reduce<A | null>(
    (best, audit) =>
      audit.status === 'active' && (!best || audit.startDate > best.startDate) ? audit : best,
    null,
  );
}

/** Builds the snapshot `reminders:setContext` takes; completion times become days in `timeZone`. */
export function buildReminderContext(records: ReminderRecords, timeZone: string): ReminderContext {
  const audit = records.activeAudit;

  const reflectedWeeks = audit
    ? [...new Set(records.reflections.filter((r) => r.auditId === audit.id).map((r) => r.weekStart))]
        .sort()
        .slice(0, MAX_REFLECTED_WEEKS)
    : [];

  const openRetros: ContextRetro[] = records.retros
    .flatMap((retro) =>
      retro.status === 'draft' && retro.endDate !== null && RETRO_ID.test(retro.id)
        ? [
            {
              id: retro.id,
              project: retro.project.trim().slice(0, MAX_PROJECT_CHARS),
              endDate: retro.endDate,
            },
          ]
        : [],
    )
    // The most recent end dates matter most (older ones are past their reminder), then a stable order.
    .sort((a, b) => b.endDate.localeCompare(a.endDate) || a.id.localeCompare(b.id))
    .slice(0, MAX_OPEN_RETROS);

  const followUps: ContextFollowUp[] = records.handovers
    .flatMap((handover) =>
      handover.status === 'open' && handover.followUpOn !== null && HANDOVER_ID.test(handover.id)
        ? [
            {
              id: handover.id,
              activity: handover.activity.trim().slice(0, MAX_NAME_CHARS),
              to: handover.to.trim().slice(0, MAX_NAME_CHARS),
              followUpOn: handover.followUpOn,
            },
          ]
        : [],
    )
    // As for retros: the latest days matter most (earlier ones are past their reminder).
    .sort((a, b) => b.followUpOn.localeCompare(a.followUpOn) || a.id.localeCompare(b.id))
    .slice(0, MAX_FOLLOW_UPS);

  const lastCompleted = records.assessments.reduce<string | null>(
    (latest, a) =>
      a.completedAt !== null && (latest === null || Date.parse(a.completedAt) > Date.parse(latest))
        ? a.completedAt
        : latest,
    null,
  );

  const answer = latestAnswer(records.managerAnswers);

  return {
    activeAudit: audit ? { startDate: audit.startDate, weeks: audit.weeks } : null,
    lastLoggedDate: audit ? records.lastLoggedDate : null,
    reflectedWeeks,
    openRetros,
    lastAssessmentDate: lastCompleted === null ? null : localDate(new Date(lastCompleted), timeZone),
    followUps,
    managerAnswer: answer ? { askedOn: answer.askedOn, vague: answer.concrete === 'vague' } : null,
  };
}

/**
 * The records the context is built from, read through the indexes in independent parts (the hook keeps
 * each live on its own), so logging an activity re-reads the running audit's part, not every retro.
 */
export async function readAuditRecords(
  database: LedgerDb,
): Promise<Pick<ReminderRecords, 'activeAudit' | 'lastLoggedDate' | 'reflections'>> {
  const audit = pickActiveAudit(await database.audits.where('status').equals('active').toArray());
  if (!audit) return { activeAudit: null, lastLoggedDate: null, reflections: [] };
  const [lastEntry, reflections] = await Promise.all([
    database.auditEntries
      .where('[auditId+date]')
      .between([audit.id, Dexie.minKey], [audit.id, Dexie.maxKey])
      .last(),
    database.weeklyReflections.where('auditId').equals(audit.id).toArray(),
  ]);
  return { activeAudit: audit, lastLoggedDate: lastEntry?.date ?? null, reflections };
}

export async function readRetroRecords(database: LedgerDb): Promise<ReminderRecords['retros']> {
  // Only retros with an end date are in the endDate index (null is not a key).
  return database.retros.where('endDate').above('').toArray();
}

export async function readAssessmentRecords(database: LedgerDb): Promise<ReminderRecords['assessments']> {
  // Likewise only completed assessments are in the completedAt index; ISO times sort as text.
  const last = await database.selfAssessments.orderBy('completedAt').last();
  return last ? [last] : [];
}

export async function readHandoverRecords(database: LedgerDb): Promise<ReminderRecords['handovers']> {
  // The open handovers with a follow-up day, by [status+followUpOn] (schema v6): one without a day is not
  // in the index (null is not a key), and done ones sit under another status.
  return database.handovers
    .where('[status+followUpOn]')
    .between(['open', ''], ['open', Dexie.maxKey])
    .toArray();
}

export async function readManagerAnswerRecords(
  database: LedgerDb,
): Promise<ReminderRecords['managerAnswers']> {
  // Only the answer in force: the newest day's rows, by the askedOn index (db/manager-answer-reads.ts).
  const latest = await readLatestManagerAnswer(database);
  return latest ? [latest] : [];
}

let held = false;

/** Whether the page is holding back what it tells main (see `holdReminderUpdates`). */
export const reminderUpdatesHeld = (): boolean => held;

/**
 * Stops this page telling main about its data and its time zone, from now until the page reloads: "Delete
 * all my data" calls it first, so that nothing this page still sends (a push waiting out its delay, or the
 * first one of a page that was slow to start) can write the old records' reminders into the fresh start.
 * Returns the way back, for a deletion that main refused.
 */
export function holdReminderUpdates(): () => void {
  held = true;
  return () => {
    held = false;
  };
}
