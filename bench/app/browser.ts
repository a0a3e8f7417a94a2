/**
 * The benchmark's browser side: the built renderer served by the app's real protocol handler (production
 * CSP), the create-vite starter page on its own origin, and Chromium profiles whose `window.ledger` runs
 * the real main-process handlers in this process (as tests/e2e/harness.ts does).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { createDispatcher } from '@main/ipc/dispatch';
import { createHandlers, type DialogPort } from '@main/ipc/handlers';
import { createBackupStore } from '@main/services/backup/backup-store';
import { createAppProtocolHandler, PRODUCTION_CSP } from '@main/services/app-protocol';
import { createFileTickets, type FileTickets } from '@main/services/file-tickets';
import { trustedSenderFor } from '@main/security';
import { DB_NAME } from '@shared/app-identity';
import { CHROMIUM_ARGS, chromiumPath } from '@tests/fixtures/chromium';
import { createTestDesktop } from '@tests/fixtures/fake-desktop';
import { serveFetchHandler, type FetchHandler } from '@tests/fixtures/http-server';
import { bridgeScript, frameCodec } from '@tests/fixtures/page-bridge';
import { installProbes } from './probes';

const ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const STARTER_DIR = join(ROOT, 'out/bench-starter');

/** Builds the starter page with the same Vite and React plugin as the app (minified, like the app). */
export async function buildStarter(): Promise<void> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'bench/app/starter'),
    base: './',
    plugins: [react()],
    build: { outDir: STARTER_DIR, emptyOutDir: true, minify: true, cssMinify: true },
  });
}

export interface Servers {
  app: string;
  starter: string;
  close(): Promise<void>;
}

/**
 * The app's origin also answers `/__bench/tables.json` (the dataset, for the raw IndexedDB floor) and
 * `/__bench/blank.html` (an empty page of the same origin, so the same database), outside the app's files.
 */
/**
 * Serves a built page folder on its own port through the app's protocol handler (production CSP), after
 * `before`, which may answer a request itself; with `tickets`, it serves the files parked there too.
 */
async function serveBuilt(
  rootDir: string,
  before?: (request: Request) => Promise<Response | null>,
  tickets?: FileTickets,
) {
  let handler: FetchHandler | null = null;
  const served = await serveFetchHandler(async (request) => (await before?.(request)) ?? handler!(request));
  handler = createAppProtocolHandler({
    rootDir,
    csp: PRODUCTION_CSP,
    host: `127.0.0.1:${served.port}`,
    tickets,
  });
  return served;
}

/** Each open profile's main-process handlers, by the id its pages send along with every request. */
const dispatchers = new Map<string, (channel: unknown, request: unknown) => Promise<unknown>>();

/**
 * The backup files the profiles' handlers read for a restore, parked for the backup worker, which
 * fetches them from the app's server: one store for both, as in the app (electron/main.ts).
 */
const tickets = createFileTickets();

/**
 * `compare`: another build of the renderer, served at `/b/` of the app's origin, so it opens the same
 * profile's database and storage as the app (bench:app's `--compare`).
 */
export async function startServers(tables: () => string, compare?: string): Promise<Servers> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`No built renderer in ${RENDERER_DIR}: run "npm run build" first.`);
  if (compare && !existsSync(join(compare, 'index.html')))
    throw new Error(`--compare: no built renderer in ${compare}`);
  let compared: FetchHandler | null = null;
  const app = await serveBuilt(
    RENDERER_DIR,
    async (request) => {
      const url = new URL(request.url);
      const { pathname } = url;
      if (compare && pathname.startsWith('/b/')) {
        compared ??= createAppProtocolHandler({
          rootDir: compare,
          csp: PRODUCTION_CSP,
          host: url.host,
          tickets,
        });
        url.pathname = pathname.slice('/b'.length);
        return compared(new Request(url, request));
      }
      if (pathname === '/__bench/tables.json')
        return new Response(tables(), { headers: { 'content-type': 'application/json' } });
      if (pathname === '/__bench/invoke' && request.method === 'POST') {
        const dispatch = dispatchers.get(request.headers.get('x-bench-profile') ?? '');
        if (!dispatch) return new Response('unknown profile', { status: 400 });
        const frames = frameCodec();
        const { channel, request: payload } = frames.decode(new Uint8Array(await request.arrayBuffer())) as {
          channel: unknown;
          request: unknown;
        };
        return new Response(Buffer.concat(frames.encode(await dispatch(channel, payload))));
      }
      if (pathname === '/__bench/blank.html')
        return new Response('<!doctype html><title>blank</title>', {
          headers: { 'content-type': 'text/html' },
        });
      return null;
    },
    tickets,
  );
  // The starter is served exactly as the app is (the app's own protocol handler, with its CSP), so the
  // floor pays the same cost per request: a cold start on this busy 2-core machine waits on the server.
  const starter = await serveBuilt(STARTER_DIR);
  return {
    app: app.origin,
    starter: starter.origin,
    close: async () => {
      await Promise.all([app.server, starter.server].map((s) => new Promise((done) => s.close(done))));
    },
  };
}

