/**
 * "Delete all my data", main's half: removes the files main itself keeps in userData (settings, reminder
 * state, window state, what was moved aside when one of them was damaged, and temporary files of writes
 * cut short) and, only when asked, the backups folder.
 *
 * It never takes a path from the page: it looks at the entries of `userData` (one level, never following a
 * link) and deletes only the names it knows. Anything else in userData (Chromium's own storage, which the
 * page clears itself, or a file the user put there) stays, and nothing outside userData is ever touched.
 */
import { readdir, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { BACKUPS_DIR_NAME } from './backup/backup-store';
import { errorCode } from './files/error-code';
import { REMINDER_STATE_FILE } from './reminders/reminder-state';
import { SETTINGS_FILE } from './settings-store';
import { WINDOW_STATE_FILE } from './window-state';

/** The files main writes into userData itself. */
export const OWN_STATE_FILES = [SETTINGS_FILE, REMINDER_STATE_FILE, WINDOW_STATE_FILE] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A state file, the copy read-json moved aside when it was damaged (`<name>.corrupt-<time>`), or the
 * temporary file of an atomic write of it (`.<name>.<12 hex digits>.tmp`, see files/atomic-write.ts).
 */
const OWN_NAME = new RegExp(
  `^(?:(?:${OWN_STATE_FILES.map(escape).join('|')})(?:\\.corrupt-[0-9A-Za-z-]+)?|\\.(?:${OWN_STATE_FILES.map(
    escape,
  ).join('|')})\\.[0-9a-f]{12}\\.tmp)$`,
);

export function isOwnStateFile(name: string): boolean {
  return OWN_NAME.test(name);
}

export interface DeleteAppFilesResult {
  /** What was removed, as names inside userData (the backups folder as `backups/`). */
  deleted: string[];
  /** The backups folder when it was kept (and exists), so the app can say where the backups are. */
  backupsKept: string | null;
}

export async function deleteAppFiles({
  userData,
  includeBackups,
}: {
  userData: string;
  includeBackups: boolean;
}): Promise<DeleteAppFilesResult> {
  // A relative folder would depend on the working directory: refuse rather than guess.
  if (!isAbsolute(userData)) throw new Error(`The app's data folder must be an absolute path: ${userData}`);
  let entries;
  try {
    entries = await readdir(userData, { withFileTypes: true });
  } catch (error) {
    // No data folder at all: there is nothing of ours to delete.
    if (errorCode(error) === 'ENOENT') return { deleted: [], backupsKept: null };
    throw error;
  }
  const deleted: string[] = [];
  let backupsKept: string | null = null;
  for (const entry of entries) {
    const path = join(userData, entry.name);
    if (entry.name === BACKUPS_DIR_NAME) {
      if (!includeBackups) {
        backupsKept = path;
        continue;
      }
      // A link in place of the folder is removed as a link: rm does not follow it.
      await rm(path, { recursive: true, force: true, maxRetries: 3 });
      deleted.push(`${BACKUPS_DIR_NAME}/`);
      continue;
    }
    // Our names only, and only files (or links, removed as links): a folder with such a name is not ours.
    if (!isOwnStateFile(entry.name) || entry.isDirectory()) continue;
    await rm(path, { force: true });
    deleted.push(entry.name);
  }
  return { deleted: deleted.sort(), backupsKept };
}
