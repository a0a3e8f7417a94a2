/**
 * The only file that touches `window.ledger`, the bridge the preload exposes. Everything else in the
 * renderer calls `api.*`, fully typed from shared/ipc/contract.ts.
 *
 * In a plain browser (`npm run preview`) there is no bridge; a small fallback keeps the UI usable:
 * exports download a file, a calendar import uses a file picker, settings live in localStorage and a
 * test notification uses the web Notification API. A restore needs main: the backup worker reads the
 * file main parked for it (shared/ipc/file-ticket.ts), and a browser tab has no main to park it, so
 * importing a backup, like the backups folder, says it is only available in the desktop app.
 */
import type { AppSettings } from '@shared/domain/app-settings';
import { unpackBackup } from '@shared/domain/backup-content';
import type {
  AppCommand,
  Channel,
  EventName,
  EventPayload,
  IpcErrorInfo,
  IpcResult,
  LedgerBridge,
  RequestOf,
  ResponseOf,
  SettingsState,
} from '@shared/ipc/contract';

declare global {
  interface Window {
    ledger?: LedgerBridge;
  }
}

/** An error that came back from main, with its code; `message` is written for the user. */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorInfo['code'],
    message: string,
  ) {
    super(message);
    this.name = 'IpcError';
  }
}

function download(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

const unavailable = (what: string): IpcResult<never> => ({
  ok: false,
  error: { code: 'not-found', message: `${what} is only available in the desktop app.` },
});

const SETTINGS_KEY = 'growth-ledger.settings';

/**
 * The settings module and its schema, loaded when the preview first reads or writes settings: the app's
 * first script stays free of the schema library.
 */
const settingsModule = () => import('@shared/domain/app-settings');

async function readStoredSettings(): Promise<AppSettings> {
  const { storedSettingsSchema, defaultSettings } = await settingsModule();
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    const parsed = raw === null ? null : storedSettingsSchema.safeParse(JSON.parse(raw));
    return parsed?.success ? parsed.data : defaultSettings();
  } catch {
    // Unreadable JSON or no localStorage: the defaults, as main does with a bad settings file.
    return defaultSettings();
  }
}

function browserSettingsState(settings: AppSettings): SettingsState {
  return {
    settings,
    notice: null,
    loginItem: { supported: false, reason: 'Only in the desktop app.' },
    notifications: { supported: 'Notification' in window },
  };
}

async function showBrowserNotification(): Promise<boolean> {
  if (!('Notification' in window)) return false;
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  if (permission !== 'granted') return false;
  new Notification('Growth Ledger', { body: 'Notifications work: this is how your reminders will look.' });
  return true;
}

/** The browser-preview stand-in for the preload bridge. */
export function createBrowserFallback(): LedgerBridge {
  const handlers: { [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>> } = {
    'app:info': async () => ({
      ok: true,
      value: { appVersion: 'preview', platform: 'browser', backupsDir: '' },
    }),
    'app:takePendingCommands': async () => ({ ok: true, value: [] }),
    'app:draftsSaved': async () => ({ ok: true, value: null }),
    'settings:get': async () => ({ ok: true, value: browserSettingsState(await readStoredSettings()) }),
    'settings:update': async (request) => {
      const { appSettingsSchema } = await settingsModule();
      const parsed = appSettingsSchema.safeParse(request);
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-request', message: 'These settings are not valid.' } };
      }
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(parsed.data));
      return { ok: true, value: browserSettingsState(parsed.data) };
    },
    // Nothing schedules reminders in a browser tab.
    'reminders:setContext': async () => ({ ok: true, value: { nextAt: null } }),
    'reminders:test': async () => ({ ok: true, value: { shown: await showBrowserNotification() } }),
    'reminders:setTimeZone': async ({ timeZone }) => ({ ok: true, value: { timeZone } }),
    'backup:openPending': async () => ({ ok: true, value: { status: 'cancelled' } }),
    'backup:save': async ({ packed, kind }) => {
      if (kind === 'auto') return { ok: true, value: { status: 'skipped', reason: 'unsupported' } };
      const fileName = `growth-ledger-${kind}-${new Date().toISOString().slice(0, 10)}.json`;
      const text = await unpackBackup(packed);
      download(fileName, text);
      return {
        ok: true,
        value: { status: 'saved', fileName, path: fileName, bytes: text.length, deleted: [] },
      };
    },
    'backup:list': async () => ({ ok: true, value: { dir: '', files: [] } }),
    'backup:read': async () => unavailable('Reading the backups folder'),
    'backup:export': async ({ packed, suggestedName }) => {
      const text = await unpackBackup(packed);
      download(suggestedName, text);
      return { ok: true, value: { status: 'saved', path: suggestedName, bytes: text.length } };
    },
    'backup:import': async () => unavailable('Importing a backup'),
    'backup:revealFolder': async () => unavailable('Opening the backups folder'),
    // The preview keeps nothing outside the page's own storage, which the page clears itself.
    'data:deleteAll': async () => ({ ok: true, value: { deleted: [], backupsKept: null } }),
    'export:saveText': async ({ kind, suggestedName, text }) => {
      download(suggestedName, text, kind === 'csv' ? 'text/csv' : 'text/markdown');
      return { ok: true, value: { status: 'saved', path: suggestedName, bytes: text.length } };
    },
    // A browser tab prints with its own dialog, which can save a PDF; whether it did, the page cannot tell.
    'export:savePdf': async () => {
      window.print();
      return { ok: true, value: { status: 'cancelled' } };
    },
    'calendar:open': async () => {
      const picked = await pickFile('.ics,text/calendar');
      if (!picked) return { ok: true, value: { status: 'cancelled' } };
      // The same limit main applies; the page parses the text in its worker either way.
      const { MAX_ICS_BYTES } = await import('@shared/domain/ics');
      if (picked.size > MAX_ICS_BYTES) {
        return { ok: false, error: { code: 'too-large', message: `"${picked.name}" is too large.` } };
      }
      return {
        ok: true,
        value: { status: 'opened', fileName: picked.name, bytes: picked.size, text: await picked.text() },
      };
    },
  };
  return {
    invoke: (channel, request) => handlers[channel](request),
    on: () => () => undefined,
  };
}

const bridge: LedgerBridge = window.ledger ?? createBrowserFallback();

export const isDesktop = window.ledger !== undefined;

export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await bridge.invoke(channel, request);
  if (!result.ok) throw new IpcError(result.error.code, result.error.message);
  return result.value;
}

export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return bridge.on(event, listener);
}

export function onAppCommand(listener: (command: AppCommand) => void): () => void {
  return onEvent('app:command', listener);
}
