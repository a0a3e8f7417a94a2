/**
 * The one IPC contract. Every channel is declared here once: its name (`namespace:verb`), the zod schema
 * of its request, and the type of its response. Main registers handlers from it (validating every
 * request and checking the sender), the preload exposes exactly these channels, and the renderer's
 * typed API is derived from it — adding a channel is one entry here and one handler in main.
 */
import { z } from 'zod';
import type { BackupKind } from '../domain/rotation';
import { MAX_BACKUP_BYTES } from '../domain/backup-content';
import { appSettingsSchema, type AppSettings } from '../domain/app-settings';
import { reminderContextSchema } from '../domain/reminders';

/** Declares a channel: the request schema is real, the response type rides along as a phantom. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the phantom type parameter is the point: it carries the response type.
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request) => ({
    request,
    response: undefined as unknown as Response,
  });
}

/** A file name inside the backups folder: never a path. */
export const backupFileNameSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/, 'must be a backup file name, not a path');

/** The suggested name of an exported backup: the app's own extension, or .json as older versions wrote. */
export const exportBackupNameSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(growthledger|json)$/, 'must be a backup file name, not a path');

/** A suggested file name for a Markdown or CSV export: never a path. */
export const exportFileNameSchema = z
  .string()
  .max(200)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]*\.(md|csv)$/u, 'must be a .md or .csv file name, not a path');

export const pdfFileNameSchema = z
  .string()
  .max(200)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]*\.pdf$/u, 'must be a .pdf file name, not a path');

/** Markdown and CSV exports are written by main as given; this bounds what one request may carry. */
export const MAX_TEXT_EXPORT_CHARS = 50 * 1024 * 1024;

/**
 * A new backup on its way to main: its text gzip-compressed by the backup worker (see
 * shared/domain/backup-content.ts; main unpacks it with a size cap and checks it again before writing).
 * Bytes, not text: the worker hands the buffer over without a copy, and the page passes a tenth of the
 * size on, so a 30 MB backup never becomes a string on the page's main thread.
 */
const packedBackupSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be the bytes of a packed backup')
  .refine((packed) => packed.byteLength >= 18, 'is too short to be a packed backup')
  .refine((packed) => packed.byteLength <= MAX_BACKUP_BYTES, 'is larger than a backup can be');

export interface AppInfo {
  appVersion: string;
  platform: string;
  backupsDir: string;
}

export interface BackupFileSummary {
  fileName: string;
  kind: BackupKind;
  /** Pre-upgrade backups only: the schema version the database was upgraded to after this copy. */
  upgradeTo?: number;
  createdAt: string;
  bytes: number;
}

export type SaveBackupResult =
  | { status: 'saved'; fileName: string; path: string; bytes: number; deleted: string[] }
  | { status: 'skipped'; reason: 'empty' | 'unchanged' | 'unsupported' };

export type ExportResult = { status: 'saved'; path: string; bytes: number } | { status: 'cancelled' };

/**
 * A backup file main read and size-checked for a restore: its name and size, and the one-time ticket its
 * bytes are parked under (shared/ipc/file-ticket.ts). The backup worker fetches them with the ticket, so
 * the file itself (31 MB at five years of data) never crosses the page's main thread; a ticket is good
 * for one read within two minutes.
 */
export interface ParkedBackupFile {
  fileName: string;
  ticket: string;
  bytes: number;
}

export type ImportResult = ({ status: 'opened'; path: string } & ParkedBackupFile) | { status: 'cancelled' };

/**
 * A calendar file the user picked, as text (main checks its size); the page parses it in a worker
 * (features/audit/worker), so neither main nor the page's main thread is busy with a large calendar.
 */
export type CalendarOpenResult =
  { status: 'opened'; fileName: string; bytes: number; text: string } | { status: 'cancelled' };

/** What the settings screen needs: the settings, and what this machine can do with them. */
export interface SettingsState {
  settings: AppSettings;
  /** Set once when the settings file could not be read and was moved aside (the defaults are in use). */
  notice: string | null;
  loginItem: { supported: boolean; reason: string | null };
  notifications: { supported: boolean };
}

/** What "Delete all my data" removed in main; `backupsKept` is the backups folder when it stayed. */
export interface DeleteAllResult {
  deleted: string[];
  backupsKept: string | null;
}

const timeZoneSchema = z
  .string()
  .min(1)
  .max(100)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      // Intl throws a RangeError for a zone it does not know: that is the answer.
      return false;
    }
  }, 'unknown time zone');

