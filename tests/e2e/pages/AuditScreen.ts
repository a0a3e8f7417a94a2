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

  undoBar() {
    return this.page.locator('.audit-undo__bar');
  }
}
