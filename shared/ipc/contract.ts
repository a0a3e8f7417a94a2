/**
 * The one IPC contract. Every channel is declared here once: its name (`namespace:verb`), the zod schema
 * of its request, and the type of its response. Main registers handlers from it (validating every
 * request and checking the sender), the preload exposes exactly these channels, and the renderer's
 * typed API is derived from it — adding a channel is one entry here and one handler in main.
 */
import { z } from 'zod';
import type { BackupKind } from '../domain/rotation';
import type { IcsParseResult } from '../domain/ics';

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

/** A suggested file name for a Markdown or CSV export: never a path. */
export const exportFileNameSchema = z
  .string()
  .max(200)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]*\.(md|csv)$/u, 'must be a .md or .csv file name, not a path');

/** Markdown and CSV exports are written by main as given; this bounds what one request may carry. */
export const MAX_TEXT_EXPORT_CHARS = 50 * 1024 * 1024;

/** Backup text as produced by shared/domain/backup.ts; main checks it again before writing. */
const backupTextSchema = z.string().min(2);

export interface AppInfo {
  appVersion: string;
  platform: string;
  backupsDir: string;
}

export interface BackupFileSummary {
  fileName: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

export type SaveBackupResult =
  | { status: 'saved'; fileName: string; path: string; bytes: number; deleted: string[] }
  | { status: 'skipped'; reason: 'empty' | 'unchanged' | 'unsupported' };

export type ExportResult = { status: 'saved'; path: string; bytes: number } | { status: 'cancelled' };
export type ImportResult =
  { status: 'opened'; fileName: string; path: string; text: string; bytes: number } | { status: 'cancelled' };

export type CalendarOpenResult =
  ({ status: 'opened'; fileName: string; bytes: number } & IcsParseResult) | { status: 'cancelled' };

const calendarDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd');
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
  'backup:save': channel<SaveBackupResult>()(
    z.strictObject({ text: backupTextSchema, kind: z.enum(['auto', 'manual', 'pre-restore']) }),
  ),
  'backup:list': channel<{ dir: string; files: BackupFileSummary[] }>()(z.strictObject({})),
  'backup:read': channel<{ fileName: string; text: string }>()(
    z.strictObject({ fileName: backupFileNameSchema }),
  ),
  'backup:export': channel<ExportResult>()(
    z.strictObject({ text: backupTextSchema, suggestedName: backupFileNameSchema }),
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
  'calendar:open': channel<CalendarOpenResult>()(
    z
      .strictObject({
        rangeStart: calendarDateSchema,
        rangeEnd: calendarDateSchema,
        timeZone: timeZoneSchema,
      })
      .refine((window) => window.rangeStart <= window.rangeEnd, 'rangeStart must not be after rangeEnd'),
  ),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];
export const CHANNELS = Object.keys(contract) as Channel[];

/** Commands main pushes to the renderer (menu items, later tray and notifications). */
export const appCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('backup-now') }),
  z.strictObject({ type: z.literal('export') }),
  z.strictObject({ type: z.literal('import') }),
  z.strictObject({ type: z.literal('navigate'), route: z.string().regex(/^\/[a-z0-9/-]*$/) }),
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
    | 'internal';
  message: string;
}

/** What the preload puts on `window.ledger`: nothing else crosses into the page. */
export interface LedgerBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
