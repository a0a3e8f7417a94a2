import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The sidebar's links (renderer/src/app/sections.tsx). */
export type Section =
  | 'Today'
  | 'Profile'
  | 'Growth plan'
  | 'Staff or EM?'
  | 'Calendar audit'
  | 'Retrospectives'
  | 'Brag document'
  | 'Feedback'
  | 'People'
  | 'Backup & restore'
  | 'Settings';

export class AppShell {
  constructor(readonly page: Page) {}

  /** Opens a section from the sidebar; returns once the sidebar marks it as the current page. */
  async goTo(section: Section) {
    const link = this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: section, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }

  toast(text: string | RegExp) {
    return this.page.locator('.toasts').getByText(text);
  }

  /** The one undo bar (the app shell shows it below the page, with the messages). */
  undoBar() {
    return this.page.locator('.undo-bar__bar');
  }

  /**
   * What the notices strip (messages and the undo bar) covers: every visible button, link, form field,
   * list item or table row whose visible part (clipped by its scrolling containers and the window)
   * overlaps the strip, named by its text. Empty when the strip covers nothing.
   */
  async controlsUnderNotices(): Promise<string[]> {
    return this.page.evaluate(() => {
      const strip = document.querySelector('.notices');
      if (!strip) throw new Error('No notices strip');
      const area = strip.getBoundingClientRect();
      const visiblePart = (element: Element) => {
        let { left, top, right, bottom } = element.getBoundingClientRect();
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const clip = parent.getBoundingClientRect();
          left = Math.max(left, clip.left);
          top = Math.max(top, clip.top);
          right = Math.min(right, clip.right);
          bottom = Math.min(bottom, clip.bottom);
        }
        right = Math.min(right, window.innerWidth);
        bottom = Math.min(bottom, window.innerHeight);
        return right > left && bottom > top ? { left, top, right, bottom } : null;
      };
      const covered: string[] = [];
      const targets = document.querySelectorAll(
        'button, a[href], input, select, textarea, li, tr, [tabindex]',
      );
      for (const element of [...targets, document.activeElement].filter((e): e is Element => e !== null)) {
        if (strip.contains(element) || element.closest('dialog:not([open])')) continue;
        if (getComputedStyle(element).visibility === 'hidden') continue;
        const part = visiblePart(element);
        if (!part) continue;
        const overlaps =
          part.left < area.right &&
          part.right > area.left &&
          part.top < area.bottom &&
          part.bottom > area.top;
        if (overlaps)
          covered.push(
            `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`,
          );
      }
      return covered;
    });
  }

  /** Closes every message at once (in one page task, so a toast timing out meanwhile cannot race the clicks). */
  async dismissToasts() {
    await this.page.evaluate(() => {
      document.querySelectorAll<HTMLButtonElement>('.toast__close').forEach((button) => button.click());
    });
    await expect(this.page.locator('.toast')).toHaveCount(0);
  }
}
