/**
 * Smoke tests of the real app in the real Electron binary: the window, its security flags, the bridge,
 * the menu, a backup written by main, and the single-instance lock.
 *
 * The binary is found with scripts/electron-binary.ts (the lookup `npm start` uses), without requiring the
 * 'electron' package: in Electron 45, `require('electron')` in a Node process starts a download. Where no
 * binary exists (offline machines) every test skips and says why. Needs a build (`npm run build`) and,
 * on Linux without a display, xvfb-run.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readTextFile, resolveElectronBinary } from '@scripts/electron-binary';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { emptyTableData } from '@shared/types/entities';

const ROOT = resolve(import.meta.dirname, '../..');

const found = resolveElectronBinary({
  electronDir: join(ROOT, 'node_modules', 'electron'),
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  readText: readTextFile,
});
const exe = found.found ? found.execPath : undefined;
const downloadable = !found.found && (found.kind === 'not-installed' || found.kind === 'version-mismatch');
const skipReason = found.found
  ? ''
  : `${found.reason}${downloadable ? ' Run "npm start" once with network access to download it.' : ''}`;
if (skipReason) console.log(`[electron smoke] skipped: ${skipReason}`);
test.skip(!exe, skipReason);

// Chromium refuses to start as root without this (containers, CI); the page sandbox flag stays on.
const baseArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

let configHome: string;
let app: ElectronApplication;
let page: Page;

/**
 * Every test gets its own userData: the app pins userData to <appData>/Growth Ledger, and appData follows
 * XDG_CONFIG_HOME on Linux, so no test touches the real profile and no switch lives in production code.
 */
const appEnv = () => ({ ...process.env, XDG_CONFIG_HOME: configHome });

test.beforeEach(async () => {
  if (!existsSync(join(ROOT, 'out', 'main', 'main.js')))
    throw new Error('No build in out/: run "npm run build" first.');
  configHome = await mkdtemp(join(tmpdir(), 'growth-ledger-electron-'));
  app = await electron.launch({
    executablePath: exe,
    args: [...baseArgs, ROOT],
    cwd: ROOT,
    env: appEnv(),
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app.close();
  await rm(configHome, { recursive: true, force: true });
});

test('opens the app window from app://growth-ledger', async () => {
  await expect(page).toHaveTitle(/Growth Ledger/);
  expect(page.url()).toMatch(/^app:\/\/growth-ledger\//);
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getName())).toBe('Growth Ledger');
});

test('the window runs with isolation, sandbox and no Node', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences is documented but missing from electron.d.ts; older builds call it getWebPreferences.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
      | {
          getLastWebPreferences?: () => Record<string, unknown>;
          getWebPreferences?: () => Record<string, unknown>;
        }
      | undefined;
    const read = contents?.getLastWebPreferences ?? contents?.getWebPreferences;
    return read ? read.call(contents) : null;
  });
  expect(prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webviewTag: false,
  });

  const isolation = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const ledger = scope.ledger as Record<string, unknown> | undefined;
    return {
      ledger: typeof ledger,
      bridgeKeys: ledger ? Object.keys(ledger).sort() : [],
      require: typeof scope.require,
      process: typeof scope.process,
    };
  });
  expect(isolation).toEqual({
    ledger: 'object',
    bridgeKeys: ['invoke', 'on'],
    require: 'undefined',
    process: 'undefined',
  });
});

test('the bridge reaches main, and main writes a backup to userData', async () => {
  const tables = emptyTableData();
  tables.profile.push({
    id: 'me',
    name: 'Smoke test',
    currentLevel: 'Senior',
    role: 'Engineer',
    targetTrack: 'staff',
    targetDate: null,
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
  });
  const text = serializeBackup(
    await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' }),
  );
  const result = await page.evaluate(async (backup) => {
    const ledger = (globalThis as unknown as { ledger: { invoke(c: string, r: unknown): Promise<unknown> } })
      .ledger;
    // Packed bytes through the real preload and IPC, as the backup worker hands them over.
    const packed = new Blob([backup]).stream().pipeThrough(new CompressionStream('gzip'));
    return ledger.invoke('backup:save', {
      packed: new Uint8Array(await new Response(packed).arrayBuffer()),
      kind: 'manual',
    });
  }, text);
  expect(result).toMatchObject({ ok: true, value: { status: 'saved' } });
  const path = (result as { value: { path: string } }).value.path;
  expect((await stat(path)).size).toBe(Buffer.byteLength(text));
  if (process.platform === 'linux')
    expect(path.startsWith(join(configHome, 'Growth Ledger', 'backups'))).toBe(true);
});

