/**
 * The delegation ledger (issue 17): work marked "someone else could do it" in an audit is handed over
 * from the results, followed up in the ledger, finished with how it went, and counts as evidence for a
 * competency; a follow-up that is due shows on Today.
 */
import type { Page } from '@playwright/test';
import {
  audit,
  auditEntry,
  competency,
  framework,
  handover,
  skillSnapshot,
} from '../unit/support/journal-fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { shotOfScreen } from './screenshots';
import { browserDays, seedTables } from './seed';

test.use({ viewport: { width: 1280, height: 860 } });

const OFFSETS = [-8, -7, -6, -1, 0] as const;

/**
 * An audit that began eight days ago (so today is in its second week), with "Release notes" logged three
 * times as work someone else could do (60 + 30 + 30 min), a design review that is not, and a plan with
 * one competency to link evidence to. Dated by the browser's own clock.
 */
async function seedAudit(page: Page, extra: { followUpDue?: boolean } = {}) {
  // The dates and the time stamp come from the browser's clock and time zone: "today" is the page's.
  const { day, stamp } = await browserDays(page, OFFSETS);
  const times = { createdAt: stamp, updatedAt: stamp };
  const notes = (id: string, date: string, minutes: number) =>
    auditEntry({ id, auditId: 'au1', date, minutes, title: 'Release notes', delegable: true, ...times });
  await seedTables(page, {
    frameworks: [framework({ id: 'fw1', name: 'Senior → Staff', ...times })],
    competencies: [
      competency({ id: 'cp1', frameworkId: 'fw1', name: 'Mentoring and growing others', ...times }),
    ],
    skillSnapshots: [
      skillSnapshot({ id: 'ss1', competencyId: 'cp1', recordedAt: stamp, current: 3, target: 4 }),
    ],
    settings: [{ key: 'growthPlan.activeFrameworkId', value: 'fw1' }],
    audits: [audit({ id: 'au1', startDate: day(-8), weeks: 4, status: 'active', ...times })],
    auditEntries: [
      notes('ae1', day(-8), 60),
      notes('ae2', day(-6), 30),
      notes('ae3', day(-1), 30),
      auditEntry({
        id: 'ae4',
        auditId: 'au1',
        date: day(-7),
        minutes: 90,
        title: 'Design review',
        delegable: false,
        ...times,
      }),
    ],
    handovers: extra.followUpDue
      ? [
          handover({
            id: 'ho-due',
            auditId: 'au1',
            activity: 'Incident triage',
            to: 'Sam',
            followUpOn: day(-1),
            estimate: null,
            ...times,
          }),
        ]
      : [],
  });
  await page.reload();
}

