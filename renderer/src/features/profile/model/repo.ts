import { PROFILE_ID, profileSchema, type Profile } from '@shared/types/entities';
import { normaliseProfileDraft, type ProfileDraft } from '@shared/domain/profile';
import type { LedgerDb } from '@renderer/db/db';

/** Creates or updates the single profile record; validated before it is written. */
export async function saveProfile(db: LedgerDb, draft: ProfileDraft, now: Date): Promise<Profile> {
  const stamp = now.toISOString();
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
