/**
 * The Staff-vs-EM self-assessment: taken by keyboard alone, retaken, drift shown; answers survive a
 * reload mid-way; the result feeds the plan only after a confirmation; decision and trials; axe and
 * screenshots of every screen and dialog in light and dark.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { AppShell } from './pages/AppShell';
import { AssessmentScreen } from './pages/AssessmentScreen';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/** Screenshots the whole page (the content scrolls inside <main>, so the viewport grows to fit it). */
async function check(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1200, height: 820 };
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 0);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: join(SHOTS, `assessment-${name}.png`) });
  await page.setViewportSize(viewport);
  await expectNoSeriousA11yViolations(page, name);
}

// Staff 27 vs EM 12 → Staff; then Staff 12 vs EM 27 → EM.
const STAFF_ANSWERS = [5, 5, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2];
const EM_ANSWERS = [2, 2, 2, 2, 2, 2, 5, 5, 5, 4, 4, 4];

test('take by keyboard alone → result → retake → history with two points and the drift message', async ({
  page,
  ledger,
}) => {
  test.slow();
  const screen = new AssessmentScreen(page);
  await ledger.open('/assessment');
  await expect(page.getByRole('heading', { name: 'Staff or manager?', level: 1 })).toBeVisible();

  // Keyboard only: Tab to the start button and press Enter; focus then lands on the first statement's answers.
  const start = page.getByRole('button', { name: 'Start the assessment' });
  for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(screen.statementCounter()).toHaveText('Statement 1 of 12');
  await expect(screen.statement().getByRole('radio').first()).toBeFocused();

  // Arrows move between statements too.
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowRight');
  await expect(screen.statementCounter()).toHaveText('Statement 2 of 12');
  await page.keyboard.press('ArrowLeft');
  await expect(screen.statementCounter()).toHaveText('Statement 1 of 12');
  await expect(screen.statement().getByRole('radio', { name: 'Neither agree nor disagree' })).toBeChecked();

  await screen.answerByKeyboard(STAFF_ANSWERS);
  await expect(page.getByRole('heading', { name: 'Your latest result' })).toBeFocused();
  await expect(screen.result()).toContainText('Leaning Staff engineer');
  await expect(screen.result()).toContainText('27');
  await expect(screen.result()).toContainText('Staff is 15 points ahead.');
  await expect(screen.result().getByRole('heading', { name: 'What drove this result' })).toBeVisible();
  await expect(screen.result().locator('.assessment-drivers li')).toHaveCount(4);

  // Retake, still by keyboard: Tab to "Retake the assessment" and Enter.
  const retake = page.getByRole('button', { name: 'Retake the assessment' });
  for (let i = 0; i < 10 && !(await retake.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(retake).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Retake the assessment' })).toBeVisible();
  await expect(screen.progressText()).toContainText('0 of 12 answered');
  await screen.answerByKeyboard(EM_ANSWERS);
  await expect(screen.result()).toContainText('Leaning Engineering manager');
  await expect(screen.result()).toContainText('Your leaning changed');

  await screen.goTo('History');
  await expect(screen.historyRows()).toHaveCount(2);
  await expect(screen.historyRows().nth(0)).toContainText('12');
  await expect(screen.historyRows().nth(0)).toContainText('EM');
  await expect(screen.historyRows().nth(1)).toContainText('Staff');
  await expect(screen.chartDots('staff')).toHaveCount(2);
  await expect(screen.chartDots('em')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Your leaning changed' })).toContainText(
    /Staff on .* → EM on/,
  );
  expect(ledger.pageErrors).toEqual([]);
});

test('answers survive closing the page mid-way, and the take resumes where it stopped', async ({
  page,
  ledger,
}) => {
  const screen = new AssessmentScreen(page);
  await ledger.open('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(screen.statementCounter()).toHaveText('Statement 1 of 12');
  // From there, as fast as the keyboard goes: no key may be lost while the next statement is shown.
  for (const answer of [4, 2, 5]) {
    await page.keyboard.press(String(answer));
    await page.keyboard.press('Enter');
  }
  await expect(screen.statementCounter()).toHaveText('Statement 4 of 12');
  await expect(screen.progressText()).toContainText('3 of 12 answered · all saved');

  // Reloading the page is what closing and reopening the app does to the renderer.
  await page.reload();
  await expect(screen.statementCounter()).toHaveText('Statement 4 of 12');
  await expect(screen.progressText()).toContainText('3 of 12 answered');
  // The overview offers to resume it, too.
  await screen.goTo('History');
  await screen.goTo('Assessment');
  await expect(page.getByRole('heading', { name: 'Pick up where you left off' })).toBeVisible();
  await expect(page.getByText(/answered 3 of 12 statements/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue the assessment' }).click();
  await expect(screen.statementCounter()).toHaveText('Statement 4 of 12');

  // The earlier answers are all there, in the form view too.
  await page.getByText('All at once').click();
  const groups = page.getByRole('form', { name: 'All statements' }).getByRole('group');
  await expect(groups).toHaveCount(12);
  await expect(groups.nth(0).getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
  await expect(groups.nth(1).getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  await expect(groups.nth(2).getByRole('radio', { name: 'Strongly agree' })).toBeChecked();

  // Finishing with answers missing names them instead of scoring them as zero.
  await page.getByRole('button', { name: 'See my result' }).click();
  // The message sits by the button and takes focus; it offers the way to the first one unanswered.
  await expect(screen.missingAnswersMessage()).toContainText(
    /9 still unanswered: statements 4\u2060–\u206012\./,
  );
  await expect(screen.missingAnswersMessage()).toBeFocused();
  await page.getByRole('button', { name: 'Go to statement 4' }).click();
  await expect(groups.nth(3).getByRole('radio').first()).toBeFocused();
  // In the form, the digits answer the focused statement.
  for (let i = 3; i < 12; i += 1) {
    await groups.nth(i).getByRole('radio').first().focus();
    await page.keyboard.press('3');
  }
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(screen.result()).toContainText('Close — a hybrid period may suit you');
  await expect(page.getByRole('button', { name: 'Use this result for my plan' })).toHaveCount(0);
  expect(ledger.pageErrors).toEqual([]);
});

test('a Staff or EM result sets the plan only after an explicit confirmation', async ({ page, ledger }) => {
  const screen = new AssessmentScreen(page);
  const shell = new AppShell(page);
  await ledger.open('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await screen.answerByKeyboard(EM_ANSWERS);
  await page.getByRole('button', { name: 'Use this result for my plan' }).click();
  await expect(screen.planDialog()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(screen.planDialog()).toBeHidden();

  await shell.goTo('Profile');
  await expect(page.getByRole('radio', { name: 'Not decided yet' })).toBeChecked();
  await page.goBack();
  await page.getByRole('button', { name: 'Use this result for my plan' }).click();
  await screen.planDialog().getByRole('button', { name: 'Yes, target Engineering manager' }).click();
  await expect(shell.toast('Your plan now targets Engineering manager.')).toBeVisible();
  await expect(page.getByText('Your profile already targets Engineering manager.')).toBeVisible();
  await shell.goTo('Profile');
  await expect(page.getByRole('radio', { name: 'Engineering manager' })).toBeChecked();
  expect(ledger.pageErrors).toEqual([]);
});

test('decision statement and trials: not energising suggests a trial; a trial is planned, run and finished', async ({
  page,
  ledger,
}) => {
  test.slow();
  const screen = new AssessmentScreen(page);
  const shell = new AppShell(page);
  await ledger.open('/assessment/decision');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByRole('alert')).toHaveText('Write your decision in one sentence first.');
  await page
    .getByRole('textbox', { name: 'Your decision' })
    .fill('I want to set the technical direction for our payments platform.');
  await page.getByRole('radio', { name: /setting technical direction/ }).check();
  await page.getByRole('radio', { name: 'Not really' }).check();
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(shell.toast('Decision saved.')).toBeVisible();
  await expect(page.getByText('It does not feel energising yet')).toBeVisible();
  await page.getByRole('link', { name: 'Plan a trial' }).click();
  await expect(screen.subNav('Trials')).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'Plan this: Lead a cross-team RFC' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a trial' });
  await expect(dialog.getByLabel('Title')).toHaveValue('Lead a cross-team RFC');
  await dialog.getByLabel('Title').fill('RFC: one payments ledger');
  await dialog.getByLabel('Notes').fill('Three teams involved.');
  await dialog.getByRole('button', { name: 'Plan trial' }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole('article', { name: 'RFC: one payments ledger' });
  await expect(card).toContainText('Three teams involved.');
  await card.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { name: 'Running', level: 3 })).toBeVisible();

  await card.getByRole('button', { name: 'Finish…' }).click();
  const finish = page.getByRole('dialog', { name: 'Finish “RFC: one payments ledger”' });
  await finish.getByRole('button', { name: 'Mark as done' }).click();
  await expect(finish.getByRole('alert')).toContainText('Rate how the trial felt');
  await finish.getByRole('radio', { name: /\+2/ }).check();
  await finish.getByLabel(/bringing people to agreement/).fill('Yes — aligning the teams was the best part.');
  await finish.getByRole('button', { name: 'Mark as done' }).click();
  await expect(finish).toBeHidden();
  await expect(card).toContainText('Yes — aligning the teams was the best part.');
  await expect(page.getByText(/Staff engineer trials: average energy \+2\.0 over 1 done/)).toBeVisible();
  const timeline = page.locator('.assessment-timeline');
  await expect(timeline).toContainText('Trial started: RFC: one payments ledger');
  await expect(timeline).toContainText('Trial finished: RFC: one payments ledger');
  await expect(timeline).toContainText('Decision:');
  expect(ledger.pageErrors).toEqual([]);
});

for (const theme of ['Light', 'Dark'] as const) {
  const t = theme.toLowerCase();

  test(`the assessment, result, history and their dialogs are accessible and looked at — ${t}`, async ({
    page,
    ledger,
  }) => {
    // Eight axe scans and screenshots: each takes 5–10 s on a loaded 2-core machine (90 s was too tight).
    test.setTimeout(300_000);
    const screen = new AssessmentScreen(page);
    await ledger.open('/assessment');
    await setTheme(page, theme);
    await check(page, `empty-${t}`);

    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.keyboard.press('4');
    await check(page, `take-single-${t}`);
    await page.getByText('All at once').click();
    await check(page, `take-form-${t}`);
    await page.getByText('One at a time').click();
    await screen.answerByKeyboard([4, ...STAFF_ANSWERS.slice(1)]);
    await check(page, `result-staff-${t}`);
    await page.getByRole('button', { name: 'Use this result for my plan' }).click();
    await expect(screen.planDialog()).toBeVisible();
    await check(page, `dialog-plan-${t}`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Retake the assessment' }).click();
    await screen.answerByKeyboard([3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3]);
    await check(page, `result-close-${t}`);
    await screen.goTo('History');
    await expect(screen.chartDots('staff')).toHaveCount(2);
    await check(page, `history-${t}`);
    await screen
      .historyRows()
      .first()
      .getByRole('button', { name: /Delete/ })
      .click();
    await expect(page.getByRole('dialog', { name: 'Delete this take?' })).toBeVisible();
    await check(page, `dialog-delete-take-${t}`);
    await page.keyboard.press('Escape');
    await expect(screen.historyRows()).toHaveCount(2);
    expect(ledger.pageErrors).toEqual([]);
  });

  test(`the decision and trials screens and dialogs are accessible and looked at — ${t}`, async ({
    page,
    ledger,
  }) => {
    // Axe scans and screenshots of every screen and dialog: as above, 90 s is too tight when loaded.
    test.setTimeout(300_000);
    const shell = new AppShell(page);
    await ledger.open('/assessment/history');
    await setTheme(page, theme);
    await expect(page.getByText('No finished takes yet')).toBeVisible();
    await check(page, `history-empty-${t}`);

    await ledger.open('/assessment/decision');
    await check(page, `decision-empty-${t}`);
    await page
      .getByRole('textbox', { name: 'Your decision' })
      .fill('I want to grow a team that ships calmly.');
    await page.getByRole('radio', { name: /building a team/ }).check();
    await page.getByRole('radio', { name: 'Yes, it does' }).check();
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect(shell.toast('Decision saved.')).toBeVisible();
    await shell.dismissToasts();
    await check(page, `decision-saved-${t}`);

    await ledger.open('/assessment/trials');
    await check(page, `trials-empty-${t}`);
    await page.getByRole('button', { name: 'Plan a trial…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a trial' });
    await expect(dialog).toBeVisible();
    await check(page, `dialog-trial-${t}`);
    await dialog.getByLabel('Idea').selectOption({ label: 'Run sprint or quarter planning' });
    await dialog.getByRole('button', { name: 'Plan trial' }).click();
    await expect(dialog).toBeHidden();
    await shell.dismissToasts();
    await page.getByRole('button', { name: 'Finish…' }).click();
    await expect(page.getByRole('dialog', { name: /Finish/ })).toBeVisible();
    await check(page, `dialog-finish-trial-${t}`);
    await page.keyboard.press('Escape');
    await check(page, `trials-${t}`);
    expect(ledger.pageErrors).toEqual([]);
  });
}
