import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Profile } from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';
import { db } from '@renderer/db/db';

const readProfile = async (): Promise<Profile | null> => (await db.profile.get(PROFILE_ID)) ?? null;

/**
 * The profile as read once at start (`preloadProfile`), shown until the live query's first answer.
 * The profile screen is the start screen: main.tsx waits briefly for this read, so the first paint shows
 * the form instead of a loading line followed by a second layout (issue 13, cold start). Forgotten once
 * the live query has answered, so a later screen never shows an old copy.
 */
let atStart: Profile | null | undefined;
let startRead: Promise<void> | null = null;

/** Reads the profile for the first render; resolves once read (or failed: the live query reports that). */
export function preloadProfile(): Promise<void> {
  startRead ??= readProfile().then(
    (profile) => {
      atStart = profile;
    },
    () => undefined,
  );
  return startRead;
}

/** The same record (a live answer equal to the start read keeps the start read's identity). */
const sameRecord = (a: Profile | null | undefined, b: Profile | null | undefined) =>
  a === b || (a != null && b != null && JSON.stringify(a) === JSON.stringify(b));

/**
 * The profile, `null` when none exists yet, `undefined` while loading. While the live query's first
 * answer equals the start read, the start read's object is returned: the screen has nothing to redo.
 */
export function useProfile(): Profile | null | undefined {
  const live = useLiveQuery(readProfile, []);
  const start = atStart;
  useEffect(() => {
    if (live !== undefined) atStart = undefined;
  }, [live]);
  if (live === undefined) return start;
  return sameRecord(live, start) ? start : live;
}
