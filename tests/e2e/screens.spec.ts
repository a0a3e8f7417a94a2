/**
 * Every screen and dialog, in light and dark: axe finds no serious or critical violation, and a
 * screenshot is written to test-results/screenshots/ for a person to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { AppShell } from './pages/AppShell';
import { DataScreen } from './pages/DataScreen';
import { ProfileScreen, SAMPLE_PROFILE } from './pages/ProfileScreen';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

async function check(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await expectNoSeriousA11yViolations(page, name);
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`every screen is accessible and looked at — ${theme.toLowerCase()} theme`, async ({
    page,
    ledger,
  }) => {
    // Six axe scans and screenshots: more than the default budget on a two-core machine, and up to 75 s
    // with two whole CI runs side by side (the flakiness check).
    test.setTimeout(180_000);
    const shell = new AppShell(page);
    const data = new DataScreen(page);
    const suffix = theme.toLowerCase();
    await ledger.open('/profile');
    await setTheme(page, theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', suffix);
    await check(page, `profile-empty-${suffix}`);

    await shell.goTo('Backup & restore');
    await expect(page.getByText('No backups yet')).toBeVisible();
    await check(page, `data-empty-${suffix}`);

    await shell.goTo('Profile');
    await new ProfileScreen(page).fill(SAMPLE_PROFILE);
    await new ProfileScreen(page).save();
    // An answer older than six months, so the screen shows its warning.
    await new ProfileScreen(page).addAnswer('Lead the storage migration across three teams.', '2025-01-15');
    await expect(page.getByText(/six months ago or more/)).toBeVisible();
    await shell.dismissToasts();
    await check(page, `profile-filled-${suffix}`);

    await shell.goTo('Backup & restore');
    await data.backUpNow();
    await expect(data.backupRows()).toHaveCount(1);
    await data.backUpNow();
    await expect(data.backupRows()).toHaveCount(2);
    await shell.dismissToasts();
    await check(page, `data-with-backups-${suffix}`);

    await data.restoreRow(0);
    await check(page, `dialog-restore-preview-${suffix}`);
    await data.previewDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(data.previewDialog()).toBeHidden();

    await mkdir(ledger.scratch, { recursive: true });
    const bad = join(ledger.scratch, 'not-a-backup.json');
    await writeFile(bad, '{"hello": "world"}');
    ledger.dialogs.nextOpenPath = bad;
    await page.getByRole('button', { name: 'Import / restore…' }).click();
    await expect(data.errorDialog()).toBeVisible();
    await check(page, `dialog-import-error-${suffix}`);
    await page.keyboard.press('Escape');
    await expect(data.errorDialog()).toBeHidden();
    expect(ledger.pageErrors).toEqual([]);
  });
}

test('the app is usable by keyboard alone', async ({ page, ledger }) => {
  await ledger.open('/profile');
  // The form is read from the database after the heading shows; a Tab before it exists would skip it.
  await expect(page.getByLabel('Your name')).toBeVisible();
  // The first Tab reaches the skip link, which moves focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Key Board');
  // Submit the form with Enter from a text field.
  await page.keyboard.press('Enter');
  await expect(new AppShell(page).toast('Profile created.')).toBeVisible();

  // Navigate with the keyboard to the backup screen and back up.
  await page.getByRole('link', { name: 'Backup & restore' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Backup & restore', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).focus();
  await page.keyboard.press('Enter');
  await expect(new DataScreen(page).backupRows()).toHaveCount(1);
  expect(ledger.pageErrors).toEqual([]);
});

test('the theme follows the OS until the user picks one, and the choice is remembered', async ({
  page,
  ledger,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await ledger.open('/profile');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(18, 21, 27)');
  await setTheme(page, 'Light');
  expect(await background()).toBe('rgb(246, 247, 249)');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Theme' }).getByLabel('Light', { exact: true })).toBeChecked();
  expect(await background()).toBe('rgb(246, 247, 249)');
  expect(ledger.pageErrors).toEqual([]);
});
