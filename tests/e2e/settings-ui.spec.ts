/**
 * The settings screen and the keyboard shortcut sheet, against main's real settings and reminder code:
 * every control is there and labelled, each change is saved at once, a bad value is refused on the
 * spot, and both screens pass axe in light and dark (with screenshots in test-results/screenshots/).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import { REMINDER_LABELS } from '@shared/domain/reminders';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { AppShell } from './pages/AppShell';
import { AuditScreen } from './pages/AuditScreen';
import { DataScreen, PREVIEW_TIMEOUT_MS } from './pages/DataScreen';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/** The whole page in one picture: the content scrolls inside <main>, so the window grows to fit it. */
async function shoot(page: Page, name: string, fullHeight = false) {
  await mkdir(SHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1200, height: 820 };
  if (fullHeight) {
    const height = await page.locator('#main').evaluate((main) => main.scrollHeight);
    await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  }
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  if (fullHeight) await page.setViewportSize(size);
}

function reminder(page: Page, kind: keyof typeof REMINDER_LABELS) {
  return page.getByRole('group', { name: REMINDER_LABELS[kind] });
}

test('every setting has a labelled control, each change is saved at once and bad values are refused', async ({
  page,
  ledger,
}) => {
  await ledger.open('/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }),
  ).toHaveAttribute('aria-current', 'page');

  for (const label of Object.values(REMINDER_LABELS)) {
    await expect(page.getByRole('switch', { name: label })).toBeVisible();
  }
  await expect(reminder(page, 'log-activities').getByLabel('Time')).toHaveValue('17:30');
  await expect(reminder(page, 'weekly-reflection').getByLabel('Day')).toHaveValue('4');
  await expect(reminder(page, 'feedback-before-1on1').getByLabel('1:1 day')).toBeVisible();
  await expect(reminder(page, 'feedback-before-1on1').getByLabel('1:1 starts at')).toBeVisible();
  await expect(reminder(page, 'feedback-before-1on1').getByLabel('Minutes before')).toHaveValue('60');
  await expect(reminder(page, 'reassess').getByLabel('Every (months)')).toHaveValue('3');
  await expect(reminder(page, 'log-activities')).toContainText(
    'Not scheduled: no calendar audit is running.',
  );
  const quiet = page.getByRole('group', { name: 'Quiet hours' });
  await expect(quiet.getByRole('switch', { name: 'Hold reminders during quiet hours' })).toBeChecked();
  await expect(quiet.getByLabel('From')).toHaveValue('21:00');
  await expect(quiet.getByLabel('Until')).toHaveValue('08:00');
  const tray = page.getByRole('switch', {
    name: 'Closing the window keeps Growth Ledger running in the tray',
  });
  await expect(tray).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Start Growth Ledger when I log in' })).not.toBeChecked();

  // A change is saved as it is made, and survives a reload (it lives in main's settings file).
  const status = page.getByRole('status').filter({ hasText: /Sav|Not saved/ });
  await reminder(page, 'feedback-before-1on1').getByRole('switch').check();
  await expect(status).toHaveText(/Saved/);
  await expect(reminder(page, 'feedback-before-1on1')).toContainText(/Next: \w{3} \d{1,2} \w{3}/);
  await tray.uncheck();
  await expect(status).toHaveText(/Saved/);

  // An emptied time is marked and not sent; a good one is saved.
  const retroTime = reminder(page, 'retro-due').getByLabel('Time');
  await retroTime.fill('');
  await expect(retroTime).toHaveAttribute('aria-invalid', 'true');
  await expect(reminder(page, 'retro-due')).toContainText('Enter a time, such as 17:30.');
  await expect(status).toHaveText('Not saved: correct the marked field');
  await retroTime.fill('11:15');
  await expect(retroTime).not.toHaveAttribute('aria-invalid');
  await expect(status).toHaveText(/Saved/);

  await page.reload();
  await expect(reminder(page, 'retro-due').getByLabel('Time')).toHaveValue('11:15');
  await expect(reminder(page, 'feedback-before-1on1').getByRole('switch')).toBeChecked();
  await expect(tray).not.toBeChecked();

  // The test notification goes through main's notifier.
  await page.getByRole('button', { name: 'Send a test notification' }).click();
  await expect(page.getByText(/^Sent\./)).toBeVisible();
  expect(ledger.desktop.notifier.shown).toHaveLength(1);
  expect(ledger.pageErrors).toEqual([]);
});

test('the "Next" lines follow the data: a running audit schedules the daily and weekly reminders', async ({
  page,
  ledger,
}) => {
  await ledger.open('/audit');
  await new AuditScreen(page).start(format(new Date(), 'yyyy-MM-dd'), 4);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await expect(reminder(page, 'log-activities')).toContainText(/Next: /);
  await expect(reminder(page, 'weekly-reflection')).toContainText(/Next: /);
  await expect(reminder(page, 'retro-due')).toContainText('Not scheduled');
  expect(ledger.pageErrors).toEqual([]);
});

