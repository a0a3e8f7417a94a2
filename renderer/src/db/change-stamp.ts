/**
 * The database's *change stamp*: "has anything the user keeps changed since I last looked?", answered
 * without reading a single record.
 *
 * Every committed write to the database, from any context (this page, the backup worker, another tab),
 * makes Dexie fire its global `storagemutated` event (writes elsewhere arrive via Dexie's
 * BroadcastChannel). `watchChanges` answers each by storing a new random stamp in localStorage, so the
 * stamp survives restarts. The event comes after the commit, so a stamp read before a read transaction
 * starts never claims a write that read could miss. (A Dexie `use()` middleware would have to be
 * registered before the app's `db` opens, which only db.ts can guarantee; the global event needs no such
 * ordering.)
 *
 * Two readers: the automatic backup (features/backup/model/change-stamp.ts: skipped while nothing changed)
 * and Today's remembered snapshot (features/today/hooks/remembered.ts: painted at start while nothing
 * changed). The keys are per database name, so tests (and any second database) keep their own.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { TABLE_NAMES } from '@shared/types/tables';
import { webStorage } from '@renderer/platform/web-storage';

/** Where the stamps live: localStorage in the app; a Map in tests or where there is no localStorage. */
export interface StampStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
}

export function memoryStampStorage(): StampStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const fallbackStorage = memoryStampStorage();

/** localStorage; where it is disabled (a sandboxed or opaque origin), memory for this session. */
export function defaultStampStorage(): StampStorage {
  return webStorage('localStorage') ?? fallbackStorage;
}

/**
 * Where the stamp of `dbName` is kept. The key keeps the name it had when only the automatic backup read
 * it, so stamps already stored stay valid.
 */
export const changeKey = (dbName: string) => `growth-ledger.backup.change-stamp.${dbName}`;

/** The stamp of `dbName` now ('none' before its first recorded change, or without storage). */
export function changeStamp(dbName: string, storage: StampStorage = defaultStampStorage()): string {
  try {
    return storage.getItem(changeKey(dbName)) ?? 'none';
  } catch {
    return 'none';
  }
}

/**
 * Keys of what is kept in storage on the word of the stamp (such as a remembered screen): removed with
 * the stamp when a change cannot be recorded, so nothing is trusted that a change went unrecorded for.
 */
const trusting = new Set<string>();

/** Registers a storage key whose entry is valid only while the stamp it was kept with is current. */
export function trustsStamp(key: string): void {
  trusting.add(key);
}

/** Records that `dbName` changed: its stamp differs from every earlier one. */
export function markChanged(dbName: string, storage: StampStorage = defaultStampStorage()): void {
  try {
    storage.setItem(changeKey(dbName), globalThis.crypto.randomUUID());
  } catch (error) {
    // A full storage must not fail the write that triggered this. Neither may the old stamp stay, nor
    // anything kept on its word (it would say nothing changed): the stamp goes back to 'none', which
    // differs from every stamp a backup was taken at, and what trusted a stamp is gone. Removing frees
    // space, so it works where the new stamp did not fit.
    console.warn(
      'Could not record a database change; the next backup and start look at the data anew',
      error,
    );
    for (const key of [changeKey(dbName), ...trusting]) {
      try {
        storage.removeItem(key);
      } catch {
        // Storage that can neither be written nor cleared is disabled: there is nothing in it to trust.
      }
    }
  }
}

const BACKED_UP_TABLES: ReadonlySet<string> = new Set(TABLE_NAMES);

/**
 * Whether a `storagemutated` event changed what a backup holds in `dbName`: a part is
 * `idb://<db>/<table>/<index>`, and only the backed-up tables count (derived tables such as cached
 * totals are written while screens are merely viewed). `all` is Dexie's "anything may have changed".
 */
export function mutatesBackedUpData(parts: ObservabilitySet, dbName: string): boolean {
  const prefix = `idb://${dbName}/`;
  return Object.keys(parts).some((part) => {
    if (part === 'all') return true;
    if (!part.startsWith(prefix)) return false;
    return BACKED_UP_TABLES.has(part.slice(prefix.length).split('/', 1)[0] ?? '');
  });
}

/** Keeps the change stamp of `dbName` up to date until the returned function is called. */
export function watchChanges(dbName: string, storage: StampStorage = defaultStampStorage()): () => void {
  const listener = (parts: ObservabilitySet) => {
    if (mutatesBackedUpData(parts, dbName)) markChanged(dbName, storage);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
