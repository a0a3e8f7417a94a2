/**
 * A new, empty LedgerDb (on fake-indexeddb) per call, each deleted after its test: every database test
 * starts from nothing and leaves nothing behind.
 */
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { LedgerDb } from '@renderer/db/db';

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
