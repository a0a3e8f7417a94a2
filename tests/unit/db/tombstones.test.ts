/**
 * The tombstone middleware (renderer/src/db/tombstones.ts) on fake-indexeddb: every feature's delete
 * leaves a tombstone in the same transaction, a re-add (Undo) removes it, and nothing else writes one.
 */
import { describe, expect, it } from 'vitest';
import { emptyAuditDigest } from '@shared/domain/audit-digest';
import { linkId } from '@shared/domain/evidence-links';
import { mergeBackups } from '@shared/domain/merge';
import type { Tombstone } from '@shared/types/entities';
import type { DataTableName } from '@shared/types/tables';
import { LedgerDb } from '@renderer/db/db';
import { readAllTables, writeAllTables } from '@renderer/db/tables';
import { deleteDecision, deleteTake, deleteTrial } from '@renderer/features/assessment/model/repo';
import { deleteEntry, deleteRule, restoreEntry, restoreRule } from '@renderer/features/audit/model/repo';
import { removeFromCompetency } from '@renderer/db/evidence-links';
import { deleteAction, deletePromotionItem } from '@renderer/features/growth-plan/model/repo';
import { deleteBrag, deleteFeedback, deleteRetro } from '@renderer/features/journal/model/repo';
import { seededFixtureDb, uniqueDbName } from '../support/fresh-db';

const NOW = new Date('2026-12-02T12:00:00.000Z');

/** The v2 fixture's records (one per table), plus an evidence note linked to the retro. */
const seededDb = () =>
  // The second note makes deleting the retro delete it too (a filtered delete).
  seededFixtureDb(NOW, (tables) => {
    tables.evidence.push({ ...tables.evidence[0]!, id: 'ev-rt1', ref: { kind: 'retro', id: 'rt1' } });
  });

const tombstone = (table: DataTableName, recordId: string): Tombstone => ({
  id: `${table}:${recordId}`,
  table,
  recordId,
  deletedAt: NOW.toISOString(),
});

const sortedIds = (tombstones: Tombstone[]) => tombstones.map((t) => t.id).sort();

