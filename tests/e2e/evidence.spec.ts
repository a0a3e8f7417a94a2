/**
 * The evidence graph (issue 17): a brag entry that counts as evidence for a competency and a note written
 * on the competency show once each on its page, grouped by kind, with their source one click away.
 */
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { GrowthPlanScreen } from './pages/GrowthPlanScreen';
import { JournalScreen } from './pages/JournalScreen';
import { shotOfScreen } from './screenshots';

const COMPETENCY = 'Technical direction & architecture';

test('a competency lists each piece of evidence once, grouped by kind', async ({ page, ledger }) => {
  test.slow();
  const plan = new GrowthPlanScreen(page);
  await ledger.open('/plan');
  await plan.chooseFramework('Senior → Staff');

  await ledger.open('/brag');
  await new JournalScreen(page).addBrag({
    title: 'Split the billing service',
    date: '2026-10-02',
    kind: 'Delivery',
    impact: 'Two teams ship on their own now',
    competencies: [COMPETENCY],
  });

  await ledger.open('/plan');
  await plan.tab('Rate competencies');
  await plan.openCompetency(COMPETENCY);
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await evidence
    .getByRole('textbox', { name: 'New evidence note' })
    .fill('Ran the design review\nThree teams adopted the plan');
  await evidence.getByRole('button', { name: 'Add note' }).click();

  await expect(evidence.getByRole('heading', { name: /^Brag entries/ })).toBeVisible();
  await expect(evidence.getByRole('heading', { name: /^Notes/ })).toBeVisible();
  // Each piece once: the entry (a link to it) and the note.
  await expect(evidence.getByRole('listitem')).toHaveCount(2);
  await expect(evidence.getByRole('link', { name: 'Split the billing service' })).toHaveCount(1);
  await expect(evidence.getByText('2 pieces of evidence: 1 brag entry, 1 note.')).toBeVisible();

  // Say what the entry shows.
  await evidence.getByRole('button', { name: /Say what this shows.*Split the billing service/ }).click();
  await evidence.getByLabel('What this shows').fill('I set the direction two teams now follow');
  await evidence.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(evidence.getByText('I set the direction two teams now follow')).toBeVisible();

  // From the other end: "Add evidence…" on another competency links the same entry there too.
  await ledger.open('/plan');
  await plan.tab('Rate competencies');
  await plan.openCompetency('Influence without authority');
  const other = page.getByRole('region', { name: 'Evidence' });
  await expect(other.getByText(/^No evidence yet/)).toBeVisible();
  await other.getByRole('button', { name: 'Add evidence… for Influence without authority' }).click();
  await other
    .getByRole('searchbox', { name: 'Find evidence for Influence without authority' })
    .fill('billing');
  await other
    .getByRole('combobox', { name: 'Link evidence to Influence without authority' })
    .selectOption({ label: 'Brag: Split the billing service' });
  await other.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(other.getByRole('link', { name: 'Split the billing service' })).toHaveCount(1);
  await expect(other.getByText('1 piece of evidence: 1 brag entry.')).toBeVisible();
  await shotOfScreen(page, 'evidence-add-from-competency-light');

  await plan.tab('Rate competencies');
  await plan.openCompetency(COMPETENCY);
  await expectNoSeriousA11yViolations(page, 'growth plan: competency evidence');
  await shotOfScreen(page, 'evidence-competency-light');
  await setTheme(page, 'Dark');
  await ledger.open('/plan');
  await plan.tab('Rate competencies');
  await plan.openCompetency(COMPETENCY);
  await expect(
    page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { name: /^Notes/ }),
  ).toBeVisible();
  await shotOfScreen(page, 'evidence-competency-dark');
  expect(ledger.pageErrors).toEqual([]);
});

test('a trial and a finished action count as evidence from where they live', async ({ page, ledger }) => {
  test.slow();
  const plan = new GrowthPlanScreen(page);
  const mentoring = 'Mentorship & raising the bar';
  await ledger.open('/plan');
  await plan.chooseFramework('Senior → Staff');

  // A finished action: its "Counts as evidence for…" appears once it is done.
  await plan.tab('Rate competencies');
  await plan.openCompetency(mentoring);
  await plan.addAction('Pair with two juniors on design reviews');
  const action = page.locator('.gp-action').filter({ hasText: 'Pair with two juniors on design reviews' });
  await expect(action.getByText('Counts as evidence for…')).toHaveCount(0);
  await action.getByLabel(/^Status of/).selectOption('done');
  await action.getByText('Counts as evidence for…').click();
  await action.getByRole('checkbox', { name: mentoring }).check();
  await expect(page.getByText('Linked as evidence.')).toBeVisible();

  // A trial, from its card on the Trials page.
  await ledger.open('/assessment/trials');
  await page.getByRole('button', { name: 'Plan a trial…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a trial' });
  await dialog.getByLabel('Title').fill('Run the new-hire onboarding');
  await dialog.getByRole('button', { name: 'Plan trial' }).click();
  const card = page.getByRole('article', { name: 'Run the new-hire onboarding' });
  await card.getByText('Counts as evidence for…').click();
  await card.getByRole('checkbox', { name: mentoring }).check();
  await expect(card.getByRole('checkbox', { name: mentoring })).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'assessment trials: counts as evidence');
  await shotOfScreen(page, 'evidence-trial-card-light');

  await ledger.open('/plan');
  await plan.tab('Rate competencies');
  await plan.openCompetency(mentoring);
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.getByRole('heading', { name: /^Trials/ })).toBeVisible();
  await expect(evidence.getByRole('heading', { name: /^Actions/ })).toBeVisible();
  await expect(evidence.getByRole('link', { name: 'Run the new-hire onboarding' })).toHaveCount(1);
  await expect(evidence.getByRole('link', { name: 'Pair with two juniors on design reviews' })).toHaveCount(
    1,
  );
  await shotOfScreen(page, 'evidence-from-records-light');
  expect(ledger.pageErrors).toEqual([]);
});
