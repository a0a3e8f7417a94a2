import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { aliases, rendererConfig } from './vite.renderer.config.ts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/main',
      // zod and date-fns stay external (they ship in the package as dependencies).
      externalizeDeps: true,
      rolldownOptions: { input: { main: resolve(root, 'electron/main.ts') } },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module and cannot require packages: bundle it whole as CommonJS.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
