/**
 * The manager's answers to "what does excellent look like in six months?" (schema v8), as the profile,
 * the skill map, the packet and the plan's Markdown read them: newest first, by the day asked and then
 * by when each was written down. A handful a year, so the whole history is read in one go.
 */
import { latestAnswer, newerAnswerFirst } from '@shared/domain/manager-loop';
import type { ManagerAnswer } from '@shared/types/entities';
import type { LedgerDb } from './db';

export async function readManagerAnswers(db: LedgerDb): Promise<ManagerAnswer[]> {
  // A copy: query results are frozen (the immutable live-query cache), so they are never sorted in place.
  return [...(await db.managerAnswers.toArray())].sort(newerAnswerFirst);
}

/** The answer in force, or null when the manager has not been asked yet. */
export async function readLatestManagerAnswer(db: LedgerDb): Promise<ManagerAnswer | null> {
  const newestDay = await db.managerAnswers.orderBy('askedOn').last();
  if (!newestDay) return null;
  return latestAnswer(await db.managerAnswers.where('askedOn').equals(newestDay.askedOn).toArray());
}
