/**
 * One search for everything (issue 16): a record of each kind, each found by its own word through
 * Ctrl+K; Enter opens the record's screen; Escape gives focus back; axe-clean, light and dark.
 */
import type { Page } from '@playwright/test';
import { DB_NAME } from '@shared/app-identity';
import { shortcut } from '@shared/shortcuts';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { shotOfScreen } from './screenshots';

const STAMP = '2026-11-02T09:00:00.000Z';
const times = { createdAt: STAMP, updatedAt: STAMP };

/** One record of each searched kind, each with a word no other record has, and what its group is called. */
const SEEDED: { table: string; record: Record<string, unknown>; word: string; group: string }[] = [
  {
    table: 'retros',
    word: 'aardvark',
    group: 'Retrospectives',
    record: {
      id: 'r1',
      project: 'Aardvark migration',
      startDate: '2026-09-01',
      endDate: '2026-10-01',
      role: 'Lead',
      wentWell: 'Weekly demos.',
      didNotGoWell: '',
      prevention: '',
      change: '',
      overEngineered: null,
      overEngineeredNote: '',
      competencyIds: [],
      status: 'done',
      ...times,
    },
  },
  {
    table: 'bragEntries',
    word: 'bison',
    group: 'Brag document',
    record: {
      id: 'b1',
      date: '2026-10-10',
      title: 'Shipped the bison dashboard',
      impact: 'Every team sees its latency.',
      numbers: '',
      link: '',
      kind: 'delivery',
      competencyIds: [],
      ...times,
    },
  },
  {
    table: 'feedback',
    word: 'capybara',
    group: 'Feedback',
    record: {
      id: 'f1',
      from: 'Ana',
      askedOn: null,
      question: '',
      receivedOn: '2026-10-12',
      content: 'The capybara design review was calm and clear.',
      sentiment: 'positive',
      followUp: '',
      competencyIds: [],
      ...times,
    },
  },
  {
    table: 'frameworks',
    word: '',
    group: '',
    record: {
      id: 'fw1',
      name: 'My framework',
      description: '',
      track: 'custom',
      builtInKey: null,
      archived: false,
      ...times,
    },
  },
  {
    table: 'competencies',
    word: 'dugong',
    group: 'Competencies',
    record: {
      id: 'c1',
      frameworkId: 'fw1',
      group: 'Craft',
      name: 'Dugong modelling',
      description: 'Models the domain.',
      levels: ['1', '2', '3', '4', '5'],
      order: 0,
      priority: 0,
      archived: false,
      ...times,
    },
  },
  {
    table: 'skillSnapshots',
    word: 'echidna',
    group: 'Rating notes',
    record: {
      id: 's1',
      competencyId: 'c1',
      recordedAt: STAMP,
      current: 2,
      target: 4,
      note: 'Echidna review showed gaps.',
    },
  },
  {
    table: 'evidence',
    word: 'fennec',
    group: 'Evidence',
    record: {
      id: 'e1',
      competencyId: 'c1',
      ref: null,
      note: 'Led the fennec RFC.',
      date: '2026-10-03',
      ...times,
    },
  },
  {
    table: 'actions',
    word: 'gharial',
    group: 'Actions',
    record: {
      id: 'a1',
      competencyId: 'c1',
      title: 'Write the gharial guide',
      status: 'todo',
      dueDate: null,
      doneAt: null,
      source: null,
      ...times,
    },
  },
  {
    table: 'audits',
    word: '',
    group: '',
    record: { id: 'au1', startDate: '2026-10-05', weeks: 4, status: 'finished', ...times },
  },
  {
    table: 'auditEntries',
    word: 'ibex',
    group: 'Audit activities',
    record: {
      id: 'ae1',
      auditId: 'au1',
      date: '2026-10-06',
      startTime: null,
      minutes: 30,
      title: 'Ibex sync',
      categoryId: null,
      energy: null,
      note: '',
      mostImportant: null,
      delegable: null,
      importKey: null,
      ...times,
    },
  },
  {
    table: 'weeklyReflections',
    word: 'jerboa',
    group: 'Weekly reflections',
    record: {
      id: 'w1',
      auditId: 'au1',
      weekStart: '2026-10-05',
      items: [],
      intentions: 'Fewer jerboa meetings.',
      ...times,
    },
  },
  {
    table: 'decisions',
    word: 'kinkajou',
    group: 'Decision statements',
    record: {
      id: 'd1',
      date: '2026-10-20',
      statement: 'I want to lead the kinkajou platform.',
      framing: 'technical-direction',
      energising: true,
      ...times,
    },
  },
  {
    table: 'trials',
    word: 'liger',
    group: 'Trials',
    record: {
      id: 't1',
      track: 'em',
      title: 'Run the liger hiring loop',
      ideaKey: null,
      startDate: '2026-10-21',
      endDate: null,
      status: 'running',
      notes: '',
      energy: null,
      signalAnswer: '',
      ...times,
    },
  },
];

