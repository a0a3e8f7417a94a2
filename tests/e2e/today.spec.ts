/**
 * Today, the start screen (issue 16): an empty database gets a welcome and its first step; with data,
 * each due item is one click from its screen. Axe-clean and looked at in light and dark.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { shotOfScreen } from './screenshots';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * One of each thing Today lists, written straight into IndexedDB as the features store them, dated
 * around the browser's own today: an action due today, a request waiting for an answer, a retro of a
 * project that ended yesterday, an audit in its second week with one activity today, a win this week, and
 * a self-assessment old enough to retake.
 */
async function seedDueThings(page: Page) {
  await page.evaluate(async () => {
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const stamp = new Date().toISOString();
    const times = { createdAt: stamp, updatedAt: stamp };
    const records: Record<string, object[]> = {
      profile: [
        {
          id: 'me',
          name: 'Ada Example',
          currentLevel: 'E5',
          role: 'Senior engineer',
          targetTrack: 'staff',
          targetDate: null,
          excellentAnswer: '',
          excellentAnsweredOn: null,
          ...times,
        },
      ],
      selfAssessments: [
        {
          id: 'sa1',
          startedAt: `${day(-200)}T10:00:00.000Z`,
          completedAt: `${day(-200)}T10:20:00.000Z`,
          answers: [5, 4, 5, 4, 4, 4, 3, 2, 3, 2, 2, 2],
        },
      ],
      frameworks: [
        {
          id: 'fw1',
          name: 'Senior → Staff',
          description: '',
          track: 'staff',
          builtInKey: null,
          archived: false,
          ...times,
        },
      ],
      competencies: [
        {
          id: 'cp1',
          frameworkId: 'fw1',
          group: 'Technical',
          name: 'Technical direction',
          description: '',
          levels: ['1', '2', '3', '4', '5'],
          order: 0,
          priority: 0,
          archived: false,
          ...times,
        },
      ],
      skillSnapshots: [
        { id: 'ss1', competencyId: 'cp1', recordedAt: stamp, current: 3, target: 4, note: '' },
      ],
      settings: [{ key: 'growthPlan.activeFrameworkId', value: 'fw1' }],
      actions: [
        {
          id: 'ac1',
          competencyId: 'cp1',
          title: 'Write the storage RFC',
          status: 'todo',
          dueDate: day(0),
          doneAt: null,
          source: null,
          ...times,
        },
      ],
      feedback: [
        {
          id: 'fb1',
          from: 'Grace',
          askedOn: day(-3),
          question: 'How did the design review go?',
          receivedOn: null,
          content: '',
          sentiment: null,
          followUp: '',
          competencyIds: [],
          ...times,
        },
      ],
      retros: [
        {
          id: 'rt1',
          project: 'Search v2',
          startDate: day(-60),
          endDate: day(-1),
          role: 'Tech lead',
          wentWell: '',
          didNotGoWell: '',
          prevention: '',
          change: '',
          overEngineered: null,
          overEngineeredNote: '',
          competencyIds: [],
          status: 'draft',
          ...times,
        },
      ],
      audits: [{ id: 'au1', startDate: day(-7), weeks: 4, status: 'active', ...times }],
      auditEntries: [
        {
          id: 'ae1',
          auditId: 'au1',
          date: day(0),
          startTime: null,
          minutes: 90,
          title: 'Design review',
          categoryId: null,
          energy: 1,
          note: '',
          mostImportant: null,
          delegable: null,
          importKey: null,
          ...times,
        },
      ],
      bragEntries: [
        {
          id: 'br1',
          date: day(0),
          title: 'Shipped search v2',
          impact: '',
          numbers: '',
          link: '',
          kind: 'delivery',
          competencyIds: [],
          ...times,
        },
      ],
    };
    const request = indexedDB.open('growth-ledger');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const tx = db.transaction(Object.keys(records), 'readwrite');
    for (const [table, rows] of Object.entries(records))
      for (const row of rows) tx.objectStore(table).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  });
}

test('Today is the start screen: a welcome at first, then each due item one click from its screen', async ({
  page,
  ledger,
}) => {
  // Two themes of scans and screenshots, and six round trips: more than the default budget on two cores.
  test.slow();
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
