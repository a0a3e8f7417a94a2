import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface BragInput {
  title: string;
  date: string;
  kind: 'Delivery' | 'Glue work' | 'Mentorship' | 'Incident' | 'Design' | 'Other';
  impact?: string;
  numbers?: string;
  link?: string;
  competencies?: string[];
}

/** The retrospectives, brag document and feedback pages. */
export class JournalScreen {
  constructor(readonly page: Page) {}

  async goTo(section: 'Retrospectives' | 'Brag document' | 'Feedback') {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: section })
      .click();
    await expect(
      this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section }),
    ).toHaveAttribute('aria-current', 'page');
  }

  saveStatus() {
    return this.page.locator('.save-state');
  }

  async expectSaved() {
    await expect(this.saveStatus()).toContainText('All changes saved');
  }

  async addBrag(input: BragInput) {
    const form = this.page.getByRole('form', { name: 'New brag entry' });
    await form.getByLabel('What did you do?').fill(input.title);
    await form.getByLabel('Date').fill(input.date);
    await form.getByLabel('Kind of work').selectOption({ label: input.kind });
    if (input.impact) await form.getByLabel('Impact').fill(input.impact);
    if (input.numbers) await form.getByLabel('Numbers').fill(input.numbers);
    if (input.link) await form.getByLabel('Link').fill(input.link);
    for (const name of input.competencies ?? []) await form.getByRole('checkbox', { name }).check();
    await form.getByRole('button', { name: 'Add entry' }).click();
    // The form empties itself once the entry is stored.
    await expect(form.getByLabel('What did you do?')).toHaveValue('');
  }

  /** The links of the retrospectives list, one per stored retro. */
  retroLinks() {
    return this.page.getByRole('list', { name: 'Retrospectives' }).getByRole('link');
  }

  timelineEntries() {
    return this.page.getByRole('region', { name: 'Timeline' }).getByRole('article');
  }
}
