/**
 * The growth plan journey: choose a framework, rate, plan actions, read the skill map, raise a level
 * and see both states in the history. Plus screenshots of the skill map with 0, 3 and 12 ratings.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SENIOR_TO_STAFF } from '@shared/content/frameworks';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { AppShell } from './pages/AppShell';
import { GrowthPlanScreen } from './pages/GrowthPlanScreen';
import { ProfileScreen } from './pages/ProfileScreen';
import { shotOfScreen } from './screenshots';
import { changeKey } from '@renderer/db/change-stamp';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

async function shoot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `growth-plan-${name}.png`), fullPage: true });
}

const NAMES = SENIOR_TO_STAFF.competencies.map((c) => c.name);

test('plan a skill gap: rate, add actions, read the map, raise a level', async ({ page, ledger }) => {
  test.slow();
  const plan = new GrowthPlanScreen(page);
  await ledger.open('/plan');
  await expect(page.getByRole('heading', { name: 'Start your growth plan' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'growth plan: choose a framework');
  await plan.chooseFramework('Senior → Staff');
  await expect(page.getByRole('heading', { name: 'Rate your first competency' })).toBeVisible();
  await expect(page.getByTestId('gp-excellent-risk')).toContainText('not written down');

  await plan.tab('Rate competencies');
  await plan.rate('Technical direction & architecture', 2, 4); // gap 2, priority 0
  await plan.rate('Handling ambiguity', 1, 4); // gap 3
  await plan.rate('Delivery & coordination', 3, 4); // gap 1
  await plan.rate('Cross-team alignment', 2, 4); // gap 2, priority 2
  await plan.rate('Mentorship & raising the bar', 3, 5); // gap 2, priority 10
  await expectNoSeriousA11yViolations(page, 'growth plan: rate competencies');

  await plan.openCompetency('Technical direction & architecture');
  await plan.addAction('Write the RFC for the storage split', '2020-01-31');
  await plan.addAction('Run an architecture review for the payments team');
  await expect(page.getByText(/Overdue · was due 31 Jan 2020/)).toBeVisible();

  await plan.tab('Skill map');
  await expect(plan.radar()).toHaveCount(2);
  await expect(plan.gapItems()).toHaveText([
    /Handling ambiguity.*3 levels/,
    /Technical direction & architecture.*2 levels/,
    /Cross-team alignment.*2 levels/,
    /Mentorship & raising the bar.*2 levels/,
    /Delivery & coordination.*1 level/,
  ]);
  await expect(page.getByTestId('gp-readiness')).toHaveText('0%');
  await expect(page.getByRole('region', { name: 'Next actions' }).getByRole('listitem')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'growth plan: skill map');

  // The table alternative carries the same numbers as the chart.
  await page.getByRole('button', { name: 'Table' }).click();
  const row = page.getByTestId('gp-map-table').getByRole('row', { name: /Handling ambiguity/ });
  await expect(row.getByRole('cell')).toHaveText(['1', '4']);
  await expect(page.locator('.gp-radar')).toHaveCount(0);

  // Raise a level with a note: the history keeps both states.
  await plan.openCompetency('Delivery & coordination');
  await page.getByLabel('Where you are today').selectOption('4');
  await page.getByLabel('Note', { exact: true }).fill('Landed the migration with three teams on one plan.');
  await page.getByRole('button', { name: 'Save rating' }).click();
  await expect(plan.historyRows()).toHaveCount(2);
  await expect(plan.historyRows().nth(0).getByRole('cell')).toHaveText([
    '4',
    '4',
    'Landed the migration with three teams on one plan.',
  ]);
  await expect(plan.historyRows().nth(1).getByRole('cell')).toHaveText(['3', '4', '']);
  await expect(page.getByText('On target')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'growth plan: competency detail');

  await plan.tab('Skill map');
  await expect(page.getByTestId('gp-readiness')).toHaveText('20%');
  await expect(plan.gapItems()).toHaveCount(4);

  expect(ledger.pageErrors).toEqual([]);
});

test('all open actions, the promotion checklist and framework edits', async ({ page, ledger }) => {
  test.slow();
  const plan = new GrowthPlanScreen(page);
  await ledger.open('/plan');
  await plan.chooseFramework('Senior → Staff');
  await plan.tab('Rate competencies');
  await plan.rate('Handling ambiguity', 1, 4);
  await plan.rate('Delivery & coordination', 3, 4);
  await plan.openCompetency('Delivery & coordination');
  await page.getByLabel('Where you are today').selectOption('4');
  await page.getByRole('button', { name: 'Save rating' }).click();
  await expect(plan.historyRows()).toHaveCount(2);
  await plan.addAction('Run an architecture review for the payments team');
  await plan.tab('Rate competencies');
  await plan.openCompetency('Handling ambiguity');
  await plan.addAction('Write the RFC for the storage split', '2020-01-31');

  // All open actions in one list, soonest due first.
  await plan.tab('Actions');
  const open = page.getByRole('region', { name: 'Open actions' });
  await expect(open.locator('.gp-action__title')).toHaveText([
    'Write the RFC for the storage split',
    'Run an architecture review for the payments team',
  ]);
  await open.getByLabel('Status of Write the RFC for the storage split').selectOption('done');
  await expect(open.locator('.gp-action__title')).toHaveText([
    'Run an architecture review for the payments team',
  ]);
  await expectNoSeriousA11yViolations(page, 'growth plan: actions');

  // Promotion checklist with progress.
  await plan.tab('Promotion checklist');
  await page.getByLabel('New expectation').fill('Leads an initiative across two teams');
  await page.getByRole('button', { name: 'Add to checklist' }).click();
  await page.getByLabel('New expectation').fill('Writes the area’s technical strategy');
  await page.getByRole('button', { name: 'Add to checklist' }).click();
  await page.getByLabel('Status of Leads an initiative across two teams').selectOption('met');
  await expect(page.getByText('1 of 2 expectations met')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'growth plan: promotion checklist');
  await shoot(page, 'promotion');

  // Framework editing: archive keeps history; restore brings it back.
  await plan.tab('Framework');
  await page.getByRole('button', { name: 'Archive Delivery & coordination' }).click();
  await expect(page.getByRole('region', { name: 'Archived' }).getByRole('link')).toHaveText([
    'Delivery & coordination',
  ]);
  await page.getByRole('button', { name: 'Edit Handling ambiguity' }).click();
  const dialog = page.getByRole('dialog', { name: /Edit “Handling ambiguity”/ });
  await dialog.getByLabel('Name').fill('Thriving in ambiguity');
  await expectNoSeriousA11yViolations(page, 'growth plan: edit competency dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: 'Thriving in ambiguity' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'growth plan: framework editor');
  await page
    .getByRole('region', { name: 'Archived' })
    .getByRole('link', { name: 'Delivery & coordination' })
    .click();
  await expect(plan.historyRows()).toHaveCount(2);
  await plan.tab('Skill map');
  await expect(plan.gapItems().first()).toContainText('Thriving in ambiguity');
  expect(ledger.pageErrors).toEqual([]);
});

/** Writes snapshots dated `monthsAgo` months back straight into IndexedDB (the app reads them after a reload). */
async function seedPastRatings(page: Page, monthsAgo: number) {
  await page.evaluate(async (months) => {
    const open = indexedDB.open('growth-ledger');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(open.error?.message ?? 'could not open the database'));
    });
    const tx = db.transaction(['competencies', 'skillSnapshots'], 'readwrite');
    const all = await new Promise<{ id: string; order: number }[]>((resolve) => {
      const req = tx.objectStore('competencies').getAll();
      req.onsuccess = () => resolve(req.result as { id: string; order: number }[]);
    });
    const at = new Date();
    at.setMonth(at.getMonth() - months);
    for (const c of all) {
      tx.objectStore('skillSnapshots').put({
        id: `seed-${c.id}`,
        competencyId: c.id,
        recordedAt: at.toISOString(),
        current: 1 + (c.order % 2),
        target: 4,
        note: '',
      });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, monthsAgo);
  await page.reload();
}

