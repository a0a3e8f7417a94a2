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
 * The most a transaction of `writeAllTables` writes, in characters of JSON (see generations.ts). Measured at
 * five years of data (issue 13): 768 K restores in 1.15–1.2× the time of one raw transaction and the restored
 * data opens as fast as with 256 K (which restored in 1.2–1.3×); one 30 MB transaction made every later start slow.
 */
export const WRITE_BATCH_CHARS = 768 * 1024;
const BATCHES_IN_FLIGHT = 4;

/**
 * Writes `tables` into `db`, a new and empty generation (generations.ts), in transactions of at most
 * about `WRITE_BATCH_CHARS` each. Not atomic as a whole:
 * the restore makes the generation the app's database only after this has finished.
 *
 * Straight through IndexedDB, as fast as it goes: nothing observes a database the app does not use yet,
 * so Dexie's change tracking would be work for nobody. The batches are not flushed to disk one by one
 * ('relaxed'); the last record is then written again in a 'strict' transaction, whose flush also makes
 * every earlier write durable (they are ahead of it in the same log). `onBatch` hears each batch written.
 */
export async function writeAllTables(
  db: LedgerDb,
  tables: TableData,
  {
    batchChars = WRITE_BATCH_CHARS,
    onBatch,
  }: { batchChars?: number; onBatch?: (records: number) => void } = {},
): Promise<void> {
  await db.open();
  const idb = db.backendDB();
  let last: { name: TableName; record: unknown } | null = null;
  // A few batches in flight: the next one is prepared and cloned while the engine commits the last.
  const inFlight: Promise<void>[] = [];
  for (const name of TABLE_NAMES) {
    const records: readonly unknown[] = tables[name];
    let start = 0;
    while (start < records.length) {
      let end = start;
      let chars = 0;
      while (end < records.length && (end === start || chars < batchChars)) {
        chars += jsonSize(records[end]);
        end += 1;
      }
      const batch = records.slice(start, end);
      const written = write(idb, name, 'relaxed', (store) => {
        for (const record of batch) store.add(record);
      }).then(() => onBatch?.(batch.length));
      written.catch(() => undefined); // Awaited below; this only keeps an early failure from going unheard.
      inFlight.push(written);
      if (inFlight.length >= BATCHES_IN_FLIGHT) await inFlight.shift();
      last = { name, record: batch.at(-1) };
      start = end;
    }
  }
  await Promise.all(inFlight);
  if (last) {
    const { name, record } = last;
    await write(idb, name, 'strict', (store) => store.put(record));
  }
}

/**
 * About the length of `JSON.stringify(value)` (within a few percent for records), without building the
 * string: sizing the 72,000 records of five years takes 50–65 ms this way instead of 225–330 ms (issue 13,
 * restore).
 */
export function jsonSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number') return digits(value);
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (value === null || typeof value !== 'object') return 4;
  let size = 2;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) size += jsonSize(item) + 1;
    return size;
  }
  // for…in, not Object.entries: no pair arrays to allocate for every record (three times faster).
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (Object.hasOwn(record, key)) size += key.length + 4 + jsonSize(record[key]);
  }
  return size;
}

/** The characters of a number in JSON, counted for the common small integers without making a string. */
function digits(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e6) {
    let size = value < 0 ? 2 : 1;
    for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) size += 1;
    return size;
  }
  return String(value).length;
}

/** One IndexedDB transaction over `name`; resolves once it has committed, rejects if it aborts. */
function write(
  idb: IDBDatabase,
  name: TableName,
  durability: IDBTransactionDurability,
  work: (store: IDBObjectStore) => void,
): Promise<void> {
  return new Promise<void>((done, fail) => {
    const tx = idb.transaction(name, 'readwrite', { durability });
    tx.oncomplete = () => done();
    tx.onabort = () => fail(tx.error ?? new Error(`Writing ${name} was aborted.`));
    work(tx.objectStore(name));
  });
}
