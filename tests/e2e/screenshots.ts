/** Where the e2e suite saves the screenshots a person looks at, and how it takes a whole screen. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/**
 * The whole screen as `<name>.png`. The shell scrolls inside <main>, so a full-page shot would cut it off:
 * the window grows to fit for the shot instead.
 */
export async function shotOfScreen(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  const height = await page.locator('#main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewportSize(size);
}
