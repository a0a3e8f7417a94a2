import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export type AuditTab = 'Log' | 'Weekly reflection' | 'Results' | 'Categories & rules' | 'All audits';

export class AuditScreen {
  constructor(readonly page: Page) {}

  async start(startDate: string, weeks: 4 | 5 | 6) {
    await this.page.getByLabel('First day').fill(startDate);
    await this.page.getByRole('radio', { name: `${weeks} weeks` }).check();
    await this.page.getByRole('button', { name: 'Start the audit' }).click();
    await expect(this.page.getByRole('heading', { name: /^Audit of/ })).toBeVisible();
  }

  async tab(name: AuditTab) {
    const link = this.page.getByRole('navigation', { name: 'Audit sections' }).getByRole('link', { name });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }

  get quickEntry() {
    return this.page.getByLabel('Log an activity');
  }

  async showDay(date: string) {
    await this.page.locator('#audit-day').fill(date);
  }

  /** Types a quick-entry line and presses Enter, keyboard only. */
  async quickLog(line: string) {
    await this.quickEntry.focus();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
    await expect(this.quickEntry).toHaveValue('');
  }

  dayList() {
    return this.page.getByRole('list', { name: /^Activities on/ });
  }

  importDialog() {
    return this.page.getByRole('dialog', { name: /^Import from/ });
  }

  importRow(title: string) {
    return this.importDialog().getByRole('row').filter({ hasText: title });
  }

  async rateInImport(rowLabel: RegExp, energyName: string) {
    await this.importDialog()
      .getByRole('radiogroup', { name: rowLabel })
      .getByRole('radio', { name: energyName, exact: true })
      .check();
  }

  fitCard() {
    return this.page.getByRole('region', { name: 'Fit reading' });
  }

  stat(label: string) {
    return this.page.locator('.audit-stat').filter({ hasText: label }).locator('.audit-stat__value');
  }

  dayButton(name: 'Previous day' | 'Next day') {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The Edit button of a row in the day or week list (its name ends with the activity's title). */
  editButton(title: string) {
    return this.page.getByRole('button', { name: `Edit ${title}`, exact: true });
  }

  editDialog() {
    return this.page.getByRole('dialog', { name: 'Edit activity' });
  }

  /** The app-wide undo bar (the app shell shows it, next to the messages). */
  undoBar() {
    return this.page.locator('.undo-bar__bar');
  }

  /** What the quick-entry line says it will log (or what is wrong with it). */
  quickPreview() {
    return this.page.locator('.audit-quick__preview');
  }

  /**
   * Types `text` into the focused field one character per key press and returns the number of keys
   * pressed (a shifted character, like "!", counts as one key).
   */
  async typeCountingKeys(text: string): Promise<number> {
    let keys = 0;
    for (const char of text) {
      await this.page.keyboard.type(char);
      keys += 1;
    }
    return keys;
  }

  dayRow(title: string) {
    return this.dayList().getByRole('listitem').filter({ hasText: title });
  }

  async showWeek() {
    await this.page.getByRole('radio', { name: 'Week view' }).check();
  }

  weekList() {
    return this.page.getByRole('list', { name: /^Activities in week/ });
  }

  /**
   * The rendered rows of one day (`YYYY-MM-DD`) in the week list. The list is virtualised (one list, the
   * first row of each day carrying its heading), so a day is its rows' `data-date`, not a section.
   */
  weekDay(date: string) {
    return this.weekList().locator(`[data-date="${date}"]`);
  }

  /** The stored activities, read straight from IndexedDB (as the app wrote them). */
  async storedEntries(dbName: string): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(async (name) => {
      const request = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      const read = db.transaction('auditEntries').objectStore('auditEntries').getAll();
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        read.onsuccess = () => resolve(read.result as Record<string, unknown>[]);
        read.onerror = () => reject(new Error(String(read.error)));
      });
      db.close();
      return rows;
    }, dbName);
  }
}
