/**
 * What the backup worker does, as a plain function over messages: the worker entry
 * (`backup.worker.ts`) feeds it `message` events, and where there is no `Worker` (unit tests, an
 * engine without workers) the client runs the very same code in-thread.
 *
 * Requests run one at a time in arrival order, each on its own connection to the database (`LedgerDb`
 * opened here, so IndexedDB work and all the CPU work — JSON, checksums, validating every record — stay
 * off the main thread). A restore writes a new database (db/generations.ts), which the app then reloads
 * into.
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
import { errorMessage } from '@shared/errors';
import { LedgerDb } from '@renderer/db/db';
import { markGenerationReady } from '@renderer/db/generations';
import { countAllTables, readAllTables, writeAllTables } from '@renderer/db/tables';
import {
  workerRequestSchema,
  type RequestType,
  type ResultOf,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

export interface BackupService {
  /** Handles one message (validated here); answers through the `post` the service was created with. */
  receive: (data: unknown) => void;
  /** Waits for the running requests, then closes the service's database connections. */
  close: () => Promise<void>;
}

/** The error for a request whose handle is unknown: the worker restarted, or the preview was closed. */
export const STALE_PLAN_MESSAGE =
  'This backup is no longer loaded. Choose it again to check it and restore it.';

export function createBackupService(post: (response: WorkerResponse) => void): BackupService {
  const connections = new Map<string, LedgerDb>();
  /** At most one checked backup is kept: a 5-year backup is large once parsed. */
  let plan: { handle: string; dbName: string; backup: BackupEnvelope } | null = null;
  let queue: Promise<void> = Promise.resolve();
  const database = (name: string): LedgerDb => {
    let db = connections.get(name);
    if (!db) {
      db = new LedgerDb(name);
      connections.set(name, db);
    }
    return db;
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
        const parsed = await parseBackup(backupText(request.content), report);
        if (!parsed.ok) return { ok: false, message: parsed.error.message } satisfies ResultOf<'plan'>;
        const current = await countAllTables(database(request.dbName));
        const backup = parsed.backup;
        plan = { handle: globalThis.crypto.randomUUID(), dbName: request.dbName, backup };
        return {
          ok: true,
          handle: plan.handle,
          createdAt: backup.createdAt,
          appVersion: backup.appVersion,
          preview: restorePreview(current, backup.tables),
          incomingRecords: countRecords(backup.tables),
          currentRecords: Object.values(current).reduce((a, b) => a + b, 0),
        } satisfies ResultOf<'plan'>;
      }
      case 'restore': {
        if (plan?.handle !== request.handle || plan.dbName !== request.dbName) {
          throw new Error(STALE_PLAN_MESSAGE);
        }
        const { backup } = plan;
        const total = countRecords(backup.tables);
        let done = 0;
        report({ phase: 'replacing', done, total });
        // Into a new generation: the database in use stays as it is until the app switches to this one,
        // which it does only once the marker says every record is there.
        const target = database(request.target);
        try {
          if (Object.values(await countAllTables(target)).some((n) => n > 0)) {
            throw new Error('The restore target already holds data; nothing was restored.');
          }
          await writeAllTables(target, backup.tables, {
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
        return { restoredRecords: total } satisfies ResultOf<'restore'>;
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
      const requestId = (data as { id?: unknown } | null)?.id;
      post({
        type: 'failed',
        id: typeof requestId === 'number' && Number.isInteger(requestId) && requestId >= 0 ? requestId : 0,
        message: `The backup worker refused a malformed request (${parsed.error.issues[0]?.message ?? 'invalid'}).`,
      });
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
      post({ type: 'failed', id: request.id, message: errorMessage(error) });
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
