#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest.
 * typecheck → lint → Electronegativity → unit (vitest) → build → e2e (Playwright, Chromium) → benchmark smoke run → Electron smoke
 * (skips without a binary).
 *
 * The e2e tests need a Chromium. Looked for in order: $CHROMIUM_PATH, the system's Chromium/Chrome, and
 * Playwright's own browser (installed with `npx playwright install chromium` where the network allows).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const REPORTS = {
  vitest: 'test-results/vitest.json',
  e2e: 'test-results/e2e.json',
  electron: 'test-results/electron.json',
};

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status ?? result.signal}) after ${seconds}s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    // Playwright not installed yet (npm install not run): treated as "no Playwright browser".
    return null;
  }
}

async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    console.error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    process.exit(1);
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  const own = await playwrightChromium();
  if (own) return { path: own, source: "Playwright's own browser" };

  console.log("\nNo Chromium found; trying to install Playwright's own (needs network access)…");
  const install = spawnSync(npx, ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const installed = install.status === 0 ? await playwrightChromium() : null;
  if (installed) return { path: installed, source: "Playwright's own browser (just installed)" };

  console.error(`
✗ The end-to-end tests need Chromium, and none was found or could be installed.
  Do one of these, then run npm test again:
    • Debian/Ubuntu:  sudo apt-get install -y chromium
    • any OS, online: npx playwright install chromium
    • or point to a Chromium or Chrome you have:  CHROMIUM_PATH=/path/to/chrome npm test`);
  process.exit(1);
}

run('Typecheck', npx, ['tsc', '-b']);
run('Lint', npx, ['eslint', '.', '--max-warnings', '0']);
run('Formatting', npx, ['prettier', '--check', '.']);
// Electron security checks on main's sources; findings looked at and accepted are in electron/electronegativity-allow.json.
run('Electronegativity', npx, ['tsx', 'scripts/electronegativity.ts']);
run(
  'Unit tests',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS.vitest}`],
  {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ./scripts/node20-polyfills.mjs`.trim(),
  },
);
run('Build', npx, ['electron-vite', 'build']);

const chromium = await findChromium();
console.log(`\nChromium for e2e: ${chromium.path} (${chromium.source})`);
run(
  'End-to-end tests (Chromium)',
  npx,
  ['playwright', 'test', '--project=chromium', '--reporter=list,json'],
  {
    CHROMIUM_PATH: chromium.path,
    PLAYWRIGHT_JSON_OUTPUT_NAME: REPORTS.e2e,
  },
);
// The in-browser benchmark at a tiny size, so its harness cannot rot (budgets are checked by bench:app).
run('Benchmark smoke run (Chromium)', npx, ['tsx', 'bench/app/run.ts', '--smoke'], {
  CHROMIUM_PATH: chromium.path,
});
run('Electron smoke tests', npx, ['playwright', 'test', '--project=electron', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: REPORTS.electron,
});

// One closing line with the totals of every runner.
const totals = { passed: 0, failed: 0, skipped: 0 };
const vitest = JSON.parse(readFileSync(REPORTS.vitest, 'utf8'));
totals.passed += vitest.numPassedTests;
totals.failed += vitest.numFailedTests;
totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
for (const file of [REPORTS.e2e, REPORTS.electron]) {
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}
console.log('\n✓ All checks passed.');
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
