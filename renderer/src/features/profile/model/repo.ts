import type { Profile } from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';
import { normaliseProfileDraft, type ProfileDraft } from '@shared/domain/profile';
import type { LedgerDb } from '@renderer/db/db';

/** Creates or updates the single profile record; validated before it is written. */
export async function saveProfile(db: LedgerDb, draft: ProfileDraft, now: Date): Promise<Profile> {
  const stamp = now.toISOString();
  // The record schemas load with the first save, not with the first screen (which shows this form).
  // Before the transaction: awaiting anything else inside it would end it early.
  const { profileSchema } = await import('@shared/types/entities');
  return db.transaction('rw', db.profile, async () => {
    const existing = await db.profile.get(PROFILE_ID);
    const profile = profileSchema.parse({
      ...normaliseProfileDraft(draft),
      id: PROFILE_ID,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    await db.profile.put(profile);
    return profile;
  });
}