for (const theme of ['Light', 'Dark'] as const) {
  test(`settings and the shortcut sheet are accessible and looked at — ${theme.toLowerCase()} theme`, async ({
    page,
    ledger,
  }) => {
    test.slow();
    const suffix = theme.toLowerCase();
    await ledger.open('/settings');
    await setTheme(page, theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', suffix);
    await expect(page.getByRole('switch', { name: REMINDER_LABELS.reassess })).toBeVisible();
    await expect(reminder(page, 'log-activities')).toContainText('Not scheduled');
    await shoot(page, `settings-${suffix}`, true);
    await expectNoSeriousA11yViolations(page, `settings (${suffix})`);

    // Ctrl+/ opens the sheet from anywhere, Escape closes it.
    await page.getByRole('switch', { name: REMINDER_LABELS['log-activities'] }).focus();
    await page.keyboard.press('Control+/');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'Go to' })).toBeVisible();
    await expect(sheet.locator('kbd', { hasText: 'Ctrl+Shift+N' })).toBeVisible();
    await shoot(page, `dialog-shortcuts-${suffix}`);
    await expectNoSeriousA11yViolations(page, `shortcut sheet (${suffix})`);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    // What the screen shows when things are not right: a damaged settings file, a bad value, and a
    // machine that can neither start the app at login nor show notifications.
    await writeFile(join(ledger.userData, 'settings.json'), '{"version": 1, "reminders": ');
    await ledger.desktop.desktop.settings.load();
    ledger.desktop.loginItem.supported = false;
    ledger.desktop.loginItem.reason = 'This system does not let apps start themselves at login.';
    ledger.desktop.notifier.supported = false;
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'Your settings file was damaged' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Start Growth Ledger when I log in' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Send a test notification' })).toBeDisabled();
    await reminder(page, 'reassess').getByLabel('Every (months)').fill('40');
    await expect(reminder(page, 'reassess')).toContainText('Enter a number of months from 1 to 24.');
    await shoot(page, `settings-problems-${suffix}`, true);
    await expectNoSeriousA11yViolations(page, `settings with problems (${suffix})`);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
    expect(ledger.pageErrors).toEqual([]);
  });
}

test('the shortcut sheet opens from the sidebar and from the menu command', async ({ page, ledger }) => {
  await ledger.open('/profile');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
  // Focus goes back to the button that opened it.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();

  await ledger.sendCommand({ type: 'shortcuts' });
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  expect(ledger.pageErrors).toEqual([]);
});

test('quick log and new retrospective commands open the right screen', async ({ page, ledger }) => {
  const shell = new AppShell(page);
  await ledger.open('/profile');
  await ledger.sendCommand({ type: 'quick-log' });
  await expect(page.getByRole('heading', { name: 'Calendar audit', level: 1 })).toBeVisible();
  await expect(shell.toast('Start an audit to log activities.')).toBeVisible();

  const audit = new AuditScreen(page);
  await audit.start(format(new Date(), 'yyyy-MM-dd'), 4);
  await shell.dismissToasts();
  await ledger.open('/profile');
  await ledger.sendCommand({ type: 'quick-log' });
  await expect(audit.quickEntry).toBeFocused();

  await ledger.sendCommand({ type: 'new-retro' });
  await expect(page).toHaveURL(/#\/retros\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: 'Project retrospectives', level: 1 })).toBeVisible();
  expect(ledger.pageErrors).toEqual([]);
});

test('a backup file opened with the app is previewed for restore, also when it came before the page', async ({
  page,
  ledger,
}) => {
  const data = new DataScreen(page);
  await ledger.open('/data');
  await data.backUpNow();
  await expect(data.backupRows()).toHaveCount(1);
  const [file] = await readdir(ledger.backupsDir);
  const path = join(ledger.backupsDir, file ?? '');

  // While the page listens: the command arrives at once.
  await ledger.open('/profile');
  ledger.desktop.desktop.openFile(path);
  await expect(data.previewDialog()).toBeVisible({ timeout: PREVIEW_TIMEOUT_MS });
  await expect(page.getByRole('heading', { name: 'Backup & restore', level: 1 })).toBeVisible();
  await data.previewDialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(data.previewDialog()).toBeHidden();

  // Before the page listens (the file started the app): the page asks for it once it is ready.
  ledger.desktop.desktop.outbox.detach();
  ledger.desktop.desktop.openFile(path);
  await ledger.open('/profile');
  await page.reload();
  await expect(data.previewDialog()).toBeVisible({ timeout: PREVIEW_TIMEOUT_MS });
  await data.confirmRestore();
  expect(ledger.pageErrors).toEqual([]);
});
