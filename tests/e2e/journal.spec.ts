/**
 * Retrospectives, brag document and feedback log (issue 6): one whole journey from a seeded growth plan
 * to a Markdown file on disk, plus an axe scan and screenshots of every screen and dialog in both themes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { emptyTableData } from '@shared/types/entities';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test, type Ledger } from './harness';
import { AppShell } from './pages/AppShell';
import { DataScreen, PREVIEW_TIMEOUT_MS } from './pages/DataScreen';
import { JournalScreen } from './pages/JournalScreen';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const STAMP = '2026-01-01T09:00:00.000Z';

/** A growth plan with one framework, two competencies and one promotion checklist item, as a backup file. */
async function seedPlan(page: Page, ledger: Ledger) {
  const tables = emptyTableData();
  tables.frameworks.push({
    id: 'fw-staff',
    name: 'Senior to Staff',
    description: '',
    track: 'staff',
    builtInKey: null,
    builtInVersion: null,
    archetype: null,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  for (const [i, [id, name]] of [
    ['c-direction', 'Technical direction'],
    ['c-glue', 'Glue work and team health'],
  ].entries()) {
    tables.competencies.push({
      id: id!,
      frameworkId: 'fw-staff',
      group: 'Influence',
      name: name!,
      description: '',
      levels: ['1', '2', '3', '4', '5'],
      order: i,
      priority: i,
      builtInKey: null,
      archived: false,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  }
  tables.promotionItems.push({
    id: 'p-direction',
    title: 'Sets technical direction for a group of teams',
    status: 'in-progress',
    note: '',
    order: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  await mkdir(ledger.scratch, { recursive: true });
  const path = join(ledger.scratch, 'plan.json');
  await writeFile(
    path,
    serializeBackup(await createBackup(tables, { appVersion: '0.1.0', createdAt: STAMP })),
  );
  await ledger.open('/data');
  const data = new DataScreen(page);
  ledger.dialogs.nextOpenPath = path;
  await page.getByRole('button', { name: 'Import / restore…' }).click();
  await expect(data.previewDialog()).toBeVisible({ timeout: PREVIEW_TIMEOUT_MS });
  await data.confirmRestore();
  await expect(new AppShell(page).toast(/Restored 4 records/)).toBeVisible();
}

async function check(page: Page, name: string, options: { top?: boolean } = {}) {
  await mkdir(SHOTS, { recursive: true });
  // The page scrolls inside <main>; some screens are best looked at from their start.
  if (options.top) await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `journal-${name}.png`) });
  await expectNoSeriousA11yViolations(page, name);
}

test('retro → action to the plan → brag entries → feedback → evidence → Markdown on disk', async ({
  page,
  ledger,
}) => {
  // A long journey; on a busy two-core machine it needs more than the default budget.
  test.setTimeout(180_000);
  const shell = new AppShell(page);
  const journal = new JournalScreen(page);
  await seedPlan(page, ledger);

  // A retrospective, autosaved as a draft while typing.
  await journal.goTo('Retrospectives');
  await expect(page.getByRole('heading', { name: 'No retrospectives yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New retrospective' }).click();
  await expect(page.getByRole('heading', { name: 'New retrospective' })).toBeVisible();
  await page.getByLabel('Project name').fill('Checkout | rewrite');
  await page.getByLabel('My role').fill('Tech lead');
  await page.getByLabel('Started on').fill('2026-03-02');
  await page.getByLabel('Ended on').fill('2026-06-26');
  await page.getByLabel('What went well').fill('# Early RFC\nWeekly demos kept everyone aligned.');
  await page.getByLabel("What didn't go well").fill('The load test came late.');
  await page.getByLabel('How could it have been prevented upfront?').fill('Plan the load test in week one.');
  await page.getByLabel('What will you change next time?').fill('Budget time for rollback drills.');
  await page.getByRole('radio', { name: 'Yes, we built more than we needed' }).check();
  await page.getByRole('checkbox', { name: 'Technical direction' }).check();
  await journal.expectSaved();
  await expect(journal.saveStatus()).toContainText('Draft');

  // Send an action from the retro to the growth plan.
  const actionForm = page.getByRole('form', { name: 'New action' });
  await actionForm.getByLabel('Action').fill('Write a load-test checklist');
  await actionForm.getByLabel('On competency').selectOption({ label: 'Technical direction' });
  await actionForm.getByLabel('Due (optional)').fill('2026-12-15');
  await actionForm.getByRole('button', { name: 'Send to growth plan' }).click();
  await expect(
    shell.toast('“Write a load-test checklist” is now an action in your growth plan.'),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Actions sent from this retrospective' })).toContainText(
    'Write a load-test checklist · Technical direction · due 15 Dec 2026',
  );
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await journal.expectSaved();
  await expect(journal.saveStatus()).not.toContainText('Draft');

  // The app's one search finds it by a word from its text, and reload shows everything was stored.
  await page.getByRole('link', { name: 'All retrospectives' }).click();
  const retros = page.getByRole('list', { name: 'Retrospectives' });
  await expect(retros.locator(':scope > li')).toHaveCount(1);
  await expect(retros).toContainText('Checkout | rewrite');
  await page.getByRole('button', { name: 'Find words in everything…' }).click();
  const search = page.getByRole('combobox', { name: 'Search everything you wrote' });
  await search.fill('rollback drills');
  await expect(page.getByRole('option', { name: /Checkout \| rewrite/ })).toBeVisible();
  await search.fill('nothing-like-this');
  await expect(
    page.getByText('Nothing you wrote contains “nothing-like-this”', { exact: false }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('link', { name: 'Checkout | rewrite' }).click();
  await expect(page.getByLabel('Project name')).toHaveValue('Checkout | rewrite');
  await expect(page.getByLabel('What went well')).toHaveValue(
    '# Early RFC\nWeekly demos kept everyone aligned.',
  );
  await expect(page.getByRole('checkbox', { name: 'Technical direction' })).toBeChecked();

  // Two brag entries, one of them glue work.
  await shell.dismissToasts();
  await journal.goTo('Brag document');
  await journal.addBrag({
    title: 'Shipped the new checkout',
    date: '2026-06-26',
    kind: 'Delivery',
    impact: 'Every region on one code path.\n- no more double charges',
    numbers: '+4% conversion | -30% p99',
    link: 'https://example.com/pr/812',
    competencies: ['Technical direction'],
  });
  await journal.addBrag({
    title: 'Onboarded two new hires',
    date: '2026-02-10',
    kind: 'Glue work',
    impact: 'Both shipped in their first week.',
    competencies: ['Glue work and team health'],
  });
  await expect(journal.timelineEntries()).toHaveCount(2);
  await expect(page.getByRole('heading', { name: /2026 Q2 \(Apr–Jun\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /2026 Q1 \(Jan–Mar\)/ })).toBeVisible();
  await page.getByRole('checkbox', { name: /Glue work only/ }).check();
  await expect(journal.timelineEntries()).toHaveCount(1);
  await expect(journal.timelineEntries()).toContainText('Onboarded two new hires');
  await page.getByRole('checkbox', { name: /Glue work only/ }).uncheck();

  // One click to promotion checklist evidence.
  await page.getByRole('button', { name: 'Add to promotion evidence: Shipped the new checkout' }).click();
  const promote = page.getByRole('dialog', { name: 'Add to promotion evidence' });
  await promote.getByRole('radio', { name: /Sets technical direction/ }).check();
  await promote.getByRole('button', { name: 'Add as evidence' }).click();
  await expect(shell.toast('Added to your promotion checklist evidence.')).toBeVisible();
  await expect(promote).toBeHidden();

  // Feedback: ask, see it pending, log the answer.
  await shell.dismissToasts();
  await journal.goTo('Feedback');
  await expect(
    page.getByText('You have not logged a request for feedback yet.', { exact: false }),
  ).toBeVisible();
  const ask = page.getByRole('form', { name: 'New feedback' });
  await ask.getByLabel('From whom').fill('Priya (manager)');
  await ask.getByText('Need a question? Try one of these').click();
  await ask
    .getByRole('button', { name: 'What is one thing I could do differently to have more impact?' })
    .click();
  await expect(ask.getByLabel('Your question')).toHaveValue(
    'What is one thing I could do differently to have more impact?',
  );
  await ask.getByRole('checkbox', { name: 'Technical direction' }).check();
  await ask.getByRole('button', { name: 'Log it' }).click();
  await expect(shell.toast(/Request logged/)).toBeVisible();
  await expect(
    page.getByText('You asked for feedback this week. Nice. 1 request still waiting for an answer.'),
  ).toBeVisible();
  const pending = page.getByRole('region', { name: 'Waiting for an answer' });
  await expect(pending).toContainText('Priya (manager)');
  await pending.getByRole('link', { name: 'Log the answer from Priya (manager)' }).click();
  const answer = page.getByRole('dialog', { name: 'Log the answer' });
  await answer.getByRole('button', { name: 'Today' }).click();
  await answer.getByLabel('What was said').fill('Write the decision record before the meeting, not after.');
  await answer.getByRole('radio', { name: 'Growth' }).check();
  await answer.getByLabel('What I did with it').fill('Decision records now go out a day ahead.');
  await answer.getByRole('button', { name: 'Save changes' }).click();
  await expect(answer).toBeHidden();
  await expect(pending).toBeHidden();
  await expect(page.getByText('You asked for feedback this week. Nice.', { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Feedback' })).toContainText(
    'Decision records now go out a day ahead.',
  );

  // The competency's evidence view: the retro, the brag entry and the feedback, together.
  await journal.goTo('Brag document');
  await page.getByLabel('Competency', { exact: true }).selectOption({ label: 'Technical direction' });
  await expect(journal.timelineEntries()).toHaveCount(1);
  await page.getByRole('link', { name: 'All evidence for this competency' }).click();
  await expect(page.getByRole('heading', { name: 'Evidence for Technical direction' })).toBeVisible();
  // Each piece once, grouped by kind (brag entries, retrospectives, feedback).
  const evidence = page.locator('.evidence__item');
  await expect(evidence).toHaveCount(3);
  await expect(evidence.nth(0)).toContainText('Shipped the new checkout');
  await expect(evidence.nth(1)).toContainText('Checkout | rewrite');
  await expect(evidence.nth(2)).toContainText('Feedback from Priya (manager)');
  await expect(page.getByRole('heading', { level: 3 })).toContainText([
    /^Brag entries/,
    /^Retrospectives/,
    /^Feedback/,
  ]);
  await page.getByRole('link', { name: 'Brag document', exact: true }).last().click();

  // Export the brag document, then read the file main wrote.
  await shell.dismissToasts();
  await page.getByRole('button', { name: 'Export as Markdown…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the brag document' });
  await exportDialog.getByRole('button', { name: 'Everything' }).click();
  const bragPath = join(ledger.scratch, 'x.md');
  ledger.dialogs.nextSavePath = bragPath;
  await exportDialog.getByRole('button', { name: 'Save as Markdown…' }).click();
  await expect(shell.toast(`Saved to ${bragPath}`)).toBeVisible();
  const brag = await readFile(bragPath, 'utf8');
  expect(brag.split('\n').filter((l) => l.startsWith('#'))).toEqual([
    '# Brag document',
    '## 2026 Q2 (Apr–Jun)',
    '### 26 June 2026: Shipped the new checkout',
    '## 2026 Q1 (Jan–Mar)',
    '### 10 February 2026: Onboarded two new hires',
  ]);
  expect(brag).toContain('_All entries · 2 entries · 1 of them glue work');
  expect(brag).toContain('**Kind:** Delivery · **Competencies:** Technical direction');
  expect(brag).toContain('**Kind:** Glue work · **Competencies:** Glue work and team health');
  expect(brag).toContain('Every region on one code path.  \n• no more double charges');
  expect(brag).toContain('+4% conversion \\| -30% p99');
  expect(brag).toContain('**Link:** <https://example.com/pr/812>');

  // The action really is in the plan: the whole growth plan export lists it under its competency.
  await shell.dismissToasts();
  const planPath = join(ledger.scratch, 'plan.md');
  ledger.dialogs.nextSavePath = planPath;
  await page.getByRole('button', { name: 'Whole growth plan…' }).click();
  await expect(shell.toast(`Saved to ${planPath}`)).toBeVisible();
  const plan = await readFile(planPath, 'utf8');
  expect(plan).toContain(
    '### Technical direction\n\n- [ ] Write a load-test checklist (to do, due 15 December 2026)',
  );
  expect(plan).toContain(
    '- [ ] Sets technical direction for a group of teams (in progress)\n  - Brag entry: Shipped the new checkout',
  );

  // One retro exported on its own keeps the hostile title inside its heading.
  await shell.dismissToasts();
  await journal.goTo('Retrospectives');
  await page.getByRole('link', { name: 'Checkout | rewrite' }).click();
  const retroPath = join(ledger.scratch, 'retro.md');
  ledger.dialogs.nextSavePath = retroPath;
  await page.getByRole('button', { name: 'Export as Markdown…' }).click();
  await expect(shell.toast(`Saved to ${retroPath}`)).toBeVisible();
  const retro = await readFile(retroPath, 'utf8');
  expect(retro.startsWith('# Retrospective: Checkout \\| rewrite\n')).toBe(true);
  expect(retro).toContain(
    '## What went well (do more of it)\n\n\\# Early RFC  \nWeekly demos kept everyone aligned.',
  );
  expect(retro).toContain('- [ ] Write a load-test checklist (Technical direction), due 15 December 2026');

  expect(ledger.pageErrors).toEqual([]);
});

for (const theme of ['Light', 'Dark'] as const) {
  const suffix = theme.toLowerCase();

  test(`journal empty states are accessible and looked at — ${suffix} theme`, async ({ page, ledger }) => {
    test.slow();
    const journal = new JournalScreen(page);
    // Before any growth plan exists: empty states that say what to do first.
    await ledger.open('/retros');
    await setTheme(page, theme);
    await expect(page.getByRole('heading', { name: 'No retrospectives yet' })).toBeVisible();
    await check(page, `retros-empty-${suffix}`);
    await journal.goTo('Brag document');
    await expect(page.getByText('There are no competencies to link to yet.', { exact: false })).toBeVisible();
    await check(page, `brag-empty-${suffix}`);
    await journal.goTo('Feedback');
    await expect(page.getByRole('heading', { name: 'No feedback logged yet' })).toBeVisible();
    await check(page, `feedback-empty-${suffix}`);
    expect(ledger.pageErrors).toEqual([]);
  });

  test(`journal screens and dialogs are accessible and looked at — ${suffix} theme`, async ({
    page,
    ledger,
  }) => {
    // Ten axe scans and screenshots: more than the default budget on a busy two-core machine.
    test.setTimeout(240_000);
    const journal = new JournalScreen(page);
    const shell = new AppShell(page);
    await seedPlan(page, ledger);
    await setTheme(page, theme);
    await shell.dismissToasts();

    await journal.goTo('Retrospectives');
    await page.getByRole('button', { name: 'New retrospective' }).click();
    await page.getByLabel('Project name').fill('Payments migration');
    await page.getByLabel('What went well').fill('Small, reversible steps.');
    await page.getByRole('checkbox', { name: 'Technical direction' }).check();
    await journal.expectSaved();
    await check(page, `retro-editor-${suffix}`, { top: true });
    await page.getByRole('link', { name: 'All retrospectives' }).click();
    await check(page, `retros-list-${suffix}`);

    await journal.goTo('Brag document');
    await journal.addBrag({
      title: 'Ran the incident review',
      date: '2026-09-14',
      kind: 'Incident',
      competencies: ['Technical direction'],
    });
    await journal.addBrag({
      title: 'Unblocked the data team',
      date: '2026-05-02',
      kind: 'Glue work',
      impact: 'Their launch kept its date.',
    });
    await shell.dismissToasts();
    await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    await check(page, `brag-timeline-${suffix}`);
    await page.getByRole('button', { name: 'Add to promotion evidence: Ran the incident review' }).click();
    await check(page, `brag-promote-dialog-${suffix}`);
    await page
      .getByRole('dialog', { name: 'Add to promotion evidence' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await page.getByRole('button', { name: 'Export as Markdown…' }).click();
    await check(page, `brag-export-dialog-${suffix}`);
    await page
      .getByRole('dialog', { name: 'Export the brag document' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await page.getByRole('link', { name: 'Edit “Unblocked the data team”' }).click();
    await check(page, `brag-edit-dialog-${suffix}`);
    await page
      .getByRole('dialog', { name: 'Edit brag entry' })
      .getByRole('button', { name: 'Cancel' })
      .click();

    await journal.goTo('Feedback');
    const ask = page.getByRole('form', { name: 'New feedback' });
    await ask.getByLabel('From whom').fill('Sam');
    await ask.getByLabel('Your question').fill('How could the review have gone more smoothly?');
    await ask.getByRole('button', { name: 'Log it' }).click();
    await expect(page.getByRole('region', { name: 'Waiting for an answer' })).toBeVisible();
    await shell.dismissToasts();
    await check(page, `feedback-pending-${suffix}`, { top: true });
    await ask.getByText('Need a question? Try one of these').click();
    await check(page, `feedback-suggestions-${suffix}`);

    await page.goto(`${ledger.origin}/#/feedback/evidence/c-direction`);
    await expect(page.getByRole('heading', { name: 'Evidence for Technical direction' })).toBeVisible();
    await check(page, `evidence-${suffix}`);
    expect(ledger.pageErrors).toEqual([]);
  });
}
