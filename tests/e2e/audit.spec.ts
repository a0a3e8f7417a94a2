/**
 * The calendar audit journey: start an audit, log by keyboard, import a calendar file, add a rule, rate
 * energy, reflect on the week, and read the results and the fit reading — with axe scans and
 * screenshots of each screen in light and dark.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { selfAssessment } from '../unit/support/journal-fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test, type Ledger } from './harness';
import { shotOfScreen } from './screenshots';
import { AppShell } from './pages/AppShell';
import { AuditScreen } from './pages/AuditScreen';
import { seedTables } from './seed';

const FIXTURE = join(import.meta.dirname, '../fixtures/ics/audit-week.ics');

// The expected times below are wall-clock times in Berlin, where the fixture's events are scheduled.
test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });

/** A completed self-assessment, written straight into IndexedDB as the assessment feature stores it. */
async function seedAssessment(page: Page) {
  await seedTables(page, {
    selfAssessments: [
      selfAssessment({
        id: 'assessment-1',
        startedAt: '2025-12-20T10:00:00.000Z',
        completedAt: '2025-12-20T10:20:00.000Z',
        answers: [5, 4, 5, 4, 4, 4, 3, 2, 3, 2, 2, 2],
      }),
    ],
  });
}

const QUICK_LINES: [string, string][] = [
  ['2026-01-05', 'Design review: payments 2h #design +2 @09:00'],
  ['2026-01-05', 'RFC: event bus 2h #rfc +2'],
  ['2026-01-05', 'Debugging flaky deploys 2h #deep +1'],
  ['2026-01-06', 'Pairing with Lee 1h30 #mentoring +1 @09:00'],
  ['2026-01-06', 'Architecture sync 1h30 #cross-team +1'],
  ['2026-01-07', 'Design review: search 2h #design +2 @09:00'],
  ['2026-01-07', 'Sprint planning 2h #planning -1 @11:00'],
  ['2026-01-08', 'Hiring loop debrief 1h #hiring -2 @14:00'],
  ['2026-01-08', 'Status report 1h #stakeholder -1'],
  ['2026-01-09', 'Roadmap review 2h #planning -1 @10:00'],
];

