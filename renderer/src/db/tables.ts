/**
 * Whole-database reads and writes used by backup and restore.
 */
import type { TableData } from '@shared/types/entities';
import { TABLE_NAMES, type TableName } from '@shared/types/tables';
import type { LedgerDb } from './db';

export async function readAllTables(db: LedgerDb): Promise<TableData> {
  return db.transaction('r', db.allTables(), async () => {
    const entries = await Promise.all(
      TABLE_NAMES.map(async (name) => [name, await db.tableOf(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as unknown as TableData;
  });
}

export async function countAllTables(db: LedgerDb): Promise<Record<TableName, number>> {
  return db.transaction('r', db.allTables(), async () => {
    const entries = await Promise.all(
      TABLE_NAMES.map(async (name) => [name, await db.tableOf(name).count()] as const),
    );
    return Object.fromEntries(entries) as Record<TableName, number>;
  });
}

/**
 * Replaces the whole database with `tables` in one transaction: either every table is replaced or,
 * if anything fails, nothing is (Dexie rolls the transaction back). Derived tables (schema.ts) are
 * cleared in the same transaction: what they held was computed from the data being replaced.
 */
export async function replaceAllTables(db: LedgerDb, tables: TableData): Promise<void> {
  await db.transaction('rw', [...db.allTables(), db.auditTotals], async () => {
    await db.auditTotals.clear();
    for (const name of TABLE_NAMES) {
      const table = db.tableOf(name);
      await table.clear();
      await table.bulkAdd(tables[name]);
    }
  });
}