export const contract = {
  'app:info': channel<AppInfo>()(z.strictObject({})),
  /** The renderer is listening: main hands over commands that arrived before it was (deep links, files). */
  'app:takePendingCommands': channel<AppCommand[]>()(z.strictObject({})),
  /** The page wrote every form's unsaved text to its database (the answer to `save-drafts`). */
  'app:draftsSaved': channel<null>()(z.strictObject({})),
  'settings:get': channel<SettingsState>()(z.strictObject({})),
  'settings:update': channel<SettingsState>()(appSettingsSchema),
  'reminders:setContext': channel<{ nextAt: string | null }>()(reminderContextSchema),
  'reminders:test': channel<{ shown: boolean }>()(z.strictObject({})),
  /** The page's time zone: Chromium follows a system change, Electron's main process does not. */
  'reminders:setTimeZone': channel<{ timeZone: string }>()(z.strictObject({ timeZone: timeZoneSchema })),
  /** The backup file the app was asked to open (file association), read like an import. */
  'backup:openPending': channel<ImportResult>()(z.strictObject({})),
  'backup:save': channel<SaveBackupResult>()(
    z.strictObject({
      packed: packedBackupSchema,
      kind: z.enum(['auto', 'manual', 'pre-restore', 'pre-upgrade']),
    }),
  ),
  'backup:list': channel<{ dir: string; files: BackupFileSummary[] }>()(z.strictObject({})),
  /** A file of the backups folder, read for a restore like an import. */
  'backup:read': channel<ParkedBackupFile>()(z.strictObject({ fileName: backupFileNameSchema })),
  'backup:export': channel<ExportResult>()(
    z.strictObject({ packed: packedBackupSchema, suggestedName: exportBackupNameSchema }),
  ),
  'backup:import': channel<ImportResult>()(z.strictObject({})),
  'backup:revealFolder': channel<{ opened: boolean }>()(z.strictObject({})),
  'export:saveText': channel<ExportResult>()(
    z.strictObject({
      kind: z.enum(['markdown', 'csv']),
      title: z.string().min(1).max(120),
      suggestedName: exportFileNameSchema,
      text: z.string().max(MAX_TEXT_EXPORT_CHARS),
    }),
  ),
  /**
   * Saves the page on screen (a print view, such as the promotion packet) as a PDF: main prints it with
   * a header naming `header` and each page's number, and writes the file the user picks. The page sends
   * text only; main builds the header's markup and escapes it.
   */
  'export:savePdf': channel<ExportResult>()(
    z.strictObject({
      title: z.string().min(1).max(120),
      suggestedName: pdfFileNameSchema,
      header: z.string().max(200),
    }),
  ),
  /**
   * "Delete all my data": main deletes its own files in userData (settings, reminder and window state) and,
   * only with `includeBackups`, the backups folder. The page names no path; it clears its own storage.
   */
  'data:deleteAll': channel<DeleteAllResult>()(z.strictObject({ includeBackups: z.boolean() })),
  'calendar:open': channel<CalendarOpenResult>()(z.strictObject({})),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];
export const CHANNELS = Object.keys(contract) as Channel[];

/** Commands main pushes to the renderer: menu items, tray items, notification clicks, opened files. */
export const appCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('backup-now') }),
  z.strictObject({ type: z.literal('export') }),
  z.strictObject({ type: z.literal('import') }),
  z.strictObject({ type: z.literal('navigate'), route: z.string().regex(/^\/[A-Za-z0-9/_-]*$/) }),
  /** Open the audit with the quick-entry line focused. */
  z.strictObject({ type: z.literal('quick-log') }),
  z.strictObject({ type: z.literal('new-retro') }),
  z.strictObject({ type: z.literal('shortcuts') }),
  /** Open the search dialog (features/search). */
  z.strictObject({ type: z.literal('search') }),
  /** Edit → Undo: the focused text field's own undo, else the app's undo of the last change (commands.ts). */
  z.strictObject({ type: z.literal('undo') }),
  /**
   * The app is about to quit or the window to close: write every form's unsaved text to the database,
   * then answer with app:draftsSaved.
   */
  z.strictObject({ type: z.literal('save-drafts') }),
  /** A backup file was opened with the app: fetch it with backup:openPending and offer a restore. */
  z.strictObject({ type: z.literal('open-backup-file') }),
]);
export type AppCommand = z.infer<typeof appCommandSchema>;

export const events = {
  'app:command': appCommandSchema,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** Every handler answers with this envelope, so errors keep their code and message across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorInfo };
export interface IpcErrorInfo {
  code:
    | 'invalid-request'
    | 'unknown-channel'
    | 'forbidden-sender'
    | 'not-found'
    | 'too-large'
    | 'bad-backup'
    | 'bad-calendar'
    | 'bad-settings'
    | 'disk-full'
    | 'no-permission'
    | 'internal';
  message: string;
}

/** What the preload puts on `window.ledger`: nothing else crosses into the page. */
export interface LedgerBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
