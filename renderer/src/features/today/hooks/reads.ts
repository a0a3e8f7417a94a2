/**
 * What the Today screen reads: only what it shows, through the indexes of renderer/src/db/schema.ts, so
 * it stays quick with years of data (60,000 activities, 5,000 brag entries). Counts with `count()`, the
 * week's activities and brag entries by `date` range, today's log by `[auditId+date]`, open actions due
 * by Sunday by `[status+dueDate]`, draft retros that have ended by `[status+endDate]`, open handovers to
 * follow up on by today by `[status+followUpOn]`, waiting feedback from the requests asked for (one batched
 * read). No activity or brag entry outside those two weeks is read.
 */
import { format } from 'date-fns';
import { addDays, mondayOf } from '@shared/domain/audit';
import { belongsToPlan } from '@shared/domain/growth-plan';
import { isPendingFeedback } from '@shared/domain/journal';
import type { TodaySnapshot } from '@shared/domain/today';
import { PROFILE_ID } from '@shared/types/tables';
import { readLatestManagerAnswer } from '@renderer/db/manager-answer-reads';
import type { LedgerDb } from '@renderer/db/db';

/**
 * The growth plan's setting that names its framework (features/growth-plan/model/repo.ts,
 * ACTIVE_FRAMEWORK_KEY, which a test checks this equals). Not imported: the plan's model loads the
 * record schemas, and the start screen must not.
 */
export const ACTIVE_FRAMEWORK_SETTING = 'growthPlan.activeFrameworkId';

/** The user's local calendar day of an instant. */
export function localDay(instant: Date): string {
  return format(instant, 'yyyy-MM-dd');
}

async function readPlan(db: LedgerDb): Promise<{ frameworkChosen: boolean; competencyIds: Set<string> }> {
  const setting = await db.settings.get(ACTIVE_FRAMEWORK_SETTING);
  const id = typeof setting?.value === 'string' ? setting.value : null;
  const framework = id === null ? undefined : await db.frameworks.get(id);
  if (!framework) return { frameworkChosen: false, competencyIds: new Set() };
  const keys = await db.competencies.where('frameworkId').equals(framework.id).primaryKeys();
  return { frameworkChosen: true, competencyIds: new Set(keys) };
}

async function readAudit(db: LedgerDb, today: string) {
  const running = await db.audits.where('status').equals('active').toArray();
  // The latest-starting running audit, as the reminders pick it (there should be one at most).
  const audit = running.reduce<(typeof running)[number] | null>(
    (best, a) => (!best || a.startDate > best.startDate ? a : best),
    null,
  );
  const anyAudit = audit !== null || (await db.audits.count()) > 0;
  if (!audit) return { anyAudit, activeAudit: null, loggedToday: 0, reflectedWeeks: [] };
  const [loggedToday, reflections] = await Promise.all([
    db.auditEntries.where('[auditId+date]').equals([audit.id, today]).count(),
    db.weeklyReflections.where('auditId').equals(audit.id).toArray(),
  ]);
  return {
    anyAudit,
    activeAudit: { startDate: audit.startDate, weeks: audit.weeks },
    loggedToday,
    reflectedWeeks: reflections.map((r) => r.weekStart),
  };
}

/**
 * Open actions due by `last` (inclusive), as two key ranges of the [status+dueDate] index (schema v4):
 * only those Today lists, not every open action. Two batched reads, not `anyOf`, which walks a cursor
 * one record at a time (40× slower over five years of actions in fake-indexeddb).
 */
async function readOpenActionsDueBy(db: LedgerDb, last: string) {
  const due = (status: 'todo' | 'doing') =>
    db.actions.where('[status+dueDate]').between([status, ''], [status, last], true, true).toArray();
  const [todo, doing] = await Promise.all([due('todo'), due('doing')]);
  return [...todo, ...doing];
}

async function readWaitingFeedback(db: LedgerDb): Promise<TodaySnapshot['waitingFeedback']> {
  // Every request ever made (null is not a key, so only those with an asked date are in the index), in
  // one batched read, answered ones included: fetching just the unanswered ones by key cost one browser
  // round trip and one main-thread task per request (151 of 1,000 at five years), several times the
  // cost of reading them all at once.
  const asked = await db.feedback.where('askedOn').above('').toArray();
  return asked.flatMap((f) =>
    isPendingFeedback(f) && f.askedOn !== null ? [{ id: f.id, from: f.from, askedOn: f.askedOn }] : [],
  );
}

