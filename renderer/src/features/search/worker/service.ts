/**
 * The search index and its upkeep, run in the search worker (or in this thread where there is no
 * Worker: unit tests).
 *
 * It reads the searched tables itself (so 60,000 activities are never read on the page's thread), builds
 * the index a slice at a time (a query asked meanwhile is answered from what is indexed so far), then
 * follows each table with a live query: Dexie tells every context of the page's origin about a write
 * (BroadcastChannel), and only the records whose searchable text changed are indexed again.
 */
import { liveQuery, type Subscription } from 'dexie';
import {
  createSearchIndex,
  putDocs,
  removeDocs,
  searchAll,
  searchDoc,
  SEARCH_TABLES,
  type SearchDoc,
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

function sameDoc(a: SearchDoc, b: SearchDoc): boolean {
  return a.title === b.title && a.text === b.text && a.date === b.date && a.kind === b.kind;
}

export interface SearchService {
  receive: (request: SearchRequest) => void;
  close: () => void;
}

export function createSearchService(
  send: (response: SearchResponse) => void,
  openDb: (name: string) => LedgerDb = (name) => new LedgerDb(name),
): SearchService {
  const index: SearchIndex = createSearchIndex();
  /** The indexed document of each record, per table: a new read is compared with these. */
  const known = new Map<SearchTable, Map<string, SearchDoc>>();
  const subscriptions: Subscription[] = [];
  let loaded = 0;
  let db: LedgerDb | null = null;
  /** One table's changes are indexed at a time, in the order they arrived. */
  let queue: Promise<void> = Promise.resolve();

  const ready = () => loaded === SEARCH_TABLES.length;

  async function sync<T extends SearchTable>(table: T, records: readonly SearchRecords[T][], first: boolean) {
    const before = known.get(table) ?? new Map<string, SearchDoc>();
    const after = new Map<string, SearchDoc>();
    const put: SearchDoc[] = [];
    for (const record of records) {
      const doc = searchDoc(table, record);
      if (!doc) continue;
      const old = before.get(doc.id);
      after.set(doc.id, old && sameDoc(old, doc) ? old : doc);
      if (!old || !sameDoc(old, doc)) put.push(doc);
    }
    const gone = [...before.keys()].filter((id) => !after.has(id));
    known.set(table, after);
    removeDocs(index, gone);
    for (let start = 0; start < put.length; start += SLICE) {
      putDocs(index, put.slice(start, start + SLICE));
      if (first && start + SLICE < put.length) await pause();
    }
    if (first) loaded += 1;
    if (put.length > 0 || gone.length > 0 || first) send({ type: 'changed', ready: ready() });
  }

  function start(dbName: string) {
    if (db) return;
    db = openDb(dbName);
    const opened = db;
    for (const table of SEARCH_TABLES) {
      let first = true;
      const subscription = liveQuery(
        () => opened.table(table).toArray() as Promise<SearchRecords[typeof table][]>,
      ).subscribe({
        next: (records) => {
          const isFirst = first;
          first = false;
          queue = queue.then(() => sync(table, records, isFirst));
        },
        error: (error: unknown) =>
          send({
            type: 'failed',
            message: `Search could not read your records (${errorMessage(error)}). Reopen the app to try again.`,
          }),
      });
      subscriptions.push(subscription);
    }
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
      for (const subscription of subscriptions) subscription.unsubscribe();
      subscriptions.length = 0;
      db?.close();
    },
  };
}
