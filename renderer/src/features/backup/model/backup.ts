/**
 * Backup and restore as the renderer sees it: the backup worker (worker/) serialises the database into
 * the backup format, packed (gzip bytes), and this hands them to main; on restore, main parks the file it
 * read under a one-time ticket, the worker fetches it with that ticket, validates every record and keeps
 * the checked backup, the current data is saved first, then the worker writes the backup into a new
 * database (db/generations.ts) that the app then switches to. The main thread only sends requests and
 * shows progress: a backup file to restore never passes through it.
 */
import type { BackupProgress, RestorePreviewRow } from '@shared/domain/backup';
import type { BackupKind } from '@shared/domain/rotation';
import type { SaveBackupResult } from '@shared/ipc/contract';
import type { LedgerDb } from '@renderer/db/db';
import { generationName } from '@renderer/db/generations';
import { call } from '@renderer/platform/api';
import { backupClient, type BackupClient } from '../worker/client';
import type { MergePlan } from '../worker/protocol';
import { defaultStampStorage, type StampStorage } from '@renderer/db/change-stamp';
import { fingerprint, lastAutoBackupFingerprint, recordAutoBackup } from './change-stamp';

/** How a call reaches the worker and reports progress; both optional. */
export interface BackupOptions {
  client?: BackupClient;
  onProgress?: (progress: BackupProgress) => void;
}

let appVersion: Promise<string> | null = null;
function getAppVersion(): Promise<string> {
  appVersion ??= call('app:info', {}).then((info) => info.appVersion);
  // A failed look-up is asked again next time rather than remembered.
  appVersion.catch(() => (appVersion = null));
  return appVersion;
}

export async function serializeDatabase(
  db: LedgerDb,
  now: Date,
  { client = backupClient(), onProgress }: BackupOptions = {},
): Promise<{ packed: Uint8Array; records: number }> {
  return client.request(
    { type: 'backup', dbName: db.name, appVersion: await getAppVersion(), createdAt: now.toISOString() },
    onProgress,
  );
}

export async function saveBackup(
  db: LedgerDb,
  kind: BackupKind,
  now: Date,
  options: BackupOptions = {},
): Promise<SaveBackupResult> {
  const { packed, records } = await serializeDatabase(db, now, options);
  // Main refuses empty automatic backups too; checking here saves sending them.
  if (kind === 'auto' && records === 0) return { status: 'skipped', reason: 'empty' };
  return call('backup:save', { packed, kind });
}

/**
 * The automatic backup: skipped without reading or serialising anything when the database's fingerprint
 * is the one the last automatic backup was taken at (see change-stamp.ts), or when it is empty (an
 * emptied database must never rotate good backups away).
 */
export async function autoBackup(
  db: LedgerDb,
  now: Date,
  { storage = defaultStampStorage(), ...options }: BackupOptions & { storage?: StampStorage } = {},
): Promise<SaveBackupResult> {
  // Taken before the worker reads: a write after this point changes the stamp, so it is backed up next time.
  const print = await fingerprint(db, storage);
  if (print.value === lastAutoBackupFingerprint(db.name, storage))
    return { status: 'skipped', reason: 'unchanged' };
  const result =
    print.records === 0
      ? ({ status: 'skipped', reason: 'empty' } as const)
      : await saveBackup(db, 'auto', now, options);
  // Saved, or skipped by main (unchanged, empty, unsupported): either way, nothing to do until a change.
  recordAutoBackup(db.name, print, storage);
  return result;
}

export function exportFileName(now: Date): string {
  return `growth-ledger-export-${now.toISOString().slice(0, 10)}.growthledger`;
}

export type RestorePlan =
  | {
      ok: true;
      /** Names the checked backup, which stays in the worker until it is restored or discarded. */
      handle: string;
      backup: { createdAt: string; appVersion: string };
      preview: RestorePreviewRow[];
      incomingRecords: number;
      currentRecords: number;
    }
  | { ok: false; message: string };

/**
 * Checks a backup file completely and describes what replacing the data with it would change
 * (`previewMerge` says what merging would). Changes nothing. `ticket` is the one main parked the file
 * under (ImportResult, backup:read): the worker reads the file with it, once.
 */
export async function planRestore(
  db: LedgerDb,
  ticket: string,
  { client = backupClient(), onProgress }: BackupOptions = {},
): Promise<RestorePlan> {
  const plan = await client.request({ type: 'plan', dbName: db.name, ticket }, onProgress);
  if (!plan.ok) return plan;
  const { createdAt, appVersion: version, ...rest } = plan;
  return { ...rest, backup: { createdAt, appVersion: version } };
}

/**
 * What merging the checked backup into the data in use would do: the same computation a merge then runs
 * and is held to. Changes nothing, but reads all the data in use, so it is asked for apart from the check.
 */
export async function previewMerge(
  db: LedgerDb,
  plan: Extract<RestorePlan, { ok: true }>,
  { client = backupClient() }: BackupOptions = {},
): Promise<MergePlan> {
  return client.request({ type: 'previewMerge', dbName: db.name, handle: plan.handle });
}

/** Frees a checked backup that will not be restored (the preview was closed). */
export async function discardRestorePlan(
  plan: Extract<RestorePlan, { ok: true }>,
  { client = backupClient() }: BackupOptions = {},
): Promise<void> {
  await client.request({ type: 'discard', handle: plan.handle });
}

export interface RestoreOutcome {
  restoredRecords: number;
  /** The safety backup of the data that was replaced, if there was any data. */
  safetyBackup: string | null;
  /** The new generation holding the restored data: the app's database from its next start (reload). */
  database: string;
}

/** Replace the data in use with the backup, or merge the backup into it (shared/domain/merge.ts). */
export type RestoreMode = 'replace' | 'merge';

/**
 * Writes the checked backup (`replace`, the default) or the backup merged into the current data
 * (`merge`) into a new generation. The current data is first saved as a pre-restore backup; if that
 * fails, nothing is restored. `db` itself is never written: all or nothing comes from switching to the
 * new generation (rememberActiveDatabase, then a reload) only once it is complete.
 */
export async function applyRestore(
  db: LedgerDb,
  plan: Extract<RestorePlan, { ok: true }>,
  now: Date,
  options: BackupOptions & { mode?: RestoreMode } = {},
): Promise<RestoreOutcome> {
  const { client = backupClient(), onProgress, mode = 'replace' } = options;
  let safetyBackup: string | null = null;
  const { packed, records } = await serializeDatabase(db, now, options);
  if (records > 0) {
    const saved = await call('backup:save', { packed, kind: 'pre-restore' });
    if (saved.status === 'saved') safetyBackup = saved.fileName;
  }
  const database = generationName(now);
  const { restoredRecords } = await client.request(
    { type: 'restore', dbName: db.name, target: database, handle: plan.handle, mode },
    onProgress,
  );
  return { restoredRecords, safetyBackup, database };
}
