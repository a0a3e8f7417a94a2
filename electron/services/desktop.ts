/**
 * The desktop side of the app as one plain object: settings, the reminder scheduler, notification
 * clicks that deep-link into a screen, backup files opened with the app, and the commands waiting for
 * the page. main.ts passes in the Electron pieces (notifications, the login item, the window); the e2e
 * harness passes fakes and a fake clock, so the tests drive exactly this code.
 */
import type { AppCommand, SettingsState } from '@shared/ipc/contract';
import type { ReminderContext } from '@shared/domain/reminders';
import { join } from 'node:path';
import { BACKUPS_DIR_NAME } from './backup/backup-store';
import { createCommandOutbox, type CommandOutbox } from './command-outbox';
import { deleteAppFiles, type DeleteAppFilesResult } from './delete-all-data';
import { createDraftFlush } from './draft-flush';
import { removeStaleTempFiles } from './files/atomic-write';
import type { LoginItem } from './login-item';
import { createReminderStateStore } from './reminders/reminder-state';
import { createReminderScheduler, type Clock, type ReminderScheduler } from './reminders/scheduler';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { errorMessage } from '@shared/errors';

/** Native notifications (Electron's `Notification`), or a fake in tests. */
export interface NotifierPort {
  isSupported(): boolean;
  show(notice: { title: string; body: string }, onClick: () => void): void;
}

export interface DesktopOptions {
  userData: string;
  clock: Clock;
  timeZone: () => string;
  notifier: NotifierPort;
  loginItem: LoginItem;
  /** Brings the app window to the front, creating it when there is none. */
  showWindow: () => void;
  /** Sends a command to the page that is listening now. */
  deliver: (command: AppCommand) => void;
  logError?: (message: string, error: unknown) => void;
  /**
   * Waits for main's other writers of userData files (the window state) before "Delete all my data"
   * removes their files, so a save under way cannot put one back.
   */
  settleWriters?: () => Promise<void>;
}

export interface Desktop {
  settings: SettingsStore;
  scheduler: ReminderScheduler;
  outbox: CommandOutbox;
  /**
   * Asks the page to write every form's unsaved text to its database (before a quit or a window close);
   * resolves once it has, or after a time limit (draft-flush.ts).
   */
  flushDrafts(): Promise<boolean>;
  /** The page's answer to `flushDrafts`. */
  draftsSaved(): void;
  /** Loads the settings and starts the reminders (reporting what was missed while closed). */
  start(): Promise<void>;
  stop(): Promise<void>;
  settingsState(): SettingsState;
  /** Validates and saves new settings, applying "start at login" first so a failure changes nothing. */
  updateSettings(next: unknown): Promise<SettingsState>;
  setReminderContext(context: ReminderContext): { nextAt: string | null };
  /**
   * The page's time zone. Chromium's renderer follows a change of the system time zone, Electron's main
   * process does not (electron/electron#33723), so the page reports it and main prefers it.
   */
  setTimeZone(timeZone: string): void;
  showTestNotification(): { shown: boolean };
  /** A backup file was opened with the app (double-click, "Open with", drag onto the dock icon). */
  openFile(path: string): void;
  /** The file waiting to be restored, handed over once. */
  takePendingFile(): string | null;
  /** Opens the window on `route` (notification clicks, tray). */
  openRoute(route: string): void;
  /**
   * "Delete all my data", main's half: turns starting at login off, stops the reminders, deletes main's
   * own files in userData (the backups folder only with `includeBackups`) and starts afresh in memory too,
   * so the running app does not write the old settings or reminder state back.
   */
  deleteAllData(options: { includeBackups: boolean }): Promise<DeleteAppFilesResult>;
}

export class LoginItemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginItemError';
  }
}

