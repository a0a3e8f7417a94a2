/**
 * A backup before every schema upgrade (issue 14). Dexie upgrades the database the first time it opens
 * it after an update that raised the schema version (schema.ts); an upgrade step that went wrong would
 * take the user's data with it. So before `db` opens, the start checks the version the database is at,
 * and if it is older than this app's, saves everything as it is into a `pre-upgrade-v<N>-…` backup,
 * which rotation never deletes (shared/domain/rotation.ts). Only then does `db` open and upgrade. If
 * that backup cannot be saved, the database is not opened at all: it stays at its old version, untouched,
 * and the start shows why (main.tsx).
 *
 * The cold start pays for none of this: the version the database was last opened at is cached in
 * localStorage next to the generation's name (generations.ts), and when it is the current one, `db`
 * opens at once. Only a missing or older cache (the first start after an update, a new generation after
 * a restore, cleared storage) asks IndexedDB for the real version; the export itself (and the schema
 * library it needs) is loaded only when a backup is due (upgrade-backup.ts).
 */
import type Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import { errorMessage } from '@shared/errors';
import type { SaveBackupResult } from '@shared/ipc/contract';
import { webStorage } from '@renderer/platform/web-storage';
import type { NameStorage } from './generations';

/**
 * What the cache holds, for one database (the generation in use): `<version>:<name>` once it opened at
 * that version, or `<from>><to>:<name>` once its pre-upgrade backup from `from` to `to` was saved, so an
 * upgrade that then fails is not backed up again at every start.
 */
export const SCHEMA_VERSION_KEY = 'growth-ledger.schema-version';

const openedAt = (name: string, version: number) => `${version}:${name}`;
const backedUpFor = (name: string, from: number, to: number) => `${from}>${to}:${name}`;

/**
 * True when the cache says the database `name` was last opened at the app's schema version: it can be
 * declared with its last version only (db.ts, `versions: 'latest'`).
 */
export function knownCurrent(
  name: string,
  storage: NameStorage | null = webStorage('localStorage'),
): boolean {
  return read(storage) === openedAt(name, CURRENT_SCHEMA_VERSION);
}

/** Dexie hands an error thrown by an upgrade step on, wrapped or as it is. */
function isSchemaBehind(error: unknown): boolean {
  for (let at: unknown = error, depth = 0; at instanceof Error && depth < 4; depth += 1) {
    if (at.name === 'SchemaBehindError') return true;
    at = (at as { inner?: unknown }).inner ?? at.cause;
  }
  return false;
}

/** What the start needs from the outside: main's backups folder, the app's version, the engine. */
export interface UpgradePorts {
  /** Saves a packed backup as kind `pre-upgrade` (in the app: the `backup:save` channel). */
  save: (packed: Uint8Array) => Promise<SaveBackupResult>;
  /** The app's version, written into the backup. */
  appVersion: () => Promise<string>;
  /** Lists the databases with their versions. */
  factory?: Pick<IDBFactory, 'databases'>;
  storage?: NameStorage | null;
  now?: () => Date;
  /** Hears that a backup is being taken: with years of data that takes a moment, worth a message. */
  onBackingUp?: (from: number, to: number) => void;
  /**
   * Starts the app again (in the app: reloads the window). Called when the cache said "current" but the
   * database was older (SchemaBehindError): the cache is dropped first, so the next start checks the
   * real version, saves the pre-upgrade backup and declares every version.
   */
  restart?: () => void;
  /**
   * When to open the database on a normal start (the cache says current); at once when left out. Any
   * query opens it sooner, through the same guard: with only the current version declared, an older
   * database stops the open (SchemaBehindError) and nothing changes.
   */
  openWhen?: (open: () => void) => void;
}

export type UpgradeCheck =
  /** The cache says the database is at the current version: nothing else was looked at. */
  | { status: 'cached' }
  /** The database is at the current version already (or newer: then Dexie's open reports it). */
  | { status: 'current'; version: number }
  /** There is no database yet (a new install): nothing to back up. */
  | { status: 'new' }
  /** An older database without a single record: nothing to back up. */
  | { status: 'empty'; from: number; to: number }
  /** An older database whose backup an earlier start saved (the upgrade then did not finish). */
  | { status: 'saved-before'; from: number; to: number }
  | { status: 'saved'; from: number; to: number; fileName: string; records: number };