// A backup read for a restore crosses IPC as a ticket; its bytes are fetched from app://, once. (The
// app's backup worker fetches them; the page here, from the same origin: the CSP's `script-src 'self'`
// admits no worker made up by a test.)
test('a backup read for a restore is served once from app://, not through IPC', async () => {
  const tables = emptyTableData();
  tables.settings.push({ key: 'smoke', value: true });
  const text = serializeBackup(
    await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' }),
  );
  const result = await page.evaluate(async (backup) => {
    const ledger = (
      globalThis as unknown as {
        ledger: { invoke(c: string, r: unknown): Promise<{ ok: boolean; value: Record<string, unknown> }> };
      }
    ).ledger;
    const packed = new Blob([backup]).stream().pipeThrough(new CompressionStream('gzip'));
    const saved = await ledger.invoke('backup:save', {
      packed: new Uint8Array(await new Response(packed).arrayBuffer()),
      kind: 'manual',
    });
    const read = await ledger.invoke('backup:read', { fileName: saved.value.fileName });
    const statuses: number[] = [];
    let served = '';
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(`/__file/${String(read.value.ticket)}`);
      statuses.push(response.status);
      if (response.ok) served = await response.text();
    }
    return { answer: Object.keys(read.value).sort(), bytes: read.value.bytes, statuses, served };
  }, text);
  expect(result).toEqual({
    answer: ['bytes', 'fileName', 'ticket'],
    bytes: Buffer.byteLength(text),
    statuses: [200, 404],
    served: text,
  });
});

test('the application menu has the app actions with their shortcuts', async () => {
  const labels = await app.evaluate(({ Menu }) => {
    type MenuLike = { items: { label: string; accelerator?: string | null; submenu?: MenuLike | null }[] };
    const found: string[] = [];
    const walk = (menu: MenuLike | null | undefined) =>
      menu?.items.forEach((item) => {
        found.push(`${item.label}|${item.accelerator ?? ''}`);
        walk(item.submenu);
      });
    walk(Menu.getApplicationMenu());
    return found;
  });
  expect(labels).toContain('Back up now|CmdOrCtrl+B');
  expect(labels).toContain('Export data…|CmdOrCtrl+Shift+E');
  expect(labels).toContain('Import / restore…|CmdOrCtrl+O');
  expect(labels).toContain('New activity (quick log)|CmdOrCtrl+N');
  expect(labels).toContain('New retrospective|CmdOrCtrl+Shift+N');
  expect(labels).toContain('Keyboard shortcuts|CmdOrCtrl+/');
  expect(labels).toContain('Calendar audit|CmdOrCtrl+4');
});

test('a tray icon exists, and closing the window keeps the app running in it', async () => {
  const tray = await app.evaluate(() => {
    const found = (globalThis as Record<symbol, { isDestroyed(): boolean } | undefined>)[
      Symbol.for('growth-ledger.tray')
    ];
    return found ? { destroyed: found.isDestroyed() } : null;
  });
  // A Linux session without a tray (no StatusNotifier host) has none; the app then closes = quits.
  test.skip(tray === null, 'This desktop session has no system tray');
  expect(tray).toEqual({ destroyed: false });
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible())))
    .toEqual([false]);
});

test('the settings screen writes settings.json in userData', async () => {
  await page.evaluate(() => {
    window.location.hash = '/settings';
  });
  await page.getByRole('switch', { name: /keeps Growth Ledger running in the tray/i }).uncheck();
  const file = join(configHome, 'Growth Ledger', 'settings.json');
  await expect
    .poll(async () =>
      existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as { closeToTray: boolean }).closeToTray
        : null,
    )
    .toBe(false);
});

test('a second launch hands over to the running app and exits', async () => {
  const second = spawn(exe ?? '', [...baseArgs, ROOT], { cwd: ROOT, env: appEnv(), stdio: 'ignore' });
  const code = await new Promise<number | null>((done, fail) => {
    const timer = setTimeout(() => {
      second.kill();
      fail(new Error('The second instance did not exit within 20 s'));
    }, 20_000);
    second.on('exit', (exitCode) => {
      clearTimeout(timer);
      done(exitCode);
    });
  });
  expect(code).toBe(0);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
