import { mkdir, open, readdir, writeFile } from 'node:fs/promises';
import type { Page, Route } from '@playwright/test';
import { join } from 'node:path';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { emptyTableData } from '@shared/types/entities';
import { expect, test, type Ledger } from './harness';
import { AppShell } from './pages/AppShell';
import { DataScreen } from './pages/DataScreen';
import { ProfileScreen } from './pages/ProfileScreen';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';

const BRAG = {
  id: 'b1',
  date: '2026-10-01',
  title: 'Shipped the migration',
  impact: '',
  numbers: '',
  link: '',
  kind: 'delivery' as const,
  createdAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-10-01T10:00:00.000Z',
};

/** A backup with a correct checksum holding these brag entries (the app's own writer makes it). */
async function backupTextOf(entries: (typeof BRAG)[]): Promise<string> {
  const tables = emptyTableData();
  tables.bragEntries.push(...entries);
  return serializeBackup(
    await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-10-02T10:00:00.000Z' }),
  );
}

interface Variants {
  valid: string;
  repeatedId: string;
  year9999: string;
}

const BAD_FILES: { name: string; make: (variants: Variants) => string; message: RegExp }[] = [
  {
    name: 'malformed.json',
    make: () => '{ "format": "growth-ledger-backup", ',
    message: /not valid JSON, so it may be truncated/,
  },
  {
    name: 'truncated.json',
    make: ({ valid }) => valid.slice(0, Math.floor(valid.length * 0.6)),
    message: /not valid JSON/,
  },
  { name: 'empty.json', make: () => '', message: /The file is empty/ },
  {
    name: 'other-app.json',
    make: () => JSON.stringify({ version: 3, notes: [] }),
    message: /not a Growth Ledger backup/,
  },
  {
    name: 'future.json',
    make: ({ valid }) => valid.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, '"schemaVersion": 99'),
    message: new RegExp(`data version 99, but this app understands up to version ${CURRENT_SCHEMA_VERSION}`),
  },
  {
    name: 'tampered.json',
    make: ({ valid }) => valid.replace('Shipped the migration', 'Shipped the migratioN'),
    message: /checksum does not match/,
  },
  // Issue 14: each of these passed the check before, and failed (or broke a screen) only later.
  {
    name: 'repeated-id.json',
    make: ({ repeatedId }) => repeatedId,
    message: /Brag entries, record 2: its id "b1" is also the id of record 1.*choose another backup/,
  },
  {
    name: 'year-9999.json',
    make: ({ year9999 }) => year9999,
    message: /Brag entries, record 1: date: expected a date between 1900 and 2199/,
  },
  {
    name: 'deep.json',
    make: ({ valid }) =>
      valid.replace('"tables": {', `"extra": ${'['.repeat(50_000)}${']'.repeat(50_000)}, "tables": {`),
    message: /nests its data more than 64 levels deep/,
  },
];

/** A profile with a name to keep, then the Backup & restore screen, with the scratch folder for files to choose. */
async function keepAProfileAndOpenBackups(page: Page, ledger: Ledger, shell: AppShell) {
  await ledger.open('/profile');
  await page.getByLabel('Your name').fill('Keep Me');
  await new ProfileScreen(page).save();
  await shell.goTo('Backup & restore');
  await mkdir(ledger.scratch, { recursive: true });
}

/** Nothing was restored (the profile is as kept), no safety backup was needed, and the page logged no error. */
async function expectNothingChanged(page: Page, ledger: Ledger, shell: AppShell) {
  await shell.goTo('Profile');
  await expect(page.getByLabel('Your name')).toHaveValue('Keep Me');
  expect(await readdir(ledger.backupsDir).catch(() => [])).toEqual([]);
  expect(ledger.pageErrors).toEqual([]);
}

