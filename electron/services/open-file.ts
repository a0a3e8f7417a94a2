/**
 * Backup files opened with the app. On Windows and Linux the file arrives as a command-line argument
 * (of the first launch, or of a second launch that the single-instance lock turns into a message to
 * the running app); on macOS it arrives as an 'open-file' event. This picks it out of an argv.
 */
import { isAbsolute, resolve } from 'node:path';

export const BACKUP_FILE_EXTENSIONS = ['.growthledger', '.json'] as const;

/** The last argument that names a backup file, made absolute against `cwd`; null when there is none. */
export function backupFileFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder ('.').
  for (const arg of [...argv.slice(1)].reverse()) {
    if (arg.startsWith('-')) continue;
    const lower = arg.toLowerCase();
    if (!BACKUP_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) continue;
    if (lower.endsWith('package.json')) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}
