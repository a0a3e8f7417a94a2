/**
 * "Has anything changed since the last automatic backup?", answered without reading a single record.
 *
 * - Every committed write to the database, from any context (this page, the backup worker, another
 *   tab), makes Dexie fire its global `storagemutated` event (writes elsewhere arrive via Dexie's
 *   BroadcastChannel). `watchChanges` answers each by storing a new random *change stamp* in
 *   localStorage, so the stamp survives restarts. The event comes after the commit, so a stamp read
 *   before a backup's read transaction starts never claims a write that backup could miss.
 *   (A Dexie `use()` middleware would have to be registered before the app's `db` opens, which only
 *   db.ts can guarantee; the global event needs no such ordering.)
 * - The *fingerprint* is that stamp plus the schema version and each table's `count()` — counts are
 *   answered by IndexedDB's index without reading records, and catch the (unlikely) write whose new
 *   stamp never reached disk, as long as it added or removed records.
 * - After a successful automatic backup, the fingerprint it was taken at is stored; the next automatic
 *   backup is skipped while the fingerprint is still the same.
 *
 * The keys are per database name, so tests (and any second database) keep their own.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import { DATA_TABLE_NAMES, TABLE_NAMES } from '@shared/types/tables';
import type { LedgerDb } from '@renderer/db/db';
import { countAllTables } from '@renderer/db/tables';
import { webStorage } from '@renderer/platform/web-storage';

/** Where the stamps live: localStorage in the app; a Map in tests or where there is no localStorage. */
export interface StampStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
}

export function memoryStampStorage(): StampStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const fallbackStorage = memoryStampStorage();

/** localStorage; where it is disabled (a sandboxed or opaque origin), memory for this session. */
export function defaultStampStorage(): StampStorage {
  return webStorage('localStorage') ?? fallbackStorage;
}

const changeKey = (dbName: string) => `growth-ledger.backup.change-stamp.${dbName}`;
const backedUpKey = (dbName: string) => `growth-ledger.backup.auto-fingerprint.${dbName}`;

/** Records that `dbName` changed: the next fingerprint differs from every earlier one. */
export function markChanged(dbName: string, storage: StampStorage = defaultStampStorage()): void {
  try {
    storage.setItem(changeKey(dbName), globalThis.crypto.randomUUID());
  } catch (error) {
    // A full or disabled storage must not fail the write that triggered this; the stamp stays stale.
    console.warn('Could not record a database change for the automatic backup', error);
  }
}

const BACKED_UP_TABLES: ReadonlySet<string> = new Set(TABLE_NAMES);

/**
 * Whether a `storagemutated` event changed what a backup holds in `dbName`: a part is
 * `idb://<db>/<table>/<index>`, and only the backed-up tables count (derived tables such as cached
 * totals are written while screens are merely viewed). `all` is Dexie's "anything may have changed".
 */
export function mutatesBackedUpData(parts: ObservabilitySet, dbName: string): boolean {
  const prefix = `idb://${dbName}/`;
  return Object.keys(parts).some((part) => {
    if (part === 'all') return true;
    if (!part.startsWith(prefix)) return false;
    return BACKED_UP_TABLES.has(part.slice(prefix.length).split('/', 1)[0] ?? '');
  });
}

/** Keeps the change stamp of `dbName` up to date until the returned function is called. */
export function watchChanges(dbName: string, storage: StampStorage = defaultStampStorage()): () => void {
  const listener = (parts: ObservabilitySet) => {
    if (mutatesBackedUpData(parts, dbName)) markChanged(dbName, storage);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

export interface Fingerprint {
  /** Stamp, schema version and counts, as one comparable string. */
  value: string;
  /**
   * The user's records in the whole database, tombstones not counted: a database whose every record was
   * deleted holds only tombstones, and is as empty as one that never had any (no automatic backup of it
   * may rotate good backups away).
   */
  records: number;
}

/** The database's fingerprint now. Reads the stamp first, then counts: never a record. */
export async function fingerprint(
  db: LedgerDb,
  storage: StampStorage = defaultStampStorage(),
): Promise<Fingerprint> {
  const stamp = storage.getItem(changeKey(db.name)) ?? 'none';
  const counts = await countAllTables(db);
  const records = DATA_TABLE_NAMES.reduce((sum, name) => sum + counts[name], 0);
  const value = [stamp, `v${CURRENT_SCHEMA_VERSION}`, ...TABLE_NAMES.map((name) => counts[name])].join('|');
  return { value, records };
}

export function lastAutoBackupFingerprint(
  dbName: string,
  storage: StampStorage = defaultStampStorage(),
): string | null {
  return storage.getItem(backedUpKey(dbName));
}

export function recordAutoBackup(
  dbName: string,
  print: Fingerprint,
  storage: StampStorage = defaultStampStorage(),
): void {
  try {
    storage.setItem(backedUpKey(dbName), print.value);
  } catch (error) {
    console.warn('Could not record the automatic backup; the next check will back up again', error);
  }
}
