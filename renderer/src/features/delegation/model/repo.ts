/**
 * Every write of the delegation ledger (issue 17), each in one Dexie transaction and validated with the
 * record schema before it is written. Functions take the database and the clock, so tests pass their own.
 */
import { format } from 'date-fns';
import { handoverSchema, type Evidence, type Handover } from '@shared/types/entities';
import type { LedgerDb } from '@renderer/db/db';
import { dropLinksOf } from '@renderer/db/evidence-links';
import { estimateIn } from '@renderer/db/handover-estimates';

/** What the "Hand over…" form asks for. */
export interface HandoverInput {
  auditId: string;
  activity: string;
  categoryId: string | null;
  to: string;
  expectations: string;
  followUpOn: string | null;
}

/** The fields of a handover the ledger edits in place (autosaved). */
export type HandoverPatch = Partial<Pick<Handover, 'to' | 'expectations' | 'followUpOn' | 'outcome'>>;

export class HandoverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HandoverError';
  }
}

const day = (now: Date) => format(now, 'yyyy-MM-dd');

function checkTo(to: string): string {
  const trimmed = to.trim();
  if (!trimmed) throw new HandoverError('Say who takes this work over.');
  return trimmed;
}

/** Records a handover of one activity of an audit, with the hours it frees as the audit's log shows them. */
export async function createHandover(db: LedgerDb, input: HandoverInput, now: Date): Promise<Handover> {
  const to = checkTo(input.to);
  const activity = input.activity.trim();
  if (!activity) throw new HandoverError('Name the work being handed over.');
  const stamp = now.toISOString();
  return db.transaction('rw', [db.audits, db.auditEntries, db.auditDigests, db.handovers], async () => {
    const audit = await db.audits.get(input.auditId);
    if (!audit) throw new HandoverError('That audit no longer exists.');
    const handover = handoverSchema.parse({
      id: crypto.randomUUID(),
      auditId: audit.id,
      activity,
      categoryId: input.categoryId,
      to,
      expectations: input.expectations.trim(),
      followUpOn: input.followUpOn,
      status: 'open',
      outcome: '',
      doneOn: null,
      estimate: await estimateIn(db, audit, activity, day(now)),
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.handovers.add(handover);
    return handover;
  });
}

/**
 * Writes `handover` as `change` makes it, in one transaction, checked by the schema; returns it as it was
 * (for undo).
 */
async function changeHandover(
  db: LedgerDb,
  id: string,
  change: (before: Handover) => Omit<Handover, 'updatedAt'>,
  now: Date,
): Promise<Handover> {
  return db.transaction('rw', db.handovers, async () => {
    const before = await db.handovers.get(id);
    if (!before) throw new HandoverError('That handover no longer exists.');
    await db.handovers.put(handoverSchema.parse({ ...change(before), updatedAt: now.toISOString() }));
    return before;
  });
}

/** Changes a handover's fields; returns it as it was (for undo). An empty "who" is refused. */
export async function updateHandover(
  db: LedgerDb,
  id: string,
  patch: HandoverPatch,
  now: Date,
): Promise<Handover> {
  const to = patch.to === undefined ? undefined : checkTo(patch.to);
  return changeHandover(db, id, (before) => ({ ...before, ...patch, to: to ?? before.to }), now);
}

/** Marks a handover done on `doneOn` (today by default), with how it went; returns it as it was. */
export function completeHandover(
  db: LedgerDb,
  id: string,
  outcome: string,
  now: Date,
  doneOn: string = day(now),
): Promise<Handover> {
  return changeHandover(
    db,
    id,
    (before) => ({ ...before, status: 'done', doneOn, outcome: outcome.trim() || before.outcome }),
    now,
  );
}

/** Opens a finished handover again (its outcome stays); returns it as it was. */
export function reopenHandover(db: LedgerDb, id: string, now: Date): Promise<Handover> {
  return changeHandover(db, id, (before) => ({ ...before, status: 'open', doneOn: null }), now);
}

/**
 * Deletes a handover and its evidence links without text of their own (those with text stay and show it
 * as deleted, as for every record). Returns what was removed, for the undo.
 */
export async function deleteHandover(
  db: LedgerDb,
  id: string,
): Promise<{ handover: Handover; links: Evidence[] }> {
  return db.transaction('rw', [db.handovers, db.evidence], async () => {
    const handover = await db.handovers.get(id);
    if (!handover) throw new HandoverError('That handover no longer exists.');
    const links = await dropLinksOf(db, { kind: 'handover', id });
    await db.handovers.delete(id);
    return { handover, links };
  });
}