test('bad files are refused with a clear message and change nothing', async ({ page, ledger }) => {
  const shell = new AppShell(page);
  const data = new DataScreen(page);
  await keepAProfileAndOpenBackups(page, ledger, shell);
  const variants: Variants = {
    valid: await backupTextOf([BRAG]),
    repeatedId: await backupTextOf([BRAG, { ...BRAG, title: 'Same id, other entry' }]),
    year9999: await backupTextOf([{ ...BRAG, date: '9999-12-31' }]),
  };
  for (const bad of BAD_FILES) {
    const path = join(ledger.scratch, bad.name);
    await writeFile(path, bad.make(variants));
    ledger.dialogs.nextOpenPath = path;
    await page.getByRole('button', { name: 'Import / restore…' }).click();
    const dialog = data.errorDialog();
    await expect(dialog, bad.name).toBeVisible();
    await expect(dialog.getByText(bad.name)).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveText(bad.message);
    await expect(dialog.getByText('Nothing was changed')).toBeVisible();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }

  // A file over the 100 MB limit is refused by main before it is read (a sparse file: no real disk use).
  const huge = join(ledger.scratch, 'huge.json');
  const handle = await open(huge, 'w');
  await handle.truncate(101 * 1024 * 1024);
  await handle.close();
  ledger.dialogs.nextOpenPath = huge;
  await page.getByRole('button', { name: 'Import / restore…' }).click();
  await expect(
    shell.toast(/"huge\.json" is 101\.0 MB; a backup can be at most 100 MB\. Nothing was changed\./),
  ).toBeVisible();

  // The CSP and console stay clean; the bad files never reached the page as anything but text.
  await expectNothingChanged(page, ledger, shell);
});

test('a record that fails validation names the table and the field', async ({ page, ledger }) => {
  const data = new DataScreen(page);
  await ledger.open('/data');
  await mkdir(ledger.scratch, { recursive: true });
  const tables = emptyTableData();
  const backup = await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-10-02T10:00:00.000Z' });
  // A record with an out-of-range energy value, with a checksum that matches (so only validation can catch it).
  const bad = {
    ...backup,
    tables: {
      ...backup.tables,
      trials: [
        {
          id: 't1',
          track: 'staff',
          title: 'Lead an RFC',
          ideaKey: null,
          startDate: '2026-10-01',
          endDate: null,
          status: 'running',
          notes: '',
          energy: 7,
          signalAnswer: '',
          createdAt: '2026-10-01T10:00:00.000Z',
          updatedAt: '2026-10-01T10:00:00.000Z',
        },
      ],
    },
  };
  const { sha256Hex } = await import('@shared/domain/backup');
  bad.checksum = { algorithm: 'sha-256', value: await sha256Hex(JSON.stringify(bad.tables)) };
  const path = join(ledger.scratch, 'invalid-record.json');
  await writeFile(path, JSON.stringify(bad));
  ledger.dialogs.nextOpenPath = path;
  await page.getByRole('button', { name: 'Import / restore…' }).click();
  await expect(data.errorDialog().getByRole('alert')).toHaveText(
    /Trials, record 1: energy: should be at most 2\. The file was edited or damaged.*choose another backup/,
  );
  expect(ledger.pageErrors).toEqual([]);
});

// The backup worker reads the file main parked for it, once, within two minutes (shared/ipc/file-ticket.ts).
// The server answers a ticket used up or expired with a 404; here it answers the worker's read so.
test('a file that is gone when the worker reads it asks to be chosen again, and changes nothing', async ({
  page,
  ledger,
}) => {
  const shell = new AppShell(page);
  const data = new DataScreen(page);
  await keepAProfileAndOpenBackups(page, ledger, shell);
  const path = join(ledger.scratch, 'chosen.growthledger');
  await writeFile(path, await backupTextOf([BRAG]));

  const reads: number[] = [];
  const gone = async (route: Route) => {
    reads.push(404);
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  };
  await page.context().route('**/__file/*', gone);
  ledger.dialogs.nextOpenPath = path;
  await page.getByRole('button', { name: 'Import / restore…' }).click();
  const dialog = data.errorDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('chosen.growthledger')).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveText(
    /no longer ready to be checked.*Nothing was changed\. Choose the file again\./,
  );
  expect(reads).toEqual([404]);
  await dialog.getByRole('button', { name: 'OK' }).click();

  // Chosen again: a new ticket, which the worker reads from the app, and the preview shows.
  await page.context().unroute('**/__file/*', gone);
  const served: number[] = [];
  page.context().on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/__file/')) served.push(response.status());
  });
  ledger.dialogs.nextOpenPath = path;
  await page.getByRole('button', { name: 'Import / restore…' }).click();
  await data.previewShown();
  expect(served).toEqual([200]);
  await data.previewDialog().getByRole('button', { name: 'Cancel' }).click();

  await expectNothingChanged(page, ledger, shell);
});
