/**
 * What the backup worker does, as a plain function over messages: the worker entry
 * (`backup.worker.ts`) feeds it `message` events, and where there is no `Worker` (unit tests, an
 * engine without workers) the client runs the very same code in-thread.
 *
 * Requests run one at a time in arrival order, each on its own connection to the database (`LedgerDb`
 * opened here, so IndexedDB work and all the CPU work — JSON, checksums, validating every record — stay
 * off the main thread). A restore writes a new database (db/generations.ts), which the app then reloads
 * into. A merge restore writes the backup merged into the data in use (shared/domain/merge.ts) the
 * same way, so it is all or nothing too. The check only counts the data in use; reading it whole, which
 * takes seconds after years of use, is left to the merge preview, asked for separately.
 *
 * A backup file to check is read here, with the ticket main parked it under (`readParkedFile`: a fetch
 * from the app in the worker, parked-file.ts; a map in tests), never sent by the main thread.
 */
import {
  countRecords,
  createBackup,
  parseBackup,
  restorePreview,
  serializeBackup,
  type BackupEnvelope,
  type BackupProgress,
} from '@shared/domain/backup';
import { backupText, packBackup } from '@shared/domain/backup-content';
import { danglingReference } from '@shared/domain/backup-references';
import {
  countDataRecords,
  mergeBackups,
  mergeChangesAnything,
  sameJson,
  type MergeSummary,
} from '@shared/domain/merge';
import type { TableData } from '@shared/types/entities';
import { DATA_TABLE_NAMES, TABLE_LABELS, TOMBSTONE_TABLE } from '@shared/types/tables';
import { LedgerDb } from '@renderer/db/db';
import { markGenerationReady } from '@renderer/db/generations';
import { describeStorageError } from '@renderer/db/storage-errors';
import { countAllTables, readAllTables, writeAllTables } from '@renderer/db/tables';
import {
  workerRequestSchema,
  type MergePlan,
  type RequestType,
  type ResultOf,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { refusalOf } from '@renderer/platform/worker-port';
import type { ReadParkedFile } from './parked-file';

export interface BackupService {
  /** Handles one message (validated here); answers through the `post` the service was created with. */
  receive: (data: unknown) => void;
  /** Waits for the running requests, then closes the service's database connections. */
  close: () => Promise<void>;
}

/** What each request was doing, for a storage failure's message (db/storage-errors.ts). */
const DOING: Record<WorkerRequest['type'], string> = {
  backup: 'The backup',
  plan: 'Checking the backup',
  previewMerge: 'Working out what merging would do',
  restore: 'The restore',
  discard: 'Closing the preview',
};

/** The error for a request whose handle is unknown: the worker restarted, or the preview was closed. */
export const STALE_PLAN_MESSAGE =
  'This backup is no longer loaded. Choose it again to check it and restore it.';

/**
 * The check's answer when the file's ticket is used up or expired: main hands a file over once, for two
 * minutes (electron/services/file-tickets.ts).
 */
export const FILE_GONE_MESSAGE =
  'This backup file is no longer ready to be checked: a file chosen for a restore can be read once, within two minutes. Nothing was changed. Choose the file again.';

/** The error for a merge asked for before its preview was made (the preview is what the merge is held to). */
export const MERGE_NOT_PREVIEWED_MESSAGE =
  'Nothing was merged: what merging would do was not worked out yet. Wait for the preview to show it, then merge again.';

/** The error for a merge whose data in use changed after its preview (another window wrote to it). */
export const MERGE_CHANGED_MESSAGE =
  'Your data changed after the preview was made, so nothing was merged. Choose the backup again to see what merging it would do now.';

/** What a merge would do, as the preview shows it (only tables it touches); and the problem that prevents it. */
function mergePlan(
  local: TableData,
  incoming: TableData,
): { plan: MergePlan; summary: MergeSummary; tombstonesAdded: number } {
  const merged = mergeBackups(local, incoming);
  const rows = DATA_TABLE_NAMES.map((table) => ({
    table,
    label: TABLE_LABELS[table],
    ...merged.summary[table],
  })).filter((row) => row.added + row.updated + row.kept + row.deleted + row.ignored > 0);
  // Each side's references resolve (parseBackup checks the backup's; the app keeps its own), but a
  // tombstone from one side can remove what a record of the other points at. Merging that would leave a
  // database whose next backup could not be restored, so the merge is refused and replace stays offered.
  const dangling = danglingReference(merged.tables);
  const problem = dangling
    ? `This backup can't be merged: ${TABLE_LABELS[dangling.table]} would point to ${TABLE_LABELS[dangling.target].toLowerCase()} that one of the two copies deleted ("${dangling.id}"). Replace your data with the backup instead, or choose another backup.`
    : null;
  return {
    plan: { rows, changes: mergeChangesAnything(merged), problem },
    summary: merged.summary,
    tombstonesAdded: merged.tombstonesAdded,
  };
}

export function createBackupService(
  post: (response: WorkerResponse) => void,
  readParkedFile: ReadParkedFile,
): BackupService {
  const connections = new Map<string, LedgerDb>();
  /** At most one checked backup is kept: a 5-year backup is large once parsed. */
  let plan: {
    handle: string;
    dbName: string;
    backup: BackupEnvelope;
    /** The merge the preview showed, once asked for: a merge restore must come to exactly this again. */
    merge: { summary: MergeSummary; tombstonesAdded: number; problem: string | null } | null;
  } | null = null;
  let queue: Promise<void> = Promise.resolve();
  const database = (name: string): LedgerDb => {
    let db = connections.get(name);
    if (!db) {
      db = new LedgerDb(name, { recordDeletions: false });
      connections.set(name, db);
    }
    return db;
  };

  /** The checked backup a request names, or the error that says it is gone. */
  const heldPlan = (request: { handle: string; dbName: string }) => {
    if (plan?.handle !== request.handle || plan.dbName !== request.dbName)
      throw new Error(STALE_PLAN_MESSAGE);
    return plan;
  };

  /** Deletes an unfinished generation (best effort: the next start deletes it otherwise). */
  const dropDatabase = async (name: string) => {
    const db = connections.get(name);
    connections.delete(name);
    if (db) await db.delete().catch(() => undefined);
  };

  async function run<T extends RequestType>(
    request: Extract<WorkerRequest, { type: T }>,
    report: (progress: BackupProgress) => void,
  ): Promise<ResultOf<T>>;
  async function run(request: WorkerRequest, report: (progress: BackupProgress) => void) {
    switch (request.type) {
      case 'backup': {
        report({ phase: 'reading', done: 0, total: 1 });
        const tables = await readAllTables(database(request.dbName));
        const records = countRecords(tables);
        report({ phase: 'serialising', done: 0, total: records });
        const backup = await createBackup(tables, {
          appVersion: request.appVersion,
          createdAt: request.createdAt,
        });
        const packed = await packBackup(serializeBackup(backup));
        report({ phase: 'serialising', done: records, total: records });
        return { packed, records } satisfies ResultOf<'backup'>;
      }
      case 'plan': {
        plan = null; // A new check replaces the previous one, even if this one fails.
        const content = await readParkedFile(request.ticket);
        if (!content) return { ok: false, message: FILE_GONE_MESSAGE } satisfies ResultOf<'plan'>;
        const parsed = await parseBackup(backupText(content), report);
        if (!parsed.ok) return { ok: false, message: parsed.error.message } satisfies ResultOf<'plan'>;
        // Counted, not read: replacing needs only the counts (the merge preview reads, when asked for).
        const current = await countAllTables(database(request.dbName));
        const backup = parsed.backup;
        plan = { handle: globalThis.crypto.randomUUID(), dbName: request.dbName, backup, merge: null };
        return {
          ok: true,
          handle: plan.handle,
          createdAt: backup.createdAt,
          appVersion: backup.appVersion,
          // Tombstones are bookkeeping, not the user's records: not listed, not counted.
          preview: restorePreview(current, backup.tables).filter((row) => row.table !== TOMBSTONE_TABLE),
          incomingRecords: countDataRecords(backup.tables),
          currentRecords: DATA_TABLE_NAMES.reduce((sum, name) => sum + current[name], 0),
        } satisfies ResultOf<'plan'>;
      }
      case 'previewMerge': {
        const held = heldPlan(request);
        // Read whole (not only counted): the merge preview is the merge itself, computed here.
        const merge = mergePlan(await readAllTables(database(request.dbName)), held.backup.tables);
        held.merge = {
          summary: merge.summary,
          tombstonesAdded: merge.tombstonesAdded,
          problem: merge.plan.problem,
        };
        return merge.plan satisfies ResultOf<'previewMerge'>;
      }
      case 'restore': {
        const held = heldPlan(request);
        const { backup } = held;
        let tables = backup.tables;
        if (request.mode === 'merge') {
          if (!held.merge) throw new Error(MERGE_NOT_PREVIEWED_MESSAGE);
          if (held.merge.problem) throw new Error(held.merge.problem);
          // Computed again from the data in use now, with the same function as the preview: what is
          // written is what the preview counted, or nothing is written.
          const merged = mergeBackups(await readAllTables(database(request.dbName)), backup.tables);
          if (
            !sameJson(merged.summary, held.merge.summary) ||
            merged.tombstonesAdded !== held.merge.tombstonesAdded
          ) {
            throw new Error(MERGE_CHANGED_MESSAGE);
          }
          tables = merged.tables;
        }
        const total = countRecords(tables);
        let done = 0;
        report({ phase: 'replacing', done, total });
        // Into a new generation: the database in use stays as it is until the app switches to this one,
        // which it does only once the marker says every record is there.
        const target = database(request.target);
        try {
          if (Object.values(await countAllTables(target)).some((n) => n > 0)) {
            throw new Error('The restore target already holds data; nothing was restored.');
          }
          await writeAllTables(target, tables, {
            onBatch: (records) => {
              done += records;
              report({ phase: 'replacing', done, total });
            },
          });
          await markGenerationReady(request.target);
        } catch (error) {
          await dropDatabase(request.target);
          throw error;
        }
        plan = null;
        return { restoredRecords: countDataRecords(tables) } satisfies ResultOf<'restore'>;
      }
      case 'discard': {
        if (plan?.handle === request.handle) plan = null;
        return {} satisfies ResultOf<'discard'>;
      }
    }
  }

  const handle = async (data: unknown) => {
    const parsed = workerRequestSchema.safeParse(data);
    if (!parsed.success) {
      post(refusalOf(data, 'backup', parsed.error.issues));
      return;
    }
    const request = parsed.data;
    const progress = progressReporter((update) =>
      post({ type: 'progress', id: request.id, progress: update }),
    );
    try {
      const result = await run(request, progress.report);
      progress.flush();
      post({ type: 'done', id: request.id, result });
    } catch (error) {
      post({ type: 'failed', id: request.id, message: describeStorageError(error, DOING[request.type]) });
    }
  };

  return {
    receive: (data) => {
      queue = queue.then(() => handle(data));
    },
    close: async () => {
      await queue;
      for (const db of connections.values()) db.close();
      connections.clear();
      plan = null;
    },
  };
}

/** How often progress reaches the page at most: a bar updated ten times a second looks continuous. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes progress on at most every `PROGRESS_INTERVAL_MS`, and always the first of each phase and the
 * end of one: a restore writes a hundred batches, and the page re-rendering its bar for each one took
 * two seconds of a busy machine's main thread (issue 13). `flush` sends what was held back.
 */
export function progressReporter(
  send: (progress: BackupProgress) => void,
  now: () => number = () => performance.now(),
): { report: (progress: BackupProgress) => void; flush: () => void } {
  let sentAt = -Infinity;
  let phase: BackupProgress['phase'] | null = null;
  let held: BackupProgress | null = null;
  const sendNow = (progress: BackupProgress) => {
    held = null;
    sentAt = now();
    phase = progress.phase;
    send(progress);
  };
  return {
    report: (progress) => {
      if (
        progress.phase !== phase ||
        progress.done >= progress.total ||
        now() - sentAt >= PROGRESS_INTERVAL_MS
      ) {
        sendNow(progress);
      } else held = progress;
    },
    flush: () => {
      if (held) sendNow(held);
    },
  };
}