/** Writes the records straight into IndexedDB, then reloads so the app (and its search) reads them. */
async function seed(page: Page) {
  await page.evaluate(
    async ({ name, rows }) => {
      const open = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(open.error?.message ?? 'could not open the database'));
      });
      const tx = db.transaction([...new Set(rows.map((r) => r.table))], 'readwrite');
      for (const { table, record } of rows) tx.objectStore(table).put(record);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { name: DB_NAME, rows: SEEDED.map(({ table, record }) => ({ table, record })) },
  );
  await page.reload();
}

test('Ctrl+K finds a word in every kind of record and Enter opens it', async ({ page, ledger }) => {
  // Twelve searches, two axe scans and two screenshots: 50–100 s on a 2-core machine with a busy core.
  test.setTimeout(240_000);
  // Ctrl/Cmd+K is the native menu's accelerator (electron/menu.ts, tested with the menu); this sends what
  // it sends. The page handles the key itself only in the browser preview, where there is no menu.
  const { command, keys } = shortcut('search');
  expect(keys).toBe('CmdOrCtrl+K');
  const pressCtrlK = async () => {
    if (command) await ledger.sendCommand(command);
  };
  await ledger.open('/profile');
  await seed(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const opener = page.getByRole('link', { name: 'Brag document' });
  await opener.focus();
  await pressCtrlK();
  const field = page.getByRole('combobox', { name: 'Search everything you wrote' });
  await expect(field).toBeFocused();
  const results = page.getByRole('listbox', { name: 'Results' });

  for (const { word, group } of SEEDED.filter((s) => s.word)) {
    await field.fill(word);
    const groupBox = results.getByRole('group', { name: new RegExp(`^${group}`) });
    await expect(groupBox, `"${word}" in ${group}`).toBeVisible();
    await expect(results.getByRole('group')).toHaveCount(1);
    await expect(groupBox.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
  }

  // Escape closes the dialog and gives focus back to where it was.
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(opener).toBeFocused();

  // Light and dark, with results of several kinds; then Enter opens the active result.
  await pressCtrlK();
  await field.fill('the');
  await expect(results.getByRole('option').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'search dialog with results');
  for (const theme of ['Light', 'Dark'] as const) {
    await page.keyboard.press('Escape');
    await setTheme(page, theme);
    await pressCtrlK();
    await field.fill('the');
    await expect(results.getByRole('option').first()).toBeVisible();
    await shotOfScreen(page, `search-${theme.toLowerCase()}`);
  }
  await expectNoSeriousA11yViolations(page, 'search dialog, dark');

  await field.fill('capybara');
  await expect(results.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(field).toBeHidden();
  await expect(page).toHaveURL(/#\/feedback\/f1$/);
  // The feedback item's own form is open on it.
  await expect
    .poll(() =>
      page
        .locator('#main textarea, #main input')
        .evaluateAll((fields) => fields.some((f) => (f as HTMLInputElement).value.includes('capybara'))),
    )
    .toBe(true);
  expect(ledger.pageErrors).toEqual([]);
});
