import { useLiveQuery } from 'dexie-react-hooks';
import type { Action } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { readCompetencyActions, readCompetencyTimeline, type TimelinePage } from './reads';

/**
 * A live query about one competency. Until the query for a new id answers, a live query still holds the
 * previous id's answer: that one is not returned (`undefined`, as while loading).
 */
function useOfCompetency<T>(competencyId: string, read: () => Promise<T>, deps: unknown[]): T | undefined {
  const found = useLiveQuery(async () => ({ competencyId, value: await read() }), [competencyId, ...deps]);
  return found?.competencyId === competencyId ? found.value : undefined;
}

/**
 * The newest `limit` ratings of one competency, newest first, and how many it has in all, for its
 * history table (read a page at a time from the `[competencyId+recordedAt]` index); `undefined` while
 * loading.
 */
export function useCompetencyTimeline(competencyId: string, limit: number): TimelinePage | undefined {
  return useOfCompetency(competencyId, () => readCompetencyTimeline(db, competencyId, limit), [limit]);
}

/** One competency's actions, open ones first (through the competencyId index); `undefined` while loading. */
export function useCompetencyActions(competencyId: string): Action[] | undefined {
  return useOfCompetency(competencyId, () => readCompetencyActions(db, competencyId), []);
}
