/**
 * Issue 16: a calendar of 5,000 events in the audit's weeks froze the window for 23–43 s before its
 * preview appeared. Now the file is parsed in a worker and the preview renders only the rows in view.
 *
 * The guarantee checked is responsiveness, not a total time: while the preview appears and while it is
 * scrolled end to end, the page's main thread runs no task over 200 ms. A PerformanceObserver for
 * 'longtask', installed before the app starts, sees every task over 50 ms by its wall-clock length.
 *
 * Wall-clock length alone is not a fair test on the shared CI machine: with a load of 30 on two cores
 * (seen while this was written) any 15 ms render is stretched past 200 ms by waiting for a core. So a
 * long task fails the test only when the page really worked that long: the Chromium trace recorded
 * meanwhile gives each main-thread task's CPU time (`tdur`), and a task the observer saw over 200 ms
 * fails if the main thread's CPU time within it is over 200 ms too. On an idle machine the two agree;
 * the old dialog (a single render of 5,000 rows, seconds of CPU) fails either way. Every long task is
 * printed with both figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { largeCalendar } from '@tests/fixtures/large-calendar';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './harness';
import { shotOfScreen } from './screenshots';
import { AuditScreen } from './pages/AuditScreen';

const EVENTS = 5_000;
const LIMIT_MS = 200;

interface Task {
  start: number;
  duration: number;
}

declare global {
  interface Window {
    __longTasks?: Task[];
  }
}

test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });

/** One task of the renderer's main thread in a Chromium trace, in microseconds: wall and CPU time. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { message?: string } };
}

test('a 5,000-event calendar previews and scrolls without a main-thread task over 200 ms', async ({
  browser,
  page,
  ledger,
}) => {
  // Minutes on a loaded two-core machine: the parse alone took 12 s there in Node.
  test.setTimeout(600_000);
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    window.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const audit = new AuditScreen(page);
  await ledger.open('/audit');
  await audit.start('2026-01-05', 6);

  await mkdir(ledger.scratch, { recursive: true });
  const path = join(ledger.scratch, 'busy-team.ics');
  await writeFile(path, largeCalendar(EVENTS));
  ledger.dialogs.nextOpenPath = path;

  const now = () => page.evaluate(() => performance.now());
  const spans: [number, number][] = [];

  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  // A mark in both clocks (the trace's and the page's), to place the observer's tasks in the trace.
  const alignAt = await page.evaluate(() => {
    console.timeStamp('import-large-align');
    return performance.now();
  });

  // The preview appears.
  let from = await now();
  await page.getByRole('button', { name: 'Import calendar file…' }).click();
  const dialog = audit.importDialog();
  const table = dialog.getByRole('table', { name: 'Events to import' });
  await expect(table).toBeVisible({ timeout: 120_000 });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  spans.push([from, await now()]);

  await expect(dialog).toContainText('5,000 events fall within the audit’s weeks');
  await expect(table).toHaveAttribute('aria-rowcount', String(EVENTS + 1));
  // Only the rows in view (and a few past each edge) are in the page.
  const rendered = await table.getByRole('row').count();
  expect(rendered).toBeLessThan(60);

  // Scrolled end to end, a screenful at a time, each step given a frame to render its rows.
  const scroller = dialog.locator('.virtual-list');
  from = await now();
  for (let step = 0; step < 12; step += 1) {
    await scroller.evaluate(async (element) => {
      element.scrollTop += element.clientHeight * 3;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
  }
  await scroller.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(table.locator(`[aria-rowindex="${EVENTS + 1}"]`)).toBeVisible();
  spans.push([from, await now()]);

  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'import-large-align');
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark?.pid)
      .map((e) => e.tid),
  );
  expect(mark, 'the alignment mark is in the trace').toBeDefined();
  // Page time of a trace timestamp.
  const pageTime = (ts: number) => ts / 1000 - ((mark?.ts ?? 0) / 1000 - alignAt);
  const mainTasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === mark?.pid && mainThreads.has(e.tid),
  );
  /** The main thread's CPU time (ms) in tasks that began within [start, end] (wall time where no CPU time is recorded). */
  const cpuWithin = (start: number, end: number) =>
    mainTasks
      .filter((e) => pageTime(e.ts) >= start - 1 && pageTime(e.ts) <= end + 1)
      .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);

  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  const inSpans = tasks
    .filter((task) => spans.some(([start, end]) => task.start < end && task.start + task.duration > start))
    .map((task) => ({ ...task, cpu: cpuWithin(task.start, task.start + task.duration) }));
  console.log(
    `long tasks (> 50 ms) while previewing and scrolling ${EVENTS} events (wall / main-thread CPU): ${
      inSpans.map((task) => `${Math.round(task.duration)} / ${Math.round(task.cpu)} ms`).join(', ') || 'none'
    }; longest main-thread task by CPU in the trace: ${Math.round(
      Math.max(0, ...mainTasks.map((e) => (e.tdur ?? e.dur ?? 0) / 1000)),
    )} ms`,
  );
  expect(mainTasks.length, 'the trace holds the main thread’s tasks').toBeGreaterThan(0);
  expect(inSpans.filter((task) => task.duration > LIMIT_MS && task.cpu > LIMIT_MS)).toEqual([]);

  // The row controls work from the keyboard where the user scrolled to: Tab moves through a row's controls.
  const lastBox = table.getByRole('checkbox').last();
  await lastBox.focus();
  const wasChecked = await lastBox.isChecked();
  await page.keyboard.press('Space');
  await expect(lastBox).toBeChecked({ checked: !wasChecked });
  await page.keyboard.press('Tab');
  await expect(table.getByRole('combobox').last()).toBeFocused();

  // Back at the top for the look of it, with the table's header and its first rows.
  await scroller.evaluate((element) => {
    element.scrollTop = 0;
  });
  await expect(table.locator('[aria-rowindex="2"]')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'audit import preview of 5,000 events');
  await shotOfScreen(page, 'audit-import-large');
  expect(ledger.pageErrors).toEqual([]);
});
