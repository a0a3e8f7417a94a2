/**
 * Starting a retrospective: the one way a new retro record is made, by the journal ("New
 * retrospective", the menu command) and by a staff-level project that has ended (growth-plan's "Hold its
 * retrospective"). Kept below the features, as the evidence graph's writes are, so both use it without
 * one feature reaching into another's model.
 */
import { retroSchema, type Retro } from '@shared/types/entities';
import type { LedgerDb } from './db';

/** A retro's own fields before the user writes anything: a draft, every text empty. */
export const EMPTY_RETRO_FIELDS: Omit<Retro, 'id' | 'createdAt' | 'updatedAt'> = {
  project: '',
  startDate: null,
  endDate: null,
  role: '',
  wentWell: '',
  didNotGoWell: '',
  prevention: '',
  change: '',
  overEngineered: null,
  overEngineeredNote: '',
  status: 'draft',
};

/**
 * Starts a new retrospective as a draft and returns it (the editor autosaves into it); `start` names the
 * project and the user's role in it when it comes from a project.
 */
export async function createRetro(
  db: LedgerDb,
  now: Date,
  start: Partial<Pick<Retro, 'project' | 'role'>> = {},
): Promise<Retro> {
  const stamp = now.toISOString();
  const retro = retroSchema.parse({
    ...EMPTY_RETRO_FIELDS,
    ...start,
    id: crypto.randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.transaction('rw', db.retros, async () => {
    await db.retros.add(retro);
  });
  return retro;
}
