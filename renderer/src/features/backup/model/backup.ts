/**
 * Backup and restore as the renderer sees it: serialise the database into the backup format and hand
 * it to main; on restore, validate every record, save the current data first, then replace everything
 * in one transaction.
 */
import {
  countRecords,
  createBackup,
  parseBackup,
  restorePreview,
  serializeBackup,
  type BackupEnvelope,
  type RestorePreviewRow,
} from '@shared/domain/backup';
import type { BackupKind } from '@shared/domain/rotation';
import type { SaveBackupResult } from '@shared/ipc/contract';
import type { LedgerDb } from '@renderer/db/db';
import { countAllTables, readAllTables, replaceAllTables } from '@renderer/db/tables';
import { call } from '@renderer/platform/api';

let appVersion: Promise<string> | null = null;
function getAppVersion(): Promise<string> {
  appVersion ??= call('app:info', {}).then((info) => info.appVersion);
  return appVersion;
}

export async function serializeDatabase(db: LedgerDb, now: Date): Promise<{ text: string; records: number }> {
  const tables = await readAllTables(db);
  const backup = await createBackup(tables, {
    appVersion: await getAppVersion(),
    createdAt: now.toISOString(),
  });
  return { text: serializeBackup(backup), records: countRecords(tables) };
}

export async function saveBackup(db: LedgerDb, kind: BackupKind, now: Date): Promise<SaveBackupResult> {
  const { text, records } = await serializeDatabase(db, now);
  // Main refuses empty automatic backups too; checking here saves serialising and sending them.
  if (kind === 'auto' && records === 0) return { status: 'skipped', reason: 'empty' };
  return call('backup:save', { text, kind });
}

export function exportFileName(now: Date): string {
  return `growth-ledger-export-${now.toISOString().slice(0, 10)}.growthledger`;
}

export type RestorePlan =
  | {
      ok: true;
      backup: BackupEnvelope;
      preview: RestorePreviewRow[];
      incomingRecords: number;
      currentRecords: number;
    }
  | { ok: false; message: string };

/** Checks a backup's text completely and describes what restoring it would change. Changes nothing. */
export async function planRestore(db: LedgerDb, text: string): Promise<RestorePlan> {
  const parsed = await parseBackup(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const current = await countAllTables(db);
  return {
    ok: true,
    backup: parsed.backup,
    preview: restorePreview(current, parsed.backup.tables),
    incomingRecords: countRecords(parsed.backup.tables),
    currentRecords: Object.values(current).reduce((a, b) => a + b, 0),
  };
}

export interface RestoreOutcome {
  restoredRecords: number;
  /** The safety backup of the data that was replaced, if there was any data. */
  safetyBackup: string | null;
}

/**
 * Replaces the database with the backup. The current data is first saved as a pre-restore backup; if
 * that fails, nothing is restored. The replacement itself is one transaction: all or nothing.
 */
export async function applyRestore(db: LedgerDb, backup: BackupEnvelope, now: Date): Promise<RestoreOutcome> {
  let safetyBackup: string | null = null;
  const { text, records } = await serializeDatabase(db, now);
  if (records > 0) {
    const saved = await call('backup:save', { text, kind: 'pre-restore' });
    if (saved.status === 'saved') safetyBackup = saved.fileName;
  }
  await replaceAllTables(db, backup.tables);
  return { restoredRecords: countRecords(backup.tables), safetyBackup };
}
