import { useLiveQuery } from 'dexie-react-hooks';
import type { Profile } from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';
import { db } from '@renderer/db/db';

/** The profile, `null` when none exists yet, `undefined` while loading. */
export function useProfile(): Profile | null | undefined {
  return useLiveQuery(async () => (await db.profile.get(PROFILE_ID)) ?? null, []);
}
