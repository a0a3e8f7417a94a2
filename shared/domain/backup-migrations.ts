/**
 * Data migrations for backups written by older schema versions.
 *
 * The convention, shared with the Dexie schema (renderer/src/db/schema.ts):
 * - CURRENT_SCHEMA_VERSION is the Dexie version number of the newest schema.
 * - Raising it means adding one entry to `backupMigrations` (from N-1 to N) that transforms the tables
 *   exactly as the Dexie `.upgrade()` of version N transforms the database, plus a fixture backup
 *   `tests/fixtures/backups/schema-v{N-1}.json` that the unit tests restore into the current schema.
 * - Entries are append-only: never edit or remove one that has shipped.
 */
import { migrateToEvidenceLinks } from './evidence-links';
import { migrateToFrameworkVersions } from './framework-versions';
import { migrateToManagerLoop } from './manager-loop';

export const CURRENT_SCHEMA_VERSION = 11;

export type RawTables = Record<string, unknown[]>;
export type BackupMigration = (tables: RawTables) => RawTables;

/** `backupMigrations[n]` turns schema version n-1 into n. Version 1 is the first. */
export const backupMigrations: Readonly<Record<number, BackupMigration>> = {
  // Version 2 only added the derived `auditTotals` table, which backups never carry (it is recomputed
  // from the activities): the backed-up tables and records are unchanged, so this step changes nothing.
  2: (tables) => tables,
  // Version 3 added the backed-up `tombstones` table (deletions, for merging). Deletions made before it
  // left no trace, so an older backup has none: an empty table, exactly as the Dexie upgrade leaves it.
  3: (tables) => ({ ...tables, tombstones: [] }),
  // Version 4 only added two indexes (retros by status and end date, actions by status and due date):
  // the tables and records are unchanged, so this step changes nothing.
  4: (tables) => tables,
  // Version 5 made evidence one kind of link (issue 17): tags and checklist lists become links, exactly
  // as the Dexie upgrade of version 5 does it (the same function).
  5: migrateToEvidenceLinks,
  // Version 6 added the delegation ledger's `handovers` table (issue 17). Nothing was handed over before
  // it, so an older backup has none: an empty table, exactly as the Dexie upgrade leaves it.
  6: (tables) => ({ ...tables, handovers: [] }),
  // Version 7 recorded which built-in framework version a plan copied, the Staff archetype it is weighted
  // for, and which built-in competency each of its competencies came from (issue 18), exactly as the
  // Dexie upgrade of version 7 does it (the same function).
  7: migrateToFrameworkVersions,
  // Version 8 kept every answer to "what does excellent look like?" (the profile held one) and added the
  // checklist's buy-in (issue 18), exactly as the Dexie upgrade of version 8 does it (the same function).
  8: migrateToManagerLoop,
  // Version 9 added the `projects` table (issue 18, staff-level projects). There were none before, so an
  // older backup has none: an empty table, exactly as the Dexie upgrade leaves it.
  9: (tables) => ({ ...tables, projects: [] }),
  // Version 10 added the `people` table (issue 18, people around you), and two indexes that change no
  // record. There was no list before, so an older backup has none: an empty table, as the Dexie upgrade
  // leaves it.
  10: (tables) => ({ ...tables, people: [] }),
  // Version 11 only added the derived `auditDigests` table, which backups never carry (it is recomputed
  // from the activities): the backed-up tables and records are unchanged, so this step changes nothing.
  11: (tables) => tables,
};

/**
 * The fields a migration consumes, by the version it migrates to: the migration turns them into other
 * records (tags into links, the profile's answer into the answers' history) and drops them, so a record
 * of an older version without one would pass the current schema unseen. A backup whose record lacks one
 * is refused (shared/domain/backup.ts, `missingConsumedField`), as any other record missing a field.
 */
export const CONSUMED_FIELDS: Readonly<Record<number, Readonly<Record<string, readonly string[]>>>> = {
  5: {
    retros: ['competencyIds'],
    bragEntries: ['competencyIds'],
    feedback: ['competencyIds'],
    promotionItems: ['evidence'],
  },
  8: { profile: ['excellentAnswer', 'excellentAnsweredOn'] },
};

/**
 * The first record of a backup at `fromVersion` without a field a later migration consumes: its table,
 * its index and the field; null when every record has them.
 */
export function missingConsumedField(
  tables: RawTables,
  fromVersion: number,
): { table: string; index: number; field: string } | null {
  for (let version = fromVersion + 1; version <= CURRENT_SCHEMA_VERSION; version += 1) {
    for (const [table, fields] of Object.entries(CONSUMED_FIELDS[version] ?? {})) {
      const records = tables[table] ?? [];
      for (let index = 0; index < records.length; index += 1) {
        const record = records[index];
        if (typeof record !== 'object' || record === null) continue;
        const field = fields.find((name) => !Object.hasOwn(record, name));
        if (field) return { table, index, field };
      }
    }
  }
  return null;
}

export function migrateTables(tables: RawTables, fromVersion: number): RawTables {
  let result = tables;
  for (let version = fromVersion + 1; version <= CURRENT_SCHEMA_VERSION; version += 1) {
    const migration = backupMigrations[version];
    if (!migration) throw new Error(`No backup migration to schema version ${version}`);
    result = migration(result);
  }
  return result;
}
