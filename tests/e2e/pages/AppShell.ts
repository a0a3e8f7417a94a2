import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class AppShell {
  constructor(readonly page: Page) {}

  async goTo(section: 'Profile' | 'Backup & restore') {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: section })
      .click();
    await expect(this.page.getByRole('link', { name: section })).toHaveAttribute('aria-current', 'page');
  }

  toast(text: string | RegExp) {
    return this.page.locator('.toasts').getByText(text);
  }

  /** Closes every message at once (in one page task, so a toast timing out meanwhile cannot race the clicks). */
  async dismissToasts() {
    await this.page.evaluate(() => {
      document.querySelectorAll<HTMLButtonElement>('.toast__close').forEach((button) => button.click());
    });
    await expect(this.page.locator('.toast')).toHaveCount(0);
  }
}
