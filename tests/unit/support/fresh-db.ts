/**
 * A new, empty LedgerDb (on fake-indexeddb) per call, each deleted after its test: every database test
 * starts from nothing and leaves nothing behind.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { parseBackup } from '@shared/domain/backup';
import type { TableData } from '@shared/types/entities';
import { DATA_TABLE_NAMES } from '@shared/types/tables';
import { LedgerDb } from '@renderer/db/db';

const FIXTURES = join(import.meta.dirname, '../../fixtures/backups');

const opened: LedgerDb[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database name no other test uses. */
export function uniqueDbName(prefix = 'test'): string {
  return `${prefix}-${Date.now()}-${counter++}`;
}

/** Opens (or reopens, given the name of one) a database that is deleted after the test. */
export function freshDb(name = uniqueDbName()): LedgerDb {
  const db = new LedgerDb(name);
  opened.push(db);
  return db;
}

/**
 * A database holding the records of a backup fixture (`schema-v2.json`: one record per table), written
 * through Dexie with a fixed clock, so writes stamp `now`. `extend` adds records to the tables first.
 */
export async function seededFixtureDb(
  now: Date,
  extend: (tables: TableData) => void = () => undefined,
): Promise<{ db: LedgerDb; tables: TableData }> {
  const parsed = await parseBackup(await readFile(join(FIXTURES, 'schema-v2.json'), 'utf8'));
  if (!parsed.ok) throw parsed.error;
  const tables = parsed.backup.tables;
  extend(tables);
  const db = freshDb();
  db.close();
  const clocked = new LedgerDb(db.name, { now: () => now });
  await clocked.transaction('rw', clocked.allTables(), async () => {
    for (const name of DATA_TABLE_NAMES) await clocked.tableOf(name).bulkAdd(tables[name]);
  });
  return { db: clocked, tables };
}
