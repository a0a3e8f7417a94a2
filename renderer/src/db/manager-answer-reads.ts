/**
 * The manager's answers to "what does excellent look like in six months?" (schema v8), as the profile,
 * the skill map, the packet and the plan's Markdown read them: newest first, by the day asked and then
 * by when each was written down. A handful a year, so the whole history is one indexed read.
 */
import { latestAnswer } from '@shared/domain/manager-loop';
import type { ManagerAnswer } from '@shared/types/entities';
import type { LedgerDb } from './db';

export async function readManagerAnswers(db: LedgerDb): Promise<ManagerAnswer[]> {
  const answers = await db.managerAnswers.orderBy('askedOn').reverse().toArray();
  // The index orders by day only: on the same day, the later-written answer comes first.
  return [...answers].sort(
    (a, b) => b.askedOn.localeCompare(a.askedOn) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** The answer in force, or null when the manager has not been asked yet. */
export async function readLatestManagerAnswer(db: LedgerDb): Promise<ManagerAnswer | null> {
  const newestDay = await db.managerAnswers.orderBy('askedOn').last();
  if (!newestDay) return null;
  return latestAnswer(await db.managerAnswers.where('askedOn').equals(newestDay.askedOn).toArray());
}
