/**
 * Merging a backup into the data on this computer (issue 14): what is missing is added, the newer copy of
 * each record wins, and what was deleted on either side stays deleted. Pure, over validated tables, so the
 * restore's preview and the restore itself run the very same computation (the backup worker).
 *
 * The rules, per record (matched by `id`; settings by `key`):
 * - Only on one side: taken, unless a tombstone removes it (below).
 * - On both sides and identical: unchanged.
 * - On both sides and different: the one with the newer *version* wins; on a tie, or where a table has no
 *   version, this computer's copy is kept. A record's version is its `updatedAt`. Tables without one use
 *   the timestamp their schema has: a skill rating its `recordedAt`, a self-assessment its `completedAt`
 *   (or `startedAt` while unfinished, so a finished take beats the unfinished copy of it). Audit
 *   categories, category rules and settings have none: this computer's copy is kept, because the person
 *   merging is using it, and a merge must never silently overwrite with a copy of unknown age.
 * - Tombstones (one per deleted record, `<table>:<recordId>`) merge too: for each id the newest
 *   `deletedAt` wins. A record survives a tombstone only if its version is newer than `deletedAt` (it was
 *   edited or re-created after the deletion, on the other computer); a record without a version never
 *   does (deleted is deleted). Tombstones are kept even when a newer record survives them, so merging a
 *   third copy that still holds the old record does not bring that back either.
 *
 * So merge(A, A) = A, merging the same backup twice changes nothing the second time, and no record that is
 * newer on either side (than the other copy and than every tombstone of it) is lost
 * (tests/unit/shared/merge.test.ts, property tests). These rules are what a later sync of two laptops
 * builds on.
 */
import type { TableData, TableRecord, Tombstone } from '../types/entities';
import { tombstoneId } from '../types/entities';
import {
  DATA_TABLE_NAMES,
  TABLE_NAMES,
  TOMBSTONE_TABLE,
  type DataTableName,
  type TableName,
} from '../types/tables';

/** What merging does to one table, counted against this computer's records. */
export interface TableMergeSummary {
  /** Records only the backup had: now here too. */
  added: number;
  /** Records both had, where the backup's copy is newer and replaces this computer's. */
  updated: number;
  /** This computer's records that stay as they are (newer, the same, or not in the backup). */
  kept: number;
  /** This computer's records that the backup says were deleted later: removed. */
  deleted: number;
  /** The backup's records that were deleted here (or in the backup itself): not brought back. */
  ignored: number;
}

export type MergeSummary = Record<DataTableName, TableMergeSummary>;

export interface MergeResult {
  tables: TableData;
  summary: MergeSummary;
  /** Tombstones the backup adds or makes newer (they travel with the data, for the next merge). */
  tombstonesAdded: number;
}

type AnyRecord = TableRecord<DataTableName>;

/** A record's primary key: settings by `key`, every other table by `id`. */
export function recordKey(table: DataTableName, record: AnyRecord): string {
  return table === 'settings' ? (record as TableRecord<'settings'>).key : (record as { id: string }).id;
}

/**
 * A record's version in milliseconds since 1970 (see the header), or null for tables that have none.
 * Instants are compared as instants: "…T10:00:00+01:00" and "…T09:00:00Z" are the same version.
 */
export function recordVersion(table: DataTableName, record: AnyRecord): number | null {
  const text = versionText(table, record);
  return text === null ? null : Date.parse(text);
}

/** The timestamp a record's version is read from (see recordVersion), as written. */
function versionText(table: DataTableName, record: AnyRecord): string | null {
  if ('updatedAt' in record) return record.updatedAt;
  if (table === 'skillSnapshots') return (record as TableRecord<'skillSnapshots'>).recordedAt;
  if (table === 'selfAssessments') {
    const take = record as TableRecord<'selfAssessments'>;
    return take.completedAt ?? take.startedAt;
  }
  return null;
}

/**
 * Whether `other` is a newer version of `mine` (and not the same record): only then does it replace it.
 * The timestamps are compared as text first: most records of two copies are the same version, and
 * those need no parsing (five years of data is some 72,000 records).
 */
function newer(table: DataTableName, mine: AnyRecord, other: AnyRecord): boolean {
  const a = versionText(table, mine);
  const b = versionText(table, other);
  if (a === null || b === null || a === b) return false;
  return Date.parse(b) > Date.parse(a) && !sameJson(mine, other);
}