/** What Today shows from the database: all of its snapshot but the retake cadence, which main keeps. */
export type TodayRecords = Omit<TodaySnapshot, 'reassessEveryMonths'>;

/**
 * Everything Today shows, read for `today` (the user's local day), with the retake cadence: given as a
 * promise (main's answer), the database is read while main answers, not after.
 */
export async function readTodaySnapshot(
  db: LedgerDb,
  today: string,
  reassessEveryMonths: number | Promise<number>,
): Promise<TodaySnapshot> {
  const [records, months] = await Promise.all([readTodayRecords(db, today), reassessEveryMonths]);
  return { ...records, reassessEveryMonths: months };
}

/** Today's records for `today`, in one read transaction. */
export async function readTodayRecords(db: LedgerDb, today: string): Promise<TodayRecords> {
  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  return db.transaction(
    'r',
    [
      db.profile,
      db.selfAssessments,
      db.settings,
      db.frameworks,
      db.competencies,
      db.skillSnapshots,
      db.audits,
      db.auditEntries,
      db.weeklyReflections,
      db.actions,
      db.feedback,
      db.retros,
      db.handovers,
      db.bragEntries,
      db.managerAnswers,
    ],
    async () => {
      const [
        profile,
        lastAssessment,
        plan,
        anyRating,
        audit,
        open,
        waitingFeedback,
        retros,
        handovers,
        recent,
        wins,
        answer,
      ] = await Promise.all([
        db.profile.get(PROFILE_ID),
        // Only completed assessments are in the completedAt index; ISO times sort as text.
        db.selfAssessments.orderBy('completedAt').last(),
        readPlan(db),
        // One key at most: a count of the whole table would walk every rating ever made.
        db.skillSnapshots.limit(1).primaryKeys(),
        readAudit(db, today),
        readOpenActionsDueBy(db, sunday),
        readWaitingFeedback(db),
        // The drafts whose project ended before today ([status+endDate], schema v4): only retros with
        // an end date are in the index, and those ending today are not due yet.
        db.retros.where('[status+endDate]').between(['draft', ''], ['draft', today], true, false).toArray(),
        // The open handovers whose follow-up day is today or earlier ([status+followUpOn], schema v6): one
        // key range. Those without a day are not in the index, done ones are under another status.
        db.handovers
          .where('[status+followUpOn]')
          .between(['open', ''], ['open', today], true, true)
          .toArray(),
        db.auditEntries.where('date').between(addDays(monday, -7), sunday, true, true).toArray(),
        db.bragEntries.where('date').between(monday, sunday, true, true).count(),
        // The answer in force: the newest day's answers only, through the askedOn index (schema v8).
        readLatestManagerAnswer(db),
      ]);
      return {
        hasProfile: profile !== undefined,
        lastAssessmentDate: lastAssessment?.completedAt
          ? localDay(new Date(lastAssessment.completedAt))
          : null,
        frameworkChosen: plan.frameworkChosen,
        anyRating: anyRating.length > 0,
        ...audit,
        openActions: open.flatMap((a) =>
          a.dueDate !== null && belongsToPlan(a, plan.competencyIds)
            ? [{ id: a.id, title: a.title, dueDate: a.dueDate }]
            : [],
        ),
        waitingFeedback,
        draftRetros: retros.flatMap((r) =>
          r.status === 'draft' && r.endDate !== null
            ? [{ id: r.id, project: r.project, endDate: r.endDate }]
            : [],
        ),
        followUps: handovers.flatMap((h) =>
          h.status === 'open' && h.followUpOn !== null
            ? [{ id: h.id, activity: h.activity, to: h.to, followUpOn: h.followUpOn }]
            : [],
        ),
        recentActivities: recent.map((e) => ({ date: e.date, minutes: e.minutes, energy: e.energy })),
        winsThisWeek: wins,
        managerAnswer: answer ? { askedOn: answer.askedOn, vague: answer.concrete === 'vague' } : null,
      };
    },
  );
}
