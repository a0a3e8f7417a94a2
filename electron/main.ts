/**
 * App lifecycle and wiring only; every piece of behaviour lives in a module that takes its Electron
 * objects as parameters.
 */
import { join } from 'node:path';
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  dialog,
  ipcMain,
  nativeImage,
  powerMonitor,
  protocol,
  session,
  shell,
} from 'electron';
import notificationIconPath from '../build/icons/128x128.png?asset';
import trayIconPath from '../build/icons/32x32.png?asset';
import { APP_ID, APP_NAME, APP_ORIGIN, APP_SCHEME, USER_DATA_DIR_NAME } from '@shared/app-identity';
import type { AppCommand, EventName } from '@shared/ipc/contract';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers, type DialogPort } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { buildMenuTemplate, buildTrayMenuTemplate } from './menu';
import { denyAllPermissions, guardWebContents, originOf, trustedSenderFor } from './security';
import { DEV_CSP, PRODUCTION_CSP, createAppProtocolHandler } from './services/app-protocol';
import { BACKUPS_DIR_NAME, createBackupStore } from './services/backup/backup-store';
import { chromiumLanguageIn } from './services/chromium-language';
import { createFileTickets } from './services/file-tickets';
import { createDesktop, type NotifierPort } from './services/desktop';
import { HIDDEN_ARG, createLoginItem } from './services/login-item';
import { backupFileFromArgv } from './services/open-file';
import { systemClock } from './services/reminders/scheduler';
import { createWindowStateStore } from './services/window-state';
import { createFlushGate } from './services/draft-flush';
import { createMainWindow } from './window';
import { errorMessage } from '@shared/errors';

// Forever (see shared/app-identity.ts): the name and the userData folder locate the user's database.
// Pinned before anything reads userData — the single-instance lock, the session, IndexedDB.
app.setName(APP_NAME);
app.setPath('userData', join(app.getPath('appData'), USER_DATA_DIR_NAME));

// The native date fields follow Chromium's language: the one chosen in Settings, if any (read once here).
const chosenLanguage = chromiumLanguageIn(app.getPath('userData'));
if (chosenLanguage) app.commandLine.appendSwitch('lang', chosenLanguage);

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

