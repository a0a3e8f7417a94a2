/**
 * Issue 15: one undo for the whole app (Ctrl/Cmd+Z and Edit → Undo bring back a deleted activity, brag
 * entry or plan action; inside a text field they undo the typing instead), and messages that hide no
 * button, row or focused field at the default window size and the smallest supported one.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, setTheme, test, type Ledger } from './harness';
import { AppShell } from './pages/AppShell';
import { AuditScreen } from './pages/AuditScreen';
import { DataScreen } from './pages/DataScreen';
import { GrowthPlanScreen } from './pages/GrowthPlanScreen';
import { JournalScreen } from './pages/JournalScreen';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const SIZES = [
  { name: 'default', width: 1200, height: 800 },
  { name: 'smallest', width: 1024, height: 640 },
] as const;

/**
 * Ctrl/Cmd+Z as the desktop app delivers it: the native menu's Edit → Undo item owns the key and sends
 * the 'undo' command (electron/menu.ts), wherever the focus is; the page decides what it undoes.
 */
async function pressUndo(ledger: Ledger) {
  await ledger.sendCommand({ type: 'undo' });
}

/** Moves the focus off any field, as a click on the page's background does. */
async function focusPage(page: Page) {
  await page.locator('#main').focus();
}

test('Ctrl/Cmd+Z brings back a deleted activity, brag entry and plan action, but not from a text field', async ({
  page,
  ledger,
}) => {
  test.slow();
  const shell = new AppShell(page);

  // The audit: an activity deleted from its Edit dialog.
  const audit = new AuditScreen(page);
  await ledger.open('/audit');
  await audit.start('2026-01-05', 4);
  await audit.showDay('2026-01-06');
  await audit.quickLog('Incident review 1h #deep -1');
  await audit.quickLog('Email 30m #email +0');
  await expect(audit.dayList().getByRole('listitem')).toHaveCount(2);
  await audit.editButton('Email').click();
  await audit.editDialog().getByRole('button', { name: 'Delete' }).click();
  await expect(audit.dayList().getByRole('listitem')).toHaveCount(1);
  await expect(shell.undoBar()).toContainText('Deleted “Email”.');
  await focusPage(page);
  await pressUndo(ledger);
  await expect(audit.dayList().getByRole('listitem')).toHaveCount(2);
  await expect(shell.toast('Undone: Deleted “Email”.')).toBeVisible();
  await expect(shell.undoBar()).toBeHidden();

  // The brag document: deleted at once (no "Are you sure?"), then undone by key even after the bar is
  // dismissed.
  const journal = new JournalScreen(page);
  await journal.goTo('Brag document');
  await journal.addBrag({ title: 'Led the incident review', date: '2026-01-07', kind: 'Incident' });
  await expect(journal.timelineEntries()).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete “Led the incident review”' }).click();
  await expect(journal.timelineEntries()).toHaveCount(0);
  await shell.undoBar().getByRole('button', { name: 'Dismiss' }).click();
  await expect(shell.undoBar()).toBeHidden();

  // In a text field the key undoes the typing and leaves the deleted entry deleted.
  const title = page.getByRole('form', { name: 'New brag entry' }).getByLabel('What did you do?');
  // Entered as one edit (as a paste is): typed key by key on a loaded machine, the browser may keep the
  // keys as several undo steps, and one press took back only "ting" (ci-22).
  await title.fill('Drafting');
  await expect(title).toHaveValue('Drafting');
  await pressUndo(ledger);
  await expect(title).toHaveValue('');
  await expect(journal.timelineEntries()).toHaveCount(0);

  // Out of the field, the same key brings the entry back.
  await focusPage(page);
  await pressUndo(ledger);
  await expect(journal.timelineEntries()).toHaveCount(1);
  await expect(journal.timelineEntries().first()).toContainText('Led the incident review');

  // An edit saved from its dialog is undone the same way: the entry as it was comes back.
  await page.getByRole('link', { name: 'Edit “Led the incident review”' }).click();
  const edit = page.getByRole('form', { name: 'Edit brag entry' });
  await edit.getByLabel('What did you do?').fill('Led the incident review and the follow-ups');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(journal.timelineEntries().first()).toContainText('and the follow-ups');
  await expect(shell.undoBar()).toContainText('Changed “Led the incident review”.');
  await focusPage(page);
  await pressUndo(ledger);
  await expect(journal.timelineEntries().first()).not.toContainText('and the follow-ups');
  await expect(journal.timelineEntries().first()).toContainText('Led the incident review');

  // The growth plan: an action removed, then brought back.
  const plan = new GrowthPlanScreen(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Growth plan' }).click();
  await plan.chooseFramework('Senior → Staff');
  await plan.tab('Rate competencies');
  await plan.openCompetency('Technical direction & architecture');
  await plan.addAction('Write the RFC for the storage split');
  const action = page
    .locator('.gp-action__title')
    .getByText('Write the RFC for the storage split', { exact: true });
  await page.getByRole('button', { name: 'Remove Write the RFC for the storage split' }).click();
  await expect(action).toBeHidden();
  await expect(shell.undoBar()).toContainText('Removed the action “Write the RFC for the storage split”.');
  await focusPage(page);
  await pressUndo(ledger);
  await expect(action).toBeVisible();

  expect(ledger.pageErrors).toEqual([]);
});

async function expectNothingCovered(page: Page, shell: AppShell, shot: string) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expect(page.locator('.notices')).toBeVisible();
    expect(await shell.controlsUnderNotices(), `${shot} at ${size.width}×${size.height}`).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `notices-${shot}-${size.name}.png`) });
  }
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`messages and the undo bar hide no button, row or focused field — ${theme.toLowerCase()} theme`, async ({
    page,
    ledger,
  }) => {
    // Scans and screenshots of each message: up to 55 s with two whole CI runs side by side.
    test.setTimeout(180_000);
    const suffix = theme.toLowerCase();
    const shell = new AppShell(page);
    const data = new DataScreen(page);

    // The backup screen with its table of backups, and several messages at once (the same one twice).
    await ledger.open('/data');
    await setTheme(page, theme);
    await data.backUpNow();
    await expect(data.backupRows()).toHaveCount(1);
    await data.backUpNow();
    await expect(data.backupRows()).toHaveCount(2);
    await data.backUpNow();
    await expect(data.backupRows()).toHaveCount(3);
    await expect(page.locator('.toast')).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Back up now' }).focus();
    await expectNothingCovered(page, shell, `data-${suffix}`);

    // The audit's Log tab with rows, the undo bar and a message.
    await shell.dismissToasts();
    const audit = new AuditScreen(page);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Calendar audit' })
      .click();
    await audit.start('2026-01-05', 4);
    await audit.showDay('2026-01-06');
    for (const line of [
      'Standup 15m #mentoring',
      'Design review 45m #design +1',
      'Email 30m #email +0',
      'Pairing 1h #deep +2',
    ]) {
      await audit.quickLog(line);
    }
    await audit.editButton('Email').click();
    await audit.editDialog().getByRole('button', { name: 'Delete' }).click();
    await expect(shell.undoBar()).toBeVisible();
    await audit.quickEntry.focus();
    await expectNothingCovered(page, shell, `audit-log-${suffix}`);

    // The retro editor's footer (Delete, Export) with the export's message.
    await shell.dismissToasts();
    const journal = new JournalScreen(page);
    await journal.goTo('Retrospectives');
    await page.getByRole('button', { name: 'New retrospective' }).click();
    await page.getByLabel('Project name').fill('Payments migration');
    await page.getByLabel('What went well').fill('Small, reversible steps.');
    const path = join(ledger.scratch, 'retro.md');
    await mkdir(ledger.scratch, { recursive: true });
    ledger.dialogs.nextSavePath = path;
    await page.getByRole('button', { name: 'Export as Markdown…' }).click();
    await expect(shell.toast(`Saved to ${path}`)).toBeVisible();
    await page.getByRole('button', { name: 'Export as Markdown…' }).focus();
    await expectNothingCovered(page, shell, `retro-editor-${suffix}`);
    expect(ledger.pageErrors).toEqual([]);
  });
}
