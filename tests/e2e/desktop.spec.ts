/**
 * Desktop integration, end to end: the real settings store, reminder scheduler and command outbox run in
 * this Node process on a fake clock (tests/fixtures/fake-desktop.ts), behind the same bridge the app uses.
 * A "notification click" is the click handler main registers on a native Notification.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'date-fns';
import { DEFAULT_SETTINGS, type AppSettings } from '@shared/domain/app-settings';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { REMINDER_LABELS } from '@shared/domain/reminders';
import { emptyTableData } from '@shared/types/entities';
import { expect, test } from './harness';
import { AuditScreen } from './pages/AuditScreen';
import { DataScreen, PREVIEW_TIMEOUT_MS } from './pages/DataScreen';

test('reminder settings changed on screen are what main writes to settings.json', async ({
  page,
  ledger,
}) => {
  const settingsFile = join(ledger.userData, 'settings.json');
  await ledger.open('/settings');
  const group = (name: string) => page.getByRole('group', { name });
  const status = page.getByRole('status').filter({ hasText: /Sav|Not saved/ });

  await page.getByRole('switch', { name: REMINDER_LABELS['log-activities'] }).uncheck();
  await expect(status).toHaveText(/Saved/);
  const feedback = group(REMINDER_LABELS['feedback-before-1on1']);
  await feedback.getByRole('switch').check();
  await feedback.getByLabel('1:1 day').selectOption('2');
  await feedback.getByLabel('1:1 starts at').fill('14:30');
  await feedback.getByLabel('Minutes before').fill('45');
  await group(REMINDER_LABELS.reassess).getByLabel('Every (months)').fill('6');
  await group('Quiet hours').getByLabel('From').fill('22:15');
  await page
    .getByRole('switch', { name: 'Closing the window keeps Growth Ledger running in the tray' })
    .uncheck();
  await expect(status).toHaveText(/Saved/);

  const expected: AppSettings = {
    ...DEFAULT_SETTINGS,
    reminders: {
      ...DEFAULT_SETTINGS.reminders,
      'log-activities': { enabled: false, time: '17:30' },
      'feedback-before-1on1': { enabled: true, setUp: true, weekday: 2, time: '14:30', leadMinutes: 45 },
      reassess: { enabled: true, everyMonths: 6, time: '10:00' },
    },
    quietHours: { enabled: true, start: '22:15', end: '08:00' },
    closeToTray: false,
  };
  await expect
    .poll(async () => JSON.parse(await readFile(settingsFile, 'utf8')) as unknown)
    .toEqual(expected);
  // The scheduler reads the same settings main saved.
  expect(ledger.desktop.desktop.settings.get()).toEqual(expected);
  expect(ledger.pageErrors).toEqual([]);
});

test('a click on a reminder opens the screen it is about', async ({ page, ledger }) => {
  const { desktop, clock, notifier } = ledger.desktop;
  // Only the log reminder is on: which reminder of a running audit comes first otherwise depends on the
  // day and hour the test runs (a Thursday evening, say, when the weekly reflection is next).
  const settings = desktop.settings.get();
  await desktop.updateSettings({
    ...settings,
    reminders: Object.fromEntries(
      Object.entries(settings.reminders).map(([kind, rule]) => [
        kind,
        { ...rule, enabled: kind === 'log-activities' },
      ]),
    ),
  });
  await ledger.open('/audit');
  await new AuditScreen(page).start(format(new Date(), 'yyyy-MM-dd'), 4);
  // The page tells main about the running audit; main then knows when the next log reminder is due.
  await expect.poll(() => desktop.scheduler.context().activeAudit?.weeks).toBe(4);
  await expect.poll(() => desktop.scheduler.next()?.kind).toBe('log-activities');

  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page).toHaveURL(/#\/profile$/);
  clock.advanceTo(desktop.scheduler.next()!.at);
  expect(notifier.shown.map((n) => n.title)).toEqual(['Time to log your day']);

  notifier.shown[0]!.click();
  await expect(page).toHaveURL(/#\/audit$/);
  await expect(page.getByRole('heading', { name: 'Calendar audit', level: 1 })).toBeVisible();
  expect(ledger.desktop.windowShown).toBe(1);
  expect(ledger.pageErrors).toEqual([]);
});

test('a deep link that arrives before the page is ready is followed once it loads', async ({
  page,
  ledger,
}) => {
  ledger.desktop.desktop.openRoute('/feedback');
  await ledger.open('/profile');
  await expect(page).toHaveURL(/#\/feedback$/);
  await expect(page.getByRole('heading', { name: 'Feedback log', level: 1 })).toBeVisible();
  expect(ledger.pageErrors).toEqual([]);
});

test('a backup file opened with the app is offered for restore', async ({ page, ledger }) => {
  // The first check of a file starts the backup worker, and the restore reloads the app: 20-27 s with two
  // CI runs side by side on two cores, past the default 30 s once a third browser joins.
  test.setTimeout(90_000);
  const tables = emptyTableData();
  tables.profile.push({
    id: 'me',
    name: 'Opened From A File',
    currentLevel: 'Senior',
    role: 'Engineer',
    targetTrack: 'em',
    targetDate: null,
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
  });
  const file = join(ledger.userData, 'Team ledger.growthledger');
  await writeFile(
    file,
    serializeBackup(
      await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' }),
    ),
  );
  await ledger.open('/profile');

  ledger.desktop.desktop.openFile(file); // what a double-click on the file does
  const data = new DataScreen(page);
  await expect(data.previewDialog()).toBeVisible({ timeout: PREVIEW_TIMEOUT_MS });
  await expect(data.previewDialog().getByText('Team ledger.growthledger')).toBeVisible();
  await data.confirmRestore();
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Opened From A File');
  expect(ledger.pageErrors).toEqual([]);
});

test('a damaged settings file is set aside and the settings screen says so', async ({ page, ledger }) => {
  const settingsFile = join(ledger.userData, 'settings.json');
  await writeFile(settingsFile, '{"version": 1, "reminders": {');
  await ledger.desktop.desktop.settings.load(); // what the next start of the app does
  await ledger.open('/settings');
  await expect(page.getByRole('alert').filter({ hasText: /settings file was damaged/ })).toBeVisible();
  const files = await readdir(ledger.userData);
  expect(files.filter((f) => f.startsWith('settings.json.corrupt-'))).toHaveLength(1);
  expect(
    await readFile(
      join(
        ledger.userData,
        files.find((f) => f.includes('corrupt'))!,
      ),
      'utf8',
    ),
  ).toBe('{"version": 1, "reminders": {');
  expect(ledger.pageErrors).toEqual([]);
});
