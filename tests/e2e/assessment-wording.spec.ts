/**
 * The self-assessment's rewording (issue 18): a take finished before it keeps its answers and its score,
 * its history row says it answered the earlier wording, and its result shows the statements as it
 * asked them.
 */
import { STATEMENT_REWORDING } from '@shared/content/assessment';
import { selfAssessment } from '../unit/support/journal-fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './harness';
import { shotOfScreen } from './screenshots';
import { seedTables } from './seed';

test('an older take keeps its answers and shows the wording it was asked', async ({ page, ledger }) => {
  test.setTimeout(90_000);
  await ledger.open('/assessment/history');
  // Staff statements answered "Strongly agree", EM ones "Strongly disagree": 30 to 6.
  await seedTables(page, {
    selfAssessments: [
      selfAssessment({
        id: 'old-take',
        startedAt: '2026-06-01T09:00:00.000Z',
        completedAt: '2026-06-01T09:20:00.000Z',
        answers: [5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1],
      }),
    ],
  });
  await page.reload();
  await expect(page.getByText(/Statements 4, 5, 6, 7, 10 and 11 were reworded/)).toBeVisible();
  const row = page.getByRole('row', { name: /earlier wording/ });
  await expect(row.getByRole('cell', { name: '30', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'assessment history with an older take');
  await shotOfScreen(page, 'assessment-history-earlier-wording-light');

  await row.getByRole('link', { name: /View the result/ }).click();
  await expect(page.getByText(/This take answered the wording used before/)).toBeVisible();
  await expect(page.getByText(STATEMENT_REWORDING.before[4] ?? '')).toBeVisible();
  await shotOfScreen(page, 'assessment-result-earlier-wording-light');
  expect(ledger.pageErrors).toEqual([]);
});
