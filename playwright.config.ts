import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/fixtures/chromium';

/**
 * Two projects:
 * - chromium: the built renderer (out/renderer) served by the app's real protocol handler, in Debian
 *   Chromium (or any Chromium named by CHROMIUM_PATH), with window.ledger backed by the real
 *   main-process handlers running in this Node process (tests/e2e/harness.ts);
 * - electron: _electron smoke specs, which skip with a printed reason where no Electron binary exists.
 * `npm test` (scripts/test.mjs) builds first and picks the Chromium.
 */
const executablePath = chromiumPath();

export default defineConfig({
  // The e2e project's tsconfig: its `paths` (@shared/…, @main/…) resolve the specs' imports.
  tsconfig: './tsconfig.e2e.json',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1200, height: 820 },
        // A fixed locale, never the machine's: dates and times in the app follow it (issue 16).
        // tests/e2e/locale.spec.ts sets en-US, en-GB and de-DE itself.
        locale: 'en-GB',
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
