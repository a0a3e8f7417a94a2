/**
 * Crash-safe file writes: readers see either the old file or the complete new one, never a torn write.
 * A power cut after `rename` but before the data reaches the disk could otherwise leave an empty file
 * under the final name, so the data is fsynced before the rename and the directory entry after it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, chmod } from 'node:fs/promises';
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

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const mode = await existingMode(path);
  const tempPath = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

  let handle: FileHandle | undefined;
  try {
    // 'wx': the name is random, but never clobber a file someone else created under it.
    handle = await open(tempPath, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(tempPath, mode);
    await rename(tempPath, path);
  } catch (error) {
    await removeTemp(handle, tempPath, error);
    throw error;
  }
  await syncDirectory(dir);
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
