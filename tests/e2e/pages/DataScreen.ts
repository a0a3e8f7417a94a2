import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

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

  async backUpNow() {
    await this.page.getByRole('button', { name: 'Back up now' }).click();
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
    await expect(this.previewDialog()).toBeVisible();
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
