/**
 * The search index and its upkeep, run in the search worker (or in this thread where there is no
 * Worker: unit tests).
 *
 * It reads the searched tables itself (so 60,000 activities are never read on the page's thread) and
 * builds the index a slice at a time (a query asked meanwhile is answered from what is indexed so far).
 * Then it follows Dexie's `storagemutated` signal, which reaches every context of the page's origin
 * (BroadcastChannel) with the keys each write touched: only those records are read again, so logging
 * one activity re-indexes one document instead of re-reading 60,000.
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import {
  createSearchIndex,
  putDocs,
  removeDocs,
  searchAll,
  SEARCH_TABLES,
  TableDocs,
  type DocChanges,
  type SearchIndex,
  type SearchRecords,
  type SearchTable,
} from '@shared/domain/search';
import { errorMessage } from '@shared/errors';
import { LedgerDb } from '@renderer/db/db';
import type { SearchRequest, SearchResponse } from './protocol';

/** Documents indexed per slice of the first build: a few milliseconds each, so queries are not held up. */
const SLICE = 2_000;

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The primary keys a write touched, or null when it touched a range (a clear, a range delete) and the
 * whole table must be read again.
 */
export function touchedKeys(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(tree) ? keys : null;
}

/** A record of any searched table. */
type AnyRecord = SearchRecords[SearchTable];

export interface SearchService {
  receive: (request: SearchRequest) => void;
  close: () => void;
}

export function createSearchService(
  send: (response: SearchResponse) => void,
  openDb: (name: string) => LedgerDb = (name) => new LedgerDb(name),
): SearchService {
  const index: SearchIndex = createSearchIndex();

  const docs = new Map<SearchTable, TableDocs<SearchTable>>(
    SEARCH_TABLES.map((table) => [table, new TableDocs<SearchTable>(table)]),
  );
  const docsOf = (table: SearchTable) => docs.get(table) as TableDocs<SearchTable>;
  let loaded = 0;
  let db: LedgerDb | null = null;
  let closed = false;
  /** Reads and index changes run one at a time, in the order the writes were signalled. */
  let queue: Promise<void> = Promise.resolve();

  const ready = () => loaded === SEARCH_TABLES.length;

  const fail = (error: unknown) =>
    send({
      type: 'failed',
      message: `Search could not read your records (${errorMessage(error)}). Reopen the app to try again.`,
    });

  async function apply(changes: DocChanges, sliced: boolean) {
    removeDocs(index, changes.remove);
    for (let start = 0; start < changes.put.length; start += SLICE) {
      putDocs(index, changes.put.slice(start, start + SLICE));
      if (sliced && start + SLICE < changes.put.length) await pause();
    }
  }

  async function readWhole(opened: LedgerDb, table: SearchTable, first: boolean) {
    const records = (await opened.table(table).toArray()) as AnyRecord[];
    if (closed) return;
    const changes = docsOf(table).update(
      records.map((record) => [record.id, record] as const),
      true,
    );
    await apply(changes, first);
    if (first) loaded += 1;
    if (first || changes.put.length > 0 || changes.remove.length > 0)
      send({ type: 'changed', ready: ready() });
  }

  async function readKeys(opened: LedgerDb, table: SearchTable, keys: string[]) {
    const records = (await opened.table(table).bulkGet(keys)) as (AnyRecord | undefined)[];
    if (closed) return;
    const changes = docsOf(table).update(keys.map((key, at) => [key, records[at]] as const));
    await apply(changes, false);
    if (changes.put.length > 0 || changes.remove.length > 0) send({ type: 'changed', ready: ready() });
  }

  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch(fail);
  };

  /** A write somewhere in the origin: read again what it touched in the searched tables of this database. */
  const onMutated = (parts: ObservabilitySet) => {
    const opened = db;
    if (!opened || closed) return;
    for (const table of SEARCH_TABLES) {
      const tree = parts[`idb://${opened.name}/${table}/`];
      if (!tree) continue;
      const keys = touchedKeys(tree);
      if (keys?.length === 0) continue;
      enqueue(() => (keys ? readKeys(opened, table, keys) : readWhole(opened, table, false)));
    }
  };

  function start(dbName: string) {
    if (db) return;
    db = openDb(dbName);
    const opened = db;
    // Listening before the first reads: a write made while they run is read again after them.
    Dexie.on('storagemutated', onMutated);
    for (const table of SEARCH_TABLES) enqueue(() => readWhole(opened, table, true));
  }

  return {
    receive(request) {
      switch (request.type) {
        case 'start':
          start(request.dbName);
          return;
        case 'query':
          send({
            type: 'results',
            id: request.id,
            query: request.query,
            groups: searchAll(index, request.query, request.perKind),
            ready: ready(),
          });
          return;
      }
    },
    close() {
      closed = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
      db?.close();
    },
  };
}
