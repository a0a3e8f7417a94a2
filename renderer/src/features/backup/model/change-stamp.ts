/**
 * "Has anything changed since the last automatic backup?", answered without reading a single record.
 *
 * - The database's change stamp (db/change-stamp.ts) is renewed by every committed write.
 * - The *fingerprint* is that stamp plus the schema version and each table's `count()` — counts are
 *   answered by IndexedDB's index without reading records, and catch the (unlikely) write whose new
 *   stamp never reached disk, as long as it added or removed records.
 * - After a successful automatic backup, the fingerprint it was taken at is stored; the next automatic
 *   backup is skipped while the fingerprint is still the same.
 *
 * The keys are per database name, so tests (and any second database) keep their own.
 */
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import { DATA_TABLE_NAMES, TABLE_NAMES } from '@shared/types/tables';
import { changeStamp, defaultStampStorage, type StampStorage } from '@renderer/db/change-stamp';
import type { LedgerDb } from '@renderer/db/db';
import { countAllTables } from '@renderer/db/tables';

const backedUpKey = (dbName: string) => `growth-ledger.backup.auto-fingerprint.${dbName}`;

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
  const stamp = changeStamp(db.name, storage);
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
