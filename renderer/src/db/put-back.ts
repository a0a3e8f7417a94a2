/**
 * The records a change replaced or removed, by table, and the undo that writes them back. An undo puts
 * back the exact records (bulkPut: a deleted one exists again, and the tombstone middleware, tombstones.ts,
 * drops its tombstone), each stamped with the time of the undo: the undo is the newest change, so a merge
 * with a backup taken between the change and the undo keeps the undone state rather than redoing the
 * change (shared/domain/merge.ts), as the audit's restoreEntry does for logged activities (which also
 * refresh the audit's stored totals, so they go back that way).
 */
import type {
  Action,
  BragEntry,
  BuyIn,
  Evidence,
  Feedback,
  Handover,
  ManagerAnswer,
  Person,
  Project,
  PromotionItem,
  Retro,
} from '@shared/types/entities';
import type { LedgerDb } from './db';

export interface RecordSnapshot {
  actions?: readonly Action[];
  evidence?: readonly Evidence[];
  promotionItems?: readonly PromotionItem[];
  retros?: readonly Retro[];
  bragEntries?: readonly BragEntry[];
  feedback?: readonly Feedback[];
  handovers?: readonly Handover[];
  managerAnswers?: readonly ManagerAnswer[];
  buyIns?: readonly BuyIn[];
  projects?: readonly Project[];
  people?: readonly Person[];
}

export async function putBack(db: LedgerDb, snapshot: RecordSnapshot, now: Date): Promise<void> {
  const stamp = now.toISOString();
  const parts = (Object.keys(snapshot) as (keyof RecordSnapshot)[]).flatMap((name) => {
    const records = snapshot[name];
    return records && records.length > 0 ? [{ name, records }] : [];
  });
  if (parts.length === 0) return;
  await db.transaction(
    'rw',
    parts.map(({ name }) => db.table(name)),
    async () => {
      // The records were read from this database, so they passed their schema when first stored.
      for (const { name, records } of parts)
        await db.table(name).bulkPut(records.map((record) => ({ ...record, updatedAt: stamp })));
    },
  );
}
