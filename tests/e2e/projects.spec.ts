/**
 * Staff-level projects (issue 18, schema v9): a candidate with its case written down, taken on, counted
 * as evidence for a competency, done and given its retrospective; in a backup (the plan's Markdown
 * is unit-tested, tests/unit/shared/markdown.test.ts). Axe-scanned and screenshotted in both themes.
 */
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { AppShell } from './pages/AppShell';
import { DataScreen } from './pages/DataScreen';
import { GrowthPlanScreen } from './pages/GrowthPlanScreen';
import { shotOfScreen } from './screenshots';

test('a staff-level project: its case, why it was picked, evidence for a competency, its retro, backed up', async ({
  page,
  ledger,
}) => {
  test.setTimeout(180_000);
  const shell = new AppShell(page);
  const plan = new GrowthPlanScreen(page);
  await ledger.open('/plan');
  await plan.chooseFramework('Senior → Staff');
  await page.getByRole('navigation', { name: 'Growth plan' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'projects, empty');

  const add = page.getByRole('form', { name: 'New project' });
  await add.getByLabel('Project name').fill('Payments gateway consolidation');
  await add.getByRole('button', { name: 'Add project' }).click();
  await add.getByLabel('Project name').fill('Shared tracing for checkout');
  await add.getByRole('button', { name: 'Add project' }).click();
  const gateway = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Payments gateway consolidation' }),
  });
  await expect(gateway).toContainText('0 of 4 reasons written');
  await expect(gateway).toContainText('Write down why it is staff-level work.');

  // The case, the role and the choice: autosaved as typed.
  await gateway.getByLabel('Scope').fill('The whole payments group.');
  await gateway.getByLabel('Ambiguity').fill('No agreed target design.');
  await gateway.getByLabel('Teams involved').fill('Payments, checkout, finance engineering.');
  await gateway.getByLabel('Business impact').fill('A third fewer failed payments.');
  await gateway.getByLabel('Your role').fill('Technical lead');
  await gateway
    .getByLabel('Why I picked this')
    .fill('Three teams run their own gateway and nobody owns the whole.');
  await gateway.getByLabel('Why I picked this').blur();
  await expect(gateway.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(gateway).toContainText('4 of 4 reasons written');

  // Taken on: it moves to the top, and counts as evidence for a competency.
  await gateway.getByLabel('Status of Payments gateway consolidation').selectOption({ label: 'Under way' });
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .first(),
  ).toContainText('Payments gateway consolidation');
  await gateway.getByText(/^Counts as evidence for…/).click();
  await gateway.getByRole('checkbox', { name: /^Cross-team alignment/ }).check();
  await expect(gateway.getByRole('checkbox', { name: /^Cross-team alignment/ })).toBeChecked();
  await gateway.getByLabel('Wins to tell').fill('Failed payments down by a third.');
  await gateway.getByLabel('Who should hear about them').fill('Director of engineering, finance partners.');
  await gateway.getByLabel('Who should hear about them').blur();
  await expect(gateway.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await shell.dismissToasts();
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `staff-level projects ${theme}`);
    await shotOfScreen(page, `projects-${theme.toLowerCase()}`);
  }
  await setTheme(page, 'Light');

  // The competency lists it as evidence.
  await page.goto(`${ledger.origin}/#/plan/competencies`);
  await page.getByRole('link', { name: 'Cross-team alignment', exact: true }).first().click();
  await expect(
    page
      .getByRole('heading', { name: 'Staff-level projects', level: 4 })
      .or(page.getByText('Staff-level project'))
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Payments gateway consolidation' })).toBeVisible();

  // Done: its retrospective starts from it, and the project links to it.
  await page.goto(`${ledger.origin}/#/plan/projects`);
  await gateway.getByLabel('Status of Payments gateway consolidation').selectOption({ label: 'Done' });
  await expect(gateway).toContainText('Hold its retrospective.');
  await gateway.getByRole('button', { name: /^Hold its retrospective/ }).click();
  await expect(page).toHaveURL(/#\/retros\/[^/]+$/);
  await expect(page.getByLabel('Project name', { exact: true })).toHaveValue(
    'Payments gateway consolidation',
  );
  await page.goto(`${ledger.origin}/#/plan/projects`);
  await expect(gateway.getByRole('link', { name: /^Open its retrospective/ })).toBeVisible();

  // A backup carries it, its evidence link and its retrospective.
  await shell.goTo('Backup & restore');
  const { projects, evidence, retros } = await new DataScreen(page).backUpNowAndRead(ledger.backupsDir);
  const saved = projects.find((p) => p.name === 'Payments gateway consolidation');
  expect(saved).toMatchObject({
    status: 'done',
    scope: 'The whole payments group.',
    role: 'Technical lead',
    wins: 'Failed payments down by a third.',
    tellWho: 'Director of engineering, finance partners.',
  });
  expect(retros.map((r) => r.id)).toContain(saved!.retroId);
  expect(evidence.filter((e) => e.ref?.kind === 'project' && e.ref.id === saved!.id)).toHaveLength(1);
  expect(projects.map((p) => p.name).sort()).toEqual([
    'Payments gateway consolidation',
    'Shared tracing for checkout',
  ]);
  expect(ledger.pageErrors).toEqual([]);
});