/** The pre-upgrade backup could not be saved: the database was neither opened nor changed. */
export class UpgradeBackupError extends Error {
  constructor(
    /** The version the data is at; null when even that could not be read. */
    readonly from: number | null,
    readonly to: number,
    readonly detail: string,
  ) {
    super(
      // The detail is main's own message, which already says what to do; it is not repeated here.
      `Growth Ledger was updated. Before it moves your data to the new version it saves a copy of ` +
        `everything, and that copy could not be saved, so your data was left exactly as it was. ` +
        `${detail.trim().replace(/([^.!?])$/, '$1.')} Then press Try again, or restart the app.`,
    );
    this.name = 'UpgradeBackupError';
  }
}

/** The Dexie version a database is at, from the IndexedDB version Dexie gives it (ten times as large). */
export function dexieVersion(indexedDbVersion: number): number {
  return Math.floor(indexedDbVersion / 10);
}

function read(storage: NameStorage | null): string | null {
  try {
    return storage?.getItem(SCHEMA_VERSION_KEY) ?? null;
  } catch {
    return null; // Unreadable storage is a missing cache: the real version is checked.
  }
}

function write(storage: NameStorage | null, value: string) {
  try {
    storage?.setItem(SCHEMA_VERSION_KEY, value);
  } catch (error) {
    // Without the cache the next start checks the real version again: slower by a few ms, still right.
    console.warn('Could not remember the database version', error);
  }
}

/**
 * Opens `db`, first saving a pre-upgrade backup when the database is at an older schema version. On a
 * normal start (the cache says current) `db.open()` is called before this returns, or when `openWhen`
 * says. Rejects only with an
 * UpgradeBackupError, and then `db` was never opened; a failed open itself is reported by every query
 * that needs the database, as before.
 */
export function openDatabase(
  db: Pick<Dexie, 'name' | 'open' | 'verno'>,
  ports: UpgradePorts,
): Promise<UpgradeCheck> {
  const storage = ports.storage === undefined ? webStorage('localStorage') : ports.storage;
  const open = async () => {
    try {
      await db.open();
      if (read(storage) !== openedAt(db.name, db.verno)) write(storage, openedAt(db.name, db.verno));
    } catch (error) {
      if (isSchemaBehind(error)) {
        console.warn('The database is older than its cached version said: starting again to upgrade it');
        write(storage, '');
        ports.restart?.();
        return;
      }
      console.warn('The database did not open on the first try', error);
    }
  };
  if (knownCurrent(db.name, storage)) {
    (ports.openWhen ?? ((now) => now()))(() => void open());
    return Promise.resolve({ status: 'cached' });
  }
  return (async () => {
    const check = await backupBeforeUpgrade(db.name, { ...ports, storage });
    await open();
    return check;
  })();
}

/** The check itself: saves the pre-upgrade backup when one is due. Never opens the database at its new version. */
export async function backupBeforeUpgrade(
  name: string,
  { factory = indexedDB, storage = null, now = () => new Date(), ...ports }: UpgradePorts,
): Promise<UpgradeCheck> {
  const to = CURRENT_SCHEMA_VERSION;
  let listed: IDBDatabaseInfo[];
  try {
    listed = await factory.databases();
  } catch (error) {
    // Without the version, opening might upgrade data that has no copy: not opened, as when saving fails.
    throw new UpgradeBackupError(null, to, `its version could not be read: ${errorMessage(error)}`);
  }
  const info = listed.find((database) => database.name === name);
  if (info?.version === undefined) return { status: 'new' };
  const from = dexieVersion(info.version);
  // Below 1: an engine-made empty database without Dexie's stores; at or above: nothing to upgrade.
  if (from < 1) return { status: 'new' };
  if (from >= to) return { status: 'current', version: from };
  if (read(storage) === backedUpFor(name, from, to)) return { status: 'saved-before', from, to };

  ports.onBackingUp?.(from, to);
  let saved: SaveBackupResult;
  let records: number;
  try {
    const { packOlderDatabase } = await import('./upgrade-backup');
    const packed = await packOlderDatabase(name, from, {
      appVersion: await ports.appVersion(),
      createdAt: now().toISOString(),
    });
    if (packed.records === 0) return { status: 'empty', from, to };
    records = packed.records;
    saved = await ports.save(packed.packed);
  } catch (error) {
    throw new UpgradeBackupError(from, to, errorMessage(error));
  }
  if (saved.status !== 'saved') {
    throw new UpgradeBackupError(from, to, `the backups folder did not take it: ${saved.reason}`);
  }
  write(storage, backedUpFor(name, from, to));
  return { status: 'saved', from, to, fileName: saved.fileName, records };
}
