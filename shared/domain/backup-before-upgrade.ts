/**
 * The backup taken before the database is upgraded to a new schema version (issue 14): the data exactly
 * as the older version stored it, in a backup that says which version that was (`schemaVersion`). A
 * restore of it then goes the way of every older backup: parseBackup migrates it to the current schema
 * (backup-migrations.ts), just as the Dexie upgrade would have.
 *
 * Pure: the renderer reads the tables (renderer/src/db/upgrade-backup.ts) and passes its schema steps.
 */
import { BACKUP_FORMAT_ID, BACKUP_FORMAT_VERSION, serializeBackup, sha256Hex } from './backup';
import type { RawTables } from './backup-migrations';

/** One schema step as renderer/src/db/schema.ts declares it: stores added, changed or (null) deleted. */
export interface SchemaStep {
  version: number;
  stores: Partial<Record<string, string | null>>;
}

/**
 * The tables a database at schema `version` holds and backs up: every store declared up to that version
 * and not deleted by then, without the derived ones (never backed up), in the order they were declared.
 * Worked out from the steps rather than taken from today's table list, which may have gained tables
 * (an older database does not have them yet) or lost some (an older database still holds their data).
 */
export function backedUpTablesAt(
  steps: readonly SchemaStep[],
  version: number,
  derived: readonly string[],
): string[] {
  const tables: string[] = [];
  for (const step of steps.filter((s) => s.version <= version)) {
    for (const [name, spec] of Object.entries(step.stores)) {
      const at = tables.indexOf(name);
      if (spec === null && at >= 0) tables.splice(at, 1);
      else if (spec !== null && spec !== undefined && at < 0) tables.push(name);
    }
  }
  return tables.filter((name) => !derived.includes(name));
}

/**
 * The text of a backup of `tables` as a database of schema `schemaVersion` held them. The checksum covers
 * the tables as written, the same canonical form parseBackup checks (JSON of the tables object).
 */
export async function olderSchemaBackupText(
  tables: RawTables,
  meta: { schemaVersion: number; appVersion: string; createdAt: string },
): Promise<string> {
  return serializeBackup({
    format: BACKUP_FORMAT_ID,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    checksum: { algorithm: 'sha-256', value: await sha256Hex(JSON.stringify(tables)) },
    tables,
  });
}
