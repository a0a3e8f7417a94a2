/**
 * The automatic backup's "changed since the last one?" check: unchanged data is neither read nor
 * serialised; any committed write (from any connection), an edit that keeps the counts, and a restore
 * each make the next check back up. On fake-indexeddb, with the in-thread backup service.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyTableData, type TableData } from '@shared/types/entities';
import { LedgerDb } from '@renderer/db/db';
import { writeAllTables } from '@renderer/db/tables';
import type * as backupFormat from '@shared/domain/backup';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { backupContent } from '@shared/domain/backup-content';
import type * as tablesModule from '@renderer/db/tables';
import { freshDb } from '../support/fresh-db';

const spies = vi.hoisted(() => ({ saves: [] as string[] }));
vi.mock('@renderer/platform/api', () => ({
  call: async (channel: string, request: { kind?: string }) => {
    if (channel === 'app:info') return { appVersion: '9.9.9', platform: 'test', backupsDir: '' };
    if (channel === 'backup:save') {
      spies.saves.push(request.kind ?? '?');
      return { status: 'saved', fileName: 'f.json', path: '/f.json', bytes: 1, deleted: [] };
    }
    throw new Error(`unexpected call ${channel}`);
  },
}));
// Spies on the two expensive steps, wherever they run (the service is in-thread here).
vi.mock('@renderer/db/tables', async (original) => {
  const actual = await original<typeof tablesModule>();
  return { ...actual, readAllTables: vi.fn(actual.readAllTables) };
});
vi.mock('@shared/domain/backup', async (original) => {
  const actual = await original<typeof backupFormat>();
  return { ...actual, serializeBackup: vi.fn(actual.serializeBackup) };
});

const { readAllTables } = await import('@renderer/db/tables');
const { applyRestore, autoBackup, planRestore } = await import('@renderer/features/backup/model/backup');
const { defaultStampStorage, memoryStampStorage, watchChanges } = await import('@renderer/db/change-stamp');
const { BackupClient } = await import('@renderer/features/backup/worker/client');
const { parkedFiles } = await import('../support/parked-files');

const STAMP = '2026-01-01T09:00:00.000Z';

function tablesWith(ids: string[]): TableData {
  const tables = emptyTableData();
  for (const id of ids) {
    tables.decisions.push({
      id,
      date: '2026-11-20',
      statement: `Decision ${id}`,
      framing: 'technical-direction',
      energising: true,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  }
  return tables;
}

/** Backup files parked as main parks them, for a restore; the client's service reads them. */
const files = parkedFiles();
let client: InstanceType<typeof BackupClient>;
let request: { mock: { calls: unknown[] }; mockClear: () => void };
let stopWatching: () => void = () => undefined;

beforeEach(() => {
  spies.saves = [];
  client = new BackupClient(files.port);
  request = vi.spyOn(client, 'request');
  vi.mocked(readAllTables).mockClear();
  vi.mocked(serializeBackup).mockClear();
});
afterEach(() => {
  stopWatching();
  client.close();
});

/** Whether the last automatic backup read and serialised the database (and then counts reset). */
function didWork(): boolean {
  const worked = vi.mocked(serializeBackup).mock.calls.length > 0;
  expect(vi.mocked(readAllTables).mock.calls.length > 0).toBe(worked);
  expect(request.mock.calls.length > 0).toBe(worked);
  vi.mocked(readAllTables).mockClear();
  vi.mocked(serializeBackup).mockClear();
  request.mockClear();
  return worked;
}

