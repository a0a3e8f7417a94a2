import { useEffect } from 'react';
import { db } from '@renderer/db/db';
import { saveBackup } from '../model/backup';
import { errorMessage } from '@shared/errors';

/** How often the running app checks whether today's automatic backup needs writing or refreshing. */
export const AUTO_BACKUP_INTERVAL_MS = 60 * 60 * 1000;
const FIRST_CHECK_DELAY_MS = 30 * 1000;

/**
 * While the app runs, keeps one automatic backup per day up to date (main skips it when nothing
 * changed or the database is empty, and rotates old ones).
 */
export function useAutoBackup(onError: (message: string) => void) {
  useEffect(() => {
    let cancelled = false;
    const run = () => {
      saveBackup(db, 'auto', new Date()).catch((error: unknown) => {
        if (!cancelled) onError(`The automatic backup failed: ${errorMessage(error)}`);
      });
    };
    // Not at the very first paint: start-up stays quick, and the first check still happens soon.
    const first = setTimeout(run, FIRST_CHECK_DELAY_MS);
    const timer = setInterval(run, AUTO_BACKUP_INTERVAL_MS);
    return () => {
      cancelled = true;
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [onError]);
}
