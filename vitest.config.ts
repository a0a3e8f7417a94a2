import { defineConfig } from 'vitest/config';
import { propertyBanner, propertySettings } from './tests/unit/support/property-settings.ts';
import { aliases } from './vite.renderer.config.ts';

export default defineConfig(({ mode }) => {
  const property = propertySettings(process.env, mode);
  console.info(propertyBanner(property));

  // Time limits, measured rather than defaulted. On this team's 2-core machines, with CPU-bound processes
  // busy on the other cores, the slowest unit test took 1.6 s (electron-builder's config validation) and
  // the slowest property test 1.4 s (issue 11). 30 s is ~20 times that; exploring runs ten times the cases.
  const timeouts = { testTimeout: 30_000 * property.runsFactor, hookTimeout: 30_000 };
  const setupFiles = [
    'fake-indexeddb/auto',
    './tests/unit/support/property-setup.ts',
    // A fixed locale for the app's formatters (issue 16): never the machine's.
    './tests/unit/support/locale-setup.ts',
  ];

  return {
    resolve: { alias: aliases },
    test: {
      provide: { property },
      projects: [
        {
          test: {
            name: 'node',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
            // Every db test opens its own database name on this in-memory IndexedDB.
            setupFiles,
            provide: { property },
            ...timeouts,
          },
        },
        {
          test: {
            name: 'dom',
            environment: 'happy-dom',
            include: ['tests/unit/**/*.test.tsx'],
            setupFiles: [...setupFiles, './tests/unit/support/dom-setup.ts'],
            provide: { property },
            ...timeouts,
          },
        },
        {
          // Issue 14's proofs: thousands of hostile inputs through the real paths (tests/reliability/support.ts).
          // Counts grow with the run's size like the property tests' (`npm run fuzz` = explore mode).
          test: {
            name: 'reliability',
            environment: 'node',
            include: ['tests/reliability/**/*.test.ts'],
            setupFiles,
            provide: { property },
            ...timeouts,
          },
        },
      ],
    },
  };
});
