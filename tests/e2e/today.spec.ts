/**
 * Today, the start screen (issue 16): an empty database gets a welcome and its first step; with data,
 * each due item is one click from its screen. Axe-clean and looked at in light and dark.
 */
import type { Page } from '@playwright/test';
import {
  action,
  audit,
  auditEntry,
  brag,
  competency,
  feedback,
  framework,
  managerAnswer,
  profile,
  retro,
  selfAssessment,
  skillSnapshot,
} from '../unit/support/journal-fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { shotOfScreen } from './screenshots';
import { ProfileScreen } from './pages/ProfileScreen';
import { browserDays, seedTables } from './seed';

test.use({ viewport: { width: 1280, height: 800 } });

/** The days, counted from the browser's today, that the seeded records are dated. */
const OFFSETS = [-200, -60, -20, -7, -3, -1, 0] as const;

/**
 * One of each thing Today lists, written straight into IndexedDB as the features store them, dated
 * around the browser's own today: an action due today, a request waiting for an answer, a retro of a
 * project that ended yesterday, an audit in its second week with one activity today, a win this week, a
 * vague answer of the manager old enough to ask again, and a self-assessment old enough to retake.
 */
async function seedDueThings(page: Page) {
  // The dates and the time stamp come from the browser's clock and time zone: "today" is the page's.
  const { day, stamp } = await browserDays(page, OFFSETS);
  const times = { createdAt: stamp, updatedAt: stamp };
  await seedTables(page, {
    profile: [profile({ name: 'Ada Example', ...times })],
    selfAssessments: [
      selfAssessment({
        id: 'sa1',
        startedAt: `${day(-200)}T10:00:00.000Z`,
        completedAt: `${day(-200)}T10:20:00.000Z`,
      }),
    ],
    frameworks: [framework({ id: 'fw1', name: 'Senior → Staff', ...times })],
    competencies: [competency({ id: 'cp1', frameworkId: 'fw1', ...times })],
    skillSnapshots: [
      skillSnapshot({ id: 'ss1', competencyId: 'cp1', recordedAt: stamp, current: 3, target: 4 }),
    ],
    settings: [{ key: 'growthPlan.activeFrameworkId', value: 'fw1' }],
    actions: [
      action({ id: 'ac1', competencyId: 'cp1', title: 'Write the storage RFC', dueDate: day(0), ...times }),
    ],
    feedback: [
      feedback({
        id: 'fb1',
        from: 'Grace',
        askedOn: day(-3),
        question: 'How did the design review go?',
        ...times,
      }),
    ],
    retros: [
      retro({
        id: 'rt1',
        project: 'Search v2',
        startDate: day(-60),
        endDate: day(-1),
        role: 'Tech lead',
        status: 'draft',
        ...times,
      }),
    ],
    audits: [audit({ id: 'au1', startDate: day(-7), weeks: 4, status: 'active', ...times })],
    auditEntries: [
      auditEntry({
        id: 'ae1',
        auditId: 'au1',
        date: day(0),
        minutes: 90,
        title: 'Design review',
        energy: 1,
        ...times,
      }),
    ],
    bragEntries: [brag({ id: 'br1', date: day(0), title: 'Shipped search v2', kind: 'delivery', ...times })],
    managerAnswers: [
      managerAnswer({
        id: 'ma1',
        askedOn: day(-20),
        answer: 'Be more strategic.',
        concrete: 'vague',
        ...times,
      }),
    ],
  });
}

test('Today is the start screen: a welcome at first, then each due item one click from its screen', async ({
  page,
  ledger,
}) => {
  // Two themes of scans and screenshots, and six round trips: more than the default budget on two cores,
  // and up to 55 s with two whole CI runs side by side (the flakiness check).
  test.setTimeout(180_000);
  await ledger.open('');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link').first()).toHaveText('Today');
  await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Welcome to Growth Ledger' })).toBeVisible();
  await expect(page.locator('#main form')).toHaveCount(0);
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `today first run ${theme}`);
    await shotOfScreen(page, `today-first-run-${theme.toLowerCase()}`);
  }
  await page.getByRole('link', { name: 'Create your profile' }).click();
  await expect(page.getByRole('heading', { name: 'Your profile', level: 1 })).toBeVisible();

  await seedDueThings(page);
  // A fresh start with no path: the app opens on Today, with the seeded data.
  await page.goto(`${ledger.origin}/`);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const due = page.getByRole('region', { name: 'Due now' });
  const items: [string, string, string][] = [
    ["Log today's activities", '#/audit', 'Calendar audit'],
    ["Write this week's reflection", '#/audit/reflection', 'Calendar audit'],
    ['Write the storage RFC', '#/plan/actions', 'Growth plan'],
    ['Hold the retrospective: Search v2', '#/retros/rt1', 'Project retrospectives'],
    ['Waiting for feedback from Grace', '#/feedback/fb1', 'Feedback log'],
    ['Ask your manager again what excellent looks like', '#/profile', 'Your profile'],
    ['Retake the self-assessment', '#/assessment/take', 'Staff or manager?'],
  ];
  await expect(due.getByRole('link')).toHaveText(items.map(([name]) => name));
  await expect(due.getByText('1 activity logged today · week 2 of 4')).toBeVisible();
  await expect(page.getByText('1 h 30 min logged in 1 activity · energy +1.0 · 1 win logged')).toBeVisible();
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `today with due items ${theme}`);
    await shotOfScreen(page, `today-due-${theme.toLowerCase()}`);
  }

  for (const [name, hash, heading] of items) {
    await due.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${hash.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await page.goBack();
    await expect(due).toBeVisible();
  }
  expect(ledger.pageErrors).toEqual([]);
});

test('a second start paints Today as the last session left it, never an older copy', async ({
  page,
  ledger,
}) => {
  // Every state of the screen the page could paint: the main area's text at the end of each task.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { todaySeen: string[] }).todaySeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('#main')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const seen = () => page.evaluate(() => (window as unknown as { todaySeen: string[] }).todaySeen);
  const remembered = () => page.evaluate(() => localStorage.getItem('growth-ledger.today.remembered'));

  await ledger.open('');
  await expect(page.getByRole('link', { name: 'Create your profile' })).toBeVisible();
  // The start remembers what Today showed, for the next start.
  await expect.poll(remembered).toContain('"hasProfile":false');

  // A change made elsewhere in the app (the profile, created on its own screen) ...
  await page.getByRole('link', { name: 'Create your profile' }).click();
  await new ProfileScreen(page).create();
  // ... and the next start never paints the Today from before it, not even for a frame.
  await page.goto(`${ledger.origin}/`);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take the self-assessment' })).toBeVisible();
  expect((await seen()).some((text) => text.includes('Create your profile'))).toBe(false);
  await expect.poll(remembered).toContain('"hasProfile":true');

  // The start after that paints the remembered screen, the same as the database's.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Take the self-assessment' })).toBeVisible();
  const states = await seen();
  expect(states.some((text) => text.includes('Create your profile'))).toBe(false);
  expect(ledger.pageErrors).toEqual([]);
});
