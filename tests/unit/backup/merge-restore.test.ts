/**
 * A merge restore through the backup worker (in-thread, on fake-indexeddb): the preview's counts are the
 * merge that is then written, into a new generation after a safety backup, with the data in use left as
 * it was; a merge whose data changed after the preview, or that would leave a reference dangling, writes
 * nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Dexie from 'dexie';
import { linkId } from '@shared/domain/evidence-links';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '@shared/domain/backup';
import { backupContent } from '@shared/domain/backup-content';
import { tombstoneId, type TableData, type Tombstone } from '@shared/types/entities';
import { LedgerDb } from '@renderer/db/db';
import { generationName, readyMarkerName } from '@renderer/db/generations';
import { readAllTables } from '@renderer/db/tables';
import { deleteBrag } from '@renderer/features/journal/model/repo';
import { applyRestore, planRestore, previewMerge } from '@renderer/features/backup/model/backup';
import { BackupClient } from '@renderer/features/backup/worker/client';
import { MERGE_CHANGED_MESSAGE, MERGE_NOT_PREVIEWED_MESSAGE } from '@renderer/features/backup/worker/service';
import { uniqueDbName } from '../support/fresh-db';
import { calls } from '../support/fake-main';
import { parkedFiles } from '../support/parked-files';

vi.mock('@renderer/platform/api', () => import('../support/fake-main'));

const FIXTURES = join(import.meta.dirname, '../../fixtures/backups');
const NOW = new Date('2026-12-02T12:00:00.000Z');

async function fixtureTables(): Promise<TableData> {
  const parsed = await parseBackup(await readFile(join(FIXTURES, 'schema-v2.json'), 'utf8'));
  if (!parsed.ok) throw parsed.error;
  return parsed.backup.tables;
}

/** A database (tombstones on, a fixed clock) holding `tables`, deleted after the test. */
async function databaseWith(tables: TableData): Promise<LedgerDb> {
  const db = new LedgerDb(uniqueDbName('merge'), { now: () => NOW });
  await db.transaction('rw', db.allTables(), async () => {
    for (const table of db.allTables()) await table.bulkAdd(tables[table.name as keyof TableData]);
  });
  onTestFinished(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
  return db;
}

/** Backup files parked as main parks them; the clients' service reads them with their ticket. */
const files = parkedFiles();

/** A backup of `tables`, parked as main parks a file to restore: its ticket. */
async function parkedBackup(tables: TableData): Promise<string> {
  return files.park(
    backupContent(
      serializeBackup(
        await createBackup(tables, { appVersion: '0.3.0', createdAt: '2026-11-30T10:00:00.000Z' }),
      ),
    ),
  );
}

const tombstone = (table: Tombstone['table'], recordId: string, deletedAt: string): Tombstone => ({
  id: tombstoneId(table, recordId),
  table,
  recordId,
  deletedAt,
});

/** The other computer's backup: the fixture, plus a new decision, de1 edited later, and ac1 deleted. */
async function otherComputer(): Promise<TableData> {
  const tables = await fixtureTables();
  const de1 = tables.decisions[0]!;
  tables.decisions = [
    { ...de1, statement: 'Edited on the other computer', updatedAt: '2026-11-15T08:00:00.000Z' },
    { ...de1, id: 'de-there', statement: 'Made on the other computer' },
  ];
  tables.actions = [];
  tables.tombstones = [tombstone('actions', 'ac1', '2026-11-01T08:00:00.000Z')];
  return tables;
}

describe('merge restore', () => {
  it('previews the merge it then writes into a new generation, after a safety backup', async () => {
    const local = await fixtureTables();
    local.decisions.push({ ...local.decisions[0]!, id: 'de-here', statement: 'Made here' });
    const db = await databaseWith(local);
    await deleteBrag(db, 'br1');
    const before = await readAllTables(db);
    const client = new BackupClient(files.port);
    onTestFinished(() => client.close());

    const plan = await planRestore(db, await parkedBackup(await otherComputer()), { client });
    if (!plan.ok) throw new Error(plan.message);
    const merge = await previewMerge(db, plan, { client });
    expect(merge.problem).toBeNull();
    expect(merge.changes).toBe(true);
    const rows = Object.fromEntries(merge.rows.map(({ table, label: _, ...row }) => [table, row]));
    expect(rows.decisions).toEqual({ added: 1, updated: 1, kept: 1, deleted: 0, ignored: 0 });
    expect(rows.actions).toEqual({ added: 0, updated: 0, kept: 0, deleted: 1, ignored: 0 });
    expect(rows.bragEntries).toEqual({ added: 0, updated: 0, kept: 0, deleted: 0, ignored: 1 });
    expect(rows.profile).toEqual({ added: 0, updated: 0, kept: 1, deleted: 0, ignored: 0 });
    // Tombstones are not the user's records: neither listed nor counted in the replace preview.
    expect(plan.preview.map((row) => row.table)).not.toContain('tombstones');
    // The fixture's 22 records (19, plus the links schema 5 made of its tags and checklist list: 4 links
    // where there was 1 note, plus the answer schema 8 moved out of the profile) + de-here − br1 − br1's
    // checklist link.
    expect(plan.currentRecords).toBe(22);

    calls.list = [];
    const outcome = await applyRestore(db, plan, NOW, { client, mode: 'merge' });
    expect(calls.list.filter((c) => c.channel === 'backup:save').map((c) => c.request)).toEqual([
      expect.objectContaining({ kind: 'pre-restore' }),
    ]);
    const merged = new LedgerDb(outcome.database, { recordDeletions: false });
    onTestFinished(async () => {
      merged.close();
      await Dexie.delete(merged.name);
      await Dexie.delete(readyMarkerName(merged.name));
    });
    const tables = await readAllTables(merged);
    expect(tables.decisions.map((d) => [d.id, d.statement])).toEqual([
      ['de-here', 'Made here'],
      ['de-there', 'Made on the other computer'],
      ['de1', 'Edited on the other computer'],
    ]);
    expect(tables.actions).toEqual([]);
    expect(tables.bragEntries).toEqual([]);
    // br1's checklist link went with it (its link to cp1 has text of its own, and stays).
    expect(tables.tombstones.map((t) => t.id).sort()).toEqual([
      'actions:ac1',
      'bragEntries:br1',
      `evidence:${linkId('checklist', 'pi1', 'brag:br1')}`,
    ]);
    expect(outcome.restoredRecords).toBe(22); // the 22 above + de-there − ac1
    expect(await Dexie.exists(readyMarkerName(outcome.database))).toBe(true);
    // The data in use is not written.
    expect(await readAllTables(db)).toEqual(before);
  });

  it('merging an older backup of this same data changes nothing and brings nothing deleted back', async () => {
    const db = await databaseWith(await fixtureTables());
    const older = await readAllTables(db);
    await deleteBrag(db, 'br1');
    const client = new BackupClient(files.port);
    onTestFinished(() => client.close());
    const plan = await planRestore(db, await parkedBackup(older), { client });
    if (!plan.ok) throw new Error(plan.message);
    const merge = await previewMerge(db, plan, { client });
    expect(merge.changes).toBe(false);
    const brag = merge.rows.find((row) => row.table === 'bragEntries');
    expect(brag).toMatchObject({ added: 0, ignored: 1, label: 'Brag entries' });
  });

  it('writes nothing when the data in use changed after the preview', async () => {
    const db = await databaseWith(await fixtureTables());
    const client = new BackupClient(files.port);
    onTestFinished(() => client.close());
    const plan = await planRestore(db, await parkedBackup(await otherComputer()), { client });
    if (!plan.ok) throw new Error(plan.message);
    await previewMerge(db, plan, { client });
    await db.decisions.add({
      ...(await fixtureTables()).decisions[0]!,
      id: 'de-late',
      statement: 'Too late',
    });
    const target = new Date('2026-12-03T00:00:00.000Z');
    await expect(applyRestore(db, plan, target, { client, mode: 'merge' })).rejects.toThrow(
      MERGE_CHANGED_MESSAGE,
    );
    expect(await Dexie.exists(generationName(target))).toBe(false);
    expect(await Dexie.exists(readyMarkerName(generationName(target)))).toBe(false);
  });

  it('refuses a merge that would leave a record pointing at a deleted one, and still offers replace', async () => {
    const db = await databaseWith(await fixtureTables());
    const incoming = await fixtureTables();
    // A crafted backup: the competency is deleted there, but its rating, action and evidence links are here.
    incoming.competencies = [];
    incoming.skillSnapshots = [];
    incoming.actions = [];
    incoming.evidence = [];
    incoming.tombstones = [tombstone('competencies', 'cp1', '2026-11-01T08:00:00.000Z')];
    const client = new BackupClient(files.port);
    onTestFinished(() => client.close());
    const plan = await planRestore(db, await parkedBackup(incoming), { client });
    if (!plan.ok) throw new Error(plan.message);
    expect((await previewMerge(db, plan, { client })).problem).toMatch(
      /can't be merged: .* competencies .*Replace your data/,
    );
    await expect(applyRestore(db, plan, NOW, { client, mode: 'merge' })).rejects.toThrow(/can't be merged/);
  });

  it('the check only counts the data in use; the merge preview reads it, and a merge needs that preview', async () => {
    const db = await databaseWith(await fixtureTables());
    const client = new BackupClient(files.port);
    onTestFinished(() => client.close());
    // Reading records (not counting them) goes through getAll or a cursor: neither runs for the check.
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const openCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    onTestFinished(() => {
      getAll.mockRestore();
      openCursor.mockRestore();
    });
    const plan = await planRestore(db, await parkedBackup(await otherComputer()), { client });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.currentRecords).toBe(23); // 19 records of schema 2, with 3 more links in schema 5 and the answer schema 8 keeps
    expect(getAll.mock.calls.length + openCursor.mock.calls.length).toBe(0);

    const target = new Date('2026-12-03T00:00:00.000Z');
    await expect(applyRestore(db, plan, target, { client, mode: 'merge' })).rejects.toThrow(
      MERGE_NOT_PREVIEWED_MESSAGE,
    );
    expect(await Dexie.exists(generationName(target))).toBe(false);

    expect((await previewMerge(db, plan, { client })).changes).toBe(true);
    expect(getAll.mock.calls.length + openCursor.mock.calls.length).toBeGreaterThan(0);
    const outcome = await applyRestore(db, plan, NOW, { client, mode: 'merge' });
    onTestFinished(async () => {
      await Dexie.delete(outcome.database);
      await Dexie.delete(readyMarkerName(outcome.database));
    });
    expect(outcome.restoredRecords).toBe(23); // the 23 above + de-there − ac1
  });
});
