/**
 * Writes of the assessment feature: takes (saved answer by answer), decision statements, trials and the
 * profile's target track. Every record is validated with its zod schema before it is written.
 */
import {
  decisionSchema,
  profileSchema,
  selfAssessmentSchema,
  trialSchema,
  type Decision,
  type Profile,
  type SelfAssessment,
  type Track,
  type Trial,
} from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';
import { EMPTY_PROFILE_DRAFT } from '@shared/domain/profile';
import {
  applyTrialAction,
  emptyAnswers,
  trialProblems,
  unfinishedTake,
  validateAnswers,
  withAnswer,
  type FinishInput,
  type TrialAction,
  type TrialDraft,
} from '@shared/domain/assessment';
import type { LedgerDb } from '@renderer/db/db';

export class AssessmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssessmentError';
  }
}

/** Resumes the unfinished take if there is one; otherwise starts a new, empty take. */
export async function startOrResumeTake(db: LedgerDb, now: Date): Promise<SelfAssessment> {
  return db.transaction('rw', db.selfAssessments, async () => {
    const open = unfinishedTake(await db.selfAssessments.filter((t) => t.completedAt === null).toArray());
    if (open) return open;
    const take = selfAssessmentSchema.parse({
      id: crypto.randomUUID(),
      startedAt: now.toISOString(),
      completedAt: null,
      answers: emptyAnswers(),
    });
    await db.selfAssessments.add(take);
    return take;
  });
}

async function openTake(db: LedgerDb, takeId: string): Promise<SelfAssessment> {
  const take = await db.selfAssessments.get(takeId);
  if (!take) throw new AssessmentError('This take no longer exists. Start the assessment again.');
  if (take.completedAt !== null) throw new AssessmentError('This take is already finished; start a retake.');
  return take;
}

/** Saves one answer (statement index 0–11, answer 1–5) straight away, so nothing is lost if the app closes. */
export async function saveAnswer(db: LedgerDb, takeId: string, index: number, answer: number): Promise<void> {
  await db.transaction('rw', db.selfAssessments, async () => {
    const take = await openTake(db, takeId);
    const next = selfAssessmentSchema.parse({ ...take, answers: withAnswer(take.answers, index, answer) });
    await db.selfAssessments.put(next);
  });
}

/** Completes the take; refuses (with the statements named) while any answer is missing or invalid. */
export async function completeTake(db: LedgerDb, takeId: string, now: Date): Promise<SelfAssessment> {
  return db.transaction('rw', db.selfAssessments, async () => {
    const take = await openTake(db, takeId);
    validateAnswers(take.answers);
    const done = selfAssessmentSchema.parse({ ...take, completedAt: now.toISOString() });
    await db.selfAssessments.put(done);
    return done;
  });
}

/** Deletes a take, finished or not. */
export async function deleteTake(db: LedgerDb, takeId: string): Promise<void> {
  await db.transaction('rw', db.selfAssessments, async () => {
    await db.selfAssessments.delete(takeId);
  });
}

// ── Decision statements ─────────────────────────────────────────────────────────────────────────────

export type DecisionDraft = Pick<Decision, 'statement' | 'framing' | 'energising'>;

/** Saves a new decision statement dated `today` (older ones stay, so the user sees how it changed). */
export async function saveDecision(
  db: LedgerDb,
  draft: DecisionDraft,
  today: string,
  now: Date,
): Promise<Decision> {
  const stamp = now.toISOString();
  const decision = decisionSchema.parse({
    id: crypto.randomUUID(),
    date: today,
    statement: draft.statement.trim(),
    framing: draft.framing,
    energising: draft.energising,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.transaction('rw', db.decisions, async () => {
    await db.decisions.add(decision);
  });
  return decision;
}

export async function deleteDecision(db: LedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.decisions, async () => {
    await db.decisions.delete(id);
  });
}

// ── Trials ───────────────────────────────────────────────────────────────────────────────────────────

function checkTrial(draft: TrialDraft) {
  const problems = trialProblems(draft);
  if (problems.length > 0) throw new AssessmentError(problems.map((p) => p.message).join(' '));
}

/** Creates a trial (no id) or updates one (with id). */
export async function saveTrial(
  db: LedgerDb,
  draft: TrialDraft & { id?: string },
  now: Date,
): Promise<Trial> {
  checkTrial(draft);
  const stamp = now.toISOString();
  return db.transaction('rw', db.trials, async () => {
    const existing = draft.id ? await db.trials.get(draft.id) : undefined;
    if (draft.id && !existing) throw new AssessmentError('This trial no longer exists.');
    const trial = trialSchema.parse({
      id: existing?.id ?? crypto.randomUUID(),
      track: draft.track,
      title: draft.title.trim(),
      ideaKey: draft.ideaKey,
      startDate: draft.startDate,
      endDate: draft.endDate,
      status: draft.status,
      notes: draft.notes,
      energy: draft.energy,
      signalAnswer: draft.signalAnswer,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    await db.trials.put(trial);
    return trial;
  });
}

/** Starts, finishes or reopens a trial; finishing records the end date, energy and signal answer. */
export async function changeTrialStatus(
  db: LedgerDb,
  id: string,
  action: TrialAction,
  today: string,
  now: Date,
  finish?: FinishInput,
): Promise<Trial> {
  return db.transaction('rw', db.trials, async () => {
    const trial = await db.trials.get(id);
    if (!trial) throw new AssessmentError('This trial no longer exists.');
    const result = applyTrialAction(trial, action, today, finish);
    if (!result.ok) throw new AssessmentError(result.problems.map((p) => p.message).join(' '));
    const next = trialSchema.parse({ ...result.trial, updatedAt: now.toISOString() });
    await db.trials.put(next);
    return next;
  });
}

export async function deleteTrial(db: LedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.trials, async () => {
    await db.trials.delete(id);
  });
}

// ── Profile ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * Sets the profile's target track, creating a profile with empty fields when none exists yet.
 * (The profile feature's index exports no write function, so this one validates with profileSchema itself.)
 */
export async function setTargetTrack(db: LedgerDb, track: Track, now: Date): Promise<Profile> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.profile, async () => {
    const existing = await db.profile.get(PROFILE_ID);
    const profile = profileSchema.parse({
      ...(existing ?? { ...EMPTY_PROFILE_DRAFT, id: PROFILE_ID, createdAt: stamp }),
      targetTrack: track,
      updatedAt: stamp,
    });
    await db.profile.put(profile);
    return profile;
  });
}
