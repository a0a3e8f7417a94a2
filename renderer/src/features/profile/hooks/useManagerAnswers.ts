import { useLiveQuery } from 'dexie-react-hooks';
import type { ManagerAnswer } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { readLatestManagerAnswer, readManagerAnswers } from '@renderer/db/manager-answer-reads';

/**
 * Every answer of the manager to "what does excellent look like in six months?", newest first;
 * `undefined` while loading.
 */
export function useManagerAnswers(): ManagerAnswer[] | undefined {
  return useLiveQuery(() => readManagerAnswers(db), []);
}

/** The answer in force (the newest), null when there is none; `undefined` while loading. */
export function useLatestManagerAnswer(): ManagerAnswer | null | undefined {
  return useLiveQuery(() => readLatestManagerAnswer(db), []);
}