// Windows shows notifications only for an app with a user model id (the installer registers this one).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// macOS delivers opened files as events, possibly before 'ready': keep the last one until start() runs.
let openedBeforeStart: string | null = null;
let onOpenFile: (path: string) => void = (path) => {
  openedBeforeStart = path;
};
app.on('open-file', (event, path) => {
  event.preventDefault();
  onOpenFile(path);
});

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one IndexedDB and race each other's writes; the first one gets focus.
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let tray: Tray | null = null;
  /** Set once quitting for real, so closing the window stops hiding it in the tray. */
  let quitting = false;
  const userData = app.getPath('userData');
  const windowState = createWindowStateStore({ dir: userData, logError });
  const openExternal = (url: string) => {
    shell.openExternal(url).catch((error: unknown) => logError(`Could not open ${url}`, error));
  };

  // Notifications are kept referenced until dismissed: a collected Notification loses its click handler.
  const shownNotifications = new Set<Notification>();
  const notifier: NotifierPort = {
    isSupported: () => Notification.isSupported(),
    show({ title, body }, onClick) {
      // macOS and Windows show the app's own icon; Linux notification servers need to be given one.
      const notification = new Notification({ title, body, icon: notificationIconPath });
      const forget = () => shownNotifications.delete(notification);
      notification.on('click', () => {
        forget();
        onClick();
      });
      notification.on('close', forget);
      shownNotifications.add(notification);
      notification.show();
    },
  };

  const desktop = createDesktop({
    userData,
    clock: systemClock,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    notifier,
    loginItem: createLoginItem({
      platform: process.platform,
      isPackaged: app.isPackaged,
      app,
      // XDG autostart lives in the config home, which is what appData is on Linux.
      autostartDir: join(app.getPath('appData'), 'autostart'),
      executable: process.env.APPIMAGE ?? process.execPath,
    }),
    showWindow,
    deliver(command) {
      const event: EventName = 'app:command';
      mainWindow?.webContents.send(event, command);
    },
    logError,
    // "Delete all my data" waits for a window-state save under way before it deletes that file.
    settleWriters: () => windowState.whenIdle(),
  });

  /** Saves the page's unsaved text before the window closes or the app quits. */
  const draftGate = createFlushGate(() => desktop.flushDrafts());

  /** Menu, tray and notification actions: bring the window up, then hand the page the command. */
  const send = (command: AppCommand) => {
    showWindow();
    desktop.outbox.send(command);
  };

  let opening: Promise<void> | null = null;
  function showWindow(): void {
    if (!mainWindow) {
      opening ??= openMainWindow(true)
        .catch((error: unknown) => logError('Could not open the window', error))
        .finally(() => {
          opening = null;
        });
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  }

  onOpenFile = (path) => desktop.openFile(path);

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

  async function openMainWindow(showWhenReady: boolean): Promise<void> {
    const window = await createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/preload.cjs'),
      url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      windowState,
      logError,
      showWhenReady,
    });
    mainWindow = window;
    // A (re)loading page is not listening yet: commands wait until it asks for them.
    window.webContents.on('did-navigate', () => desktop.outbox.detach());
    draftGate.reset();
    window.on('close', (event) => {
      // Closing keeps reminders alive in the tray unless the user chose close = quit.
      if (!quitting && tray && desktop.settings.get().closeToTray) {
        event.preventDefault();
        window.hide();
        return;
      }
      // The page goes away: first its forms write what was typed (draft-flush.ts).
      if (!draftGate.pass(() => window.close())) event.preventDefault();
    });
    window.on('closed', () => {
      desktop.outbox.detach();
      if (mainWindow === window) mainWindow = null;
    });
  }

  function createTray(): void {
    const icon = nativeImage.createFromPath(trayIconPath);
    // The macOS menu bar wants a 16-point icon; other trays scale the 32-pixel one themselves.
    tray = new Tray(process.platform === 'darwin' ? icon.resize({ width: 16, height: 16 }) : icon);
    tray.setToolTip(APP_NAME);
    tray.setContextMenu(
      Menu.buildFromTemplate(
        buildTrayMenuTemplate(
          {
            open: showWindow,
            quickLog: () => send({ type: 'quick-log' }),
            backupNow: () => send({ type: 'backup-now' }),
            quit: () => app.quit(),
          },
          { appName: APP_NAME },
        ),
      ),
    );
    // Windows and most Linux trays: a click on the icon opens the window (macOS shows the menu).
    tray.on('click', showWindow);
    // For the _electron smoke test (tests/electron): Electron has no API that lists tray icons.
    Object.defineProperty(globalThis, Symbol.for('growth-ledger.tray'), { value: tray, configurable: true });
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = backupFileFromArgv(argv, workingDirectory);
    if (file) desktop.openFile(file);
    else showWindow();
  });

  app.on('before-quit', (event) => {
    quitting = true;
    // Nothing typed is lost: the page saves its forms, then the quit runs again (draft-flush.ts).
    if (!draftGate.pass(() => app.quit())) event.preventDefault();
  });
  let stopped = false;
  app.on('will-quit', (event) => {
    // Stop the reminders and let their state reach the disk, then quit for real.
    if (stopped) return;
    event.preventDefault();
    void desktop.stop().finally(() => {
      stopped = true;
      app.quit();
    });
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, openExternal, { appOrigin: rendererOrigin });
  });

  app.on('window-all-closed', () => {
    // Reached when close = quit, or when there is no tray: on macOS the app stays in the dock.
    if (process.platform === 'darwin') return;
    // Let the last window-state write finish; it never rejects (failures are logged).
    void windowState.whenIdle().then(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      // Backup files read for a restore wait here for the backup worker, which fetches them from app://
      // (shared/ipc/file-ticket.ts): the handlers park them, the protocol serves them, once each.
      // Under `npm run dev` the page and its workers come from the dev server, which serves parked files
      // from the folder it names here (`parkedFilesInDev` in vite.renderer.config.ts).
      const mirrorDir = devServerUrl ? process.env.GROWTH_LEDGER_DEV_FILES : undefined;
      const tickets = createFileTickets({ mirrorDir });
      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler({
          rootDir: join(import.meta.dirname, '../renderer'),
          csp: PRODUCTION_CSP,
          logError,
          tickets,
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
        backups: createBackupStore({ dir: join(app.getPath('userData'), BACKUPS_DIR_NAME), logError }),
        dialog: dialogPort,
        shell: { openPath: (path) => shell.openPath(path) },
        now: () => new Date(),
        desktop,
        tickets,
        print: {
          toPdf: async (templates) => {
            if (!mainWindow) throw new Error('There is no window to print.');
            return mainWindow.webContents.printToPDF({
              pageSize: 'A4',
              printBackground: true,
              displayHeaderFooter: true,
              margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
              ...templates,
            });
          },
        },
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

      await desktop.start();
      try {
        createTray();
      } catch (error) {
        // Some Linux desktops have no tray: the app then behaves as close = quit.
        logError('No tray icon could be created; closing the window will quit', error);
      }
      powerMonitor.on('resume', () => desktop.scheduler.check());
      powerMonitor.on('unlock-screen', () => desktop.scheduler.check());

      const startedAtLogin =
        process.argv.includes(HIDDEN_ARG) ||
        (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
      const file = openedBeforeStart ?? backupFileFromArgv(process.argv, process.cwd());
      await openMainWindow(!startedAtLogin);
      if (file) desktop.openFile(file);
      app.on('activate', () => {
        // macOS: clicking the dock icon shows the window, hidden or closed.
        showWindow();
      });
    })
    .catch((error: unknown) => {
      logError('Growth Ledger could not start', error);
      dialog.showErrorBox('Growth Ledger could not start', errorMessage(error));
      app.exit(1);
    });
}