test('work someone else could do is handed over, followed up, finished and counted as evidence', async ({
  page,
  ledger,
}) => {
  test.setTimeout(180_000);
  await ledger.open('/audit/handovers');
  await seedAudit(page);

  // The empty ledger says how to fill it.
  await expect(page.getByRole('heading', { name: 'Nothing handed over yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'delegation ledger: empty');
  await shotOfScreen(page, 'delegation-empty-light');

  // The Log offers "Hand over…" on each line marked delegable, and the reflection on its activity.
  await ledger.open('/audit');
  await page.getByRole('radio', { name: 'Week view' }).check();
  await expect(page.getByRole('button', { name: 'Hand over “Release notes”…' }).first()).toBeVisible();
  await ledger.open('/audit/reflection');
  await expect(page.getByRole('button', { name: 'Hand over “Release notes”…' })).toBeVisible();
  await ledger.open('/audit/results');
  const work = page.getByRole('region', { name: 'Work someone else could do' });
  await expect(work.getByText('Release notes')).toBeVisible();
  await expect(work.getByText('Design review')).toHaveCount(0);
  await work.getByRole('button', { name: 'Hand over “Release notes”…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Hand over “Release notes”' });
  await dialog.getByRole('button', { name: 'Record the handover' }).click();
  // Nobody named: nothing is recorded, and the dialog waits for a name.
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Who takes it over?')).toBeFocused();
  await dialog.getByLabel('Who takes it over?').fill('Priya');
  await dialog.getByLabel('What does “done” look like?').fill('Notes out by Friday noon.');
  await expectNoSeriousA11yViolations(page, 'hand over dialog');
  await shotOfScreen(page, 'delegation-hand-over-dialog-light');
  await dialog.getByRole('button', { name: 'Record the handover' }).click();
  await expect(page.getByText('Handed over “Release notes” to Priya.', { exact: false })).toBeVisible();
  await work.getByRole('link', { name: 'Handed over to Priya' }).click();

  // The ledger: 120 min over the two weeks begun so far = 1 h a week, still moving while the audit runs.
  const item = page.getByRole('listitem', { name: /Release notes/ });
  await expect(item.getByText('1 h a week (logged 3 times in 2 weeks so far)')).toBeVisible();
  await expect(item.getByLabel('How did it go?')).toBeVisible();
  const totals = page.getByRole('region', { name: 'Delegation ledger' });
  await expect(totals.getByText('1 h a week · 1 handover')).toBeVisible();

  // Done, with how it went (autosaved), then it counts as evidence for mentoring.
  await item.getByRole('button', { name: 'Mark done (Release notes)' }).click();
  await expect(page.getByRole('heading', { name: 'Done (1)' })).toBeVisible();
  const done = page.getByRole('listitem', { name: /Release notes/ });
  await done.getByLabel('How did it go?').fill('Priya ships the notes alone now.');
  await expect(done.getByText('All changes saved')).toBeVisible();
  await done.getByText('Counts as evidence for…').click();
  await done.getByRole('checkbox', { name: 'Mentoring and growing others' }).check();
  await expect(page.getByText('Linked as evidence.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'delegation ledger');
  await shotOfScreen(page, 'delegation-ledger-light');
  await setTheme(page, 'Dark');
  await expect(done.getByText('Priya ships the notes alone now.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'delegation ledger dark');
  await shotOfScreen(page, 'delegation-ledger-dark');
  await setTheme(page, 'Light');

  // The competency lists the handover once, under Handovers, with its source one click away.
  await ledger.open('/plan/competency/cp1');
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.getByRole('heading', { name: /^Handovers/ })).toBeVisible();
  await evidence.getByRole('link', { name: 'Handed over “Release notes” to Priya' }).click();
  await expect(
    page.getByRole('listitem', { name: /Release notes/ }).getByLabel('How did it go?'),
  ).toHaveValue('Priya ships the notes alone now.');
  expect(ledger.pageErrors).toEqual([]);
});

test('a follow-up that is due shows on Today and opens its handover', async ({ page, ledger }) => {
  test.setTimeout(120_000);
  await ledger.open('');
  await seedAudit(page, { followUpDue: true });
  const due = page.getByRole('region', { name: 'Due now' });
  const link = due.getByRole('link', { name: /Sam/ });
  await expect(link).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'today with a follow-up');
  await shotOfScreen(page, 'delegation-today-follow-up-light');
  await link.click();
  const item = page.getByRole('listitem', { name: /Incident triage/ });
  await expect(item.getByText(/Follow-up overdue since/)).toBeVisible();
  await expect(item.getByLabel('Follow up on')).toBeVisible();
  await shotOfScreen(page, 'delegation-follow-up-light');
  expect(ledger.pageErrors).toEqual([]);
});

test('years of done handovers: the latest five, then the rest on request', async ({ page, ledger }) => {
  test.setTimeout(120_000);
  await ledger.open('');
  const { day, stamp } = await browserDays(page, [-400, 0] as const);
  const times = { createdAt: stamp, updatedAt: stamp };
  await seedTables(page, {
    audits: [audit({ id: 'old', startDate: day(-400), weeks: 4, status: 'finished', ...times })],
    handovers: [
      handover({ id: 'open-1', auditId: 'old', activity: 'Incident triage', to: 'Sam', ...times }),
      ...Array.from({ length: 12 }, (_, i) =>
        handover({
          id: `done-${i + 1}`,
          auditId: 'old',
          activity: `Weekly chore ${i + 1}`,
          to: 'Priya',
          status: 'done',
          doneOn: `2025-${String(i + 1).padStart(2, '0')}-15`,
          outcome: 'Runs it alone now.',
          estimate: { minutes: 120, count: 4, weeks: 4 },
          ...times,
        }),
      ),
    ],
  });
  await ledger.open('/audit/handovers');
  const done = page.getByRole('region', { name: 'Done (12)' });
  await expect(done.getByRole('listitem')).toHaveCount(5);
  await expect(done.getByRole('listitem').first()).toContainText('Weekly chore 12');
  await expect(done.getByText('Showing 5 of 12 done handovers.')).toBeVisible();
  // Every figure counts, shown or not.
  await expect(
    page.getByRole('region', { name: 'Delegation ledger' }).getByText('6 h a week · 12 handovers'),
  ).toBeVisible();
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `ledger with older done handovers, ${theme}`);
    await shotOfScreen(page, `delegation-ledger-show-more-${theme.toLowerCase()}`);
  }
  await setTheme(page, 'Light');
  await done.getByRole('button', { name: 'Show 7 more done handovers' }).click();
  await expect(done.getByRole('listitem')).toHaveCount(12);
  await expect(done.getByText(/Showing/)).toHaveCount(0);
  expect(ledger.pageErrors).toEqual([]);
});