test('the skill map with 0, 3 and all 15 competencies rated, light and dark', async ({ page, ledger }) => {
  // Twelve screenshots with accessibility scans: 30-42 s on a 2-core machine with a busy core.
  test.setTimeout(180_000);
  // Tall enough that each screenshot shows the whole skill map (the shell scrolls inside <main>).
  await page.setViewportSize({ width: 1280, height: 2000 });
  const plan = new GrowthPlanScreen(page);
  const shell = new AppShell(page);
  await ledger.open('/plan');
  await plan.chooseFramework('Senior → Staff');
  await shell.dismissToasts();

  const both = async (name: string) => {
    for (const theme of ['Light', 'Dark'] as const) {
      await setTheme(page, theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
      await shoot(page, `${name}-${theme.toLowerCase()}`);
    }
    await expectNoSeriousA11yViolations(page, `skill map ${name}`);
  };

  await both('map-0');

  await plan.tab('Rate competencies');
  const levels: [number, number][] = [
    [2, 4],
    [3, 4],
    [2, 5],
    [4, 4],
    [3, 5],
    [2, 3],
    [3, 3],
    [1, 3],
    [2, 4],
    [3, 4],
    [4, 5],
    [2, 2],
    [3, 4],
    [2, 4],
    [3, 3],
  ];
  for (let i = 0; i < 3; i++) await plan.rate(NAMES[i]!, ...levels[i]!);
  await plan.tab('Skill map');
  await expect(plan.gapItems()).toHaveCount(3);
  await both('map-3');

  await plan.tab('Rate competencies');
  for (let i = 3; i < NAMES.length; i++) await plan.rate(NAMES[i]!, ...levels[i]!);
  // Six months of history behind the ratings, to show the overlay and the readiness trend.
  await seedPastRatings(page, 7);
  await plan.tab('Skill map');
  await expect(plan.gapItems()).toHaveCount(11);
  await page.getByLabel('Compare with').selectOption('6');
  await expect(plan.radar()).toHaveCount(3);
  await expect(page.getByText(/Up \d+ points/)).toBeVisible();
  await both('map-12');

  await plan.openCompetency(NAMES[0]!);
  await plan.addAction('Draft the area’s two-year technical direction', '2020-03-01');
  await shell.dismissToasts();
  await both('detail');
  expect(ledger.pageErrors).toEqual([]);
});

test('a plan of 200 competencies with 10 years of monthly ratings stays usable', async ({ page, ledger }) => {
  test.slow();
  const plan = new GrowthPlanScreen(page);
  await ledger.open('/plan');
  await plan.chooseFramework('Start from a blank framework');
  // 200 competencies × 120 monthly snapshots, written straight into IndexedDB.
  await page.evaluate(async () => {
    const open = indexedDB.open('growth-ledger');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(open.error?.message ?? 'could not open the database'));
    });
    const tx = db.transaction(['frameworks', 'competencies', 'skillSnapshots'], 'readwrite');
    const frameworks = await new Promise<{ id: string }[]>((resolve) => {
      const req = tx.objectStore('frameworks').getAll();
      req.onsuccess = () => resolve(req.result as { id: string }[]);
    });
    const frameworkId = frameworks[0]?.id ?? '';
    const stamp = new Date().toISOString();
    const groups = ['Technical', 'Execution', 'Influence', 'People'];
    for (let i = 0; i < 200; i++) {
      const id = `big-${i}`;
      tx.objectStore('competencies').put({
        id,
        frameworkId,
        group: groups[i % 4],
        name: `Competency ${String(i).padStart(3, '0')}`,
        description: '',
        levels: ['a', 'b', 'c', 'd', 'e'],
        order: i,
        priority: i,
        archived: false,
        createdAt: stamp,
        updatedAt: stamp,
      });
      for (let m = 0; m < 120; m++) {
        const at = new Date();
        at.setMonth(at.getMonth() - 120 + m);
        tx.objectStore('skillSnapshots').put({
          id: `${id}-${m}`,
          competencyId: id,
          recordedAt: at.toISOString(),
          current: 1 + (Math.floor((m + i) / 30) % 5),
          target: 1 + ((i + 3) % 5),
          note: '',
        });
      }
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  const readMs = await page.evaluate(async () => {
    const open = indexedDB.open('growth-ledger');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const t = performance.now();
    await new Promise((resolve) => {
      const req = db.transaction('skillSnapshots').objectStore('skillSnapshots').getAll();
      req.onsuccess = resolve;
    });
    const ms = performance.now() - t;
    db.close();
    return Math.round(ms);
  });
  console.log(`growth plan: reading 24,000 snapshots from IndexedDB takes ${readMs} ms`);
  const started = Date.now();
  await page.reload();
  await expect(plan.gapItems().first()).toBeVisible();
  // Reported, not asserted: wall-clock time depends on the machine.
  console.log(
    `growth plan: 200 competencies / 24,000 snapshots shown ${Date.now() - started} ms after reload`,
  );
  await expect(page.getByText(/Showing the 16 largest gaps of 200 competencies/)).toBeVisible();
  await expect(page.getByTestId('gp-map-table').locator('tbody tr')).toHaveCount(200);
  const switched = Date.now();
  await page.getByLabel('Compare with').selectOption('12');
  await expect(plan.radar()).toHaveCount(3);
  console.log(`growth plan: "12 months ago" overlay drawn ${Date.now() - switched} ms after choosing it`);
  const rated = Date.now();
  await plan.tab('Rate competencies');
  await expect(plan.levelCell('Current', 'Competency 199')).toBeVisible();
  console.log(`growth plan: 200 rating rows shown ${Date.now() - rated} ms after opening the tab`);
  const saved = Date.now();
  await plan.rate('Competency 000', 5, 5);
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Competency 000', exact: true }) }),
  ).toContainText('On target');
  console.log(`growth plan: a rating saved and the plan re-read ${Date.now() - saved} ms after the keys`);
  expect(ledger.pageErrors).toEqual([]);
});

