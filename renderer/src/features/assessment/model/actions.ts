/**
 * The assessment feature's writes on the app's database, for its components. The work is done by
 * ./repo.ts and ./applyToPlan.ts, which take the database as a parameter (tests pass a fresh one).
 */
import type { Decision, SelfAssessment, Track, Trial } from '@shared/types/entities';
import type { FinishInput, TrialAction, TrialDraft } from '@shared/domain/assessment';
import { db } from '@renderer/db/db';
import * as plan from './applyToPlan';
import * as repo from './repo';

/** Resumes the unfinished take if there is one; otherwise starts a new, empty take. */
export function startOrResumeTake(now: Date): Promise<SelfAssessment> {
  return repo.startOrResumeTake(db, now);
}

/** Saves one answer (statement index 0–11, answer 1–5) straight away. */
export function saveAnswer(takeId: string, index: number, answer: number): Promise<void> {
  return repo.saveAnswer(db, takeId, index, answer);
}

/** Completes the take; refuses while any answer is missing or invalid. */
export function completeTake(takeId: string, now: Date): Promise<SelfAssessment> {
  return repo.completeTake(db, takeId, now);
}

/** Deletes a take, finished or not. */
export function deleteTake(takeId: string): Promise<void> {
  return repo.deleteTake(db, takeId);
}

/** Saves a new decision statement dated `today`. */
export function saveDecision(draft: repo.DecisionDraft, today: string, now: Date): Promise<Decision> {
  return repo.saveDecision(db, draft, today, now);
}

/** Creates a trial (no id) or updates one (with id). */
export function saveTrial(draft: TrialDraft & { id?: string }, now: Date): Promise<Trial> {
  return repo.saveTrial(db, draft, now);
}

/** Starts, finishes or reopens a trial. */
export function changeTrialStatus(
  id: string,
  action: TrialAction,
  today: string,
  now: Date,
  finish?: FinishInput,
): Promise<Trial> {
  return repo.changeTrialStatus(db, id, action, today, now, finish);
}

export function deleteTrial(id: string): Promise<void> {
  return repo.deleteTrial(db, id);
}

/** Sets the profile's target track and the growth plan's framework for it, after the user confirmed. */
export function applyResultToPlan(track: Track, now: Date): Promise<string> {
  return plan.applyResultToPlan(db, track, now);
}
