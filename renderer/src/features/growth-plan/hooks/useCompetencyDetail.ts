import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence, SkillSnapshot } from '@shared/types/entities';
import { db } from '@renderer/db/db';

/** Every snapshot of one competency, oldest first, for its history table. */
export function useCompetencyTimeline(competencyId: string): SkillSnapshot[] | undefined {
  return useLiveQuery(
    () =>
      db.skillSnapshots
        .where('[competencyId+recordedAt]')
        .between([competencyId, ''], [competencyId, '\uffff'])
        .toArray(),
    [competencyId],
  );
}

/**
 * One competency's evidence notes, newest first (on the same day, the last written first); `undefined`
 * while loading. Read through the competencyId index: only this competency's notes.
 */
export function useCompetencyEvidence(competencyId: string): Evidence[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.evidence.where('competencyId').equals(competencyId).toArray()).sort(
        (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
      ),
    [competencyId],
  );
}