describe('the automatic backup', () => {
  it('skips an unchanged database without reading or serialising anything', async () => {
    const storage = memoryStampStorage();
    const db = freshDb();
    stopWatching = watchChanges(db.name, storage);
    const backUp = () => autoBackup(db, new Date(), { client, storage });

    expect(await backUp()).toEqual({ status: 'skipped', reason: 'empty' });
    expect(didWork()).toBe(false);

    await db.decisions.bulkAdd(tablesWith(['a', 'b']).decisions);
    expect(await backUp()).toMatchObject({ status: 'saved' });
    expect(didWork()).toBe(true);

    expect(await backUp()).toEqual({ status: 'skipped', reason: 'unchanged' });
    expect(await backUp()).toEqual({ status: 'skipped', reason: 'unchanged' });
    expect(didWork()).toBe(false);
    expect(spies.saves).toEqual(['auto']);
  });

  it('backs up again after an edit that keeps every count, and after a write from another connection', async () => {
    const storage = memoryStampStorage();
    const db = freshDb();
    await writeAllTables(db, tablesWith(['a']));
    stopWatching = watchChanges(db.name, storage);
    const backUp = () => autoBackup(db, new Date(), { client, storage });
    await backUp();
    expect(didWork()).toBe(true);

    await db.decisions.update('a', { statement: 'Changed my mind.' });
    expect(await backUp()).toMatchObject({ status: 'saved' });
    expect(didWork()).toBe(true);

    const other = new LedgerDb(db.name);
    await other.decisions.delete('a');
    other.close();
    expect(await backUp()).toMatchObject({ status: 'skipped', reason: 'empty' });
    expect(didWork()).toBe(false);
    await db.decisions.add(tablesWith(['c']).decisions[0]!);
    expect(await backUp()).toMatchObject({ status: 'saved' });
    expect(await backUp()).toMatchObject({ status: 'skipped', reason: 'unchanged' });
  });

  it('ignores writes to tables a backup does not carry, and events about other databases', async () => {
    const storage = memoryStampStorage();
    const db = freshDb();
    await writeAllTables(db, tablesWith(['a']));
    stopWatching = watchChanges(db.name, storage);
    const backUp = () => autoBackup(db, new Date(), { client, storage });
    await backUp();
    didWork();
    const part = (table: string, name = db.name) => ({ [`idb://${name}/${table}/`]: {} }) as ObservabilitySet;
    Dexie.on.storagemutated.fire(part('auditTotals'));
    Dexie.on.storagemutated.fire(part('auditDigests'));
    Dexie.on.storagemutated.fire(part('decisions', 'another-database'));
    expect(await backUp()).toEqual({ status: 'skipped', reason: 'unchanged' });
    Dexie.on.storagemutated.fire(part('decisions'));
    expect(await backUp()).toMatchObject({ status: 'saved' });
  });

  it('counts a change the stamp missed (a write while nothing watched) when it changes a count', async () => {
    const storage = memoryStampStorage();
    const db = freshDb();
    await writeAllTables(db, tablesWith(['a']));
    await autoBackup(db, new Date(), { client, storage });
    await db.decisions.add(tablesWith(['b']).decisions[0]!);
    expect(await autoBackup(db, new Date(), { client, storage })).toMatchObject({ status: 'saved' });
  });

  it('backs up the restored data, even with the same counts as the data it replaced', async () => {
    const storage = defaultStampStorage();
    const db = freshDb();
    await writeAllTables(db, tablesWith(['a', 'b']));
    await autoBackup(db, new Date(), { client, storage });
    expect(await autoBackup(db, new Date(), { client, storage })).toEqual({
      status: 'skipped',
      reason: 'unchanged',
    });

    const text = serializeBackup(
      await createBackup(tablesWith(['x', 'y']), { appVersion: '1', createdAt: STAMP }),
    );
    const plan = await planRestore(db, files.park(backupContent(text)), { client });
    if (!plan.ok) throw new Error(plan.message);
    const outcome = await applyRestore(db, plan, new Date(), { client });
    // The app reloads into the new generation: its first check backs it up.
    const restored = new LedgerDb(outcome.database);
    didWork();
    expect(await autoBackup(restored, new Date(), { client, storage })).toMatchObject({ status: 'saved' });
    expect(didWork()).toBe(true);
    await restored.delete();
  });
});
