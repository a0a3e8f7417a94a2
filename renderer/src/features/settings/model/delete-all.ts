/**
 * "Delete all my data", the page's half. Order matters, so that a failure leaves something the user can
 * retry and nothing writes old data back:
 * 1. the page stops telling main about its data (reminders), and the backup worker stops (it holds its
 *    own database connections and may be preparing a backup that would otherwise reach main after the
 *    deletion);
 * 2. the app's database connection closes, so nothing on the page reads or writes data any more;
 * 3. main deletes its own files (settings, reminder and window state; the backups only when asked) — if
 *    it refuses, nothing is deleted yet and the database is opened again;
 * 4. every generation of the database is deleted, then the page's localStorage and sessionStorage;
 * 5. the app reloads on Today, which is the first-run screen again.
 */
import type { DeleteAllResult } from '@shared/ipc/contract';
import { db } from '@renderer/db/db';
import { deleteAppDatabases } from '@renderer/db/wipe';
import { pathTo } from '@renderer/navigation';
import { call } from '@renderer/platform/api';
import { reloadWithNotice } from '@renderer/platform/reload';
import { webStorage } from '@renderer/platform/web-storage';
import { errorMessage } from '@shared/errors';
import { deletedNotice } from './delete-all-text';
import { holdReminderUpdates } from './reminder-context';

export async function deleteAllData({ includeBackups }: { includeBackups: boolean }): Promise<void> {
  const release = holdReminderUpdates();
  const { stopBackupWorker } = await import('@renderer/features/backup');
  stopBackupWorker();
  db.close();
  let result: DeleteAllResult;
  try {
    result = await call('data:deleteAll', { includeBackups });
  } catch (error) {
    // The records are all still there: the app goes on with them.
    await db.open();
    release();
    const reason = errorMessage(error);
    throw new Error(
      `Your data was not deleted: ${reason}${/again\.$/.test(reason) ? '' : ' Try again; if it fails again, quit Growth Ledger, start it again and retry.'}`,
    );
  }
  try {
    await deleteAppDatabases(db);
  } catch (error) {
    throw new Error(
      `Your settings were deleted, but your records could not be (${errorMessage(error)}). Quit Growth Ledger, start it again and delete once more.`,
    );
  }
  // The app's origin (app://growth-ledger) is its own: every key in its storage is the app's.
  for (const kind of ['localStorage', 'sessionStorage'] as const) webStorage(kind)?.clear();
  // The reload lands on the first-run screen, not on these settings; no hashchange, so nothing renders first.
  history.replaceState(null, '', `#${pathTo('today')}`);
  reloadWithNotice(deletedNotice(result));
}
