/**
 * The manager loop (issue 18): every answer to "what does excellent look like in six months?" kept with
 * its day, the "concrete enough?" question with what to do about a vague answer, the 1:1 that turns its
 * reminder on, the management chain's buy-in on the promotion checklist, and all of it in a backup.
 * Axe-scanned and screenshotted in both themes.
 */
import { format, subDays } from 'date-fns';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { AppShell } from './pages/AppShell';
import { DataScreen } from './pages/DataScreen';
import { GrowthPlanScreen } from './pages/GrowthPlanScreen';
import { ProfileScreen } from './pages/ProfileScreen';
import { shotOfScreen } from './screenshots';

const day = (daysAgo: number) => format(subDays(new Date(), daysAgo), 'yyyy-MM-dd');

test('the manager loop: answers kept with their day, a vague one followed up, the 1:1 set up, the chain’s buy-in, all backed up', async ({
  page,
  ledger,
}) => {
  test.setTimeout(180_000);
  const shell = new AppShell(page);
  const profile = new ProfileScreen(page);
  await ledger.open('/profile');
  await profile.create();
  const loop = page.getByRole('region', { name: 'What does excellent look like in six months?' });
  await expect(loop.getByRole('note')).toContainText('No answer yet');

  // A first answer, judged vague: the advice shows, and when to ask again.
  await profile.addAnswer('Be more strategic.', day(10));
  await expect(loop.getByRole('blockquote').first()).toHaveText('Be more strategic.');
  await loop.getByRole('radio', { name: /^Too vague/ }).check();
  await expect(loop.getByRole('note', { name: 'When the answer is vague' })).toContainText(
    'ask for specifics',
  );
  await expect(loop.getByText(/^Worth a conversation: The last answer was vague/)).toBeVisible();
  await loop
    .getByLabel('Your next step')
    .fill('Ask which decision of last quarter should have gone differently.');
  await loop.getByLabel('Your next step').blur();
  await expect(loop.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // A second, concrete answer: the first stays, with its judgement and next step.
  await profile.addAnswer(
    'Lead the storage migration across three teams and write the plan for next year.',
    day(0),
  );
  await loop.getByRole('radio', { name: /^Concrete enough/ }).check();
  await expect(loop.getByText(/^Worth a conversation/)).toBeHidden();
  const earlier = loop.getByRole('list', { name: 'Earlier answers' });
  await expect(earlier.getByRole('listitem')).toHaveCount(1);
  await expect(earlier).toContainText('Be more strategic.');
  await expect(earlier).toContainText('Too vague');
  await expect(earlier).toContainText('Ask which decision of last quarter');

  // The 1:1: set up once, its reminder is on.
  const oneOnOne = page.getByRole('region', { name: 'Your 1:1 with your manager' });
  await oneOnOne.getByLabel('Day').selectOption({ label: 'Tuesday' });
  await oneOnOne.getByRole('button', { name: 'Set up my 1:1' }).click();
  await expect(oneOnOne.getByText(/^Every Tuesday at /)).toBeVisible();
  await expect(oneOnOne).toContainText('A reminder to ask for feedback comes');
  await shell.dismissToasts();
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `profile: the manager loop ${theme}`);
    await shotOfScreen(page, `manager-loop-${theme.toLowerCase()}`);
  }
  await setTheme(page, 'Light');

  // The skill map shows the answer in force.
  const plan = new GrowthPlanScreen(page);
  await page.goto(`${ledger.origin}/#/plan`);
  await plan.chooseFramework('Senior → Staff');
  const excellent = page.getByRole('region', { name: '“Excellent in six months”' });
  await expect(excellent).toContainText('Lead the storage migration across three teams');
  await expect(excellent).toContainText('Recent and on record');

  // The checklist and the chain's buy-in on it.
  await plan.tab('Promotion checklist');
  await page.getByLabel('New expectation').fill('Leads an initiative across two teams');
  await page.getByRole('button', { name: 'Add to checklist' }).click();
  const buyIn = page.getByRole('region', { name: 'Buy-in from your management chain' });
  const add = buyIn.getByRole('form', { name: 'Add someone from your management chain' });
  await add.getByLabel('Name').fill('Priya Shah');
  await add.getByRole('button', { name: 'Add' }).click();
  await add.getByLabel('Name').fill('Sam Okafor');
  await add.getByLabel('Who they are to you').selectOption({ label: 'Skip-level manager' });
  await add.getByRole('button', { name: 'Add' }).click();
  const chain = buyIn.getByRole('list', { name: 'Management chain' });
  await expect(chain.getByRole('listitem')).toHaveCount(2);
  const priya = chain.getByRole('listitem').filter({ hasText: 'Priya Shah' });
  await priya.getByLabel('Where Priya Shah stands').selectOption({ label: 'Agreed' });
  await expect(priya.getByLabel('On')).toHaveValue(day(0));
  await priya.getByLabel('What they said').fill('Agreed; wants the migration first.');
  await priya.getByLabel('What they said').blur();
  await expect(buyIn.getByRole('status').filter({ hasText: '1 of 2 agreed to the list.' })).toBeVisible();
  await shell.dismissToasts();
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `promotion checklist with buy-in ${theme}`);
    await shotOfScreen(page, `checklist-buy-in-${theme.toLowerCase()}`);
  }

  // A backup holds both answers and both people, as the screens show them.
  await shell.goTo('Backup & restore');
  const { managerAnswers, buyIns } = await new DataScreen(page).backUpNowAndRead(ledger.backupsDir);
  expect(
    managerAnswers
      .sort((a, b) => a.askedOn.localeCompare(b.askedOn))
      .map((a) => [a.askedOn, a.answer.slice(0, 20), a.concrete]),
  ).toEqual([
    [day(10), 'Be more strategic.', 'vague'],
    [day(0), 'Lead the storage mig', 'concrete'],
  ]);
  expect(
    [...buyIns].sort((a, b) => a.order - b.order).map((b) => [b.who, b.relation, b.status, b.note]),
  ).toEqual([
    ['Priya Shah', 'manager', 'agreed', 'Agreed; wants the migration first.'],
    ['Sam Okafor', 'skip-level', 'not-asked', ''],
  ]);
  expect(ledger.pageErrors).toEqual([]);
});