/** Deep equality of two JSON values (records come from JSON or IndexedDB: no functions, no cycles). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameJson(recordA[key], recordB[key]));
}

/** Tombstones of both sides, newest `deletedAt` per id; this computer's order first, then the backup's new ones. */
function mergeTombstones(
  local: readonly Tombstone[],
  incoming: readonly Tombstone[],
): { tombstones: Tombstone[]; byId: Map<string, number>; added: number } {
  const merged = new Map<string, Tombstone>();
  for (const tombstone of local) merged.set(tombstone.id, tombstone);
  let added = 0;
  for (const tombstone of incoming) {
    const mine = merged.get(tombstone.id);
    if (!mine || Date.parse(tombstone.deletedAt) > Date.parse(mine.deletedAt)) {
      merged.set(tombstone.id, tombstone);
      if (!mine || !sameJson(mine, tombstone)) added += 1;
    }
  }
  const tombstones = [...merged.values()];
  const byId = new Map(tombstones.map((t) => [t.id, Date.parse(t.deletedAt)]));
  return { tombstones, byId, added };
}

/**
 * Whether a tombstone deleted at `deletedAt` (ms, or undefined for none) removes a record of `version`
 * (asked only when there is a tombstone).
 */
function removedBy(deletedAt: number | undefined, version: () => number | null): boolean {
  if (deletedAt === undefined) return false;
  const at = version();
  return at === null || at <= deletedAt;
}

function mergeTable<T extends DataTableName>(
  table: T,
  local: readonly TableRecord<T>[],
  incoming: readonly TableRecord<T>[],
  deletedAt: Map<string, number>,
): { records: TableRecord<T>[]; summary: TableMergeSummary } {
  const summary: TableMergeSummary = { added: 0, updated: 0, kept: 0, deleted: 0, ignored: 0 };
  const theirs = new Map<string, TableRecord<T>>();
  for (const record of incoming) theirs.set(recordKey(table, record), record);
  const deletion = (key: string) => deletedAt.get(tombstoneId(table, key));

  const records: TableRecord<T>[] = [];
  const seen = new Set<string>();
  for (const mine of local) {
    const key = recordKey(table, mine);
    seen.add(key);
    const other = theirs.get(key);
    const takeTheirs = other !== undefined && newer(table, mine, other);
    const winner = takeTheirs ? other : mine;
    if (removedBy(deletion(key), () => recordVersion(table, winner))) {
      summary.deleted += 1;
      continue;
    }
    records.push(winner);
    if (takeTheirs) summary.updated += 1;
    else summary.kept += 1;
  }
  for (const other of incoming) {
    const key = recordKey(table, other);
    if (seen.has(key)) continue;
    if (removedBy(deletion(key), () => recordVersion(table, other))) {
      summary.ignored += 1;
      continue;
    }
    records.push(other);
    summary.added += 1;
  }
  return { records, summary };
}

/**
 * Merges `incoming` (a checked backup's tables) into `local` (this computer's): see the header for the
 * rules. Returns the merged tables, in this computer's order with the added records after, and what the
 * merge does to each table.
 */
export function mergeBackups(local: TableData, incoming: TableData): MergeResult {
  const { tombstones, byId, added } = mergeTombstones(local.tombstones, incoming.tombstones);
  const tables = { [TOMBSTONE_TABLE]: tombstones } as Partial<Record<TableName, unknown[]>>;
  const summary = {} as MergeSummary;
  for (const name of DATA_TABLE_NAMES) {
    const merged = mergeTable(name, local[name], incoming[name], byId);
    tables[name] = merged.records;
    summary[name] = merged.summary;
  }
  // In the tables' own order, as every backup writes them.
  const ordered = Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name]])) as unknown as TableData;
  return { tables: ordered, summary, tombstonesAdded: added };
}

/** Whether merging changes anything on this computer (records added, updated or deleted). */
export function mergeChangesAnything(result: Pick<MergeResult, 'summary' | 'tombstonesAdded'>): boolean {
  return (
    result.tombstonesAdded > 0 ||
    DATA_TABLE_NAMES.some((name) => {
      const row = result.summary[name];
      return row.added + row.updated + row.deleted > 0;
    })
  );
}

/** The user's records in `tables`, tombstones not counted (an all-deleted database is empty). */
export function countDataRecords(tables: Partial<Record<TableName, readonly unknown[]>>): number {
  return DATA_TABLE_NAMES.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0);
}
