/**
 * The backups folder: writes backups atomically, names them, rotates old automatic ones away, and reads
 * them back. The IPC handler unpacks the backup the renderer sends and hands over its text; the store
 * validates it before it touches the disk, so a bug or a compromised page can never replace good backups
 * with garbage.
 *
 * File names (local time, so a user browsing the folder recognises the day):
 *   auto-2026-11-28.json                       one per local day, refreshed through the day
 *   manual-2026-11-28T13-05-09-123.json         Back up now; never deleted automatically
 *   pre-restore-2026-11-28T13-05-09-123.json    taken before a restore; the newest 10 are kept
 *   pre-upgrade-v3-2026-11-28T13-05-09-123.json taken before the database was upgraded to schema
 *                                               version 3 (db/upgrade-backup.ts); never deleted automatically
 * A second save within the same millisecond gets a `-2`, `-3`… suffix.
 */
import { lstat, readdir, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { format } from 'date-fns';
import { HandlerError } from '../../ipc/dispatch';
import { writeFileAtomic, writeNewFileAtomic } from '../files/atomic-write';
import { FileTooLargeError, readBytesChecked, readFileChecked } from '../files/read-checked';
import { MAX_BACKUP_BYTES, parseBackup, type BackupEnvelope } from '@shared/domain/backup';
import { countDataRecords } from '@shared/domain/merge';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import {
  DEFAULT_ROTATION,
  backupsToDelete,
  type BackupFileInfo,
  type BackupKind,
  type RotationPolicy,
} from '@shared/domain/rotation';
import { backupFileNameSchema, type BackupFileSummary, type SaveBackupResult } from '@shared/ipc/contract';
import { errorCode } from '../files/error-code';

/** The folder, inside userData, that holds the backups. */
export const BACKUPS_DIR_NAME = 'backups';

export interface BackupStore {
  dir: string;
  save(text: string, kind: BackupKind, now: Date): Promise<SaveBackupResult>;
  list(): Promise<BackupFileSummary[]>;
  read(fileName: string): Promise<Uint8Array<ArrayBuffer>>;
  assertValid(text: string): Promise<BackupEnvelope>;
}

export interface BackupStoreOptions {
  dir: string;
  rotation?: RotationPolicy;
  /** Where a failed deletion of an old backup is reported; the new backup itself was saved. */
  logError?: (message: string, error: unknown) => void;
  /**
   * The schema version this app's database is upgraded to: a pre-upgrade backup is named for it. The
   * page and main ship together, so it is main's own CURRENT_SCHEMA_VERSION.
   */
  schemaVersion?: number;
}

const AUTO_NAME = /^auto-(\d{4}-\d{2}-\d{2})\.json$/;
const STAMPED_NAME =
  /^(manual|pre-restore|pre-upgrade-v([1-9]\d{0,3}))-((\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3}))(?:-(\d{1,4}))?\.json$/;

interface ParsedName extends BackupFileInfo {
  /** When the name itself says the backup was made; autos are rewritten through the day, so they have none. */
  createdAt: Date | null;
  /** Pre-upgrade backups only: the schema version the database was upgraded to after this copy. */
  upgradeTo?: number;
}

