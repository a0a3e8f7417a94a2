import { useEffect } from 'react';
import { db } from '@renderer/db/db';
import { watchChanges } from '@renderer/db/change-stamp';
import { errorMessage } from '@shared/errors';

/** How often the running app checks whether today's automatic backup needs writing or refreshing. */
export const AUTO_BACKUP_INTERVAL_MS = 60 * 60 * 1000;
const FIRST_CHECK_DELAY_MS = 30 * 1000;

// From the moment the app loads (App imports this before its first render, so before any write), every
// committed change to the app's database renews its change stamp: see db/change-stamp.ts.
watchChanges(db.name);

/**
 * While the app runs, keeps one automatic backup per day up to date. A check costs nothing when nothing
 * changed since the last automatic backup (no record read, nothing serialised); otherwise the backup
 * worker writes the backup off the main thread, and main skips it when it matches today's file, and
 * rotates old ones.
 */
export function useAutoBackup(onError: (message: string) => void) {
  useEffect(() => {
    let cancelled = false;
    const run = () => {
      // The backup's code (the worker's client and the backup format) loads with the first check, not
      // with the first screen.
      import('../model/backup')
        .then(({ autoBackup }) => autoBackup(db, new Date()))
        .catch((error: unknown) => {
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
