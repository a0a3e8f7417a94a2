/**
 * The renderer's Vite config, used by electron-vite (inside the app) and on its own by
 * `npm run preview` (the same UI in a plain browser, with the fallback bridge in platform/api.ts).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { parkedFilesInDev } from './scripts/dev-files.ts';

const root = import.meta.dirname;

/**
 * Import aliases for the top-level folders: the same map as `paths` in tsconfig.base.json, used by every
 * Vite-based tool (electron-vite, the preview, vitest). No import climbs out of its top-level folder.
 */
export const aliases = {
  '@shared': resolve(root, 'shared'),
  '@renderer': resolve(root, 'renderer/src'),
  '@main': resolve(root, 'electron'),
  '@scripts': resolve(root, 'scripts'),
  '@tests': resolve(root, 'tests'),
};

export const rendererConfig = {
  root: resolve(root, 'renderer'),
  plugins: [react(), parkedFilesInDev()],
  resolve: { alias: aliases },
  // The backup worker is an ES module worker (it imports shared code that may be split into chunks).
  worker: { format: 'es' as const },
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    // electron-vite leaves the renderer unminified by default; the first screen's JS is budgeted gzipped
    // and minified (see README, Performance).
    minify: true,
    // SOURCEMAP=1 maps a CPU profile's minified frames back to the sources (bench:app's BENCH_PROFILE).
    sourcemap: Boolean(process.env.SOURCEMAP),
    cssMinify: true,
    rolldownOptions: {
      input: { index: resolve(root, 'renderer/index.html') },
      // Everything the first screen needs in one chunk, and nothing else with it: left to itself, the
      // bundler put modules shared by the shell and by later pages (the IPC bridge) in one chunk with
      // backup code, which brought the record schemas and their library (zod) to the first screen.
      output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial' as const] }] } },
    },
  },
};

export default defineConfig({
  ...rendererConfig,
  server: { host: '127.0.0.1', port: 5173, open: true },
});
