/**
 * Undo of the journal's and the growth plan's deletes and edits (renderer/src/db/put-back.ts): the
 * records come back exactly as they were, stamped with the time of the undo, their tombstones go, and a
 * merge with a backup taken between the change and the undo keeps the undone state.
 */
import { describe, expect, it } from 'vitest';
import { mergeBackups } from '@shared/domain/merge';
import { DATA_TABLE_NAMES } from '@shared/types/tables';
import type { LedgerDb } from '@renderer/db/db';
import { putBack, type RecordSnapshot } from '@renderer/db/put-back';
import { readAllTables } from '@renderer/db/tables';
import {
  deleteAction,
  deleteEvidence,
  deletePromotionItem,
  updateAction,
} from '@renderer/features/growth-plan/model/repo';
import { deleteBrag, deleteFeedback, deleteRetro } from '@renderer/features/journal/model/repo';
import { seededFixtureDb } from '../support/fresh-db';

const NOW = new Date('2026-12-02T12:00:00.000Z');
const UNDO_AT = new Date('2026-12-02T12:00:30.000Z');

/** The v2 fixture (one record per table; checklist item pi1 lists brag br1), plus a note linked to retro rt1. */
const seededDb = () =>
  seededFixtureDb(NOW, (tables) => {
    tables.evidence.push({ ...tables.evidence[0]!, id: 'ev-rt1', ref: { kind: 'retro', id: 'rt1' } });
    tables.promotionItems[0]!.evidence.push({ kind: 'retro', id: 'rt1' });
  });

/** Every data table, with each record's updatedAt left out (an undo stamps it anew). */
async function contents(db: LedgerDb): Promise<Record<string, unknown[]>> {
  const all = await readAllTables(db);
  return Object.fromEntries(
    DATA_TABLE_NAMES.map((name) => [
      name,
      (all[name] as Record<string, unknown>[]).map(({ updatedAt: _u, ...rest }) => rest),
    ]),
  );
}

describe('putting records back (undo)', () => {
  it.each<[string, (db: LedgerDb) => Promise<RecordSnapshot>, string[]]>([
    [
      'a retro, its evidence and its checklist links',
      (db) => deleteRetro(db, 'rt1'),
      ['rt1', 'ev-rt1', 'pi1'],
    ],
    ['a brag entry and its checklist link', (db) => deleteBrag(db, 'br1'), ['br1', 'pi1']],
    ['a feedback item', (db) => deleteFeedback(db, 'fb1'), ['fb1']],
    ['a plan action', (db) => deleteAction(db, 'ac1'), ['ac1']],
    ['an evidence note', (db) => deleteEvidence(db, 'ev1'), ['ev1']],
    ['a checklist item', (db) => deletePromotionItem(db, 'pi1'), ['pi1']],
  ])(
    'deleting %s, then undoing, restores exactly the records and drops the tombstones',
    async (_, remove, ids) => {
      const { db } = await seededDb();
      const before = await contents(db);
      const removed = await remove(db);
      expect(await contents(db)).not.toEqual(before);
      expect(await db.tombstones.count()).toBeGreaterThan(0);

      await putBack(db, removed, UNDO_AT);
      expect(await contents(db)).toEqual(before);
      expect(await db.tombstones.count()).toBe(0);
      // The undo is the newest change to each record it wrote back.
      const written = Object.values(removed).flat() as { id: string }[];
      expect(written.map((r) => r.id).sort()).toEqual([...ids].sort());
      const all = await readAllTables(db);
      for (const { id } of written) {
        const stored = Object.values(all)
          .flat()
          .find((r) => (r as { id?: string }).id === id) as { updatedAt: string };
        expect(stored.updatedAt, id).toBe(UNDO_AT.toISOString());
      }
      db.close();
    },
  );

  it('an edited action goes back to what it was', async () => {
    const { db } = await seededDb();
    const original = await db.actions.get('ac1');
    const before = await updateAction(db, 'ac1', { title: 'Renamed', status: 'done' }, NOW);
    expect(before).toEqual(original);
    await putBack(db, { actions: [before] }, UNDO_AT);
    expect(await db.actions.get('ac1')).toEqual({ ...original, updatedAt: UNDO_AT.toISOString() });
    db.close();
  });

  it('a merge with a backup taken between the delete and the undo keeps the undone records', async () => {
    const { db } = await seededDb();
    const removed = await deleteBrag(db, 'br1');
    const between = await readAllTables(db); // holds the tombstone and pi1 without its link
    await putBack(db, removed, UNDO_AT);
    const merged = mergeBackups(await readAllTables(db), between);
    expect(merged.tables.bragEntries.map((r) => r.id)).toContain('br1');
    expect(merged.tables.promotionItems.find((r) => r.id === 'pi1')?.evidence).toContainEqual({
      kind: 'brag',
      id: 'br1',
    });
    db.close();
  });

  it('puts nothing back for an empty snapshot', async () => {
    const { db } = await seededDb();
    const before = await readAllTables(db);
    await putBack(db, {}, UNDO_AT);
    expect(await readAllTables(db)).toEqual(before);
    db.close();
  });
});
