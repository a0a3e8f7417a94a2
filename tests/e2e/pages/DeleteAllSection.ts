import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { AppShell } from './AppShell';

/** The "Delete all my data" section at the end of the settings screen (#/settings). */
export class DeleteAllSection {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Delete all my data' });
  }

  get confirmField() {
    return this.region.getByLabel('Type DELETE to confirm');
  }

  get includeBackups() {
    return this.region.getByRole('checkbox', { name: 'Also delete my backups' });
  }

  get deleteButton() {
    return this.region.getByRole('button', { name: /^Delete all my data/ });
  }

  /** Opens Settings from the sidebar and brings the section into view. */
  async open() {
    await new AppShell(this.page).goTo('Settings');
    await expect(this.region).toBeVisible();
    await this.region.scrollIntoViewIfNeeded();
  }
}
