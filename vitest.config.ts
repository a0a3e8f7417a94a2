import { defineConfig } from 'vitest/config';
import { propertyBanner, propertySettings } from './tests/unit/support/property-settings';

export default defineConfig(({ mode }) => {
  const property = propertySettings(process.env, mode);
  console.info(propertyBanner(property));

  // Time limits, measured rather than defaulted: on a 2-core machine with a second CPU-bound process
  // running, the slowest single unit test took ~3 s and the slowest hook under 1 s (issue 11). Ten times
  // that leaves room for a far busier machine; heavier property tests set their own limit (property.ts).
  const timeouts = { testTimeout: 30_000 * property.runsFactor, hookTimeout: 30_000 };
  const setupFiles = ['fake-indexeddb/auto', './tests/unit/support/property-setup.ts'];

  return {
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
            setupFiles,
            provide: { property },
            ...timeouts,
          },
        },
      ],
    },
  };
});
