/**
 * The main-process handlers, one per channel of the contract. Everything Electron-specific (dialogs,
 * the shell) is injected, so the same handlers run in Electron, in unit tests and behind the e2e bridge.
 */
import { basename } from 'node:path';
import type { Handlers } from './dispatch';
import { HandlerError } from './dispatch';
import type { BackupStore } from '../services/backup/backup-store';
import type { FileTickets } from '../services/file-tickets';
import { readBytesChecked, readFileChecked, FileTooLargeError } from '../services/files/read-checked';
import { errorCode } from '../services/files/error-code';
import { writeFileAtomic } from '../services/files/atomic-write';
import { BackupContentError, MAX_BACKUP_BYTES, unpackBackup } from '@shared/domain/backup-content';
import { MAX_ICS_BYTES } from '@shared/domain/ics';
import type { ImportResult } from '@shared/ipc/contract';
import { LoginItemError, type Desktop } from '../services/desktop';
import { InvalidSettingsError } from '../services/settings-store';

/** The parts of Electron's `dialog` the handlers use; tests pass a scripted fake. */
export interface DialogPort {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
    properties: ['openFile'];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface ShellPort {
  openPath(path: string): Promise<string>;
}

/**
 * Prints the window's page to PDF: Electron's `webContents.printToPDF` in the app, Playwright's
 * `page.pdf()` in the end-to-end tests. Header and footer are Chromium print templates (HTML).
 */
export interface PrintPort {
  toPdf(options: { headerTemplate: string; footerTemplate: string }): Promise<Uint8Array>;
}

export interface HandlerDeps {
  appVersion: string;
  platform: string;
  backups: BackupStore;
  dialog: DialogPort;
  shell: ShellPort;
  now: () => Date;
  desktop: Desktop;
  print: PrintPort;
  /**
   * Where a backup file read for a restore is parked for the backup worker: the same store the app
   * protocol serves `/__file/<ticket>` from (services/file-tickets.ts).
   */
  tickets: FileTickets;
}

/** Exports use the app's own extension (the one the installers associate with the app); older ones are .json. */
export const BACKUP_EXTENSION = 'growthledger';
const JSON_FILTER = [{ name: 'Growth Ledger backup', extensions: [BACKUP_EXTENSION, 'json'] }];

/**
 * Reads a backup file the user chose or opened with the app, refusing oversized ones unread, and parks
 * it for the backup worker: the answer carries its ticket, not its bytes.
 */
async function readBackupFile(path: string, tickets: FileTickets): Promise<ImportResult> {
  try {
    const content = await readBytesChecked(path, MAX_BACKUP_BYTES);
    return {
      status: 'opened',
      fileName: basename(path),
      path,
      ticket: tickets.park(content),
      bytes: content.byteLength,
    };
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      throw new HandlerError(
        'too-large',
        `"${basename(path)}" is ${(error.bytes / 1024 / 1024).toFixed(1)} MB; a backup can be at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB. Nothing was changed.`,
      );
    }
    if (errorCode(error) === 'ENOENT') {
      throw new HandlerError('not-found', `"${basename(path)}" is no longer there. Nothing was changed.`);
    }
    throw error;
  }
}
/** The text of a backup the page sent packed; damaged or oversized data is refused as a bad backup. */
async function unpacked(packed: Uint8Array): Promise<string> {
  try {
    return await unpackBackup(packed, MAX_BACKUP_BYTES);
  } catch (error) {
    if (error instanceof BackupContentError) throw new HandlerError('bad-backup', error.message);
    throw error;
  }
}

