/**
 * Issue 15, "never lose a word": in every form, what the user typed survives leaving it. Each form is
 * typed into and left three ways — another section, a reload (what a crash or a cut-short close comes
 * to), and the window's close/quit command (main's real `flushDrafts`, which the quit and close handlers
 * call) — and each time the text is there on coming back.
 *
 * Autosaving forms must have it in the database after the quit flush: the test then removes the page's
 * local copies of unsaved text before reloading, so only the database can bring it back. Forms that add a
 * record on an explicit Save keep their draft on this computer until it is saved or cleared.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { AppShell } from './pages/AppShell';
import { AssessmentScreen } from './pages/AssessmentScreen';
import { AuditScreen } from './pages/AuditScreen';
import { GrowthPlanScreen } from './pages/GrowthPlanScreen';
import { ProfileScreen } from './pages/ProfileScreen';

interface FormCase {
  name: string;
  /** Autosave (database) or kept draft (this computer, until saved). */
  model: 'autosave' | 'kept draft';
  /** Creates what the form needs, starting from an open app. */
  setup?: (page: Page) => Promise<void>;
  /** Goes to the form from anywhere in the app. */
  open: (page: Page) => Promise<void>;
  field: (page: Page) => Locator;
}

const shell = (page: Page) => new AppShell(page);

const CASES: FormCase[] = [
  {
    name: 'profile',
    model: 'autosave',
    setup: async (page) => new ProfileScreen(page).create(),
    open: async (page) => shell(page).goTo('Profile'),
    field: (page) => page.getByLabel('Role or title'),
  },
  {
    name: 'new answer from the manager',
    model: 'kept draft',
    open: async (page) => shell(page).goTo('Profile'),
    field: (page) => new ProfileScreen(page).newAnswer.getByLabel("Your manager's answer"),
  },
  {
    name: 'next step after a vague answer',
    model: 'autosave',
    setup: async (page) => {
      await shell(page).goTo('Profile');
      await new ProfileScreen(page).addAnswer('Be more strategic.', '2026-11-20');
    },
    open: async (page) => shell(page).goTo('Profile'),
    field: (page) => page.getByLabel('Your next step'),
  },
  {
    name: 'Staff-or-EM decision',
    model: 'kept draft',
    open: async (page) => {
      await shell(page).goTo('Staff or EM?');
      await new AssessmentScreen(page).goTo('Decision');
    },
    field: (page) => page.getByRole('textbox', { name: 'Your decision' }),
  },
  {
    name: 'weekly reflection',
    model: 'autosave',
    setup: async (page) => {
      await shell(page).goTo('Calendar audit');
      await new AuditScreen(page).start('2026-11-02', 4);
    },
    open: async (page) => {
      await shell(page).goTo('Calendar audit');
      await new AuditScreen(page).tab('Weekly reflection');
    },
    field: (page) => page.getByLabel('What will you delegate, stop, or do more of?'),
  },
  {
    name: 'promotion checklist note',
    model: 'autosave',
    setup: async (page) => {
      const plan = new GrowthPlanScreen(page);
      await shell(page).goTo('Growth plan');
      await plan.chooseFramework('Senior → Staff');
      await plan.tab('Promotion checklist');
      await page.getByLabel('New expectation').fill('Leads an initiative across two teams');
      await page.getByRole('button', { name: 'Add to checklist' }).click();
      await expect(page.getByLabel('Evidence and notes')).toBeVisible();
    },
    open: async (page) => {
      await shell(page).goTo('Growth plan');
      await new GrowthPlanScreen(page).tab('Promotion checklist');
    },
    field: (page) => page.getByLabel('Evidence and notes'),
  },
  {
    name: 'evidence note on a competency',
    model: 'kept draft',
    setup: async (page) => {
      await shell(page).goTo('Growth plan');
      await new GrowthPlanScreen(page).chooseFramework('Senior → Staff');
    },
    open: async (page) => {
      const plan = new GrowthPlanScreen(page);
      await shell(page).goTo('Growth plan');
      await plan.tab('Rate competencies');
      await plan.openCompetency('Delivery & coordination');
    },
    field: (page) => page.getByRole('textbox', { name: 'New evidence note' }),
  },
  {
    name: 'retrospective',
    model: 'autosave',
    setup: async (page) => {
      await shell(page).goTo('Retrospectives');
      await page.getByRole('button', { name: 'New retrospective' }).click();
      await page.getByLabel('Project name').fill('Payments split');
      await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    },
    open: async (page) => {
      await shell(page).goTo('Retrospectives');
      await page.getByRole('link', { name: /Payments split/ }).click();
    },
    field: (page) => page.getByLabel('What went well'),
  },
  {
    name: 'new brag entry',
    model: 'kept draft',
    open: async (page) => shell(page).goTo('Brag document'),
    field: (page) => page.getByRole('form', { name: 'New brag entry' }).getByLabel('Impact'),
  },
  {
    name: 'new feedback',
    model: 'kept draft',
    open: async (page) => shell(page).goTo('Feedback'),
    field: (page) => page.getByRole('form', { name: 'New feedback' }).getByLabel('Your question'),
  },
];

