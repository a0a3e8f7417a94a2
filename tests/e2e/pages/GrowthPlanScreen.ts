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

  /** Rates one competency from the "Rate competencies" list (level numbers 1–5). */
  async rate(competency: string, current: number, target: number) {
    const form = this.page.getByRole('form', { name: `Rating of ${competency}` });
    await form.getByLabel(`Current level of ${competency}`).selectOption(String(current));
    await form.getByLabel(`Target level of ${competency}`).selectOption(String(target));
    await form.getByRole('button', { name: `Save rating of ${competency}` }).click();
    await expect(form.getByRole('button', { name: `Save rating of ${competency}` })).toBeDisabled();
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
