import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The growth plan (#/plan): framework choice, rating, the skill map, competency details and actions. */
export class GrowthPlanScreen {
  constructor(readonly page: Page) {}

  async tab(name: 'Skill map' | 'Rate competencies' | 'Actions' | 'Promotion checklist' | 'Framework') {
    await this.page
      .getByRole('navigation', { name: 'Growth plan' })
      .getByRole('link', { name, exact: true })
      .click();
  }

  async chooseFramework(name: 'Senior → Staff' | 'Engineering Manager' | 'Start from a blank framework') {
    await this.page.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
    await this.page.getByRole('button', { name: /Use this framework|Create my framework/ }).click();
    await expect(this.page.getByRole('navigation', { name: 'Growth plan' })).toBeVisible();
  }

  /** A level cell of the "Rate competencies" grid. */
  levelCell(which: 'Current' | 'Target', competency: string) {
    const name = competency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('gridcell', { name: new RegExp(`^${which} level of ${name}: `) });
  }

  /**
   * Rates one competency in the "Rate competencies" grid from the keyboard (level numbers 1–5): a digit
   * sets the focused cell and moves on to the next, and each change saves itself.
   */
  async rate(competency: string, current: number, target: number) {
    await this.levelCell('Current', competency).focus();
    await this.page.keyboard.press(String(current));
    await expect(this.levelCell('Target', competency)).toBeFocused();
    await this.page.keyboard.press(String(target));
    await expect(this.levelCell('Current', competency)).toHaveAccessibleName(new RegExp(`: ${current} · `));
    await expect(this.levelCell('Target', competency)).toHaveAccessibleName(new RegExp(`: ${target} · `));
  }

  async openCompetency(name: string) {
    await this.page.getByRole('link', { name, exact: true }).first().click();
    await expect(this.page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }

  async addAction(title: string, due?: string) {
    const form = this.page.getByRole('form', { name: /^New action for/ });
    await form.getByLabel('New action').fill(title);
    if (due) await form.getByLabel('Due (optional)').fill(due);
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect(this.page.locator('.gp-action__title').getByText(title, { exact: true })).toBeVisible();
  }

  gapItems() {
    return this.page.getByTestId('gp-gaps').getByRole('listitem');
  }

  radar() {
    return this.page.locator('.gp-radar .radar-plot__series');
  }

  historyRows() {
    return this.page.getByTestId('gp-history').locator('tbody tr');
  }
}
