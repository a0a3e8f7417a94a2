/**
 * The e2e harness: the built renderer runs in Chromium, served over http by the app's real protocol
 * handler (so the production CSP header applies), and `window.ledger` is backed by the real main-process
 * handlers (createDispatcher + createHandlers + a real backup store in a fresh temp userData folder)
 * running in this Node process. Only the native file dialogs are scripted, as a person would answer them.
 * As in the app, the handlers park a backup file read for a restore in the store the protocol handler
 * serves `/__file/<ticket>` from, so the backup worker fetches it from this server.
 */
import { test as base, expect, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDispatcher } from '@main/ipc/dispatch';
import { createHandlers, type DialogPort } from '@main/ipc/handlers';
import { createBackupStore } from '@main/services/backup/backup-store';
import { createAppProtocolHandler, PRODUCTION_CSP } from '@main/services/app-protocol';
import { createFileTickets, type FileTickets } from '@main/services/file-tickets';
import { trustedSenderFor } from '@main/security';
import type { AppCommand } from '@shared/ipc/contract';
import { createTestDesktop, type TestDesktop } from '../fixtures/fake-desktop';
import { bridgeScript, frameCodec } from '../fixtures/page-bridge';
import { serveFetchHandler, type FetchHandler } from '../fixtures/http-server';

const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

/** Answers the next native save/open dialog the way the test says; `null` means the user cancelled. */
export class ScriptedDialogs implements DialogPort {
  nextSavePath: string | null = null;
  nextOpenPath: string | null = null;
  saveCalls = 0;
  openCalls = 0;

  async showSaveDialog() {
    this.saveCalls += 1;
    const filePath = this.nextSavePath;
    this.nextSavePath = null;
    return filePath ? { canceled: false, filePath } : { canceled: true };
  }

  async showOpenDialog() {
    this.openCalls += 1;
    const path = this.nextOpenPath;
    this.nextOpenPath = null;
    return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
  }
}

export interface Ledger {
  origin: string;
  userData: string;
  backupsDir: string;
  dialogs: ScriptedDialogs;
  /** A scratch folder for files the test writes or exports. */
  scratch: string;
  open(route?: string): Promise<void>;
  /** Sends a command as main does from the native menu. */
  sendCommand(command: AppCommand): Promise<void>;
  /**
   * Main's desktop side (settings file, reminder scheduler, notification clicks, opened files), real
   * code on a fake clock that starts at the real time and moves only when the test says so.
   */
  desktop: TestDesktop;
  /** Errors the page logged (CSP violations included); each test ends by asserting there are none. */
  pageErrors: string[];
}

/**
 * Answers of the page's IPC calls, parked until the page fetches them: a binding's answer travels as
 * one string through the DevTools protocol, which costs the page's main thread ~150 ms for a 1 MB
 * calendar file (a cost of the test tool that a long-task check would charge to the app), where a
 * fetch hands the page its bytes as Electron's IPC does. Each ticket is read once.
 */
type Parking = { park: (frame: Uint8Array[]) => string };

/**
 * What the tests' main shares with its server: the backup files its handlers park for the backup worker,
 * which the app protocol handler serves (one store, as in electron/main.ts).
 */
type Served = { origin: string; tickets: FileTickets } & Parking;

