import type { ManagerAnswer, Profile } from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';
import { normaliseProfileDraft, type ProfileDraft } from '@shared/domain/profile';
import type { LedgerDb } from '@renderer/db/db';
import type { RecordSnapshot } from '@renderer/db/put-back';

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

/** What the form gives for a new answer of the manager (issue 18, the manager loop). */
export interface ManagerAnswerDraft {
  askedOn: string;
  answer: string;
}

/** Adds an answer to the history: earlier answers stay as they were. Validated before it is written. */
export async function addManagerAnswer(
  db: LedgerDb,
  draft: ManagerAnswerDraft,
  now: Date,
): Promise<ManagerAnswer> {
  const { managerAnswerSchema } = await import('@shared/types/entities');
  const stamp = now.toISOString();
  const record = managerAnswerSchema.parse({
    id: crypto.randomUUID(),
    askedOn: draft.askedOn,
    answer: draft.answer.trim(),
    concrete: null,
    nextStep: '',
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.managerAnswers.add(record);
  return record;
}

export type ManagerAnswerPatch = Partial<Pick<ManagerAnswer, 'concrete' | 'nextStep'>>;

/** The user's judgement of an answer and what they will do about it; the answer itself stays as given. */
export async function updateManagerAnswer(
  db: LedgerDb,
  id: string,
  patch: ManagerAnswerPatch,
  now: Date,
): Promise<void> {
  const { managerAnswerSchema } = await import('@shared/types/entities');
  await db.transaction('rw', db.managerAnswers, async () => {
    const existing = await db.managerAnswers.get(id);
    if (!existing) throw new Error('That answer no longer exists.');
    await db.managerAnswers.put(
      managerAnswerSchema.parse({ ...existing, ...patch, updatedAt: now.toISOString() }),
    );
  });
}

/** Removes one answer (written down by mistake); returns it as it was, for an undo. */
export async function deleteManagerAnswer(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', db.managerAnswers, async () => {
    const existing = await db.managerAnswers.get(id);
    await db.managerAnswers.delete(id);
    return { managerAnswers: existing ? [existing] : [] };
  });
}