test('your path: the ladder, a Staff archetype that weights the gaps and undoes, and the framework’s newer version', async ({
  page,
  ledger,
}) => {
  test.slow();
  const plan = new GrowthPlanScreen(page);
  await ledger.open('/profile');
  await new ProfileScreen(page).create(); // E5 · Senior engineer, aiming for Staff
  await page.goto(`${ledger.origin}/#/plan`);
  await plan.chooseFramework('Senior → Staff');
  await plan.tab('Rate competencies');
  await plan.rate('Technical direction & architecture', 2, 4); // gap 2
  await plan.rate('Cross-team alignment', 3, 4); // gap 1, priority 2
  await plan.rate('Delivery & coordination', 3, 4); // gap 1, priority 5
  await plan.tab('Skill map');

  const path = page.getByRole('region', { name: 'Your path' });
  const ladder = path.getByRole('list', { name: 'Scope ladder' });
  await expect(ladder.getByRole('listitem')).toHaveCount(5);
  await expect(ladder.locator('[aria-current="step"]')).toContainText('E5 · Senior engineer');
  await expect(ladder.locator('[aria-current="step"]')).toContainText('You are here');
  await expect(ladder.getByRole('listitem').filter({ hasText: 'Your aim' })).toContainText(
    'E6 · Staff engineer',
  );

  const unweighted = [
    /^Technical direction & architecture.*2 levels$/,
    /^Cross-team alignment.*1 level$/,
    /^Delivery & coordination.*1 level$/,
  ];
  await expect(plan.gapItems()).toHaveText(unweighted);
  await path.getByRole('radio', { name: /^Cross-team driver/ }).check();
  // What the driver relies on ranks as if its gap were one larger, marked so the user sees why.
  await expect(plan.gapItems()).toHaveText([
    /^Cross-team alignment.*1 level\s*Weighted$/,
    /^Delivery & coordination.*1 level\s*Weighted$/,
    /^Technical direction & architecture.*2 levels$/,
  ]);
  await expect(page.getByTestId('gp-weighting')).toContainText('Weighted for cross-team driver');
  await new AppShell(page).dismissToasts();
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await expectNoSeriousA11yViolations(page, `growth plan: your path ${theme}`);
    await shotOfScreen(page, `growth-plan-path-${theme.toLowerCase()}`);
  }
  // Undo: the ranking is exactly what it was.
  await path.getByRole('radio', { name: /^No particular kind/ }).check();
  await expect(plan.gapItems()).toHaveText(unweighted);
  await expect(page.getByTestId('gp-weighting')).toHaveCount(0);

  // A plan copied from version 1 of the framework (as every plan before version 2 was) is offered the
  // three competencies version 2 added, and keeps everything it has.
  await page.evaluate(async (stampKey) => {
    const request = indexedDB.open('growth-ledger');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const tx = db.transaction(['frameworks', 'competencies'], 'readwrite');
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const get = tx.objectStore(store).getAll();
        get.onsuccess = () => resolve(get.result as T[]);
      });
    for (const f of await all<{ builtInVersion: number }>('frameworks'))
      tx.objectStore('frameworks').put({ ...f, builtInVersion: 1 });
    for (const c of await all<{ id: string; builtInKey: string | null }>('competencies'))
      if (['craft', 'calculated-risk', 'seeking-feedback'].includes(c.builtInKey ?? ''))
        tx.objectStore('competencies').delete(c.id);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    localStorage.setItem(stampKey, crypto.randomUUID());
  }, changeKey('growth-ledger'));
  await page.reload();
  const update = page.getByRole('region', { name: 'A newer version of Senior → Staff' });
  await expect(update).toContainText(
    'Technical excellence & craft, Calculated bets & cutting losses and Seeking feedback & self-improvement',
  );
  await expectNoSeriousA11yViolations(page, 'growth plan: a newer framework version');
  await update.getByRole('button', { name: 'Add them to my plan' }).click();
  await expect(update).toHaveCount(0);
  await plan.tab('Rate competencies');
  await expect(plan.levelCell('Current', 'Seeking feedback & self-improvement')).toBeVisible();
  await expect(plan.levelCell('Current', 'Cross-team alignment')).toHaveAccessibleName(/: 3 · /);
  expect(ledger.pageErrors).toEqual([]);
});