export function createDesktop({
  userData,
  clock,
  timeZone,
  notifier,
  loginItem,
  showWindow,
  deliver,
  logError = console.error,
  settleWriters = async () => undefined,
}: DesktopOptions): Desktop {
  const settings = createSettingsStore({ dir: userData, now: () => clock.now(), logError });
  const state = createReminderStateStore({ dir: userData, now: () => clock.now(), logError });
  const outbox = createCommandOutbox(deliver);
  const drafts = createDraftFlush({ isListening: () => outbox.isListening(), deliver });
  let pendingFile: string | null = null;
  let reportedZone: string | null = null;
  /** While the files are being deleted, the page's reminder context is not saved (it would recreate one). */
  let deleting = false;
  const currentZone = () => reportedZone ?? timeZone();

  function openRoute(route: string) {
    showWindow();
    outbox.send({ type: 'navigate', route });
  }

  const scheduler = createReminderScheduler({
    clock,
    timeZone: currentZone,
    rules: () => settings.get(),
    state,
    logError,
    notify(notice) {
      if (!notifier.isSupported()) return;
      notifier.show({ title: notice.title, body: notice.body }, () => openRoute(notice.route));
    },
  });

  // Settings that change when reminders fire take effect at once.
  settings.onChange(() => scheduler.check());

  function settingsState(): SettingsState {
    return {
      settings: settings.get(),
      notice: settings.notice(),
      loginItem: { supported: loginItem.supported, reason: loginItem.reason },
      notifications: { supported: notifier.isSupported() },
    };
  }

  return {
    settings,
    scheduler,
    outbox,
    flushDrafts: () => drafts.request(),
    draftsSaved: () => drafts.saved(),
    async start() {
      // Writes cut short by a crash leave temporary files (as large as a backup): gone at the next start.
      // Their age is measured on the wall clock, as their modification times are (not the reminders' clock).
      const leftovers = [userData, join(userData, BACKUPS_DIR_NAME)].map((dir) =>
        removeStaleTempFiles(dir, { now: () => new Date(), logError }),
      );
      await settings.load();
      await scheduler.start();
      await Promise.all(leftovers);
    },
    async stop() {
      scheduler.stop();
      await state.close();
    },
    settingsState,
    async updateSettings(next) {
      const wanted = (next as { startAtLogin?: unknown } | null)?.startAtLogin;
      if (typeof wanted === 'boolean' && wanted !== settings.get().startAtLogin) {
        if (wanted && !loginItem.supported) {
          throw new LoginItemError(loginItem.reason ?? 'Starting at login is not available here.');
        }
        try {
          await loginItem.set(wanted);
        } catch (error) {
          throw new LoginItemError(
            `Could not ${wanted ? 'turn on' : 'turn off'} starting at login: ${errorMessage(error)}`,
          );
        }
      }
      await settings.update(next);
      return settingsState();
    },
    setReminderContext(context) {
      if (deleting) return { nextAt: null };
      scheduler.setContext(context);
      return { nextAt: scheduler.next()?.at.toISOString() ?? null };
    },
    setTimeZone(zone) {
      if (zone === currentZone()) return;
      reportedZone = zone;
      scheduler.check();
    },
    showTestNotification() {
      if (!notifier.isSupported()) return { shown: false };
      notifier.show(
        {
          title: 'Reminders are on',
          body: 'This is how Growth Ledger reminders look. Click one to open the screen it is about.',
        },
        () => openRoute('/settings'),
      );
      return { shown: true };
    },
    openFile(path) {
      pendingFile = path;
      showWindow();
      outbox.send({ type: 'open-backup-file' });
    },
    takePendingFile() {
      const path = pendingFile;
      pendingFile = null;
      return path;
    },
    openRoute,
    async deleteAllData({ includeBackups }) {
      // Starting at login is the app's own entry in the system, recorded in the settings about to go: a
      // fresh start has it off. Turned off first, so a failure deletes nothing.
      if (settings.get().startAtLogin && loginItem.supported) {
        try {
          await loginItem.set(false);
        } catch (error) {
          throw new LoginItemError(
            `Starting at login could not be turned off (${errorMessage(error)}). Turn it off in the Desktop settings above, then try again.`,
          );
        }
      }
      deleting = true;
      scheduler.stop();
      try {
        // Every writer finishes what it was asked to save and then holds fresh values in memory, so no
        // write can put an old file back once it is deleted.
        await settings.reset();
        await state.reset();
        await settleWriters();
        return await deleteAppFiles({ userData, includeBackups });
      } finally {
        outbox.clear();
        pendingFile = null;
        deleting = false;
        scheduler.resume();
      }
    },
  };
}