/** Recognises the store's own file names; anything else in the folder (temp files, notes) is not a backup. */
export function parseBackupFileName(fileName: string): ParsedName | null {
  const auto = AUTO_NAME.exec(fileName);
  if (auto?.[1]) return { fileName, kind: 'auto', day: auto[1], stamp: auto[1], createdAt: null };

  const stamped = STAMPED_NAME.exec(fileName);
  if (!stamped) return null;
  const [, prefix, upgradeTo, base, y, mo, d, h, mi, s, ms, seq] = stamped;
  if (!prefix || !base || !y || !mo || !d || !h || !mi || !s || !ms) return null;
  const createdAt = new Date(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(ms),
  );
  if (Number.isNaN(createdAt.getTime())) return null;
  return {
    fileName,
    kind: upgradeTo ? 'pre-upgrade' : prefix === 'manual' ? 'manual' : 'pre-restore',
    day: `${y}-${mo}-${d}`,
    // The unsuffixed stamp is a prefix of the suffixed ones, so it sorts first: the order they were made.
    stamp: seq ? `${base}-${seq.padStart(4, '0')}` : base,
    createdAt,
    ...(upgradeTo ? { upgradeTo: Number(upgradeTo) } : {}),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

export function createBackupStore({
  dir,
  rotation = DEFAULT_ROTATION,
  logError = console.error,
  schemaVersion = CURRENT_SCHEMA_VERSION,
}: BackupStoreOptions): BackupStore {
  const root = resolve(dir);
  // Saves run one at a time: choosing a unique name and rotating must not interleave with another save.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function backupNames(): Promise<ParsedName[]> {
    let entries: string[];
    try {
      entries = await readdir(root);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return entries.map(parseBackupFileName).filter((parsed): parsed is ParsedName => parsed !== null);
  }

  async function assertValid(text: string): Promise<BackupEnvelope> {
    const result = await parseBackup(text);
    if (!result.ok) throw new HandlerError('bad-backup', result.error.message);
    return result.backup;
  }

  /** The checksum of today's automatic backup, or null when there is none (or it is unusable). */
  async function existingChecksum(path: string): Promise<string | null> {
    let text: string;
    try {
      ({ text } = await readFileChecked(path, MAX_BACKUP_BYTES));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      // An oversized file under our name is not a backup we wrote: replace it.
      if (error instanceof FileTooLargeError) return null;
      throw error;
    }
    const parsed = await parseBackup(text);
    return parsed.ok ? parsed.backup.checksum.value : null;
  }

  /**
   * Writes a manual, pre-restore or pre-upgrade backup under a name no other file has: the time to the
   * millisecond, then `-2`, `-3`… Never replaces a file, even one another process (a second copy of the
   * app on the same folder) wrote under the same name a moment ago: that name is skipped.
   */
  async function writeStamped(kind: Exclude<BackupKind, 'auto'>, now: Date, text: string): Promise<string> {
    const prefix = kind === 'pre-upgrade' ? `pre-upgrade-v${schemaVersion}` : kind;
    const base = `${prefix}-${format(now, "yyyy-MM-dd'T'HH-mm-ss-SSS")}`;
    for (let seq = 1; seq < 10_000; seq += 1) {
      const fileName = seq === 1 ? `${base}.json` : `${base}-${seq}.json`;
      const path = join(root, fileName);
      if (await exists(path)) continue;
      try {
        await writeNewFileAtomic(path, text);
        return fileName;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
    }
    throw new Error(`Too many backups named ${base}`);
  }

  async function rotate(justWritten: string): Promise<string[]> {
    const doomed = backupsToDelete(await backupNames(), rotation).filter((name) => name !== justWritten);
    const deleted: string[] = [];
    for (const fileName of doomed) {
      try {
        await unlink(join(root, fileName));
        deleted.push(fileName);
      } catch (error) {
        // Already gone is what we wanted. Anything else is logged: the new backup is safe, and the old one
        // is simply kept until the next rotation.
        if (errorCode(error) === 'ENOENT') continue;
        logError(`Could not delete old backup ${fileName}`, error);
      }
    }
    return deleted;
  }

  async function save(text: string, kind: BackupKind, now: Date): Promise<SaveBackupResult> {
    const backup = await assertValid(text);
    return exclusive(async () => {
      let fileName: string;
      if (kind === 'auto') {
        // An emptied database must never rotate the good backups away.
        // Tombstones alone are no data: a backup of them would push backups that hold data out of rotation.
        if (countDataRecords(backup.tables) === 0) return { status: 'skipped', reason: 'empty' };
        fileName = `auto-${format(now, 'yyyy-MM-dd')}.json`;
        if ((await existingChecksum(join(root, fileName))) === backup.checksum.value) {
          return { status: 'skipped', reason: 'unchanged' };
        }
        // Atomic: today's previous auto backup survives until the new one is complete.
        await writeFileAtomic(join(root, fileName), text);
      } else {
        fileName = await writeStamped(kind, now, text);
      }
      const path = join(root, fileName);
      const deleted = await rotate(fileName);
      return { status: 'saved', fileName, path, bytes: Buffer.byteLength(text), deleted };
    });
  }

  async function list(): Promise<BackupFileSummary[]> {
    const summaries: BackupFileSummary[] = [];
    for (const parsed of await backupNames()) {
      let info: Stats;
      try {
        info = await stat(join(root, parsed.fileName));
      } catch (error) {
        // Rotated away between readdir and stat.
        if (errorCode(error) === 'ENOENT') continue;
        throw error;
      }
      if (!info.isFile()) continue;
      summaries.push({
        fileName: parsed.fileName,
        kind: parsed.kind,
        ...(parsed.upgradeTo === undefined ? {} : { upgradeTo: parsed.upgradeTo }),
        createdAt: (parsed.createdAt ?? info.mtime).toISOString(),
        bytes: info.size,
      });
    }
    return summaries.sort((a, b) =>
      a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.fileName < b.fileName ? 1 : -1,
    );
  }

  async function read(fileName: string): Promise<Uint8Array<ArrayBuffer>> {
    const checked = backupFileNameSchema.safeParse(fileName);
    if (!checked.success) {
      throw new HandlerError('invalid-request', `"${fileName}" is not the name of a backup file.`);
    }
    const path = resolve(root, checked.data);
    // The schema already forbids separators; this is the second lock on the same door.
    if (relative(root, path) !== checked.data || parseBackupFileName(checked.data) === null) {
      throw new HandlerError('not-found', `"${fileName}" is not a backup in the backups folder.`);
    }
    try {
      // A symlink dropped into the folder could point anywhere on disk.
      if (!(await lstat(path)).isFile()) {
        throw new HandlerError('not-found', `"${fileName}" is not a backup in the backups folder.`);
      }
      return await readBytesChecked(path, MAX_BACKUP_BYTES);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') {
        throw new HandlerError('not-found', `The backup "${fileName}" no longer exists.`);
      }
      if (error instanceof FileTooLargeError) {
        throw new HandlerError(
          'too-large',
          `The backup "${fileName}" is ${(error.bytes / 1024 / 1024).toFixed(1)} MB; a backup can be at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`,
        );
      }
      throw error;
    }
  }

  return { dir: root, save, list, read, assertValid };
}
