/**
 * "Delete all my data" in IndexedDB (renderer/src/db/wipe.ts): every generation and `.ready` marker of
 * the app's database goes, the one in use included; other databases stay.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '@shared/app-identity';
import {
  generationName,
  isAppDatabase,
  markGenerationReady,
  readyMarkerName,
} from '@renderer/db/generations';
import { LedgerDb } from '@renderer/db/db';
import { deleteAppDatabases } from '@renderer/db/wipe';
import { profile } from '../electron/helpers';

async function names(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : [])).sort();
}

describe('deleteAppDatabases', () => {
  it('deletes every generation and marker, the open one included, and nothing else', async () => {
    const restored = generationName(new Date('2026-11-30T09:00:00Z'));
    const unfinished = generationName(new Date('2026-12-01T09:00:00Z'));
    const first = new LedgerDb(DB_NAME);
    await first.profile.put(profile());
    const inUse = new LedgerDb(restored);
    await inUse.profile.put(profile('Grace'));
    await markGenerationReady(restored);
    await new LedgerDb(unfinished).open();
    const other = new Dexie('someone-else');
    other.version(1).stores({ notes: 'id' });
    await other.open();
    other.close();
    first.close();

    const deleted = await deleteAppDatabases(inUse);

    expect(deleted.sort()).toEqual([DB_NAME, restored, readyMarkerName(restored), unfinished].sort());
    expect(await names()).toEqual(['someone-else']);
    expect(inUse.isOpen()).toBe(false);
  });

  it('does nothing but close the connection when there is nothing to delete', async () => {
    await Dexie.delete('someone-else');
    const database = new LedgerDb(`${DB_NAME}-not-a-generation`);
    await database.open();
    expect(await deleteAppDatabases(database)).toEqual([]);
    expect(database.isOpen()).toBe(false);
    expect(await names()).toEqual([`${DB_NAME}-not-a-generation`]);
  });

  it.each([
    [DB_NAME, true],
    [`${DB_NAME}@1764493200000`, true],
    [`${DB_NAME}@1764493200000.ready`, true],
    [`${DB_NAME}.ready`, true],
    [`${DB_NAME}@soon`, false],
    ['someone-else', false],
  ])('%s is one of the app’s databases: %s', (name, own) => {
    expect(isAppDatabase(name)).toBe(own);
  });
});
