/**
 * `npm run bench:app`: the built app in Chromium with years of seeded data, measured against floors
 * taken in the same run, interleaved (so a busy machine slows floor and app alike). Prints one table:
 * per row the median ratio, the absolute medians, min–max over the runs, and the budget of issue 13.
 *
 *   npm run bench:app                       5 years of data, 5 runs
 *   npm run bench:app -- --years 1 --runs 3
 *   npm run bench:app -- --only screens,quick   some parts only (start, screens, quick, search,
 *                                           restore, auto, agg, import); the table keeps only their rows
 *   npm run bench:smoke                     tiny data, 1 run: proves every measurement still works
 *   npm run bench:app -- --only start --compare DIR
 *                                           A/B: the build in DIR (a copy of out/renderer made
 *                                           before a change) starts in place of the empty database,
 *                                           on the 5-year profile, paired with this build start by start
 *
 * Floors: a create-vite React starter built by the same Vite (cold start); the same screen or action on
 * a database without records (screens, quick-log, search); a raw IndexedDB put of the same records
 * (restore); a plain loop over the same activities (aggregation); the calendar parser alone, in a worker of
 * the same page, on the same file (calendar import). Main-thread time comes from Chromium's
 * own metrics (CDP TaskDuration), long tasks from the Long Tasks API, keystrokes from the Event Timing
 * API. `--json FILE` also writes every sample.
 */
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'date-fns';
import type { CDPSession, Page } from '@playwright/test';
import { DB_NAME } from '@shared/app-identity';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import type { TableData } from '@shared/types/entities';
import { DEFAULT_SEED, generateDataset } from '@scripts/dataset';
import { largeCalendar } from '@tests/fixtures/large-calendar';
import { seedBackupText } from '@scripts/seed';
import {
  buildStarter,
  mainThreadMs,
  openProfile,
  rawPut,
  startServers,
  tempDir,
  type Profile,
} from './browser';
import { ratioRow, pairedRow, type Row, printRows, median } from './report';

const { values: args } = parseArgs({
  options: {
    years: { type: 'string', default: '5' },
    runs: { type: 'string', default: '5' },
    smoke: { type: 'boolean', default: false },
    json: { type: 'string' },
    only: { type: 'string' },
    compare: { type: 'string' },
  },
});
const PARTS = ['start', 'screens', 'quick', 'search', 'restore', 'auto', 'agg', 'import'] as const;
type Part = (typeof PARTS)[number];
const only = new Set((args.only ?? PARTS.join(',')).split(',').map((part) => part.trim()));
for (const part of only)
  if (!PARTS.includes(part as Part)) throw new Error(`--only: unknown part "${part}" (${PARTS.join(', ')})`);
if (args.smoke && args.only) throw new Error('--smoke measures every part: leave out --only');
if (args.compare && (only.size !== 1 || !only.has('start')))
  throw new Error('--compare measures cold start only: add --only start');
const wants = (part: Part) => only.has(part);
const smoke = args.smoke;
const years = smoke ? 0.02 : Number(args.years);
const runs = smoke ? 1 : Math.max(1, Number(args.runs));
const today = format(new Date(), 'yyyy-MM-dd');

/** The screens timed on open, with what must be on screen (data or the empty state) once it is ready. */
const SCREENS: { name: string; route: string; ready: string }[] = [
  { name: 'Log', route: '/audit', ready: '#main form[aria-label="Quick entry"]' },
  { name: 'Results', route: '/audit/results', ready: '#main .empty-state, #main table, #main svg' },
  { name: 'All audits', route: '/audit/history', ready: '#main .empty-state, #main table' },
  { name: 'Handovers', route: '/audit/handovers', ready: '#main .empty-state, #main .delegation-list' },
  { name: 'Plan', route: '/plan', ready: '#main .empty-state, #main table, #main svg' },
  {
    name: 'Assessment history',
    route: '/assessment/history',
    ready: '#main .empty-state, #main table, #main svg',
  },
  { name: 'Retros', route: '/retros', ready: '#main .empty-state, #main li, #main article' },
  { name: 'Brag', route: '/brag', ready: '#main .empty-state, #main li, #main article' },
  { name: 'Feedback', route: '/feedback', ready: '#main .empty-state, #main li, #main article' },
];
const NEUTRAL = { route: '/settings', ready: '#main form, #main fieldset' };
/** The screen the app opens on (Today, issue 16): ready once its cards, drawn from the data, are there. */
const FIRST_SCREEN = { route: '/today', ready: '#main .card' };

/** Only the app's configuration and a running audit: the "same action on an empty database" floor. */
function withoutRecords(full: TableData): TableData {
  const running = full.audits.filter((audit) => audit.status === 'active');
  return {
    ...Object.fromEntries(Object.keys(full).map((name) => [name, []])),
    profile: full.profile,
    frameworks: full.frameworks,
    competencies: full.competencies,
    settings: full.settings,
    auditCategories: full.auditCategories,
    categoryRules: full.categoryRules,
    audits: running,
  } as unknown as TableData;
}

interface Timed {
  ms: number;
  longest: number;
  busy: number;
}

