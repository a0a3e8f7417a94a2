/**
 * The ledger's writes as the screens call them: each function of repo.ts bound to the app's database, the
 * clock at the moment of the call, and an undo where a change can be regretted.
 */
import type { Handover } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import { putBack } from '@renderer/db/put-back';
import { offerUndo } from '@renderer/ui/undo';
import * as repo from './repo';
import type { HandoverInput, HandoverPatch } from './repo';

export const createHandover = (input: HandoverInput): Promise<Handover> =>
  repo.createHandover(db, input, new Date());

/** An autosaved edit: no undo (the text is the user's, as they type it). */
export const updateHandover = async (id: string, patch: HandoverPatch): Promise<void> => {
  await repo.updateHandover(db, id, patch, new Date());
};

export async function completeHandover(id: string, outcome: string): Promise<void> {
  const before = await repo.completeHandover(db, id, outcome, new Date());
  offerUndo(`Marked “${before.activity}” as handed over.`, () =>
    putBack(db, { handovers: [before] }, new Date()),
  );
}

export async function reopenHandover(id: string): Promise<void> {
  const before = await repo.reopenHandover(db, id, new Date());
  offerUndo(`Opened “${before.activity}” again.`, () => putBack(db, { handovers: [before] }, new Date()));
}

export async function deleteHandover(id: string): Promise<void> {
  const { handover, links } = await repo.deleteHandover(db, id);
  offerUndo(`Deleted the handover of “${handover.activity}”.`, () =>
    putBack(db, { handovers: [handover], evidence: links }, new Date()),
  );
}
