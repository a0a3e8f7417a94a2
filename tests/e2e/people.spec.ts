/**
 * People around you (issue 18, schema v10): with no mentor the list says to ask the manager for one and
 * puts that on the plan; a mentor is added and linked to the feedback that names them; someone being
 * grown gets their goal and stretch work; a feedback item shows its people and links another; all of it
 * survives a reload and is in a backup (the Markdown is unit-tested, tests/unit/db/people.test.ts).
 * Axe-scanned and screenshotted in both themes.
 */
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { AppShell } from './pages/AppShell';
import { DataScreen } from './pages/DataScreen';
import { JournalScreen } from './pages/JournalScreen';
import { shotOfScreen } from './screenshots';

test('people around you: a mentor asked for, found and linked to feedback; someone grown; backed up', async ({
  page,
  ledger,
}) => {
  test.setTimeout(240_000);
  const shell = new AppShell(page);

  // Feedback from Priya, logged before she is on the list.
  await ledger.open('/feedback');
  const ask = page.getByRole('form', { name: 'New feedback' });
  await ask.getByLabel('From whom').fill('Priya');
  await ask.getByLabel('Your question').fill('How could my design reviews land better?');
  await ask.getByRole('button', { name: 'Log it' }).click();
  await expect(shell.toast(/Request logged/)).toBeVisible();
  await shell.dismissToasts();

  // An empty list teaches, and without a mentor it says how to find one.
  await shell.goTo('People');
  await expect(page.getByRole('heading', { name: 'Nobody on your list yet' })).toBeVisible();
  const mentorCard = page.getByRole('region', { name: 'You have no mentor yet' });
  await expect(mentorCard).toContainText('ask your manager to find you a mentor');
  await expectNoSeriousA11yViolations(page, 'people, empty');
  await mentorCard.getByRole('button', { name: /to my actions$/ }).click();
  await expect(mentorCard).toContainText('is on your plan’s actions');
  await shell.dismissToasts();

  // Two people: a mentor and someone being grown.
  const add = page.getByRole('form', { name: 'Add a person' });
  await add.getByLabel('Name').fill('Priya');
  await add.getByLabel('Role').selectOption({ label: 'Mentor' });
  await add.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('region', { name: 'You have no mentor yet' })).toBeHidden();
  await add.getByLabel('Name').fill('Sam');
  await add.getByLabel('Role').selectOption({ label: 'Someone I’m growing' });
  await add.getByRole('button', { name: 'Add person' }).click();
  const mentors = page.getByRole('region', { name: /^Mentors/ });
  const growing = page.getByRole('region', { name: /^People you’re growing/ });
  await expect(mentors.getByRole('listitem')).toHaveCount(1);
  await expect(growing.getByRole('listitem')).toContainText('Ask them what they want to do next.');
  await expect(add.getByLabel('Name')).toHaveValue('');

  // Priya's page: who she is, what to ask next, the day of the last talk, the questions for her direction.
  await mentors.getByRole('link', { name: 'Priya' }).click();
  await expect(page).toHaveURL(/#\/people\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Priya', level: 2 })).toBeVisible();
  await expect(page.getByText('Have a first conversation.')).toBeVisible();
  await page.getByLabel('Who they are to you').fill('Principal engineer, platform');
  await page.getByLabel('For your next conversation').fill('How did you pick your first cross-team project?');
  await page.getByLabel('What you learned').fill('Write the decision down before the meeting.');
  await page.getByLabel('What you learned').blur();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(page.getByText(/^Talk again by /)).toBeVisible();
  await expect(page.getByText('Have a first conversation.')).toBeHidden();
  const questions = page.getByRole('region', { name: 'Questions worth asking' });
  await expect(questions).toContainText('What worries them about the team at the moment?');
  await page.getByLabel('Direction').selectOption({ label: 'Sideways' });
  await expect(questions).toContainText('What problems are they facing');

  // The feedback that names her is offered as a link.
  const linked = page.getByRole('region', { name: 'Feedback, retros, trials and handovers' });
  await expect(linked.getByRole('note')).toContainText('1 record name Priya');
  await linked.getByRole('button', { name: /^Link Feedback from Priya/ }).click();
  await expect(linked.getByRole('link', { name: 'Feedback from Priya' })).toBeVisible();
  await expect(linked.getByRole('note')).toBeHidden();
  await shell.dismissToasts();
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `a person ${theme}`);
    await shotOfScreen(page, `person-${theme.toLowerCase()}`);
  }
  await setTheme(page, 'Light');

  // Sam: what he wants next and the work that would stretch him.
  await page.getByRole('link', { name: '← All people' }).click();
  await growing.getByRole('link', { name: 'Sam' }).click();
  await page.getByLabel('What they want to do next').fill('Lead a project across two teams.');
  await expect(page.getByText('Find work that would stretch them toward it.')).toBeVisible();
  await page.getByLabel('Work that would stretch them').fill('The checkout tracing rollout.');
  await page.getByLabel('Work that would stretch them').blur();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(page.getByText('Have a first conversation.')).toBeVisible();

  await page.getByRole('link', { name: '← All people' }).click();
  await expect(mentors.getByRole('listitem')).toContainText('Principal engineer, platform');
  await expect(mentors.getByRole('listitem')).toContainText('1 linked record');
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `people ${theme}`);
    await shotOfScreen(page, `people-${theme.toLowerCase()}`);
  }
  await setTheme(page, 'Light');

  // The feedback item shows Priya, and takes Sam too.
  await new JournalScreen(page).goTo('Feedback');
  await page.getByRole('link', { name: /Log the answer from Priya/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Log the answer' });
  const people = dialog.getByRole('group', { name: 'People in the feedback from Priya' });
  await expect(people.getByRole('link', { name: 'Priya' })).toBeVisible();
  await people.getByRole('button', { name: /^Add a person/ }).click();
  await people
    .getByLabel('Person to link to the feedback from Priya')
    .selectOption({ label: 'Sam (Someone I’m growing)' });
  await people.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(people.getByRole('link', { name: 'Sam' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'feedback with its people');
  await shotOfScreen(page, 'feedback-people');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Kept across a reload, and in a backup.
  await page.reload();
  await shell.goTo('People');
  await growing.getByRole('link', { name: 'Sam' }).click();
  await expect(page.getByLabel('What they want to do next')).toHaveValue('Lead a project across two teams.');
  await expect(
    page.getByRole('region', { name: 'Feedback, retros, trials and handovers' }).getByRole('link', {
      name: 'Feedback from Priya',
    }),
  ).toBeVisible();
  await shell.goTo('Backup & restore');
  const backup = await new DataScreen(page).backUpNowAndRead(ledger.backupsDir);
  // A backup lists records by id (random), not in the list's order.
  const saved = [...backup.people].sort((a, b) => a.name.localeCompare(b.name));
  const feedbackKey = `feedback:${backup.feedback[0]?.id}`;
  expect(saved.map((p) => [p.name, p.role, p.links])).toEqual([
    ['Priya', 'mentor', [feedbackKey]],
    ['Sam', 'mentee', [feedbackKey]],
  ]);
  expect(saved[0]).toMatchObject({
    direction: 'sideways',
    relation: 'Principal engineer, platform',
    nextTalk: 'How did you pick your first cross-team project?',
    notes: 'Write the decision down before the meeting.',
  });
  expect(saved[0]?.lastTalkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(saved[1]).toMatchObject({
    goal: 'Lead a project across two teams.',
    stretchWork: 'The checkout tracing rollout.',
  });
  expect(backup.actions.map((a) => a.title)).toContain('Ask my manager to find me a mentor');
  expect(ledger.pageErrors).toEqual([]);
});
