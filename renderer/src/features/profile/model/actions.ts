/**
 * The profile's writes on the app's database, stamped with the current time: what the components call.
 * repo.ts takes the database as an argument, so the unit tests run it on a fresh one.
 */
import type { Profile } from '@shared/types/entities';
import type { ProfileDraft } from '@shared/domain/profile';
import { db } from '@renderer/db/db';
import { putBack } from '@renderer/db/put-back';
import { offerUndo } from '@renderer/ui/undo';
import * as repo from './repo';
import { saveProfile, type ManagerAnswerDraft, type ManagerAnswerPatch } from './repo';

/** Creates or updates the profile from the form's draft. */
export function saveProfileDraft(draft: ProfileDraft): Promise<Profile> {
  return saveProfile(db, draft, new Date());
}

// ── The manager loop (issue 18) ─────────────────────────────────────────────────────────────────────

export type { ManagerAnswerDraft, ManagerAnswerPatch };

/** Adds the manager's latest answer to the history. */
export function addManagerAnswer(draft: ManagerAnswerDraft) {
  return repo.addManagerAnswer(db, draft, new Date());
}

export function updateManagerAnswer(id: string, patch: ManagerAnswerPatch): Promise<void> {
  return repo.updateManagerAnswer(db, id, patch, new Date());
}

/** Removes an answer and offers to undo it. */
export async function deleteManagerAnswer(id: string): Promise<void> {
  const removed = await repo.deleteManagerAnswer(db, id);
  if (removed.managerAnswers?.length)
    offerUndo('Removed the answer.', () => putBack(db, removed, new Date()));
}
