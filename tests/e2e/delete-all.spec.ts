/**
 * "Delete all my data" (Settings) against main's real handlers and a real temp userData folder: the app
 * starts as a first run, IndexedDB holds no record, and userData holds nothing of the user's — the
 * backups only when they were kept. The wrong confirmation changes nothing. Axe and screenshots in light
 * and dark (test-results/screenshots/settings-delete-all-*.png).
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DB_NAME } from '@shared/app-identity';
import { SETTINGS_FILE } from '@main/services/settings-store';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test, type Ledger } from './harness';
import { AppShell } from './pages/AppShell';
import { DataScreen } from './pages/DataScreen';
import { DeleteAllSection } from './pages/DeleteAllSection';
import { ProfileScreen, SAMPLE_PROFILE } from './pages/ProfileScreen';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

// A profile, a backup and two deletions through the real handlers: well over the default 30 s on a busy
// two-core machine.
test.describe.configure({ timeout: 90_000 });

/** Every file and folder under `dir`, as sorted relative paths (folders end in "/"). */
async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .map((entry) => {
      const relative = join(entry.parentPath, entry.name).slice(dir.length + 1);
      return entry.isDirectory() ? `${relative}/` : relative;
    })
    .sort();
}

/** Each IndexedDB database of the page's origin with the number of records it holds. */
function databases(page: Page) {
  return page.evaluate(async () => {
    const found: { name: string; records: number }[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error ?? new Error(`could not open ${name}`));
      });
      let records = 0;
      for (const store of Array.from(db.objectStoreNames)) {
        records += await new Promise<number>((done, fail) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error ?? new Error(`could not count ${store}`));
        });
      }
      db.close();
      found.push({ name, records });
    }
    return found;
  });
}

/**
 * Deletes, and lists userData at the moment the app reloads: main has answered and the page has cleared
 * its storage, and the new start has written nothing yet. (The reloaded app's reminders then save their
 * fresh first-run state, as on any first start.)
 */
async function deleteAndLookAtDisk(page: Page, ledger: Ledger, section: DeleteAllSection): Promise<string[]> {
  let onDisk: string[] | null = null;
  await page.route(
    `${ledger.origin}/`,
    async (route) => {
      onDisk = await listAll(ledger.userData);
      await route.continue();
    },
    { times: 1 },
  );
  await section.deleteButton.click();
  await expect(page.getByRole('heading', { name: 'Welcome to Growth Ledger' })).toBeVisible({
    timeout: 20_000,
  });
  expect(onDisk, 'the app reloaded').not.toBeNull();
  return onDisk ?? [];
}

async function createProfileAndBackup(page: Page, ledger: Ledger) {
  const shell = new AppShell(page);
  await ledger.open('/profile');
  await new ProfileScreen(page).create();
  await shell.goTo('Backup & restore');
  await new DataScreen(page).backUpNow();
  await expect(shell.toast(/Backup saved as manual-.*\.json/)).toBeVisible();
  await shell.dismissToasts();
}

