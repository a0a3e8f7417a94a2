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
import { linkId } from '@shared/domain/evidence-links';
import { removeFromCompetency } from '@renderer/db/evidence-links';
import { deleteAction, deletePromotionItem, updateAction } from '@renderer/features/growth-plan/model/repo';
import { deleteBrag, deleteFeedback, deleteRetro } from '@renderer/features/journal/model/repo';
import { seededFixtureDb } from '../support/fresh-db';

const NOW = new Date('2026-12-02T12:00:00.000Z');
const UNDO_AT = new Date('2026-12-02T12:00:30.000Z');

/**
 * The v2 fixture as schema 5 holds it (one record per table; retro rt1, brag entry br1 and feedback fb1
 * count as evidence for cp1, br1 with a note of its own; checklist item pi1 lists br1), plus retro rt1 on
 * the checklist too.
 */
const seededDb = () =>
  seededFixtureDb(NOW, (tables) => {
    tables.evidence.push({
      ...tables.evidence[0]!,
      id: 'ln-pi1-rt1',
      competencyId: null,
      promotionItemId: 'pi1',
      ref: { kind: 'retro', id: 'rt1' },
      note: '',
    });
  });

/** The ids the migration to schema 5 gave the fixture's links. */
const TAG = (kind: string, id: string) => linkId(kind, id, 'cp1');
const ON_CHECKLIST_BR1 = linkId('checklist', 'pi1', 'brag:br1');

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
      'a retro, its link to cp1 and its checklist link',
      (db) => deleteRetro(db, 'rt1'),
      ['rt1', TAG('retro', 'rt1'), 'ln-pi1-rt1'],
    ],
    // br1's link to cp1 has text of its own: it stays, showing the entry as deleted.
    ['a brag entry and its checklist link', (db) => deleteBrag(db, 'br1'), ['br1', ON_CHECKLIST_BR1]],
    ['a feedback item and its link', (db) => deleteFeedback(db, 'fb1'), ['fb1', TAG('feedback', 'fb1')]],
    ['a plan action', (db) => deleteAction(db, 'ac1'), ['ac1']],
    [
      'a piece of evidence',
      (db) => removeFromCompetency(db, 'ev1', NOW).then((evidence) => ({ evidence })),
      ['ev1'],
    ],
    [
      'a checklist item and the links made for it',
      (db) => deletePromotionItem(db, 'pi1', NOW),
      ['pi1', ON_CHECKLIST_BR1, 'ln-pi1-rt1'],
    ],
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
    const between = await readAllTables(db); // holds the tombstones, and pi1 without its link
    await putBack(db, removed, UNDO_AT);
    const merged = mergeBackups(await readAllTables(db), between);
    expect(merged.tables.bragEntries.map((r) => r.id)).toContain('br1');
    expect(merged.tables.evidence.find((r) => r.id === ON_CHECKLIST_BR1)).toMatchObject({
      promotionItemId: 'pi1',
      ref: { kind: 'brag', id: 'br1' },
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
