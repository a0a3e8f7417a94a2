/**
 * Focus always lands somewhere useful (issue 15): after starting an audit, stepping back to its first
 * day, saving an activity's edit, Ctrl/Cmd+Shift+N, "Log the answer" and "See my result" with statements
 * unanswered, keyboard focus is on the control the user needs next, never on the page body. Also: a new
 * retro left with nothing typed is not kept. Screenshots of the "See my result" message in light and dark.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { AppShell } from './pages/AppShell';
import { AssessmentScreen } from './pages/AssessmentScreen';
import { AuditScreen } from './pages/AuditScreen';
import { JournalScreen } from './pages/JournalScreen';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/** What has keyboard focus: its tag, role and accessible name as a screen reader would hear it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '');
    return `${el.tagName.toLowerCase()}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

const day = (daysAgo: number) => format(subDays(new Date(), daysAgo), 'yyyy-MM-dd');

test('starting the first audit puts the cursor in the quick-entry line', async ({ page, ledger }) => {
  const audit = new AuditScreen(page);
  await ledger.open('/audit');
  await audit.start(day(0), 4);
  await expect(audit.quickEntry).toBeFocused();
  expect(await focused(page)).toMatch(/^input: Log an activity/);
  expect(ledger.pageErrors).toEqual([]);
});

test('"Previous day" reaching the first day hands focus to "Next day"', async ({ page, ledger }) => {
  const audit = new AuditScreen(page);
  await ledger.open('/audit');
  // Started two days ago: the log opens on today, two steps from the first day.
  await audit.start(day(2), 4);
  const previous = audit.dayButton('Previous day');
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(previous).toBeDisabled();
  await expect(audit.dayButton('Next day')).toBeFocused();
  // Focus stays on "Next day" as it steps forward again.
  await page.keyboard.press('Enter');
  await expect(previous).toBeEnabled();
  await expect(audit.dayButton('Next day')).toBeFocused();
  expect(ledger.pageErrors).toEqual([]);
});

test('saving or cancelling the Edit dialog returns focus to that row', async ({ page, ledger }) => {
  const audit = new AuditScreen(page);
  const shell = new AppShell(page);
  await ledger.open('/audit');
  await audit.start(day(0), 4);
  await audit.quickLog('Incident review 30m +1');
  await audit.quickLog('Email 15m -1');
  await shell.dismissToasts();

  // Save with a new title and an earlier start (the row moves above the other one): focus follows it.
  await audit.editButton('Email').click();
  await audit.editDialog().getByLabel('What did you do?').fill('Email triage');
  await audit.editDialog().getByLabel('Start').fill('07:30');
  await audit.editDialog().getByRole('button', { name: 'Save changes' }).click();
  await expect(audit.editDialog()).toBeHidden();
  await expect(audit.dayList().getByRole('listitem').first()).toContainText('Email triage');
  await expect(audit.editButton('Email triage')).toBeFocused();
  expect(await focused(page)).toBe('button: Edit Email triage');

  // Cancel (and Escape) land there too.
  await audit.editButton('Incident review').click();
  await audit.editDialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(audit.editButton('Incident review')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(audit.editDialog()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(audit.editDialog()).toBeHidden();
  await expect(audit.editButton('Incident review')).toBeFocused();
  expect(ledger.pageErrors).toEqual([]);
});

test('Ctrl/Cmd+Shift+N opens a new retro in its first field; left empty, it is not kept', async ({
  page,
  ledger,
}) => {
  const journal = new JournalScreen(page);
  await ledger.open('/profile');

  // Left for another section with nothing typed: gone.
  await ledger.sendCommand({ type: 'new-retro' });
  await expect(page).toHaveURL(/#\/retros\/[\w-]+$/);
  await expect(page.getByLabel('Project name')).toBeFocused();
  expect(await focused(page)).toBe('input: Project name');
  await journal.goTo('Brag document');
  await journal.goTo('Retrospectives');
  await expect(page.getByRole('heading', { name: 'No retrospectives yet' })).toBeVisible();
  await expect(journal.retroLinks()).toHaveCount(0);

  // The same from the list's own button, left through "All retrospectives".
  await page.getByRole('button', { name: 'New retrospective' }).click();
  await expect(page.getByLabel('Project name')).toBeFocused();
  await page.getByRole('link', { name: 'All retrospectives' }).click();
  await expect(page.getByRole('heading', { name: 'No retrospectives yet' })).toBeVisible();

  // The window closed on an empty one (a fresh load stands in for the next start): gone too.
  await ledger.sendCommand({ type: 'new-retro' });
  await expect(page.getByLabel('Project name')).toBeFocused();
  await ledger.open('/profile');
  await page.reload();
  await journal.goTo('Retrospectives');
  await expect(page.getByRole('heading', { name: 'No retrospectives yet' })).toBeVisible();

  // One with a name typed stays, also when left at once (before the autosave's pause is over).
  await ledger.sendCommand({ type: 'new-retro' });
  await page.getByLabel('Project name').fill('Checkout rewrite');
  await journal.goTo('Brag document');
  await journal.goTo('Retrospectives');
  await expect(journal.retroLinks()).toHaveText(['Checkout rewrite']);
  expect(ledger.pageErrors).toEqual([]);
});

test('"Log the answer" puts the cursor in "What was said"', async ({ page, ledger }) => {
  const journal = new JournalScreen(page);
  await ledger.open('/profile');
  await journal.goTo('Feedback');
  const ask = page.getByRole('form', { name: 'New feedback' });
  await ask.getByLabel('From whom').fill('Priya (manager)');
  await ask.getByLabel('Your question').fill('What should I do more of?');
  await ask.getByRole('button', { name: 'Log it' }).click();
  const pending = page.getByRole('region', { name: 'Waiting for an answer' });
  await pending.getByRole('link', { name: 'Log the answer from Priya (manager)' }).click();
  const answer = page.getByRole('dialog', { name: 'Log the answer' });
  await expect(answer.getByLabel('What was said')).toBeFocused();
  expect(await focused(page)).toBe('textarea: What was said');
  expect(ledger.pageErrors).toEqual([]);
});

test('"See my result" with statements unanswered says what to do and takes focus there', async ({
  page,
  ledger,
}) => {
  test.slow();
  const screen = new AssessmentScreen(page);
  await ledger.open('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(screen.statementCounter()).toHaveText('Statement 1 of 12');

  // All at once, nothing answered.
  await page.getByText('All at once', { exact: true }).click();
  const form = page.getByRole('form', { name: 'All statements' });
  await form.getByRole('button', { name: 'See my result' }).click();
  const message = screen.missingAnswersMessage();
  await expect(message).toBeVisible();
  await expect(message).toBeInViewport();
  await expect(message).toContainText('answer all 12 statements');
  await expect(message).toContainText('12 still unanswered');
  await expect(message).toBeFocused();
  expect(await focused(page)).toMatch(/^div: To see your result/);
  for (const theme of ['Light', 'Dark'] as const) {
    // The theme switch is in the sidebar: the take stays on screen.
    await setTheme(page, theme);
    await form.getByRole('button', { name: 'See my result' }).click();
    await expect(message).toBeFocused();
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `focus-see-my-result-${theme.toLowerCase()}.png`) });
    await expectNoSeriousA11yViolations(page, `"See my result" message (${theme})`);
  }

  // Its button goes to the first statement still unanswered, with the keyboard.
  await form
    .getByRole('radio', { name: /Strongly agree/ })
    .first()
    .check();
  await form.getByRole('button', { name: 'See my result' }).click();
  await expect(message).toContainText('11 still unanswered');
  await message.getByRole('button', { name: 'Go to statement 2' }).click();
  await expect(form.getByRole('group').nth(1).getByRole('radio').first()).toBeFocused();

  // One at a time: on the last statement with most unanswered, the same message and focus.
  await page.getByText('One at a time', { exact: true }).click();
  for (let i = 0; i < 12; i += 1) {
    if (await page.getByRole('button', { name: 'See my result' }).isVisible()) break;
    await page.getByRole('button', { name: 'Next →' }).click();
  }
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(message).toBeVisible();
  await expect(message).toBeFocused();
  await expect(message).toContainText('11 still unanswered');
  expect(ledger.pageErrors).toEqual([]);
});