describe('tombstone middleware', () => {
  it('adding records writes no tombstone', async () => {
    const { db } = await seededDb();
    expect(await db.tombstones.count()).toBe(0);
    db.close();
  });

  it("each feature's delete leaves a tombstone for exactly what it deleted, with the delete's time", async () => {
    const { db } = await seededDb();
    const deletes: [DataTableName, string, () => Promise<unknown>][] = [
      ['retros', 'rt1', () => deleteRetro(db, 'rt1')],
      ['bragEntries', 'br1', () => deleteBrag(db, 'br1')],
      ['feedback', 'fb1', () => deleteFeedback(db, 'fb1')],
      ['selfAssessments', 'sa1', () => deleteTake(db, 'sa1')],
      ['decisions', 'de1', () => deleteDecision(db, 'de1')],
      ['trials', 'tr1', () => deleteTrial(db, 'tr1')],
      ['auditEntries', 'ae1', () => deleteEntry(db, 'ae1')],
      ['categoryRules', 'ru1', () => deleteRule(db, 'ru1')],
      ['actions', 'ac1', () => deleteAction(db, 'ac1')],
      ['evidence', 'ev1', () => removeFromCompetency(db, 'ev1', NOW)],
      ['promotionItems', 'pi1', () => deletePromotionItem(db, 'pi1', NOW)],
    ];
    const expected: Tombstone[] = [];
    for (const [table, id, remove] of deletes) {
      await remove();
      expect(await db.tableOf(table).get(id), `${table} ${id}`).toBeUndefined();
      expected.push(tombstone(table, id));
      // A journal record's delete also deletes its links without text of their own; the checklist
      // link of br1 goes with br1 (ids as the migration to schema 5 made them).
      if (table === 'retros') expected.push(tombstone('evidence', linkId('retro', 'rt1', 'cp1')));
      if (table === 'bragEntries')
        expected.push(tombstone('evidence', linkId('checklist', 'pi1', 'brag:br1')));
      if (table === 'feedback') expected.push(tombstone('evidence', linkId('feedback', 'fb1', 'cp1')));
      expect(await db.tombstones.get(`${table}:${id}`), `${table} ${id}`).toEqual(tombstone(table, id));
    }
    expect(sortedIds(await db.tombstones.toArray())).toEqual(sortedIds(expected));
    expect(await db.tombstones.toArray()).toEqual(expect.arrayContaining(expected));
    db.close();
  });

  it('undo (putting the deleted record back) removes its tombstone', async () => {
    const { db } = await seededDb();
    const entry = await deleteEntry(db, 'ae1');
    const rule = await db.categoryRules.get('ru1');
    if (!rule) throw new Error('fixture rule missing');
    await deleteRule(db, 'ru1');
    expect(sortedIds(await db.tombstones.toArray())).toEqual(['auditEntries:ae1', 'categoryRules:ru1']);

    const undoAt = new Date(NOW.getTime() + 60_000);
    await restoreEntry(db, entry, undoAt);
    await restoreRule(db, rule);
    expect(await db.tombstones.count()).toBe(0);
    expect(await db.auditEntries.get('ae1')).toEqual({ ...entry, updatedAt: undoAt.toISOString() });
    db.close();
  });

  it('a merge with a backup taken between a delete and its undo keeps the undone activity', async () => {
    const { db } = await seededDb();
    const entry = await deleteEntry(db, 'ae1');
    const betweenBackup = await readAllTables(db); // holds the tombstone, not the activity
    await restoreEntry(db, entry, new Date(NOW.getTime() + 60_000));
    const merged = mergeBackups(await readAllTables(db), betweenBackup);
    expect(merged.tables.auditEntries.map((record) => record.id)).toContain('ae1');
    db.close();
  });

  it('a range delete and a clear leave a tombstone per deleted record', async () => {
    const { db, tables } = await seededDb();
    await db.transaction('rw', db.settings, () => db.settings.clear());
    await db.transaction('rw', db.competencies, () => db.competencies.where('id').startsWith('cp').delete());
    expect(sortedIds(await db.tombstones.toArray())).toEqual(
      [
        ...tables.settings.map((s) => `settings:${s.key}`),
        ...tables.competencies.map((c) => `competencies:${c.id}`),
      ].sort(),
    );
    db.close();
  });

  it('a delete that fails leaves no tombstone (one transaction)', async () => {
    const { db } = await seededDb();
    await expect(
      db.transaction('rw', db.actions, async () => {
        await db.actions.delete('ac1');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.actions.get('ac1')).toBeDefined();
    expect(await db.tombstones.count()).toBe(0);
    db.close();
  });

  it('derived tables get no tombstones', async () => {
    const { db } = await seededDb();
    await db.auditTotals.put({
      auditId: 'au1',
      version: 1,
      startDate: '2026-01-05',
      weeks: 4,
      categories: [],
    });
    await db.auditTotals.delete('au1');
    await db.auditDigests.put(emptyAuditDigest({ id: 'au1', startDate: '2026-01-05', weeks: 4 }));
    await db.auditDigests.delete('au1');
    expect(await db.tombstones.count()).toBe(0);
    db.close();
  });

  it('a database opened without it (the backup worker) writes none, and a restore copies tombstones as they are', async () => {
    const { db, tables } = await seededDb();
    await deleteAction(db, 'ac1');
    const withTombstone = await readAllTables(db);
    db.close();

    const plain = new LedgerDb(uniqueDbName('plain'), { recordDeletions: false });
    await writeAllTables(plain, withTombstone);
    expect(await plain.tombstones.toArray()).toEqual([tombstone('actions', 'ac1')]);
    await plain.decisions.delete('de1');
    await plain.actions.put({ ...tables.actions[0]!, id: 'ac1' });
    expect(await plain.tombstones.toArray()).toEqual([tombstone('actions', 'ac1')]);
    plain.close();
    await plain.delete();
  });
});