/** Navigates inside the app (hash change, as a sidebar click does) and times it until the screen is ready. */
async function openScreen(page: Page, cdp: CDPSession, route: string, ready: string): Promise<Timed> {
  const before = await mainThreadMs(cdp);
  const { ms, longest } = await showingFailure(page, route, () =>
    page.evaluate(
      async ({ route, ready }) => {
        const since = performance.now();
        location.hash = route;
        const at = await window.__bench.waitReady(ready, since);
        return { ms: at - since, longest: window.__bench.longestTaskSince(since, at) };
      },
      { route, ready },
    ),
  );
  return { ms, longest, busy: (await mainThreadMs(cdp)) - before };
}

/** On a failed wait, keeps a screenshot of the page (test-results/bench-failure.png) and says so. */
async function showingFailure<T>(page: Page, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await page.screenshot({ path: 'test-results/bench-failure.png', fullPage: true }).catch(() => undefined);
    throw new Error(
      `${what}: ${error instanceof Error ? error.message : String(error)} (screenshot: test-results/bench-failure.png)`,
    );
  }
}

async function settle(page: Page, route: string, ready: string) {
  await showingFailure(page, route, () =>
    page.evaluate(
      async ({ route, ready }) => {
        const since = performance.now();
        location.hash = route;
        await window.__bench.waitReady(ready, since);
      },
      { route, ready },
    ),
  );
}

/** Cold start: a new page, navigation start → first screen ready. Also sums the JS and CSS it loaded. */
async function coldStart(profile: Profile, url: string, ready: string, name: string) {
  const { page, cdp } = await profile.newPage();
  return profiled(cdp, name, () => coldStartSteps(page, cdp, url, ready));
}

async function coldStartSteps(page: Page, cdp: CDPSession, url: string, ready: string) {
  const files = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    if (!/\.(js|css)$/.test(new URL(response.url()).pathname)) return;
    // A response whose body is gone (a worker that has already finished) is fetched again.
    const url = response.url();
    const again = () =>
      fetch(url)
        .then((r) => r.arrayBuffer())
        .then((body) => Buffer.from(body));
    files.set(url, response.body().catch(again));
  });
  await page.goto(url);
  const ms = await page.evaluate((ready) => window.__bench.waitReady(ready, 0), ready);
  const longest = await page.evaluate((at) => window.__bench.longestTaskSince(0, at), ms);
  // Only what the first screen needed: files requested before it was ready (the chart library, compiled
  // ahead once the page is idle, is not part of it).
  const needed = await page.evaluate(
    (at) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= at)
        .map((entry) => entry.name),
    ms,
  );
  const sizes = await Promise.all(
    needed.map(async (name) => {
      const body = await files.get(name);
      return body ? gzipSync(body).length : 0;
    }),
  );
  const bytes = sizes.reduce((a, b) => a + b, 0);
  return { page, cdp, ms, longest, bytes };
}

/**
 * With BENCH_PROFILE=<folder>, records a CPU profile of the page around `work` into that folder
 * (`<name>.cpuprofile`, for Chrome DevTools' Performance panel): the evidence behind a slow row.
 * With BENCH_TRACE=<folder>, records a Chromium trace instead (`<name>.json`, for chrome://tracing or
 * the Performance panel): every process's tasks, layouts, paints and IndexedDB work, at far less cost
 * than the CPU profiler, which inflates short spans many times over.
 */
async function profiled<T>(cdp: CDPSession, name: string, work: () => Promise<T>): Promise<T> {
  const trace = process.env.BENCH_TRACE;
  if (trace) return traced(cdp, join(trace, `${name}.json`), work);
  const folder = process.env.BENCH_PROFILE;
  if (!folder) return work();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}

const TRACE_CATEGORIES = process.env.BENCH_TRACE_CATEGORIES?.split(',') ?? [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'IndexedDB',
  'leveldb',
];

async function traced<T>(cdp: CDPSession, file: string, work: () => Promise<T>): Promise<T> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  try {
    return await work();
  } finally {
    const done = new Promise<string>((resolve) =>
      cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
    );
    await cdp.send('Tracing.end');
    const stream = await done;
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    await writeFile(file, text);
  }
}

const QUICK_LINES_PER_RUN = smoke ? 1 : 3;

