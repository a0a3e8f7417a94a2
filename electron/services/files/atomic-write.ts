/**
 * Crash-safe file writes: readers see either the old file or the complete new one, never a torn write.
 * A power cut after `rename` but before the data reaches the disk could otherwise leave an empty file
 * under the final name, so the data is fsynced before the rename and the directory entry after it.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, rename, rm, stat, chmod } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './error-code';

/** The mode of an existing target, so replacing a file does not silently change who may read it. */
async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory (EISDIR/EPERM/EINVAL); NTFS journals the rename itself.
    const code = errorCode(error);
    if (process.platform === 'win32' && (code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL')) return;
    throw error;
  } finally {
    await handle?.close();
  }
}

/** The temporary file a write goes through: `.<name>.<12 hex digits>.tmp`, beside the target. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** How old a temporary file must be before a start removes it: no write of the app takes this long. */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

/**
 * Removes the temporary files that writes interrupted by a crash or a power cut left in `dir` (up to the
 * size of a whole backup each), once they are older than `STALE_TEMP_AGE_MS`, so a write still under
 * way in another process is never touched. Only names this module makes are considered; a file that
 * cannot be removed is reported to `logError` and the others still go. Returns the names removed.
 */
export async function removeStaleTempFiles(
  dir: string,
  { now, logError }: { now: () => Date; logError: (message: string, error: unknown) => void },
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    logError(`Could not look for leftover temporary files in ${dir}`, error);
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((candidate) => TEMP_NAME.test(candidate))) {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || now().getTime() - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
      await rm(path, { force: true });
      removed.push(name);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT')
        logError(`Could not remove the leftover temporary file ${path}`, error);
    }
  }
  return removed;
}

/**
 * The one way a file is written: into a fresh temporary file beside it, flushed to disk, then made the
 * file by `publish` (which may leave the temporary file behind: it is removed after), then the folder's
 * entry flushed. On a failure the temporary file is removed and nothing else changes.
 */
async function writeThroughTemp(
  path: string,
  data: string | Uint8Array,
  publish: (tempPath: string) => Promise<void>,
): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tempPath = tempPathFor(path);
  let handle: FileHandle | undefined;
  try {
    // 'wx': the name is random, but never clobber a file someone else created under it.
    handle = await open(tempPath, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await publish(tempPath);
  } catch (error) {
    await removeTemp(handle, tempPath, error);
    throw error;
  }
  await rm(tempPath, { force: true });
  await syncDirectory(dir);
}

/** Writes `path` whole or not at all, replacing the file if it exists (keeping its mode). */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const mode = await existingMode(path); // undefined for a new file, also in a folder not made yet
  await writeThroughTemp(path, data, async (tempPath) => {
    if (mode !== undefined) await chmod(tempPath, mode);
    await rename(tempPath, path);
  });
}

/**
 * Like `writeFileAtomic`, for a file that must not exist yet: it never replaces one, even one another
 * process created a moment ago under the same name (it fails with EEXIST, and the caller picks another
 * name). The complete file appears under its name at once: a hard link to the finished temporary file,
 * which is then removed. Where the file system has no hard links, an exclusive copy stands in.
 */
export async function writeNewFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeThroughTemp(path, data, async (tempPath) => {
    try {
      await link(tempPath, path);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
      await copyFile(tempPath, path, constants.COPYFILE_EXCL);
    }
  });
}

/** Best effort is not enough here: a cleanup failure is reported together with the original error. */
async function removeTemp(handle: FileHandle | undefined, tempPath: string, cause: unknown): Promise<void> {
  try {
    await handle?.close();
    await rm(tempPath, { force: true });
  } catch (cleanupError) {
    throw new AggregateError(
      [cause, cleanupError],
      `Writing failed and the temporary file ${tempPath} could not be removed`,
    );
  }
}
