/**
 * The profile's writes on the app's database, stamped with the current time: what the components call.
 * repo.ts takes the database as an argument, so the unit tests run it on a fresh one.
 */
import type { Profile } from '@shared/types/entities';
import type { ProfileDraft } from '@shared/domain/profile';
import { db } from '@renderer/db/db';
import { saveProfile } from './repo';

/** Creates or updates the profile from the form's draft. */
export function saveProfileDraft(draft: ProfileDraft): Promise<Profile> {
  return saveProfile(db, draft, new Date());
}
