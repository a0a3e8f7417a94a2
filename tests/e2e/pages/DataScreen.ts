import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { parseBackup } from '@shared/domain/backup';
import type { TableData } from '@shared/types/entities';

/**
 * How long the restore preview may take to show. It comes after every record of the file is checked in
 * the backup worker, which a first check has to start (a 220 KB module with the record schemas): on a
 * two-core machine running two CI runs side by side, seen to take over 7 s (the progress bar showed
 * throughout). The app says it is checking; the test waits for it as a user would.
 */
export const PREVIEW_TIMEOUT_MS = 20_000;

/** How long a backup made by hand may take to be written (see `backUpNow`). */
export const BACKUP_TIMEOUT_MS = 30_000;

export class DataScreen {
  constructor(readonly page: Page) {}

  /**
   * The backups the test made (by hand, or before a restore). The app also writes its daily automatic
   * backup 30 s after it starts, which a slow run can reach; those rows are not the test's to count.
   */
  backupRows() {
    return this.page
      .getByRole('table', { name: /Backups on this computer/ })
      .locator('tbody tr')
      .filter({ hasNotText: 'Daily (automatic)' });
  }

  /**
   * Backs up now, and waits as a user would while the app shows its progress: the button is disabled
   * until the backup is written (then its toast is up). Reading and writing the data took over 7 s with
   * two CI runs side by side on two cores, so the wait is long; an idle machine takes a second.
   */
  async backUpNow() {
    const button = this.page.getByRole('button', { name: 'Back up now' });
    await button.click();
    await expect(button).toBeEnabled({ timeout: BACKUP_TIMEOUT_MS });
  }

  /**
   * Backs up now and reads back the file the app says it saved (the toast names it), through the app's
   * own check. Not "the file in the folder": the daily automatic backup may be there too on a slow run.
   */
  async backUpNowAndRead(backupsDir: string): Promise<TableData> {
    await this.backUpNow();
    const toast = this.page.locator('.toasts').getByText(/Backup saved as manual-.*\.json/);
    await expect(toast).toBeVisible();
    const name = /(manual-\S*\.json)/.exec((await toast.textContent()) ?? '')?.[1];
    if (!name) throw new Error('The toast did not name the backup file');
    const backup = await parseBackup(await readFile(join(backupsDir, name), 'utf8'));
    if (!backup.ok) throw backup.error;
    return backup.backup.tables;
  }

  previewDialog() {
    return this.page.getByRole('dialog', { name: 'Restore this backup?' });
  }

  errorDialog() {
    return this.page.getByRole('dialog', { name: "This file can't be restored" });
  }

  async restoreRow(index: number) {
    await this.backupRows()
      .nth(index)
      .getByRole('button', { name: /Restore the backup/ })
      .click();
    await this.previewShown();
  }

  /** Opens the preview of the backup saved as `fileName` (as the toast named it). */
  async restoreFile(fileName: string) {
    await this.backupRows()
      .filter({ has: this.page.locator(`span[title="${fileName}"]`) })
      .getByRole('button', { name: /Restore the backup/ })
      .click();
    await this.previewShown();
  }

  /**
   * Waits for the preview, and for what merging would do in it: the app works that out after the
   * dialog shows (it reads all the data in use), so a screenshot or a count taken at once could miss it.
   */
  async previewShown() {
    await expect(this.previewDialog()).toBeVisible({ timeout: PREVIEW_TIMEOUT_MS });
    await expect(this.previewDialog().getByText('Working out what merging would do…')).toBeHidden();
  }

  /** The merge preview's row for one kind of record, as its cells read: [added, updated, kept, removed, stays deleted]. */
  async mergeCounts(label: string): Promise<number[]> {
    const row = this.previewDialog()
      .getByRole('table', { name: 'What merging would do, by kind of record' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
    return (await row.getByRole('cell').allInnerTexts()).map(Number);
  }

  /** Merges the previewed backup and returns once the app has reloaded into the merged data and said so. */
  async confirmMerge() {
    await this.previewDialog().getByRole('button', { name: 'Merge into my data' }).click();
    await expect(this.previewDialog()).toBeHidden();
    await expect(this.page.locator('.toasts').getByText(/^Merged the backup/)).toBeVisible({
      timeout: 20_000,
    });
  }

  /**
   * Confirms the restore and returns once it is done: the app has reloaded into the restored data and
   * says so. A test that ended while that reload was under way would close the page mid-navigation,
   * which can leave Chromium's target without a reply (the page's close, in teardown, then hangs).
   */
  async confirmRestore() {
    await this.previewDialog().getByRole('button', { name: 'Replace my data' }).click();
    await expect(this.previewDialog()).toBeHidden();
    await expect(this.page.locator('.toasts').getByText(/^Restored \d+ records?\./)).toBeVisible({
      timeout: 20_000,
    });
  }
}
