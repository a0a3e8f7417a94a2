/**
 * The page's side of the search: one service for the whole app (a worker, or in-thread where there is no
 * Worker), started once the first screen has been painted so building the index never delays it.
 *
 * `useSearch(query)` asks the service and returns the newest answer for that query; when the index
 * changes (the first build finishes a table, or a record is written) the open dialog asks again.
 */
import { useEffect, useState } from 'react';
import type { SearchGroup } from '@shared/domain/search';
import { db } from '@renderer/db/db';
import type { SearchRequest, SearchResponse } from './protocol';
import { inThreadPort, portOfWorker, type WorkerPort } from '@renderer/platform/worker-port';
import { createSearchService } from './service';

type Port = WorkerPort<SearchRequest>;

type Listener = (response: SearchResponse) => void;
const listeners = new Set<Listener>();
let port: Port | null = null;
let failure: string | null = null;
let nextId = 1;

/** Whether a query is with the service, and the newest one asked meanwhile (older ones are dropped). */
let querying = false;
let waiting: SearchRequest | null = null;

/**
 * One query at a time: while the service answers, only the newest query asked meanwhile waits, so fast
 * typing never queues a backlog of stale queries ahead of the one on screen.
 */
function sendQuery(request: SearchRequest) {
  if (querying) {
    waiting = request;
    return;
  }
  querying = true;
  port?.post(request);
}

function deliver(response: SearchResponse) {
  if (response.type === 'failed') failure = response.message;
  if (response.type === 'results') {
    querying = false;
    const next = waiting;
    waiting = null;
    if (next) sendQuery(next);
  }
  for (const listener of listeners) listener(response);
}

/** A worker where there is one (same origin, so the app's `script-src 'self'` allows it), else in-thread. */
function openPort(): Port {
  const port =
    typeof Worker === 'function'
      ? portOfWorker<SearchRequest>(
          new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' }),
        )
      : inThreadPort<SearchRequest>(createSearchService);
  // The service is this app's own code, in this page's origin: its answers are trusted as typed.
  port.listen(
    (data) => deliver(data as SearchResponse),
    (reason) =>
      deliver({
        type: 'failed',
        message: `Search stopped working (${reason}). Reopen the app to try again.`,
      }),
  );
  return port;
}

/** Starts building the index (once); later calls do nothing. */
export function startSearchIndex(): void {
  if (port) return;
  port = openPort();
  port.post({ type: 'start', dbName: db.name });
}

export interface SearchState {
  /** The query these groups answer ('' before the first answer). */
  query: string;
  groups: SearchGroup[];
  /** False while the index is still being built: the groups may miss older records. */
  ready: boolean;
  /** What went wrong, in words for the user; null when search works. */
  error: string | null;
}

/** The results for `query`, kept current while the index changes. */
export function useSearch(query: string, perKind: number): SearchState {
  const [state, setState] = useState<SearchState>({ query: '', groups: [], ready: false, error: failure });
  useEffect(() => {
    startSearchIndex();
    let asked = 0;
    const ask = () => {
      asked = nextId++;
      sendQuery({ type: 'query', id: asked, query, perKind });
    };
    const listener: Listener = (response) => {
      if (response.type === 'results' && response.id === asked) {
        setState({ query: response.query, groups: response.groups, ready: response.ready, error: failure });
      } else if (response.type === 'changed') {
        ask();
      } else if (response.type === 'failed') {
        setState((previous) => ({ ...previous, error: response.message }));
      }
    };
    listeners.add(listener);
    ask();
    return () => {
      listeners.delete(listener);
    };
  }, [query, perKind]);
  return state;
}
