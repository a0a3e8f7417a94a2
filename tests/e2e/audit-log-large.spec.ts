/**
 * The audit Log with a busy week (issue 16): after a 5,000-event calendar import a week holds some 830
 * activities. The Log renders only the rows near the view (ui/VirtualList), keeps them reachable by
 * keyboard, and scrolls to the activity just quick-logged. With axe scans and screenshots of the big week
 * at 1280×800 in light and dark.
 *
 * The week is written straight into IndexedDB (as the import stores activities) rather than imported:
 * the import itself is import-large.spec.ts's subject, and takes minutes on the shared machine.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DB_NAME } from '@shared/app-identity';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { SHOTS } from './screenshots';
import { AppShell } from './pages/AppShell';
import { AuditScreen } from './pages/AuditScreen';

/** A week of a 5,000-event calendar spread over six weeks: 119 a day, 833 in the week. */
const PER_DAY = 119;
const DAYS = 7;

test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 } });

/** The audit's first week, filled as a calendar import fills it; a reload makes the app read it. */
async function seedBusyWeek(page: Page) {
  await page.evaluate(
    async ({ dbName, perDay, days }) => {
      const request = indexedDB.open(dbName);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      const read = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result as T[]);
          all.onerror = () => reject(new Error(String(all.error)));
        });
      const [audit] = await read<{ id: string; startDate: string }>('audits');
      const categories = await read<{ id: string }>('auditCategories');
      if (!audit) throw new Error('No audit to fill');
      const titles = [
        'Standup',
        'Design review: search',
        '1:1 with Sam',
        'Incident review',
        'Sprint planning',
        'Hiring loop debrief',
        'Architecture sync with the platform team about the new storage layer',
        'Email triage',
      ];
      const tx = db.transaction('auditEntries', 'readwrite');
      const store = tx.objectStore('auditEntries');
      const start = new Date(`${audit.startDate}T00:00:00Z`);
      for (let d = 0; d < days; d += 1) {
        const date = new Date(start.getTime() + d * 86_400_000).toISOString().slice(0, 10);
        for (let i = 0; i < perDay; i += 1) {
          const minutes = 6 * 60 + 5 * i;
          const n = d * perDay + i;
          store.put({
            id: `busy-${d}-${i}`,
            auditId: audit.id,
            date,
            startTime: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
            minutes: 5,
            title: `${titles[n % titles.length] ?? 'Meeting'} #${n + 1}`,
            categoryId: n % 3 === 0 ? null : (categories[n % categories.length]?.id ?? null),
            energy: [-2, -1, 0, 1, 2][n % 5] ?? null,
            note: '',
            mostImportant: n % 17 === 0 ? true : null,
            delegable: n % 23 === 0 ? true : null,
            importKey: `busy-${n}@growth-ledger.test`,
            createdAt: '2026-01-04T20:00:00.000Z',
            updatedAt: '2026-01-04T20:00:00.000Z',
          });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { dbName: DB_NAME, perDay: PER_DAY, days: DAYS },
  );
}