async function runJourney(page: Page, ledger: Ledger, theme: 'Light' | 'Dark') {
  const suffix = theme.toLowerCase();
  const audit = new AuditScreen(page);
  await ledger.open('/audit');
  await setTheme(page, theme);
  await expect(page.getByRole('heading', { name: 'Start your calendar audit' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'audit start');
  await shotOfScreen(page, `audit-start-${suffix}`);

  // The assessment feature's record, written directly; a reload makes the app read it.
  await seedAssessment(page);
  await page.reload();
  await audit.start('2026-01-05', 4);

  // Ten activities, typed line by line and entered with the keyboard.
  for (const [date, line] of QUICK_LINES) {
    if ((await page.locator('#audit-day').inputValue()) !== date) await audit.showDay(date);
    await audit.quickLog(line);
  }
  await audit.showDay('2026-01-05');
  await expect(audit.dayList().getByRole('listitem')).toHaveCount(3);
  // Start times chain from the previous entry of the day.
  await expect(audit.dayList().getByRole('listitem').nth(1)).toContainText('11:00');
  await expect(audit.dayList()).toContainText('Deep investigation & debugging');
  await new AppShell(page).dismissToasts();
  await expectNoSeriousA11yViolations(page, 'audit log');
  await shotOfScreen(page, `audit-log-${suffix}`);

  // Import the calendar file: main opens, size-checks and parses it.
  ledger.dialogs.nextOpenPath = FIXTURE;
  await page.getByRole('button', { name: 'Import calendar file…' }).click();
  const dialog = audit.importDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('6 events fall within the audit’s weeks');
  await expect(dialog).toContainText('1 cancelled event left out');
  // The default rules already sorted some events…
  await expect(
    dialog.getByRole('combobox', { name: /Category for Weekly 1:1 with Sam, Mon 5 Jan/ }),
  ).toHaveValue(/.+/);
  // …but "Hiring sync" matched "sync" (cross-team alignment). A rule fixes it, now and for later imports.
  const hiringSelect = dialog.getByRole('combobox', { name: /Category for Hiring sync/ });
  await expect(hiringSelect.locator('option:checked')).toHaveText('Cross-team technical alignment');
  await dialog.getByLabel('Keyword in the title').fill('hiring');
  await dialog
    .getByRole('combobox', { name: 'Category for the keyword' })
    .selectOption({ label: 'Hiring & performance' });
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(hiringSelect.locator('option:checked')).toHaveText('Hiring & performance');
  // The all-day offsite starts unselected.
  await expect(dialog.getByRole('checkbox', { name: /Import Team offsite/ })).not.toBeChecked();

  await audit.rateInImport(/Energy for Weekly 1:1 with Sam, Mon 5 Jan/, '−1 A bit drained');
  await audit.rateInImport(/Energy for Weekly 1:1 with Sam, Mon 12 Jan/, '−1 A bit drained');
  await audit.rateInImport(/Energy for 1:1 with Alex/, '0 Neutral');
  await audit.rateInImport(/Energy for Quarterly planning/, '−2 Drained');
  await audit.rateInImport(/Energy for Hiring sync/, '−1 A bit drained');
  await expectNoSeriousA11yViolations(page, 'audit import dialog');
  await shotOfScreen(page, `audit-import-${suffix}`);
  await dialog.getByRole('button', { name: 'Import 5 activities' }).click();
  await expect(dialog).toBeHidden();
  await expect(new AppShell(page).toast('Imported 5 activities.')).toBeVisible();

  // Importing the same file again adds nothing.
  ledger.dialogs.nextOpenPath = FIXTURE;
  await page.getByRole('button', { name: 'Import calendar file…' }).click();
  await expect(dialog).toContainText('5 events were imported before and are not added again');
  await expect(dialog.getByRole('button', { name: 'Import 0 activities' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(/15 activities logged/)).toBeVisible();

  // Reflect on week 1.
  await audit.tab('Weekly reflection');
  await page.getByLabel('Week', { exact: true }).selectOption({ index: 0 });
  const reflection = page.getByRole('form', { name: 'Reflection on week 1' });
  await reflection
    .getByRole('radiogroup', { name: 'Roadmap review: the most important thing you could have done?' })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await reflection
    .getByRole('radiogroup', { name: 'Roadmap review: could someone else have done it?' })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await reflection
    .getByRole('radiogroup', { name: 'Sprint planning: could someone else have done it?' })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await reflection
    .getByLabel('What will you delegate, stop, or do more of?')
    .fill('Hand sprint planning to Priya; keep the design reviews.');
  // The reflection saves itself; "Last changed" appears once the week has a stored reflection.
  await expect(reflection.getByRole('status')).toHaveText('All changes saved');
  await expect(reflection.getByText(/^Last changed/)).toBeVisible();
  await new AppShell(page).dismissToasts();
  await expectNoSeriousA11yViolations(page, 'audit reflection');
  await shotOfScreen(page, `audit-reflection-${suffix}`);

  // Next week shows last week's intentions.
  await audit.tab('Log');
  await audit.showDay('2026-01-12');
  await expect(page.getByRole('note')).toContainText('Hand sprint planning to Priya');

  // Results and the fit reading.
  await audit.tab('Results');
  await expect(audit.stat('Time logged')).toHaveText('23 h');
  await expect(audit.stat('Someone else could do')).toHaveText('4 h');
  await expect(audit.stat('Not the most important')).toHaveText('2 h');
  const fit = audit.fitCard();
  await expect(fit).toContainText('Your energy rose clearly more in Staff-leaning work.');
  await expect(fit).toContainText(
    'Staff-leaning work averaged +1.5 over 11 h; EM-leaning work averaged −1.2 over 12 h',
  );
  await expect(fit).toContainText('Staff 26 and EM 14 out of 30');
  await expect(fit).toContainText('agree, strongly');
  const byCategory = page.getByRole('table', { name: 'Hours and average energy by category' });
  await expect(byCategory.getByRole('row', { name: /Design & architecture reviews/ })).toContainText('4');
  await expect(byCategory.getByRole('row', { name: /Hiring & performance/ })).toContainText('2');
  await expectNoSeriousA11yViolations(page, 'audit results');
  await shotOfScreen(page, `audit-results-${suffix}`);

  await audit.tab('Categories & rules');
  await expect(page.getByRole('row', { name: /hiring/ }).first()).toContainText('Hiring & performance');
  await expectNoSeriousA11yViolations(page, 'audit categories');
  await shotOfScreen(page, `audit-categories-${suffix}`);
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`a week of the calendar audit, from first entry to the fit reading — ${theme.toLowerCase()}`, async ({
    page,
    ledger,
  }) => {
    // A whole week of use with six axe scans and screenshots: minutes on a shared two-core machine.
    test.setTimeout(480_000);
    await runJourney(page, ledger, theme);
    expect(ledger.pageErrors).toEqual([]);
  });
}

test('edit, delete and undo; export CSV and Markdown; bad calendar files change nothing', async ({
  page,
  ledger,
}) => {
  test.slow();
  const audit = new AuditScreen(page);
  await ledger.open('/audit');
  await audit.start('2026-01-05', 5);
  await audit.showDay('2026-01-06');
  await audit.quickLog('Incident review 1h #deep -1 @10:00');
  await audit.quickLog('Email 30m #email +0');
  await expect(audit.dayList().getByRole('listitem')).toHaveCount(2);

  // Edit with the full form, then undo the edit.
  await page.getByRole('button', { name: 'Edit Incident review' }).click();
  const form = page.getByRole('dialog', { name: 'Edit activity' });
  await form.getByLabel('Minutes').fill('90');
  await form
    .getByRole('radiogroup', { name: 'Could someone else have done it?' })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(audit.dayList()).toContainText('1 h 30 min');
  await audit.undoBar().getByRole('button', { name: 'Undo' }).click();
  await expect(audit.dayList()).toContainText('1 h');

  // Delete, then undo the delete.
  await page.getByRole('button', { name: 'Edit Email' }).click();
  await page.getByRole('dialog', { name: 'Edit activity' }).getByRole('button', { name: 'Delete' }).click();
  await expect(audit.dayList().getByRole('listitem')).toHaveCount(1);
  await expect(audit.undoBar()).toContainText('Deleted “Email”.');
  await audit.undoBar().getByRole('button', { name: 'Undo' }).click();
  await expect(audit.dayList().getByRole('listitem')).toHaveCount(2);

  // A bad quick-entry line says what is wrong and adds nothing.
  await audit.quickEntry.fill('Coffee 15m #nonsense');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No category matches “#nonsense”.')).toBeVisible();
  await expect(audit.dayList().getByRole('listitem')).toHaveCount(2);
  await audit.quickEntry.fill('');

  // Week view lists the week's days.
  await page.getByRole('radio', { name: 'Week view' }).check();
  await expect(page.getByRole('heading', { name: /^Week 1 ·/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Tue 6 Jan/ })).toBeVisible();
  await expect(audit.weekDay('2026-01-06').filter({ hasText: 'Incident review' })).toBeVisible();

  // Every broken calendar file is refused with a message that names it; nothing is imported.
  for (const name of ['truncated.ics', 'html.ics', 'vcard.ics', 'binary.ics', 'empty.ics', 'malformed.ics']) {
    ledger.dialogs.nextOpenPath = join(import.meta.dirname, '../fixtures/ics', name);
    await page.getByRole('button', { name: 'Import calendar file…' }).click();
    await expect(
      new AppShell(page).toast(new RegExp(`"${name.replace('.', '\\.')}":.*Nothing was imported`)),
    ).toBeVisible();
    await new AppShell(page).dismissToasts();
  }
  await expect(page.getByText(/2 activities logged/)).toBeVisible();

  // Exports.
  await audit.tab('Results');
  await mkdir(ledger.scratch, { recursive: true });
  const csvPath = join(ledger.scratch, 'audit.csv');
  ledger.dialogs.nextSavePath = csvPath;
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(new AppShell(page).toast(/Saved to/)).toBeVisible();
  const csv = await readFile(csvPath, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'date,start,minutes,title,category,lean,energy,most_important,delegable,note,source',
  );
  expect(csv).toContain(
    '2026-01-06,10:00,60,Incident review,Deep investigation & debugging,staff,-1,,,,typed',
  );
  const mdPath = join(ledger.scratch, 'audit.md');
  ledger.dialogs.nextSavePath = mdPath;
  await page.getByRole('button', { name: 'Export Markdown…' }).click();
  await expect(new AppShell(page).toast(new RegExp('audit\\.md'))).toBeVisible();
  const md = await readFile(mdPath, 'utf8');
  // Prose reads the locale's long dates (the suite runs in en-GB); the CSV above keeps ISO dates.
  expect(md).toContain('# Calendar audit, 5 January 2026 to 8 February 2026');
  expect(md).toContain('Not enough data for a fit reading yet.');

  // Finish the audit: it stays readable, and a new one can start.
  await page.getByRole('button', { name: 'Finish audit' }).click();
  await expect(page.getByText('This audit is finished')).toBeVisible();
  await audit.tab('All audits');
  await expect(page.getByRole('heading', { name: 'Start a new audit' })).toBeVisible();
  // The finished audit's row carries its stored totals (never "counting…" once they are read).
  const history = page.getByRole('table', { name: /Every audit/ });
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history.locator('tbody tr')).not.toContainText('counting…');
  await expect(history.locator('tbody tr')).toContainText('Showing');
  await expectNoSeriousA11yViolations(page, 'audit history');
  await shotOfScreen(page, 'audit-history');
  expect(ledger.pageErrors).toEqual([]);
});
