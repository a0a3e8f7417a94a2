/**
 * The messages between the renderer's main thread and the backup worker: the one place they are
 * declared. Both sides validate what they receive with these schemas, so a malformed message is refused
 * with a message rather than half-handled.
 *
 * main → worker: a request (`backup`, `plan`, `previewMerge`, `restore` — replacing or merging —,
 * `discard`) with an `id`.
 * worker → main: any number of `progress` messages for that id, then exactly one `done` (with the
 * request's result) or `failed` (with a message for the user).
 *
 * A checked backup stays in the worker under an opaque `handle`: only its preview rows and counts travel
 * to the main thread, and `restore` names the handle instead of sending the records back.
 *
 * A backup file to check never comes through the main thread: `plan` names the one-time ticket main
 * parked it under (shared/ipc/file-ticket.ts), and the worker fetches its bytes itself. A new backup
 * travels to the main thread `packed` (gzip), its buffer transferred, not copied. The worker decodes,
 * encodes and packs, so the main thread never builds or reads a 30 MB string. `transferables` lists the
 * buffers a message can hand over.
 */
import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '@shared/types/tables';
import type { BackupProgress } from '@shared/domain/backup';
import { FILE_TICKET_PATTERN } from '@shared/ipc/file-ticket';

const id = z.number().int().min(0);
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes');
const dbName = z.string().min(1).max(200);
const ticket = z.string().regex(FILE_TICKET_PATTERN, 'must be a file ticket');

export const workerRequestSchema = z.discriminatedUnion('type', [
  /** Read every table and write the backup text (checksum included). */
  z.strictObject({
    type: z.literal('backup'),
    id,
    dbName,
    appVersion: z.string().max(50),
    createdAt: z.iso.datetime({ offset: true }),
  }),
  /**
   * Read the backup file parked under `ticket` (main read it for the page), check it completely and
   * describe what replacing the data in use with it would change. Writes nothing, and only counts the
   * data in use: what merging would do is `previewMerge`'s.
   */
  z.strictObject({ type: z.literal('plan'), id, dbName, ticket }),
  /**
   * What merging a checked backup into the data in use would do. Reads the data in use whole, which is
   * why the check leaves it to this request. Writes nothing.
   */
  z.strictObject({ type: z.literal('previewMerge'), id, dbName, handle: z.string().min(1) }),
  /**
   * Write a checked backup into `target`, a new generation (db/generations.ts), and mark it complete.
   * `dbName` (the database in use) is only checked against the plan's: it is never written.
   */
  z.strictObject({
    type: z.literal('restore'),
    id,
    dbName,
    target: dbName,
    handle: z.string().min(1),
    /**
     * `replace` (the default): the new generation holds exactly the backup. `merge`: it holds the backup
     * merged into the data in use (shared/domain/merge.ts), computed again from both and checked against
     * `previewMerge`'s counts, so what is written is what the preview showed.
     */
    mode: z.enum(['replace', 'merge']).optional(),
  }),
  /** Forget a checked backup (the preview was closed). */
  z.strictObject({ type: z.literal('discard'), id, handle: z.string().min(1) }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;
export type RequestType = WorkerRequest['type'];
/** A request as the caller writes it: the client adds the id. */
export type RequestInput = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;

const count = z.number().int().min(0);

const previewRowSchema = z.strictObject({
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  label: z.string(),
  current: count,
  incoming: count,
});

/** What merging would do to one table (shared/domain/merge.ts, TableMergeSummary), for the preview. */
const mergeRowSchema = z.strictObject({
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  label: z.string(),
  added: count,
  updated: count,
  kept: count,
  deleted: count,
  ignored: count,
});

/** The merge the preview offers: its rows (tables it touches), or why it cannot be done. */
const mergePlanSchema = z.strictObject({
  rows: z.array(mergeRowSchema),
  /** Whether merging changes anything here at all (records or deletions). */
  changes: z.boolean(),
  /** Why this backup cannot be merged (written for the user), or null. */
  problem: z.string().nullable(),
});

/** What each request answers with. */
export const resultSchemas = {
  /** The backup's text gzip-compressed (shared/domain/backup-content.ts), as main takes it. */
  backup: z.strictObject({ packed: bytes, records: count }),
  plan: z.discriminatedUnion('ok', [
    z.strictObject({
      ok: z.literal(true),
      handle: z.string().min(1),
      createdAt: z.string(),
      appVersion: z.string(),
      preview: z.array(previewRowSchema),
      incomingRecords: count,
      currentRecords: count,
    }),
    z.strictObject({ ok: z.literal(false), message: z.string() }),
  ]),
  previewMerge: mergePlanSchema,
  restore: z.strictObject({ restoredRecords: count }),
  discard: z.strictObject({}),
} satisfies Record<RequestType, z.ZodType>;
export type MergeRow = z.infer<typeof mergeRowSchema>;
export type MergePlan = z.infer<typeof mergePlanSchema>;
export type ResultOf<T extends RequestType> = z.infer<(typeof resultSchemas)[T]>;

export const progressSchema = z.strictObject({
  phase: z.enum(['parsing', 'checksum', 'validating', 'reading', 'serialising', 'replacing']),
  done: count,
  total: count,
}) satisfies z.ZodType<BackupProgress>;

export const workerResponseSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), id, progress: progressSchema }),
  // The result is checked against resultSchemas[request type] by the side that knows the request.
  z.strictObject({ type: z.literal('done'), id, result: z.unknown() }),
  z.strictObject({ type: z.literal('failed'), id, message: z.string() }),
]);
export type WorkerResponse = z.infer<typeof workerResponseSchema>;

/**
 * The buffers of the backup bytes a response carries, to transfer with it: a new backup, `packed`. No
 * request carries bytes (a file to check is fetched by the worker).
 */
export function transferables(message: WorkerResponse): ArrayBuffer[] {
  const carried =
    message.type === 'done' ? (message.result as { packed?: unknown } | null)?.packed : undefined;
  return carried instanceof Uint8Array && carried.buffer instanceof ArrayBuffer ? [carried.buffer] : [];
}
