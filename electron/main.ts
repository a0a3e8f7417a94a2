/**
 * App lifecycle and wiring only; every piece of behaviour lives in a module that takes its Electron
 * objects as parameters.
 */
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { APP_NAME, APP_ORIGIN, APP_SCHEME, USER_DATA_DIR_NAME } from '../shared/app-identity';
import type { AppCommand, EventName } from '../shared/ipc/contract';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers, type DialogPort } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { denyAllPermissions, guardWebContents, originOf, trustedSenderFor } from './security';
import { DEV_CSP, PRODUCTION_CSP, createAppProtocolHandler } from './services/app-protocol';
import { createBackupStore } from './services/backup/backup-store';
import { createWindowStateStore } from './services/window-state';
import { createMainWindow } from './window';

// Forever (see shared/app-identity.ts): the name and the userData folder locate the user's database.
// Pinned before anything reads userData — the single-instance lock, the session, IndexedDB.
app.setName(APP_NAME);
app.setPath('userData', join(app.getPath('appData'), USER_DATA_DIR_NAME));

const logError = (message: string, error: unknown) => console.error(message, error);

// electron-vite sets this for `electron-vite dev` only; a packaged app never loads from a server.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererOrigin = (devServerUrl && originOf(devServerUrl)) || APP_ORIGIN;

// Must happen before 'ready'. `standard` + `secure` give app:// a real origin (IndexedDB, fetch, ES modules).
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
  },
]);
// Defence in depth: every renderer is sandboxed, even one created without our webPreferences.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one IndexedDB and race each other's writes; the first one gets focus.
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const windowState = createWindowStateStore({ dir: app.getPath('userData'), logError });
  const openExternal = (url: string) => {
    shell.openExternal(url).catch((error: unknown) => logError(`Could not open ${url}`, error));
  };

  const send = (command: AppCommand) => {
    const event: EventName = 'app:command';
    mainWindow?.webContents.send(event, command);
  };

  const dialogPort: DialogPort = {
    showSaveDialog(options) {
      const parent = BrowserWindow.getFocusedWindow();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog(options) {
      const parent = BrowserWindow.getFocusedWindow();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
  };

  async function openMainWindow(): Promise<void> {
    const window = await createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/preload.cjs'),
      url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      windowState,
      logError,
    });
    mainWindow = window;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
  }

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, openExternal, { appOrigin: rendererOrigin });
  });

  app.on('window-all-closed', () => {
    if (process.platform === 'darwin') return;
    // Let the last window-state write finish; it never rejects (failures are logged).
    void windowState.whenIdle().then(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler({
          rootDir: join(import.meta.dirname, '../renderer'),
          csp: PRODUCTION_CSP,
          logError,
        }),
      );
      if (devServerUrl) {
        // The dev server's pages do not come through app://, so they get their (relaxed) CSP here.
        session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
          const responseHeaders = { ...details.responseHeaders };
          if (originOf(details.url) === rendererOrigin)
            responseHeaders['Content-Security-Policy'] = [DEV_CSP];
          callback({ responseHeaders });
        });
      }
      denyAllPermissions(session.defaultSession);

      const handlers = createHandlers({
        appVersion: app.getVersion(),
        platform: process.platform,
        backups: createBackupStore({ dir: join(app.getPath('userData'), 'backups'), logError }),
        dialog: dialogPort,
        shell: { openPath: (path) => shell.openPath(path) },
        now: () => new Date(),
      });
      registerIpc(
        ipcMain,
        createDispatcher({ handlers, isTrustedSender: trustedSenderFor(rendererOrigin), logError }),
      );

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({ platform: process.platform, appName: APP_NAME, send, isDev: !app.isPackaged }),
        ),
      );

      await openMainWindow();
      app.on('activate', () => {
        // macOS: clicking the dock icon with no window open reopens it.
        if (BrowserWindow.getAllWindows().length === 0) {
          openMainWindow().catch((error: unknown) => logError('Could not reopen the window', error));
        }
      });
    })
    .catch((error: unknown) => {
      logError('Growth Ledger could not start', error);
      dialog.showErrorBox(
        'Growth Ledger could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