type FileFilter = { name: string; extensions: string[] };
const ICS_FILTER = [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }];
const TEXT_EXPORT_FILTERS: Record<'markdown' | 'csv', FileFilter[]> = {
  markdown: [{ name: 'Markdown', extensions: ['md'] }],
  csv: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
};

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': async () => ({
      appVersion: deps.appVersion,
      platform: deps.platform,
      backupsDir: deps.backups.dir,
    }),

    'backup:save': async ({ packed, kind }) => deps.backups.save(await unpacked(packed), kind, deps.now()),

    'backup:list': async () => ({ dir: deps.backups.dir, files: await deps.backups.list() }),

    'backup:read': async ({ fileName }) => {
      const content = await deps.backups.read(fileName);
      return { fileName, ticket: deps.tickets.park(content), bytes: content.byteLength };
    },

    'backup:export': async ({ packed, suggestedName }) => {
      const text = await unpacked(packed);
      await deps.backups.assertValid(text);
      const choice = await deps.dialog.showSaveDialog({
        title: 'Export your data',
        defaultPath: suggestedName,
        filters: JSON_FILTER,
      });
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      await writeFileAtomic(choice.filePath, text);
      return { status: 'saved', path: choice.filePath, bytes: Buffer.byteLength(text) };
    },

    'backup:import': async () => {
      const choice = await deps.dialog.showOpenDialog({
        title: 'Import a backup',
        filters: JSON_FILTER,
        properties: ['openFile'],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { status: 'cancelled' };
      return readBackupFile(path, deps.tickets);
    },

    'backup:openPending': async () => {
      const path = deps.desktop.takePendingFile();
      return path ? readBackupFile(path, deps.tickets) : { status: 'cancelled' };
    },

    'app:takePendingCommands': async () => deps.desktop.outbox.takePending(),

    'app:draftsSaved': async () => {
      deps.desktop.draftsSaved();
      return null;
    },

    'settings:get': async () => deps.desktop.settingsState(),

    'settings:update': async (settings) => {
      try {
        return await deps.desktop.updateSettings(settings);
      } catch (error) {
        if (error instanceof InvalidSettingsError || error instanceof LoginItemError) {
          throw new HandlerError('bad-settings', error.message);
        }
        throw error;
      }
    },

    'reminders:setContext': async (context) => deps.desktop.setReminderContext(context),

    'reminders:test': async () => deps.desktop.showTestNotification(),

    'reminders:setTimeZone': async ({ timeZone }) => {
      deps.desktop.setTimeZone(timeZone);
      return { timeZone };
    },

    'backup:revealFolder': async () => {
      const problem = await deps.shell.openPath(deps.backups.dir);
      if (problem) throw new HandlerError('not-found', `Could not open the backups folder: ${problem}`);
      return { opened: true };
    },

    'data:deleteAll': async ({ includeBackups }) => {
      try {
        return await deps.desktop.deleteAllData({ includeBackups });
      } catch (error) {
        if (error instanceof LoginItemError) throw new HandlerError('bad-settings', error.message);
        throw error;
      }
    },

    'export:saveText': async ({ kind, title, suggestedName, text }) => {
      const choice = await deps.dialog.showSaveDialog({
        title,
        defaultPath: suggestedName,
        filters: TEXT_EXPORT_FILTERS[kind],
      });
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      await writeFileAtomic(choice.filePath, text);
      return { status: 'saved', path: choice.filePath, bytes: Buffer.byteLength(text) };
    },

    'export:savePdf': async ({ title, suggestedName, header }) => {
      const choice = await deps.dialog.showSaveDialog({
        title,
        defaultPath: suggestedName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      const pdf = await deps.print.toPdf(pdfTemplates(header));
      await writeFileAtomic(choice.filePath, pdf);
      return { status: 'saved', path: choice.filePath, bytes: pdf.byteLength };
    },

    // Main reads the file and checks its size only: the page parses it in a worker (issue 16), so a
    // calendar of thousands of events keeps neither main nor the window busy.
    'calendar:open': async () => {
      const choice = await deps.dialog.showOpenDialog({
        title: 'Import a calendar file',
        filters: ICS_FILTER,
        properties: ['openFile'],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { status: 'cancelled' };
      const fileName = basename(path);
      try {
        const { text, bytes } = await readFileChecked(path, MAX_ICS_BYTES);
        return { status: 'opened', fileName, bytes, text };
      } catch (error) {
        if (error instanceof FileTooLargeError) {
          throw new HandlerError(
            'too-large',
            `"${fileName}" is ${(error.bytes / 1024 / 1024).toFixed(1)} MB; a calendar file can be at most ${MAX_ICS_BYTES / 1024 / 1024} MB. Nothing was imported.`,
          );
        }
        throw error;
      }
    },
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A PDF's running header (the page's own words, escaped: it is markup) and footer (page n of m), in
 * Chromium's print templates, which fill the `pageNumber` and `totalPages` classes.
 */
export function pdfTemplates(header: string): { headerTemplate: string; footerTemplate: string } {
  const style = 'font: 8px system-ui, sans-serif; color: #555; width: 100%; margin: 0 12mm;';
  return {
    headerTemplate: `<div style="${style}">${escapeHtml(header)}</div>`,
    footerTemplate: `<div style="${style} text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  };
}
