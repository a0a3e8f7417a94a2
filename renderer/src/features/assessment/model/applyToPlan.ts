import type { Track } from '@shared/types/entities';
import type { LedgerDb } from '@renderer/db/db';
import { activateFrameworkForTrack } from '@renderer/features/growth-plan';
import { setTargetTrack } from './repo';

/**
 * "Use this result for my plan": sets the profile's target track and makes the growth plan's framework
 * for that track the active one — both or neither, in one transaction. Only ever called after the user
 * confirmed it in a dialog. Returns the id of the now-active framework.
 */
export async function applyResultToPlan(db: LedgerDb, track: Track, now: Date): Promise<string> {
  // The outer scope covers every table activateFrameworkForTrack writes, so its transaction joins this one.
  return db.transaction('rw', [db.profile, db.frameworks, db.competencies, db.settings], async () => {
    await setTargetTrack(db, track, now);
    return activateFrameworkForTrack(db, track, now);
  });
}