/** Quick-log one activity: Enter → its row painted. Main-thread time over that span. */
async function quickLog(page: Page, cdp: CDPSession, run: number, name: string): Promise<Timed> {
  await settle(page, '/audit', SCREENS[0]!.ready);
  const title = `Bench review ${run}-${Date.now()}`;
  const input = page
    .getByRole('combobox', { name: 'Log an activity' })
    .or(page.getByLabel('Log an activity'));
  await input.first().fill(`${title} 30m #design +1`);
  // From here on the page has focus in the field: Enter goes straight to it (no locator lookups, which
  // run in the page, inside the measured span).
  await page.waitForTimeout(300);
  // The harness's own main-thread cost (its readiness checks poll the page) over the same kind of wait
  // with nothing happening: subtracted in proportion to how long each wait lasted (the checks cost more
  // on a bigger page, and the measured wait is longer than this one).
  const idleBefore = await mainThreadMs(cdp);
  const idleSpan = await page.evaluate(async () => {
    const from = performance.now();
    await window.__bench.waitReady('#main', from);
    return performance.now() - from;
  });
  const idlePerMs = ((await mainThreadMs(cdp)) - idleBefore) / Math.max(idleSpan, 1);
  const before = await mainThreadMs(cdp);
  const since = await page.evaluate(() => performance.now());
  // Ready once the new row's text is on screen and the DOM has settled.
  const { at, end } = await profiled(cdp, name, async () => {
    await page.keyboard.press('Enter');
    return page.evaluate(
      async ({ title, since }) => {
        // The field empties once the activity is saved; then the row and counts settle.
        const field = document.activeElement as HTMLInputElement | null;
        while (field?.value.includes(title)) await new Promise((done) => setTimeout(done, 5));
        const at = await window.__bench.waitReady('#main', since);
        return { at, end: performance.now() };
      },
      { title, since },
    );
  });
  const busy = (await mainThreadMs(cdp)) - before - idlePerMs * (end - since);
  const longest = await page.evaluate(({ since, at }) => window.__bench.longestTaskSince(since, at), {
    since,
    at,
  });
  return { ms: at - since, longest, busy: Math.max(0, busy) };
}

/**
 * Types a search in the search dialog (issue 16; opened from the sidebar, as Ctrl/Cmd+K opens it): the
 * slowest keystroke's handler time, and the time from the last key to the results on screen.
 */
async function search(page: Page) {
  await settle(page, '/brag', SCREENS.find((s) => s.name === 'Brag')!.ready);
  await page.getByRole('button', { name: /^Search…/ }).click();
  const field = page.getByRole('combobox', { name: 'Search everything you wrote' });
  // The budget is for a warm index (built once, off the startup path): wait until the dialog no longer
  // says it is still reading older records.
  await field.fill('review');
  await page
    .getByRole('status')
    .filter({ hasText: /^[\d,.\s]+results?\.$/ })
    .waitFor({ timeout: 120_000 });
  await field.fill('');
  await page.waitForTimeout(300);
  const from = await page.evaluate(() => window.__bench.slowEvents.length);
  const query = 'latency review';
  for (const key of query) await field.press(key === ' ' ? 'Space' : key);
  // Results: from the last key press to the last change of the screen it caused.
  const { results, events } = await page.evaluate(async (from) => {
    const lastKey = window.__bench.lastKey;
    const at = await window.__bench.waitReady('dialog[open]', lastKey, 300);
    return { results: at - lastKey, events: window.__bench.slowEvents.slice(from) };
  }, from);
  await page.keyboard.press('Escape');
  return {
    worstKeystroke: Math.max(0, ...events.map((e) => e.processing)),
    slowestToPaint: Math.max(0, ...events.map((e) => e.duration)),
    results,
  };
}

/** Cold starts per side in each run (one for the smoke run). */
const START_ROUNDS = smoke ? 1 : 3;

/** Events in the calendar of the import rows (issue 16's 5,000; a few hundred for the smoke run). */
const IMPORT_EVENTS = smoke ? 300 : 5_000;

/**
 * Imports a calendar of IMPORT_EVENTS events through the audit's real dialog, from the click on "Import
 * calendar file…" to the preview's table on screen, with the longest main-thread task meanwhile; then,
 * in the same page, the parser alone on the same file: the app's own calendar worker (the built chunk the
 * import just loaded) sent the parse request directly, timed to its answer. So both sides run in the same
 * Chromium, on the same machine moment, and the ratio is what the dialog adds to the parse.
 */
async function importCalendar(profile: Profile, origin: string, file: string, text: string, run: number) {
  const { page, cdp } = await profile.newPage();
  const result = await profiled(cdp, `import-${run}`, () =>
    importSteps(page, profile, origin, file, text, run),
  );
  await page.close();
  return result;
}

async function importSteps(
  page: Page,
  profile: Profile,
  origin: string,
  file: string,
  text: string,
  run: number,
) {
  await page.goto(`${origin}/#/audit`);
  await page.evaluate(() => window.__bench.waitReady('#main button', 0));
  const start = page.getByRole('button', { name: 'Start the audit' });
  if (await start.isVisible()) {
    await page.getByLabel('First day').fill('2026-01-05');
    await page.getByRole('radio', { name: '6 weeks' }).check();
    await start.click();
  }
  await page.getByRole('button', { name: 'Import calendar file…' }).waitFor();
  profile.dialogs.nextOpenPath = file;
  const since = await page.evaluate(() => performance.now());
  // Timed in the page, as the parser is below: the DOM change that put the preview's first row in the
  // page (Playwright's own waiting checks the page at growing intervals, which added up to hundreds of
  // ms to the app's side only).
  const ready = page.evaluate(
    (since) => window.__bench.waitReady('dialog[open] [role="table"] [aria-rowindex="2"]', since, 0, 300_000),
    since,
  );
  await page.getByRole('button', { name: 'Import calendar file…' }).click();
  const shown = await showingFailure(page, `import-${run}`, () => ready);
  const longest = await page.evaluate((from) => window.__bench.longestTaskSince(from), since);
  const parser = await page.evaluate(
    async ({ text }) => {
      const url = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .find((name) => /ics\.worker[^/]*\.js$/.test(name));
      if (!url) throw new Error('the calendar worker was not loaded by the import');
      const worker = new Worker(url, { type: 'module' });
      const window = { rangeStart: '2026-01-05', rangeEnd: '2026-02-15', timeZone: 'Europe/Berlin' };
      const from = performance.now();
      return new Promise<number>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<{ type: string; message?: string }>) => {
          if (event.data.type === 'progress') return;
          worker.terminate();
          if (event.data.type === 'done') resolve(performance.now() - from);
          else reject(new Error(`the parser failed: ${event.data.message ?? '?'}`));
        };
        worker.postMessage({ type: 'parse', id: 1, text, window });
      });
    },
    { text },
  );
  return { app: shown - since, parser, longest };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Restores the seeded backup through the Backup & restore screen: check time, apply time, longest task. */
