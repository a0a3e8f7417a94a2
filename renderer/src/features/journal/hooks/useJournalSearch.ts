/**
 * The journal's search index, shared by the three list pages and kept up to date incrementally
 * (issue 13).
 *
 * Search covers all three tables, so the index needs every record's text; it is the only reader of whole
 * tables. It starts after the page's first paint (in an idle callback), folds the text in slices so no
 * task runs long, then follows a live query: Dexie's immutable cache gives unchanged records back as the
 * same objects, so each change folds only the records that changed (`syncSearchIndex`). It lives at
 * module level, so moving between the journal pages reuses it instead of building it again.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useSyncExternalStore } from 'react';
import {
  EMPTY_SEARCH_INDEX,
  syncSearchIndex,
  updateSearchIndex,
  type JournalRecords,
  type SearchIndex,
} from '@shared/domain/journal-search';
import { db } from '@renderer/db/db';

/** Records folded per slice of the first build: a few milliseconds of work at realistic text sizes. */
const SLICE = 400;
/** How long the index keeps following the database after the last journal page closed. */
const LINGER_MS = 30_000;

let current: SearchIndex | null = null;
/** The newest records the live query delivered that are not indexed yet. */
let latest: JournalRecords | null = null;
let syncing = false;
let subscription: Subscription | null = null;
let cancelStart: (() => void) | null = null;
let stopTimer: ReturnType<typeof setTimeout> | null = null;
let users = 0;
const listeners = new Set<() => void>();

async function readJournal(): Promise<JournalRecords> {
  const [retros, brags, feedback] = await Promise.all([
    db.retros.toArray(),
    db.bragEntries.toArray(),
    db.feedback.toArray(),
  ]);
  return { retros, brags, feedback };
}

/** Runs `work` when the page is idle (or soon, where there is no idle callback); returns a cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}

function idle(): Promise<void> {
  return new Promise((resolve) => whenIdle(resolve));
}

/** The first build, a slice of records at a time with the page free to paint and respond in between. */
async function buildInSlices(data: JournalRecords): Promise<SearchIndex> {
  let index = EMPTY_SEARCH_INDEX;
  const kinds = [
    ['retros', data.retros],
    ['brags', data.brags],
    ['feedback', data.feedback],
  ] as const;
  for (const [name, records] of kinds) {
    for (let start = 0; start < records.length; start += SLICE) {
      index = updateSearchIndex(index, { put: { [name]: records.slice(start, start + SLICE) } });
      await idle();
    }
  }
  return index;
}

/** Indexes what the live query delivered, one pass at a time, until nothing newer is waiting. */
async function catchUp() {
  if (syncing) return;
  syncing = true;
  try {
    while (latest) {
      const data = latest;
      latest = null;
      const base = current ?? (await buildInSlices(data));
      const next = syncSearchIndex(base, data);
      if (next !== current) {
        current = next;
        for (const listener of listeners) listener();
      }
    }
  } finally {
    syncing = false;
  }
}

function start() {
  if (stopTimer !== null) {
    clearTimeout(stopTimer);
    stopTimer = null;
  }
  if (subscription || cancelStart) return;
  cancelStart = whenIdle(() => {
    cancelStart = null;
    subscription = liveQuery(readJournal).subscribe({
      next: (data) => {
        latest = data;
        void catchUp();
      },
      // The lists still work without search; the next change to the journal tries again.
      error: (error: unknown) => console.error('The journal search index could not be read', error),
    });
  });
}

function stop() {
  cancelStart?.();
  cancelStart = null;
  stopTimer = setTimeout(() => {
    stopTimer = null;
    subscription?.unsubscribe();
    subscription = null;
  }, LINGER_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The search index over the whole journal; null until its first build is done. */
export function useJournalSearch(): SearchIndex | null {
  useEffect(() => {
    users += 1;
    if (users === 1) start();
    return () => {
      users -= 1;
      if (users === 0) stop();
    };
  }, []);
  return useSyncExternalStore(subscribe, () => current);
}
