/**
 * The main thread's side of the calendar worker: each parse starts its own worker, hears its progress,
 * gets its result back (validated against the protocol), and ends the worker. Cancelling ends the
 * worker at once, mid-parse: ical.js runs as one synchronous call, so only terminating it stops it.
 *
 * Where there is no `Worker` (happy-dom and Node in unit tests), or the worker cannot start (it fails
 * before answering anything), the same service runs in-thread instead: slower for the UI, never wrong.
 * This mirrors the backup worker's client (features/backup/worker/client.ts).
 */
import type { IcsParseResult, IcsProgress, IcsWindow } from '@shared/domain/ics';
import { workerResponseSchema, type WorkerRequest } from './protocol';
import { inThreadPort as inThreadPort_, portOfWorker, type WorkerPort } from '@renderer/platform/worker-port';
import { createIcsService } from './service';

/** One way of reaching the service: a real worker, or the service in this thread. */
export type IcsPort = WorkerPort<WorkerRequest>;

/** The service in this thread. */
export function inThreadPort(): IcsPort {
  return inThreadPort_(createIcsService);
}

/** A dedicated module worker (same origin, so the app's `script-src 'self'` allows it); null without `Worker`. */
export function workerPort(): IcsPort | null {
  if (typeof Worker !== 'function') return null;
  const worker = new Worker(new URL('./ics.worker.ts', import.meta.url), {
    type: 'module',
    name: 'calendar',
  });
  return portOfWorker(worker);
}

/** Raised by `parseCalendar` when its signal aborts: the user cancelled, nothing is shown or imported. */
export class ParseCancelledError extends Error {
  constructor() {
    super('Reading the calendar was cancelled.');
    this.name = 'ParseCancelledError';
  }
}

export interface ParseOptions {
  onProgress?: (progress: IcsProgress) => void;
  /** Aborting ends the parse (and its worker) and rejects with ParseCancelledError. */
  signal?: AbortSignal;
  /** How to reach the service; a test passes its own. Defaults to a worker, else in-thread. */
  openPort?: () => IcsPort;
  /** The port used when the first never answered (a worker blocked or failing to load). */
  fallback?: () => IcsPort;
}

let nextId = 1;

/**
 * Reads a calendar file's text into its occurrences within `window`, off the main thread. Rejects with
 * the parser's own message (written for the user) when the file is not a readable calendar.
 */
export function parseCalendar(
  text: string,
  window: IcsWindow,
  {
    onProgress,
    signal,
    openPort = () => workerPort() ?? inThreadPort(),
    fallback = inThreadPort,
  }: ParseOptions = {},
): Promise<IcsParseResult> {
  const request: WorkerRequest = { type: 'parse', id: nextId++, text, window };
  return new Promise<IcsParseResult>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ParseCancelledError());
      return;
    }
    let port: IcsPort | null = null;
    let answered = false;
    const finish = (settle: () => void) => {
      port?.close();
      port = null;
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(new ParseCancelledError()));
    signal?.addEventListener('abort', onAbort);

    const connect = (open: () => IcsPort) => {
      const current = open();
      port = current;
      current.listen(
        (data) => {
          if (port !== current) return; // Cancelled or finished: what it still says is not heard.
          answered = true;
          const parsed = workerResponseSchema.safeParse(data);
          if (!parsed.success || parsed.data.id !== request.id) {
            finish(() =>
              reject(new Error('The calendar worker sent a malformed message. Try the import again.')),
            );
            return;
          }
          const message = parsed.data;
          if (message.type === 'progress') onProgress?.(message.progress);
          else if (message.type === 'done') finish(() => resolve(message.result));
          else finish(() => reject(new CalendarFileError(message.message)));
        },
        (reason) => {
          if (port !== current) return;
          current.close();
          // It never started (blocked or failed to load): read the file in this thread instead.
          if (!answered) connect(fallback);
          else
            finish(() => reject(new Error(`The calendar worker stopped (${reason}). Try the import again.`)));
        },
      );
      current.post(request);
    };
    connect(openPort);
  });
}

/** The file is not a calendar the app can read; the message says why and what to do. */
export class CalendarFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarFileError';
  }
}