async function restoreThroughApp(profile: Profile, origin: string, file: string) {
  const { page, cdp } = await profile.newPage();
  const result = await profiled(cdp, 'restore', () => restoreSteps(profile, page, origin, file));
  await page.close();
  return result;
}

async function restoreSteps(profile: Profile, page: Page, origin: string, file: string) {
  await page.goto(`${origin}/#/data`);
  await page.evaluate(() => window.__bench.waitReady('#main button', 0));
  profile.dialogs.nextOpenPath = file;
  // In epoch time: the app reloads itself into the restored data, which restarts the page's clock.
  const now = () => page.evaluate(() => performance.timeOrigin + performance.now());
  const checkSince = await now();
  await page.getByRole('button', { name: /^Import/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.waitFor({ timeout: 600_000 });
  const checkAt = await now();
  // Taken before the click: a small restore (bench:smoke) reloads the page into the restored data before
  // a question asked after the click could be answered (ci-28: "Execution context was destroyed").
  const applySince = await now();
  await dialog
    .getByRole('button', { name: /Replace my data|Restore/ })
    .first()
    .click();
  // The app's message after the restore, or its error message: an error fails the run at once, with
  // what the app said and a screenshot, instead of waiting for a message that will not come.
  const restored = page.getByRole('status').filter({ hasText: /Restored/ });
  const failed = page.getByRole('alert');
  await showingFailure(page, 'restore', async () => {
    await restored.or(failed).first().waitFor({ timeout: 600_000 });
    if (!(await restored.isVisible())) throw new Error(`the app said: ${await failed.first().innerText()}`);
  });
  const applyAt = await now();
  // The app reloaded itself into the restored data: this page's clock starts at that navigation.
  const reloadedAt = await page.evaluate(() => performance.timeOrigin);
  const longest = await page.evaluate(
    (since) => window.__bench.longestTaskSince(since - performance.timeOrigin),
    checkSince,
  );
  return {
    check: checkAt - checkSince,
    apply: applyAt - applySince,
    reload: applyAt - reloadedAt,
    longest,
  };
}

/** Launches the app and lets its first automatic-backup check run (31 s on Playwright's clock). */
async function autoBackup(profile: Profile, origin: string, name: string) {
  const { page, cdp } = await profile.newPage();
  const result = await profiled(cdp, name, () => autoBackupSteps(profile, page, origin));
  await page.close();
  return result;
}

async function autoBackupSteps(profile: Profile, page: Page, origin: string) {
  // The backup worker starts with the first serialisation, and only then: what says a check found a change,
  // seconds before the backup reaches main (five years of data take a while to read on a busy machine).
  let serialising = false;
  page.on('worker', (worker) => {
    if (/backup\.worker[^/]*\.js$/.test(worker.url())) serialising = true;
  });
  await page.clock.install();
  await page.goto(`${origin}/#${FIRST_SCREEN.route}`);
  await page.locator(FIRST_SCREEN.ready).first().waitFor();
  // The first seconds after launch do their own work (the chart library compiles once the page is idle):
  // let that pass, so the tasks measured are the backup's, which comes 30 s after launch.
  await page.clock.runFor(5_000);
  await page.waitForTimeout(2_000);
  const saved = profile.answered.get('backup:save') ?? 0;
  const from = await page.evaluate(() => window.__bench.longTasks.length);
  await page.clock.runFor(26_000);
  // The check reads a few counts and, if anything changed, serialises and sends. A backup under way is
  // waited for until main has answered (closing the page sooner would leave it unrecorded, and the next
  // launch would back up again); with no worker after a while, nothing changed.
  for (let waited = 0; (profile.answered.get('backup:save') ?? 0) === saved; waited += 250) {
    if (!serialising && waited >= (smoke ? 2_000 : 15_000)) break;
    if (waited >= 300_000)
      throw new Error('The automatic backup started but main had no answer after 5 minutes');
    await page.waitForTimeout(250);
  }
  // The page notes the backup it made once main has answered; give that time on a loaded machine.
  await page.waitForTimeout(3_000);
  const tasks = await page.evaluate((from) => window.__bench.longTasks.slice(from), from);
  return { longest: Math.max(0, ...tasks.map((t) => t.duration)), serialised: serialising };
}

/**
 * The audit summary vs one plain pass over the same activities, in this process (the same V8). The pass
 * reads every field the summary reads (date, start time, minutes, category, energy and the two answers)
 * and adds them up: a loop over two numbers only lets the engine skip the strings, and its speed swung
 * sevenfold from one run to the next on the same data (0.36 to 2.41 ms for 60,000 activities), and the
 * ratio with it. That loop is still printed, as information.
 */
function aggregation(tables: TableData) {
  const audit = tables.audits[0]!;
  const one = tables.auditEntries.filter((e) => e.auditId === audit.id);
  const all = tables.auditEntries;
  // Every result is used, so the engine cannot drop a call whose result nobody reads.
  let sink = 0;
  const time = (fn: () => unknown, repeat: number) => {
    const start = performance.now();
    for (let i = 0; i < repeat; i += 1) sink += fn() === null ? 0 : 1;
    return (performance.now() - start) / repeat;
  };
  const plain = (entries: typeof all) => () => {
    let sum = 0;
    for (const entry of entries) {
      sum +=
        entry.minutes +
        (entry.energy ?? 0) +
        entry.date.length +
        (entry.startTime?.length ?? 0) +
        (entry.categoryId?.length ?? 0) +
        (entry.delegable === true ? 1 : 0) +
        (entry.mostImportant === false ? 1 : 0);
    }
    return sum;
  };
  const twoNumbers = (entries: typeof all) => () => {
    let minutes = 0;
    let energy = 0;
    for (const entry of entries) {
      minutes += entry.minutes;
      energy += entry.energy ?? 0;
    }
    return minutes + energy;
  };
  const samples = {
    one: [] as number[],
    onePlain: [] as number[],
    all: [] as number[],
    allPlain: [] as number[],
    allTwoNumbers: [] as number[],
  };
  const summaryOfAll = () => summariseAudit({ ...audit, weeks: 6 }, all, tables.auditCategories);
  // Warm up first: V8 optimises each loop only after many calls.
  for (let i = 0; i < 10; i += 1) {
    time(plain(one), 500);
    time(plain(all), 20);
    time(twoNumbers(all), 100);
    time(() => summariseAudit(audit, one, tables.auditCategories), 50);
    time(summaryOfAll, 3);
  }
  for (let i = 0; i < 5; i += 1) {
    samples.onePlain.push(time(plain(one), 500));
    samples.one.push(time(() => summariseAudit(audit, one, tables.auditCategories), 50));
    samples.allPlain.push(time(plain(all), 20));
    samples.allTwoNumbers.push(time(twoNumbers(all), 100));
    samples.all.push(time(summaryOfAll, 3));
  }
  if (sink === 0) throw new Error('no result was produced');
  return samples;
}

async function main() {
  const started = Date.now();
  const log = (message: string) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  const seed = DEFAULT_SEED;
  const full = generateDataset({ years, seed, end: today });
  const empty = withoutRecords(full);
  const fullJson = JSON.stringify(full);
  const emptyJson = JSON.stringify(empty);
  let serving = fullJson;
  log(
    `${years} years of data: ${full.auditEntries.length} activities, ${full.bragEntries.length} brag entries; ${runs} runs`,
  );
  await buildStarter();
  const servers = await startServers(() => serving, args.compare);
  const folders: { remove: () => Promise<void> }[] = [];
  const folder = async (prefix: string) => {
    const made = await tempDir(prefix);
    folders.push(made);
    return made.dir;
  };
  const backupFile = join(await folder('file'), 'seeded.growthledger');
  await writeFile(backupFile, (await seedBackupText({ years, seed, end: today })).text);

  /**
   * A profile whose database holds the empty floor (`json`, loaded raw: a few records) or the 5-year
   * data, restored through the app from the seeded backup file, as a user moving to a new computer
   * would. (Written raw in one 30 MB transaction instead, the data opens 300–470 ms slower at every
   * start: see renderer/src/db/generations.ts. Years of everyday use write small transactions, as the
   * restore does.)
   */
  const prepared = async (name: string, json: string | { restore: string }) => {
    const dir = await folder(name);
    const profile = await openProfile(join(dir, 'chromium'), servers.app, join(dir, 'userData'));
    const { page } = await profile.newPage();
    await page.goto(`${servers.app}/#${FIRST_SCREEN.route}`);
    await page.evaluate((ready) => window.__bench.waitReady(ready, 0), FIRST_SCREEN.ready);
    if (typeof json !== 'string') {
      await restoreSteps(profile, page, servers.app, json.restore);
      // The app deletes the database the restore replaced once it is idle.
      await page.waitForFunction(
        async (first) => (await indexedDB.databases()).every((info) => info.name !== first),
        DB_NAME,
        { timeout: 60_000, polling: 500 },
      );
    } else {
      const blank = await profile.context.newPage();
      await blank.goto(`${servers.app}/__bench/blank.html`);
      serving = json;
      await rawPut(blank);
    }
    // A database in use has its audits' totals and the digest of the audit on screen (the app keeps
    // them as it goes, and fills them in the first time All audits or Results opens after an upgrade or
    // a restore): open both once, as the user would have.
    await settle(page, '/audit/history', SCREENS.find((s) => s.name === 'All audits')!.ready);
    await settle(page, '/audit/results', SCREENS.find((s) => s.name === 'Results')!.ready);
    await profile.close();
    return dir;
  };
  const starterDir = await folder('starter');
  const emptyDir = await prepared('empty', emptyJson);
  const fullDir = await prepared('full', { restore: backupFile });
  serving = fullJson;
  // Every side starts from a profile it has opened before, as an installed app does: each is opened
  // twice here (the starter too, which before this got a fresh profile each run), so no side's first-ever
  // launch is measured.
  for (const [dir, url, ready] of [
    [starterDir, `${servers.starter}/`, '#root h1'],
    [emptyDir, `${servers.app}/#${FIRST_SCREEN.route}`, FIRST_SCREEN.ready],
    [fullDir, `${servers.app}/#${FIRST_SCREEN.route}`, FIRST_SCREEN.ready],
  ] as const) {
    const profile = await openProfile(join(dir, 'chromium'), servers.app, join(dir, 'userData'));
    for (let time = 0; time < 2; time += 1) {
      const { page } = await profile.newPage();
      await page.goto(url);
      await page.evaluate((ready) => window.__bench.waitReady(ready, 0), ready);
      await page.close();
    }
    await profile.close();
  }
  log('databases ready');

  const samples: Record<string, number[]> = {};
  const add = (key: string, value: number) => (samples[key] ??= []).push(value);
  const serialisedWhenUnchanged: boolean[] = [];

  for (let run = 1; run <= runs; run += 1) {
    if (['start', 'screens', 'quick', 'search'].some((part) => wants(part as Part))) {
      // Cold start: starter, empty, full, each in a freshly launched browser on its own profile, which
      // each keeps from run to run (the app's holds its database; all keep their compiled code). Each
      // starts with no other browser running, the app's two sides alternating which goes first: an app
      // left open keeps working after its first screen (its search worker indexes five years of records,
      // it compiles the chart code ahead), and on two cores that work slowed whichever side came second.
      // A cold start swings by a factor of two from one launch to the next on this machine, so each run
      // takes START_ROUNDS of them per side, each round a starter and both sides in turn.
      const dirOf = (variant: 'empty' | 'full') => (variant === 'empty' ? emptyDir : fullDir);
      const launch = (variant: 'empty' | 'full') =>
        openProfile(join(dirOf(variant), 'chromium'), servers.app, join(dirOf(variant), 'userData'));
      const firstScreen = `${servers.app}/#${FIRST_SCREEN.route}`;
      for (let round = 0; round < START_ROUNDS; round += 1) {
        const starter = await openProfile(
          join(starterDir, 'chromium'),
          servers.app,
          join(starterDir, 'userData'),
        );
        const s = await coldStart(starter, `${servers.starter}/`, '#root h1', 'start-starter');
        add('start.starter', s.ms);
        await starter.close();
        const emptyFirst = (run + round) % 2 === 1;
        for (const variant of emptyFirst ? (['empty', 'full'] as const) : (['full', 'empty'] as const)) {
          // With --compare, the other build takes the empty side's turn, on the 5-year profile.
          const compared = args.compare !== undefined && variant === 'empty';
          const side = compared ? 'b' : variant;
          const profile = await launch(compared ? 'full' : variant);
          const url = compared ? `${servers.app}/b/#${FIRST_SCREEN.route}` : firstScreen;
          const c = await coldStart(profile, url, FIRST_SCREEN.ready, `start-${side}`);
          add(`start.${side}`, c.ms);
          add(`start.${side}.longest`, c.longest);
          if (variant === 'full') add('bytes', c.bytes / 1024);
          await profile.close();
        }
      }
      // Then both are opened again, side by side, for the parts below.
      const open: Record<'empty' | 'full', { profile: Profile; page: Page; cdp: CDPSession }> = {} as never;
      for (const variant of ['empty', 'full'] as const) {
        const profile = await launch(variant);
        const { page, cdp } = await profile.newPage();
        await page.goto(firstScreen);
        await page.evaluate((ready) => window.__bench.waitReady(ready, 0), FIRST_SCREEN.ready);
        open[variant] = { profile, page, cdp };
      }
      log(`run ${run}: cold start measured`);
      for (const screen of wants('screens') ? SCREENS : []) {
        for (const variant of ['empty', 'full'] as const) {
          const { page, cdp } = open[variant];
          await settle(page, NEUTRAL.route, NEUTRAL.ready);
          const t = await profiled(cdp, `screen-${screen.name}-${variant}`, () =>
            openScreen(page, cdp, screen.route, screen.ready),
          );
          add(`screen.${screen.name}.${variant}`, t.ms);
          add(`screen.${screen.name}.${variant}.longest`, t.longest);
        }
      }
      log(`run ${run}: screens measured`);
      // Several activities per run, the sides alternating: a user logs many a day, and one sample per
      // run left the row at the mercy of whatever else the machine did in that half-second.
      for (let line = 0; line < (wants('quick') ? QUICK_LINES_PER_RUN : 0); line += 1) {
        for (const variant of ['empty', 'full'] as const) {
          const { page, cdp } = open[variant];
          const q = await quickLog(page, cdp, run * 100 + line, `quick-log-${variant}`);
          add(`quick.${variant}`, q.busy);
          add(`quick.${variant}.longest`, q.longest);
        }
      }
      if (wants('search')) {
        // Search is measured with data only: on an empty database it has nothing to find.
        const found = await search(open.full.page);
        add('search.full.keystroke', found.worstKeystroke);
        add('search.full.results', found.results);
      }
      if (wants('screens')) add('heap', await heapMb(open.full.cdp));
      for (const variant of ['empty', 'full'] as const) await open[variant].profile.close();
    }
    log(`run ${run}: quick-log, search and heap measured`);

    if (!wants('restore') && !wants('auto')) continue;
    // Restore: raw put of the same records vs the app's own import, each into a new empty database.
    const rawDir = await folder(`raw-${run}`);
    const raw = await openProfile(join(rawDir, 'chromium'), servers.app, join(rawDir, 'userData'));
    const { page: rawApp } = await raw.newPage();
    await rawApp.goto(`${servers.app}/#${FIRST_SCREEN.route}`);
    await rawApp.evaluate((ready) => window.__bench.waitReady(ready, 0), FIRST_SCREEN.ready);
    await rawApp.close();
    const blank = await raw.context.newPage();
    await blank.goto(`${servers.app}/__bench/blank.html`);
    add('restore.raw', await rawPut(blank));
    await raw.close();
    const appDir = await folder(`restore-${run}`);
    const restoring = await openProfile(join(appDir, 'chromium'), servers.app, join(appDir, 'userData'));
    const r = await restoreThroughApp(restoring, servers.app, backupFile);
    add('restore.check', r.check);
    add('restore.apply', r.apply);
    add('restore.reload', r.reload);
    add('restore.longest', r.longest);
    log(`run ${run}: restore measured`);

    if (!wants('auto')) {
      await restoring.close();
      continue;
    }
    // Automatic backup on the restored data: first launch (changed since the last backup), then again.
    const changed = await autoBackup(restoring, servers.app, 'auto-backup-changed');
    // The restored data was never backed up: a launch that saw no backup worker means the harness cannot
    // see it, and "never serialised" below would be no evidence.
    if (!changed.serialised)
      throw new Error('The first automatic backup after the restore was not seen serialising');
    add('auto.changed.longest', changed.longest);
    const unchanged = await autoBackup(restoring, servers.app, 'auto-backup-unchanged');
    add('auto.unchanged.longest', unchanged.longest);
    serialisedWhenUnchanged.push(unchanged.serialised);
    await restoring.close();
    log(`run ${run}: automatic backup measured`);
  }

  if (wants('import')) {
    const calendarFile = join(await folder('calendar'), 'busy-team.ics');
    const calendarText = largeCalendar(IMPORT_EVENTS);
    await writeFile(calendarFile, calendarText);
    // One profile for every run: its audit is started once; nothing is imported, so each run is the same.
    const importDir = await folder('import');
    const importing = await openProfile(
      join(importDir, 'chromium'),
      servers.app,
      join(importDir, 'userData'),
    );
    for (let run = 1; run <= runs; run += 1) {
      const i = await importCalendar(importing, servers.app, calendarFile, calendarText, run);
      add('import.app', i.app);
      add('import.parser', i.parser);
      add('import.longest', i.longest);
    }
    await importing.close();
    log('calendar import measured');
  }

  const agg = wants('agg')
    ? aggregation(full)
    : { one: [], onePlain: [], all: [], allPlain: [], allTwoNumbers: [] };
  samples['agg.one'] = agg.one;
  samples['agg.onePlain'] = agg.onePlain;
  samples['agg.all'] = agg.all;
  samples['agg.allPlain'] = agg.allPlain;
  samples['agg.allTwoNumbers'] = agg.allTwoNumbers;

  const table: [Part, () => Row | Row[]][] = [
    [
      'start',
      () =>
        ratioRow(
          'Cold start to first screen, 5-year data vs starter',
          samples['start.full']!,
          samples['start.starter']!,
          { ratio: 2 },
        ),
    ],
    [
      'start',
      () =>
        args.compare
          ? [
              ratioRow(
                `Cold start, 5-year data, ${args.compare} vs starter`,
                samples['start.b']!,
                samples['start.starter']!,
                {},
              ),
              pairedRow(
                'Cold start, this build vs the compared one',
                samples['start.full']!,
                samples['start.b']!,
              ),
            ]
          : ratioRow(
              'Cold start, empty database vs starter',
              samples['start.empty']!,
              samples['start.starter']!,
              {},
            ),
    ],
    [
      'start',
      () => ({
        what: 'First-screen JS+CSS, gzipped',
        value: `${median(samples.bytes!).toFixed(0)} KB`,
        ok: median(samples.bytes!) <= 250,
        budget: '≤ 250 KB',
      }),
    ],
    [
      'screens',
      () =>
        SCREENS.map((screen) =>
          ratioRow(
            `Open ${screen.name}, data vs empty`,
            samples[`screen.${screen.name}.full`]!,
            samples[`screen.${screen.name}.empty`]!,
            { ratio: 3, longest: 100 },
            samples[`screen.${screen.name}.full.longest`],
          ),
        ),
    ],
    [
      'quick',
      () =>
        ratioRow(
          'Quick-log one activity, main-thread ms, data vs empty',
          samples['quick.full']!,
          samples['quick.empty']!,
          { ratio: 1.5, absolute: 50 },
        ),
    ],
    [
      'search',
      () => ({
        what: 'Search: slowest keystroke handler (data)',
        value: `${median(samples['search.full.keystroke']!).toFixed(1)} ms (worst run ${Math.max(...samples['search.full.keystroke']!).toFixed(1)})`,
        ok: median(samples['search.full.keystroke']!) < 16,
        budget: '< 16 ms',
      }),
    ],
    [
      'search',
      () => ({
        what: 'Search: results after the last keystroke (data)',
        value: `${median(samples['search.full.results']!).toFixed(0)} ms (${Math.min(...samples['search.full.results']!).toFixed(0)}–${Math.max(...samples['search.full.results']!).toFixed(0)})`,
        ok: median(samples['search.full.results']!) <= 100,
        budget: '≤ 100 ms',
      }),
    ],
    [
      'agg',
      () => ratioRow('Audit summary of one audit vs a plain pass', agg.one, agg.onePlain, { ratio: 10 }),
    ],
    [
      'agg',
      () => ratioRow('Audit summary of every activity vs a plain pass', agg.all, agg.allPlain, { ratio: 10 }),
    ],
    ['agg', () => ratioRow('… vs a loop over two numbers per activity', agg.all, agg.allTwoNumbers, {})],
    [
      'restore',
      () =>
        ratioRow('Restore (apply) vs raw IndexedDB put', samples['restore.apply']!, samples['restore.raw']!, {
          ratio: 1.2,
        }),
    ],
    [
      'restore',
      () => ({
        what: 'Restore: check, and longest main-thread task',
        value: `check ${median(samples['restore.check']!).toFixed(0)} ms; of the apply, the reload into the restored data ${median(samples['restore.reload']!).toFixed(0)} ms; longest task ${median(samples['restore.longest']!).toFixed(0)} ms (worst ${Math.max(...samples['restore.longest']!).toFixed(0)})`,
        ok: median(samples['restore.longest']!) <= 100,
        budget: 'tasks ≤ 100 ms',
      }),
    ],
    [
      'auto',
      () => ({
        what: 'Automatic backup after a change: longest task',
        value: `${median(samples['auto.changed.longest']!).toFixed(0)} ms (worst ${Math.max(...samples['auto.changed.longest']!).toFixed(0)})`,
        ok: median(samples['auto.changed.longest']!) <= 50,
        budget: '≤ 50 ms',
      }),
    ],
    [
      'auto',
      () => ({
        what: 'Automatic backup, nothing changed',
        value: `longest task ${median(samples['auto.unchanged.longest']!).toFixed(0)} ms; serialised ${serialisedWhenUnchanged.filter(Boolean).length}/${runs}`,
        ok: median(samples['auto.unchanged.longest']!) <= 50 && !serialisedWhenUnchanged.some(Boolean),
        budget: '≤ 50 ms, never serialised',
      }),
    ],
    [
      'import',
      () =>
        ratioRow(
          `Calendar import: ${IMPORT_EVENTS.toLocaleString('en')} events to preview vs the parser alone`,
          samples['import.app']!,
          samples['import.parser']!,
          { ratio: 2, longest: 200 },
          samples['import.longest'],
        ),
    ],
    [
      'screens',
      () => ({
        what: 'Renderer heap after every screen (data)',
        value: `${median(samples.heap!).toFixed(1)} MB`,
        ok: median(samples.heap!) <= 80,
        budget: '≤ 80 MB',
      }),
    ],
  ];
  const rows: Row[] = table.filter(([part]) => wants(part)).flatMap(([, row]) => row());
  printRows(
    `Growth Ledger in Chromium: ${years} years of data, ${runs} interleaved runs, ${new Date().toISOString()}`,
    rows,
  );
  if (args.json) await writeFile(args.json, JSON.stringify({ years, runs, samples, rows }, null, 1));
  await servers.close();
  await Promise.all(folders.map((f) => f.remove()));
  log('done');
  if (smoke) {
    // The smoke run checks the harness, not the budgets: every row must have measured something.
    const broken = rows.filter((row) => !row.value || /NaN|undefined/.test(row.value));
    if (broken.length > 0)
      throw new Error(`Rows without a measurement: ${broken.map((r) => r.what).join(', ')}`);
  }
}

await main();