test('delete all, keeping the backups and then with them: a first run each time, nothing of ours left', async ({
  page,
  ledger,
}) => {
  await createProfileAndBackup(page, ledger);
  const section = new DeleteAllSection(page);
  await section.open();
  // A setting changed, so main has a settings file to delete.
  await page
    .getByRole('switch', { name: 'Closing the window keeps Growth Ledger running in the tray' })
    .uncheck();
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  const before = await listAll(ledger.userData);
  expect(before).toEqual(expect.arrayContaining(['backups/', SETTINGS_FILE, 'reminder-state.json']));
  expect((await databases(page)).find((db) => db.name === DB_NAME)?.records).toBeGreaterThan(0);

  // The second choice is off by default, and the section says where the backups stay.
  await expect(section.includeBackups).not.toBeChecked();
  await expect(section.region).toContainText(`Your backups stay in ${ledger.backupsDir}`);
  await expect(section.deleteButton).toBeDisabled();
  await section.confirmField.fill('DELETE');
  await expect(section.deleteButton).toBeEnabled();
  const kept = await deleteAndLookAtDisk(page, ledger, section);
  expect(kept.filter((path) => !path.startsWith('backups/'))).toEqual([]);
  expect(kept).toEqual(['backups/', expect.stringMatching(/^backups\/manual-.*\.json$/)]);

  // A first run: Today's welcome with its first step, the notice naming the backups folder, no records.
  await expect(
    new AppShell(page).toast(`All your data was deleted. Your backups are still in ${ledger.backupsDir}`),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create your profile' })).toBeVisible();
  const afterFirst = await databases(page);
  expect(afterFirst.every((db) => db.name === DB_NAME && db.records === 0)).toBe(true);

  // Again, with the backups: nothing at all is left in userData.
  await new AppShell(page).dismissToasts();
  await section.open();
  await expect(
    page.getByRole('switch', { name: 'Closing the window keeps Growth Ledger running in the tray' }),
  ).toBeChecked();
  await section.includeBackups.check();
  await expect(section.region).toContainText('are deleted too: nothing will be left to restore from.');
  await section.confirmField.fill('DELETE');
  await expect(section.deleteButton).toHaveText('Delete all my data and backups');
  expect(await deleteAndLookAtDisk(page, ledger, section)).toEqual([]);
  await expect(
    new AppShell(page).toast('All your data was deleted, backups included. Growth Ledger starts afresh.'),
  ).toBeVisible();
  expect((await databases(page)).every((db) => db.name === DB_NAME && db.records === 0)).toBe(true);
  await new AppShell(page).goTo('Backup & restore');
  await expect(page.getByText('No backups yet')).toBeVisible();
  expect(ledger.pageErrors).toEqual([]);
});

test('the wrong confirmation keeps the button disabled and changes nothing', async ({ page, ledger }) => {
  await ledger.open('/profile');
  const profile = new ProfileScreen(page);
  await profile.create();
  const section = new DeleteAllSection(page);
  await section.open();
  // Main's files, less a write caught half-way (the page saves its reminder context as it loads).
  const files = async () => (await listAll(ledger.userData)).filter((path) => !path.endsWith('.tmp'));
  const before = await files();
  expect(before).toContain('reminder-state.json');
  for (const wrong of ['delete', 'DELET', 'DELETE ALL', 'yes']) {
    await section.confirmField.fill(wrong);
    await expect(section.deleteButton).toBeDisabled();
    // Enter in the field submits the form, which must do nothing either.
    await section.confirmField.press('Enter');
  }
  await page.reload();
  await expect(section.region).toBeVisible();
  await new AppShell(page).goTo('Profile');
  await expect(profile.name).toHaveValue(SAMPLE_PROFILE.name);
  expect(await files()).toEqual(before);
  expect(ledger.pageErrors).toEqual([]);
});

for (const theme of ['Light', 'Dark'] as const) {
  test(`the delete section is accessible and looked at — ${theme.toLowerCase()} theme`, async ({
    page,
    ledger,
  }) => {
    const suffix = theme.toLowerCase();
    await ledger.open('/settings');
    await setTheme(page, theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', suffix);
    const section = new DeleteAllSection(page);
    await expect(section.region).toBeVisible();
    await expect(section.region).toContainText(ledger.backupsDir);
    await section.region.scrollIntoViewIfNeeded();
    await mkdir(SHOTS, { recursive: true });
    await section.region.screenshot({ path: join(SHOTS, `settings-delete-all-${suffix}.png`) });
    await expectNoSeriousA11yViolations(page, `delete section (${suffix})`);

    // Keyboard only: Tab reaches the backup button, the choice, the field and then the enabled button.
    await section.region.getByRole('button', { name: 'Back up now' }).focus();
    await page.keyboard.press('Tab');
    await expect(section.includeBackups).toBeFocused();
    await page.keyboard.press('Space');
    await expect(section.includeBackups).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(section.confirmField).toBeFocused();
    await page.keyboard.type('DELETE');
    await page.keyboard.press('Tab');
    await expect(section.deleteButton).toBeFocused();
    await expect(section.deleteButton).toBeEnabled();
    await section.region.screenshot({ path: join(SHOTS, `settings-delete-all-ready-${suffix}.png`) });
    await expectNoSeriousA11yViolations(page, `delete section, ready to delete (${suffix})`);
    expect(ledger.pageErrors).toEqual([]);
  });
}
