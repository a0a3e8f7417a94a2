/**
 * Merging a backup instead of replacing the data with it (issue 14), through the real main-process
 * handlers: an older backup merged into newer data changes nothing and brings no deleted entry back; a
 * newer one (as from another computer) merged into older data adds, updates and removes, as its preview
 * counted. Axe scans and screenshots of the preview (test-results/screenshots/merge-preview-*.png).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { emptyTableData, type BragEntry } from '@shared/types/entities';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test, type Ledger } from './harness';
import { AppShell } from './pages/AppShell';
import { DataScreen, PREVIEW_TIMEOUT_MS } from './pages/DataScreen';
import { JournalScreen } from './pages/JournalScreen';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const STAMP = '2026-01-01T09:00:00.000Z';

// Four restores and three backups through the real handlers, two axe scans: minutes on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

const brag = (id: string, title: string): BragEntry => ({
  id,
  date: '2026-01-01',
  title,
  impact: '',
  numbers: '',
  link: '',
  kind: 'delivery',
  createdAt: STAMP,
  updatedAt: STAMP,
});

/** Three brag entries, imported as a backup file into the empty app. */
async function seed(page: Page, ledger: Ledger) {
  const tables = emptyTableData();
  tables.bragEntries.push(
    brag('b-kept', 'Stays as it was'),
    brag('b-deleted', 'Will be deleted'),
    brag('b-edited', 'Will be edited'),
  );
  await mkdir(ledger.scratch, { recursive: true });
  const path = join(ledger.scratch, 'seed.json');
  await writeFile(
    path,
    serializeBackup(await createBackup(tables, { appVersion: '0.3.0', createdAt: STAMP })),
  );
  await ledger.open('/data');
  ledger.dialogs.nextOpenPath = path;
  await page.getByRole('button', { name: 'Import / restore…' }).click();
  const data = new DataScreen(page);
  await expect(data.previewDialog()).toBeVisible({ timeout: PREVIEW_TIMEOUT_MS });
  await data.confirmRestore();
  await expect(new AppShell(page).toast(/Restored 3 records/)).toBeVisible();
}

/** Backs up now and returns the backup's file name. */
async function backUp(page: Page): Promise<string> {
  const shell = new AppShell(page);
  await new DataScreen(page).backUpNow();
  const toast = shell.toast(/Backup saved as manual-.*\.json/);
  await expect(toast).toBeVisible();
  const fileName = /manual-\S+\.json/.exec(await toast.innerText())?.[0];
  if (!fileName) throw new Error('The backup toast names no file.');
  await shell.dismissToasts();
  return fileName;
}

async function titles(page: Page): Promise<string[]> {
  const journal = new JournalScreen(page);
  await journal.goTo('Brag document');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  return (await journal.timelineEntries().getByRole('heading').allInnerTexts()).sort();
}

async function look(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `merge-preview-${name}.png`) });
  await expectNoSeriousA11yViolations(page, `merge preview (${name})`);
}

test('merge an older backup, then a newer one: nothing deleted comes back, the newer copy wins', async ({
  page,
  ledger,
}) => {
  const shell = new AppShell(page);
  const data = new DataScreen(page);
  const journal = new JournalScreen(page);
  await seed(page, ledger);
  const older = await backUp(page);

  // Change the data after the backup: one entry added, one deleted, one edited.
  await journal.goTo('Brag document');
  await journal.addBrag({ title: 'Added after the backup', date: '2026-02-01', kind: 'Design' });
  await page.getByRole('button', { name: 'Delete “Will be deleted”' }).click();
  await expect(page.getByRole('button', { name: 'Delete “Will be deleted”' })).toBeHidden();
  await page.getByRole('link', { name: 'Edit “Will be edited”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit brag entry' });
  await edit.getByLabel('What did you do?').fill('Edited after the backup');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  const changed = ['Added after the backup', 'Edited after the backup', 'Stays as it was'];
  expect(await titles(page)).toEqual(changed);
  await shell.dismissToasts();

  // The older backup merged in: everything here is newer, and the deleted entry stays deleted.
  await shell.goTo('Backup & restore');
  await data.restoreFile(older);
  await expect(data.previewDialog().getByText(/merging changes nothing/)).toBeVisible();
  expect(await data.mergeCounts('Brag entries')).toEqual([0, 0, 3, 0, 1]);
  await expect(data.previewDialog().getByRole('button', { name: 'Replace my data' })).toBeEnabled();
  await look(page, 'older-light');
  await data.confirmMerge();
  await expect(shell.toast(/Merged the backup: your data already had everything in it\./)).toBeVisible();
  expect(await titles(page)).toEqual(changed);
  await shell.dismissToasts();

  // As from another computer: back up the newer data, go back to the older backup (replace), and merge
  // the newer one into it. It adds, updates and removes what changed since, as its preview counts.
  await shell.goTo('Backup & restore');
  const newer = await backUp(page);
  await data.restoreFile(older);
  await data.confirmRestore();
  expect(await titles(page)).toEqual(['Stays as it was', 'Will be deleted', 'Will be edited']);
  await shell.dismissToasts();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await setTheme(page, 'Dark');
  await shell.goTo('Backup & restore');
  await data.restoreFile(newer);
  await expect(
    data.previewDialog().getByText('Merging adds 1 record, updates 1 and removes 1; 1 stays as it is.'),
  ).toBeVisible();
  expect(await data.mergeCounts('Brag entries')).toEqual([1, 1, 1, 1, 0]);
  await look(page, 'newer-dark');
  await data.confirmMerge();
  await expect(shell.toast(/Merged the backup: 1 record added, 1 updated, 1 removed\./)).toBeVisible();
  expect(await titles(page)).toEqual(changed);
  expect(ledger.pageErrors).toEqual([]);
});