/** The Log card at the top of the window, for a screenshot of its rows at 1280×800. */
async function showLogCard(page: Page) {
  await page.locator('.audit-view').evaluate((card) => card.scrollIntoView({ block: 'start' }));
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`a week of 833 activities renders a window of rows, reachable by keyboard — ${theme.toLowerCase()}`, async ({
    page,
    ledger,
  }) => {
    // 130 Tab presses, each waited for, and a week of rows scrolled end to end: 40 s idle, over 90 s with
    // two CI runs side by side on two cores.
    test.setTimeout(240_000);
    const suffix = theme.toLowerCase();
    const audit = new AuditScreen(page);
    await ledger.open('/audit');
    await setTheme(page, theme);
    await audit.start('2026-01-05', 6);
    await seedBusyWeek(page);
    await page.reload();
    await audit.showDay('2026-01-05');

    // The day: 119 activities, a window of them in the page.
    const day = audit.dayList();
    await expect(day.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(PER_DAY));
    const dayRows = await day.getByRole('listitem').count();
    expect(dayRows).toBeLessThan(40);

    // A quick-logged line lands after the day's last meeting, at the end of the list: it is scrolled
    // into view, and the quick entry keeps focus for the next line.
    await audit.quickLog('Wrap-up notes 20m @17:00');
    const added = audit.dayRow('Wrap-up notes');
    await expect(added).toHaveAttribute('aria-posinset', String(PER_DAY + 1));
    await expect(added).toBeInViewport();
    await expect(audit.quickEntry).toBeFocused();

    // Keyboard: from the first row, Tab reaches the last one, the list following focus.
    await page.locator('.audit-view .virtual-list').evaluate((box) => {
      box.scrollTop = 0;
    });
    await audit.editButton('Standup #1').focus();
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    let steps = 0;
    while (steps < PER_DAY + 20 && (await focusedName()) !== 'Edit Wrap-up notes') {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    await expect(audit.editButton('Wrap-up notes')).toBeFocused();
    await expect(audit.editButton('Wrap-up notes')).toBeInViewport();
    // One stop per row after the first, the added one included, plus the "Hand over…" of each later row
    // marked delegable (every 23rd activity, as filled above).
    const handOvers = Array.from({ length: PER_DAY }, (_, i) => i).filter((i) => i > 0 && i % 23 === 0);
    expect(steps).toBe(PER_DAY + handOvers.length);
    expect(await day.getByRole('listitem').count()).toBeLessThan(40);

    // The week: 834 activities in one list headed by day, still a window of rows.
    await audit.showWeek();
    const week = audit.weekList();
    await expect(week.getByRole('listitem').first()).toHaveAttribute(
      'aria-setsize',
      String(PER_DAY * DAYS + 1),
    );
    const weekRows = await week.getByRole('listitem').count();
    expect(weekRows).toBeLessThan(60);
    console.log(`rendered rows: ${dayRows} of ${PER_DAY} (day), ${weekRows} of ${PER_DAY * DAYS + 1} (week)`);
    await expect(week.getByRole('heading', { name: /^Mon 5 Jan/ })).toBeVisible();

    // Scrolled to the end, as a user keeps scrolling (rows measured taller than guessed lengthen the
    // list on the way): the week's last activity, in full view in the list's box, the box in the window.
    await showLogCard(page);
    const end = await page.locator('.audit-view .virtual-list').evaluate(async (box) => {
      // Until the end holds still for a few steps: each step lets the rows come in and be measured.
      for (let step = 0, still = 0; step < 60 && still < 3; step += 1) {
        const before = box.scrollHeight;
        box.scrollTop = box.scrollHeight;
        await new Promise((resolve) => setTimeout(resolve, 50));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const atEnd = box.scrollHeight - box.scrollTop - box.clientHeight < 2;
        still = atEnd && box.scrollHeight === before ? still + 1 : 0;
      }
      const last = [...box.querySelectorAll('[aria-posinset]')].find(
        (row) => row.getAttribute('aria-posinset') === row.getAttribute('aria-setsize'),
      );
      const outer = box.getBoundingClientRect();
      const inner = last?.getBoundingClientRect();
      return {
        text: last?.textContent ?? '',
        inBox: inner !== undefined && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1,
      };
    });
    expect(end.text).toContain(`#${PER_DAY * DAYS}`);
    expect(end.inBox).toBe(true);
    await expect(week.locator(`[aria-posinset="${PER_DAY * DAYS + 1}"]`)).toBeInViewport();

    // Sunday's heading is the first row of its day, in the middle of the list.
    await page.locator('.audit-view .virtual-list').evaluate(async (box) => {
      const sunday = box.scrollHeight * (6 / 7);
      box.scrollTop = sunday - 200;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const sunday = week.getByRole('heading', { name: /^Sun 11 Jan/ });
    await expect(sunday).toBeVisible();
    // For the screenshot: where Saturday's rows end and Sunday's heading begins.
    await sunday.evaluate(async (heading) => {
      const row = heading.closest('li');
      const box = heading.closest('.virtual-list');
      // The virtualizer places each row: translate3d(0px, <top>px, 0px).
      const top = /translate3d\(0(?:px)?, (-?[\d.]+)px, 0(?:px)?\)/.exec(row?.style.transform ?? '')?.[1];
      if (!box || top === undefined) throw new Error('Sunday’s heading is not in a placed row');
      box.scrollTop = Number(top) - 150;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    await expect(sunday).toBeInViewport();

    await new AppShell(page).dismissToasts();
    await expectNoSeriousA11yViolations(page, 'audit log, a week of 833 activities');
    await showLogCard(page);
    await page.screenshot({ path: join(SHOTS, `audit-log-large-week-${suffix}.png`) });
    // Back to the day: it opens at its top, the reveal of the row added before is spent.
    await page.getByRole('radio', { name: 'Day view' }).check();
    await expect(audit.editButton('Standup #1')).toBeInViewport();
    await showLogCard(page);
    await page.screenshot({ path: join(SHOTS, `audit-log-large-day-${suffix}.png`) });
    expect(ledger.pageErrors).toEqual([]);
  });
}