/** Forgets the page's local copies of unsaved text, as if they had never been written. */
async function dropLocalCopies(page: Page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('growth-ledger.draft.')) localStorage.removeItem(key);
  });
}

async function reopen(page: Page) {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

for (const form of CASES) {
  test(`${form.name} (${form.model}): typed text survives another section, a reload and a quit`, async ({
    page,
    ledger,
  }) => {
    // Three reloads and a quit: 5 s on an idle machine, up to 35 s with two CI runs beside it.
    test.slow();
    await ledger.open('/profile');
    if (form.setup) await form.setup(page);

    // 1. Leave for another section straight after typing (no pause, no blur first).
    await form.open(page);
    await form.field(page).fill('First words');
    await shell(page).goTo('Settings');
    await form.open(page);
    await expect(form.field(page)).toHaveValue('First words');

    // 2. Reload before the autosave's pause has passed.
    await form.field(page).fill('First words, then more');
    await reopen(page);
    await form.open(page);
    await expect(form.field(page)).toHaveValue('First words, then more');

    // 3. The window's close/quit command: main asks the page to save and waits for its answer.
    await form.field(page).fill('First words, then more, then the last ones');
    expect(await ledger.desktop.desktop.flushDrafts()).toBe(true);
    // An autosaving form's text is in the database now: only the database can bring it back.
    if (form.model === 'autosave') await dropLocalCopies(page);
    await reopen(page);
    await form.open(page);
    await expect(form.field(page)).toHaveValue('First words, then more, then the last ones');

    expect(ledger.pageErrors).toEqual([]);
  });
}

test('a kept draft says it is not saved yet, and "Clear it" empties the form for good', async ({
  page,
  ledger,
}) => {
  await ledger.open('/brag');
  const form = page.getByRole('form', { name: 'New brag entry' });
  await form.getByLabel('What did you do?').fill('Unblocked the release');
  await shell(page).goTo('Settings');
  await shell(page).goTo('Brag document');
  await expect(form.getByLabel('What did you do?')).toHaveValue('Unblocked the release');
  await expect(form.getByRole('note')).toContainText('not saved yet');
  await form.getByRole('button', { name: 'Clear it' }).click();
  await expect(form.getByLabel('What did you do?')).toHaveValue('');
  await reopen(page);
  await shell(page).goTo('Brag document');
  await expect(form.getByLabel('What did you do?')).toHaveValue('');
  expect(ledger.pageErrors).toEqual([]);
});

test('settings: a changed reminder time survives another section and a reload', async ({ page, ledger }) => {
  await ledger.open('/settings');
  const time = page.getByLabel('Time').first();
  await time.fill('16:45');
  await shell(page).goTo('Profile');
  await shell(page).goTo('Settings');
  await expect(time).toHaveValue('16:45');
  await time.fill('17:15');
  await expect(page.getByRole('status').filter({ hasText: /Saved$/ })).toBeVisible();
  await reopen(page);
  await shell(page).goTo('Settings');
  await expect(time).toHaveValue('17:15');
  expect(ledger.pageErrors).toEqual([]);
});