/** Answers the app's next "open file" dialog with `nextOpenPath`. */
class Dialogs implements DialogPort {
  nextOpenPath: string | null = null;
  async showSaveDialog() {
    return { canceled: true } as const;
  }
  async showOpenDialog() {
    const path = this.nextOpenPath;
    this.nextOpenPath = null;
    return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
  }
}

export interface Profile {
  context: BrowserContext;
  dialogs: Dialogs;
  /** Every IPC request the page made, by channel. */
  calls: Map<string, number>;
  /** The requests main has answered, by channel. */
  answered: Map<string, number>;
  newPage(): Promise<{ page: Page; cdp: CDPSession }>;
  close(): Promise<void>;
}

/** The tests' flags, and precise heap figures for the heap row. */
const BENCH_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

let profileCount = 0;

/**
 * A Chromium profile (its own IndexedDB, kept in `dir` between launches) with the app's bridge and the
 * benchmark's probes in every page.
 */
export async function openProfile(dir: string, appOrigin: string, userData: string): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: BENCH_ARGS,
    viewport: { width: 1280, height: 860 },
  });
  const dialogs = new Dialogs();
  const calls = new Map<string, number>();
  const answered = new Map<string, number>();
  const desktop = createTestDesktop({ userData, start: new Date() });
  await desktop.desktop.start();
  const dispatch = createDispatcher({
    handlers: createHandlers({
      appVersion: 'bench',
      platform: process.platform,
      backups: createBackupStore({ dir: join(userData, 'backups') }),
      dialog: dialogs,
      shell: { openPath: async () => '' },
      now: () => new Date(),
      desktop: desktop.desktop,
      print: { toPdf: () => Promise.reject(new Error('No printing here.')) },
      tickets,
    }),
    isTrustedSender: trustedSenderFor(appOrigin),
    logError: (message, error) => console.error(`main: ${message}: ${String(error)}`),
  });
  const id = `profile-${(profileCount += 1)}`;
  dispatchers.set(id, (channel, request) => {
    calls.set(String(channel), (calls.get(String(channel)) ?? 0) + 1);
    // Only the app's own top-level page posts here (the blank page never calls the bridge).
    const answer = dispatch(channel, request, { url: `${appOrigin}/`, isMainFrame: true });
    void answer.finally(() => answered.set(String(channel), (answered.get(String(channel)) ?? 0) + 1));
    return answer;
  });
  // tsx names inner functions through an `__name` helper that code sent to the page does not carry.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  // The bridge posts requests to the server with this profile's id (see tests/fixtures/page-bridge.ts).
  await context.addInitScript({ content: bridgeScript(id) });
  await context.addInitScript(installProbes);
  return {
    context,
    dialogs,
    calls,
    answered,
    newPage: async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      return { page, cdp };
    },
    close: async () => {
      dispatchers.delete(id);
      await context.close();
      await desktop.desktop.stop();
    },
  };
}

/** Main-thread busy time so far, in ms (Chromium's TaskDuration metric). */
export async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Writes every record straight into the app's IndexedDB (no app code): the floor for a restore. */
export async function rawPut(page: Page): Promise<number> {
  return page.evaluate(async (dbName) => {
    const tables = (await (await fetch('/__bench/tables.json')).json()) as Record<string, unknown[]>;
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(new Error(`IndexedDB did not open: ${String(request.error)}`));
    });
    const names = Object.keys(tables).filter((name) => db.objectStoreNames.contains(name));
    const started = performance.now();
    await new Promise<void>((done, fail) => {
      const tx = db.transaction(names, 'readwrite', { durability: 'strict' });
      for (const name of names) {
        const store = tx.objectStore(name);
        for (const record of tables[name]!) store.put(record);
      }
      tx.oncomplete = () => done();
      tx.onerror = () => fail(new Error(`The raw put failed: ${String(tx.error)}`));
      tx.onabort = () => fail(new Error(`The raw put was aborted: ${String(tx.error)}`));
    });
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  }, DB_NAME);
}

/** A fresh folder for a Chromium profile and its userData; removed by the returned function. */
export async function tempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `growth-ledger-bench-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }) };
}
