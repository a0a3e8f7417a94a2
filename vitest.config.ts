import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Every db test opens its own database name on this in-memory IndexedDB.
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.tsx'],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
    ],
  },
});