async function startServer(): Promise<{ server: Server } & Served> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}: run "npm run build" first (npm test does).`);
  }
  const parked = new Map<string, ReturnType<typeof Buffer.concat>>();
  let nextTicket = 1;
  let appHandler: FetchHandler | null = null;
  const { server, origin, port } = await serveFetchHandler(async (request) => {
    const ticket = new URL(request.url).pathname.match(/^\/__ledger\/answer\/(\d+)$/)?.[1];
    if (ticket === undefined) return appHandler!(request);
    const frame = parked.get(ticket);
    parked.delete(ticket);
    return frame ? new Response(frame) : new Response('no such answer', { status: 404 });
  });
  const tickets = createFileTickets();
  appHandler = createAppProtocolHandler({
    rootDir: RENDERER_DIR,
    csp: PRODUCTION_CSP,
    host: `127.0.0.1:${port}`,
    tickets,
  });
  const park = (frame: Uint8Array[]) => {
    const ticket = String(nextTicket++);
    parked.set(ticket, Buffer.concat(frame));
    return ticket;
  };
  return { server, origin, park, tickets };
}

export const test = base.extend<{ ledger: Ledger }, { server: Served }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured.
    async ({}, use) => {
      const { server, ...served } = await startServer();
      await use(served);
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],

  ledger: async ({ page, server }, use) => {
    const userData = await mkdtemp(join(tmpdir(), 'growth-ledger-e2e-'));
    const scratch = join(userData, 'scratch');
    const backupsDir = join(userData, 'backups');
    const dialogs = new ScriptedDialogs();
    const pkg = JSON.parse(await readFile(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    const mainErrors: string[] = [];
    const emit = (command: AppCommand) =>
      page
        .evaluate((payload) => {
          (window as unknown as { __ledgerEmit: (event: string, payload: unknown) => void }).__ledgerEmit(
            'app:command',
            payload,
          );
        }, command)
        .catch((error: unknown) => mainErrors.push(`Could not deliver ${command.type}: ${String(error)}`));
    const desktop = createTestDesktop({
      userData,
      start: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      deliver: (command) => void emit(command),
    });
    await desktop.desktop.start();
    // A new document has not asked for its commands yet (main does the same on 'did-navigate').
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame())
        desktop.desktop.outbox.detach();
    });
    const dispatch = createDispatcher({
      handlers: createHandlers({
        appVersion: pkg.version,
        platform: process.platform,
        backups: createBackupStore({ dir: backupsDir }),
        dialog: dialogs,
        shell: { openPath: async () => '' },
        now: () => new Date(),
        desktop: desktop.desktop,
        // The server's store: this worker's server serves what this test's handlers park.
        tickets: server.tickets,
        // Electron's printToPDF in the app; here Chromium's own print of the same page, with the same
        // A4 page, margins and templates.
        print: {
          toPdf: (templates) =>
            page.pdf({
              format: 'A4',
              printBackground: true,
              displayHeaderFooter: true,
              margin: { top: '0.6in', bottom: '0.6in', left: '0.5in', right: '0.5in' },
              ...templates,
            }),
        },
      }),
      isTrustedSender: trustedSenderFor(server.origin),
      logError: (message, error) => mainErrors.push(`${message}: ${String(error)}`),
    });
    // Requests still being handled when the test ends (the page pushes its reminder context on load).
    const inFlight = new Set<Promise<unknown>>();
    // A request frame as base64 text in; its answer parked for the page to fetch (see startServer and
    // tests/fixtures/page-bridge.ts).
    const frames = frameCodec();
    await page.exposeBinding('__ledgerInvoke', (source, frame: string) => {
      const { channel, request } = frames.decode(frames.fromBase64(frame)) as {
        channel: unknown;
        request: unknown;
      };
      const handled = dispatch(channel, request, {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
      });
      inFlight.add(handled);
      void handled.finally(() => inFlight.delete(handled)).catch(() => undefined);
      return handled.then((result) => server.park(frames.encode(result)));
    });
    await page.addInitScript({ content: bridgeScript() });

    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });

    await use({
      origin: server.origin,
      userData,
      backupsDir,
      dialogs,
      scratch,
      pageErrors,
      open: async (route = '/profile') => {
        await page.goto(`${server.origin}/#${route}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      },
      sendCommand: async (command) => {
        await emit(command);
      },
      desktop,
    });

    // As quitting does: no page can send another request, the ones under way finish, then main's
    // queued writes (settings, reminder state) finish; only then is the folder removed.
    await page.close();
    await Promise.allSettled([...inFlight]);
    await desktop.desktop.stop();
    expect(mainErrors, 'main-process handler errors').toEqual([]);
    await rm(userData, { recursive: true, force: true, maxRetries: 3 });
  },
});

export { expect };

/** Switches the app's theme through its own control, as a user would. */
export async function setTheme(page: Page, theme: 'Light' | 'Dark' | 'System') {
  await page.getByRole('group', { name: 'Theme' }).getByLabel(theme, { exact: true }).check();
}
