/**
 * Tombstones, written in one place: a DBCore middleware on LedgerDb (db.ts), below every feature, so no
 * delete can forget one. A merge (shared/domain/merge.ts) reads them to keep a deleted record from coming
 * back from an older backup or another computer.
 *
 * - Every readwrite transaction over a data table (shared/types/tables.ts, DATA_TABLE_NAMES) also covers
 *   `tombstones`, so the tombstone commits or aborts together with the delete it records.
 * - `delete` and `deleteRange` of a data table put one tombstone per deleted key, `deletedAt` now
 *   (a range's keys are read first, in the same transaction).
 * - `add` and `put` of a data table remove the tombstone of each written key: the record exists again
 *   (an Undo that puts a deleted record back), so it must not count as deleted.
 *
 * Derived tables (schema.ts, auditTotals and auditDigests) and the tombstones table itself get none. The restore's writer
 * (db/tables.ts, writeAllTables) goes straight to IndexedDB, below Dexie, and so copies a backup's
 * tombstones exactly, without this; the backup worker also opens its databases without the middleware
 * (LedgerDb's `recordDeletions: false`), so nothing it does can add or drop one.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { Tombstone } from '@shared/types/entities';
import { DATA_TABLE_NAMES, TOMBSTONE_TABLE, tombstoneId, type DataTableName } from '@shared/types/tables';

const DATA_TABLES: ReadonlySet<string> = new Set(DATA_TABLE_NAMES);

const isDataTable = (name: string): name is DataTableName => DATA_TABLES.has(name);

/** The primary keys a successful add or put wrote (failed operations left out). */
function writtenKeys(
  table: DBCoreTable,
  request: Extract<DBCoreMutateRequest, { type: 'add' | 'put' }>,
  response: DBCoreMutateResponse,
): unknown[] {
  const keys: readonly unknown[] =
    request.keys ??
    (request.type === 'put' && request.updates ? request.updates.keys : undefined) ??
    response.results ??
    request.values.map((value): unknown => table.schema.primaryKey.extractKey?.(value));
  return keys.filter((key, index) => key !== undefined && !(index in response.failures));
}

function tombstoneKeyOf(table: DataTableName, key: unknown): string {
  return tombstoneId(table, String(key));
}

export function tombstoneMiddleware(now: () => Date = () => new Date()): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'Tombstones',
    create: (down) => {
      // Dexie also builds the stack over an older database while upgrading it (before version 3 there
      // is no tombstones table): no tombstones there, since nothing deletes during an upgrade.
      if (!down.schema.tables.some((table) => table.name === TOMBSTONE_TABLE)) return {};
      const tombstones = down.table(TOMBSTONE_TABLE);

      const record = (trans: DBCoreTransaction, table: DataTableName, keys: readonly unknown[]) => {
        if (keys.length === 0) return Promise.resolve();
        const deletedAt = now().toISOString();
        const values: Tombstone[] = keys.map((key) => ({
          id: tombstoneKeyOf(table, key),
          table,
          recordId: String(key),
          deletedAt,
        }));
        return tombstones.mutate({ type: 'put', trans, values });
      };

      const forget = (trans: DBCoreTransaction, table: DataTableName, keys: readonly unknown[]) =>
        keys.length === 0
          ? Promise.resolve()
          : tombstones.mutate({ type: 'delete', trans, keys: keys.map((key) => tombstoneKeyOf(table, key)) });

      return {
        transaction: (stores, mode, options) =>
          down.transaction(
            mode === 'readwrite' && stores.some(isDataTable) && !stores.includes(TOMBSTONE_TABLE)
              ? [...stores, TOMBSTONE_TABLE]
              : stores,
            mode,
            options,
          ),
        table: (name) => {
          const table = down.table(name);
          if (!isDataTable(name)) return table;
          return {
            ...table,
            mutate: async (request) => {
              switch (request.type) {
                case 'delete': {
                  const response = await table.mutate(request);
                  await record(request.trans, name, request.keys);
                  return response;
                }
                case 'deleteRange': {
                  const { result: keys } = await table.query({
                    trans: request.trans,
                    values: false,
                    query: { index: table.schema.primaryKey, range: request.range },
                  });
                  const response = await table.mutate(request);
                  await record(request.trans, name, keys);
                  return response;
                }
                case 'add':
                case 'put': {
                  const response = await table.mutate(request);
                  await forget(request.trans, name, writtenKeys(table, request, response));
                  return response;
                }
              }
            },
          };
        },
      };
    },
  };
}
