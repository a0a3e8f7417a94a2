/**
 * Reads a database that is still at an older schema version, without upgrading it, and packs its
 * backed-up tables into a backup of that version (shared/domain/backup-before-upgrade.ts). Loaded by
 * upgrade-guard.ts only when such a backup is due, so the cold start never carries it.
 */
import Dexie from 'dexie';
import { backedUpTablesAt, olderSchemaBackupText } from '@shared/domain/backup-before-upgrade';
import { packBackup } from '@shared/domain/backup-content';
import type { RawTables } from '@shared/domain/backup-migrations';
import { DERIVED_TABLE_NAMES, schemaVersions } from './schema';

/** Every backed-up table of database `name`, which is at schema `version`, read as it is. */
export async function readOlderDatabase(name: string, version: number): Promise<RawTables> {
  // No version declared: Dexie opens the database at the version it has, with the stores it has, and
  // upgrades nothing (an upgrade needs a declared version above the stored one).
  const older = new Dexie(name);
  try {
    await older.open();
    const names = backedUpTablesAt(schemaVersions, version, DERIVED_TABLE_NAMES);
    // One read transaction: every table as of the same moment.
    return await older.transaction('r', names, async () => {
      const tables: RawTables = {};
      for (const [table, records] of await Promise.all(
        names.map(async (table) => [table, await older.table(table).toArray()] as const),
      )) {
        tables[table] = records;
      }
      return tables;
    });
  } finally {
    // Closed before the app's `db` opens: an open connection would hold up its upgrade.
    older.close();
  }
}

/** The packed backup (gzip, as `backup:save` takes it) of database `name` at schema `version`. */
export async function packOlderDatabase(
  name: string,
  version: number,
  meta: { appVersion: string; createdAt: string },
): Promise<{ packed: Uint8Array; records: number }> {
  const tables = await readOlderDatabase(name, version);
  const records = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
  const text = await olderSchemaBackupText(tables, { schemaVersion: version, ...meta });
  return { packed: await packBackup(text), records };
}
