/**
 * The main thread's side of the backup worker: sends a request, hears its progress, and gets its result
 * back, validated against the protocol. The worker starts on the first request and then stays (it holds
 * a checked backup between the preview and the restore).
 *
 * Where there is no `Worker` (happy-dom and Node in unit tests), or the worker cannot start (it fails
 * before answering anything), the same service runs in-thread instead: slower for the UI, never wrong.
 */
import type { BackupProgress } from '@shared/domain/backup';
import {
  resultSchemas,
  workerResponseSchema,
  type RequestInput,
  type ResultOf,
  type WorkerRequest,
} from './protocol';
import { inThreadPort as inThreadPort_, portOfWorker, type WorkerPort } from '@renderer/platform/worker-port';
import { createBackupService } from './service';
import { fetchParkedFile, type ReadParkedFile } from './parked-file';

/** One way of reaching the service: a real worker, or the service in this thread. */
export type BackupPort = WorkerPort<WorkerRequest>;

/**
 * The service in this thread, reading parked files as the worker does (from the page's origin, the
 * same as the worker's); tests pass their own reader.
 */
export function inThreadPort(readParkedFile: ReadParkedFile = fetchParkedFile): BackupPort {
  return inThreadPort_((send) => createBackupService(send, readParkedFile));
}

/** A dedicated module worker (same origin, so the app's `script-src 'self'` allows it); null without `Worker`. */
export function workerPort(): BackupPort | null {
  if (typeof Worker !== 'function') return null;
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), {
    type: 'module',
    name: 'backup',
  });
  // Requests carry no bytes to hand over: the worker fetches a file to check itself.
  return portOfWorker(worker);
}

interface Pending {
  request: WorkerRequest;
  onProgress: ((progress: BackupProgress) => void) | undefined;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export class BackupClient {
  private port: BackupPort | null = null;
  /** Whether the current port ever answered: a worker that never did is replaced by the in-thread port. */
  private answered = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private openPort: () => BackupPort = () => workerPort() ?? inThreadPort(),
    private readonly fallback: () => BackupPort = inThreadPort,
  ) {}

  request<I extends RequestInput>(
    input: I,
    onProgress?: (progress: BackupProgress) => void,
  ): Promise<ResultOf<I['type']>> {
    const request: WorkerRequest = { ...input, id: this.nextId++ };
    return new Promise<ResultOf<I['type']>>((resolve, reject) => {
      this.pending.set(request.id, {
        request,
        onProgress,
        resolve: resolve as (result: unknown) => void,
        reject,
      });
      this.connect().post(request);
    });
  }

  /** Stops the worker; requests still running fail. The next request starts a new one. */
  close(): void {
    this.port?.close();
    this.port = null;
    this.failAll('The backup worker was stopped.');
  }

  private connect(): BackupPort {
    if (!this.port) {
      const port = this.openPort();
      this.port = port;
      this.answered = false;
      port.listen(
        (data) => this.receive(data),
        (message) => this.crashed(port, message),
      );
    }
    return this.port;
  }

  private receive(data: unknown): void {
    const parsed = workerResponseSchema.safeParse(data);
    if (!parsed.success) {
      this.failAll('The backup worker sent a malformed message.');
      return;
    }
    this.answered = true;
    const message = parsed.data;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'failed') {
      pending.reject(new Error(message.message));
      return;
    }
    const result = resultSchemas[pending.request.type].safeParse(message.result);
    if (result.success) pending.resolve(result.data);
    else pending.reject(new Error('The backup worker sent a malformed result.'));
  }

  private crashed(port: BackupPort, reason: string): void {
    if (this.port !== port) return;
    port.close();
    this.port = null;
    if (!this.answered) {
      // It never started (blocked or failed to load): run in-thread from now on, and replay what waits.
      this.openPort = this.fallback;
      const next = this.connect();
      for (const pending of this.pending.values()) next.post(pending.request);
      return;
    }
    this.failAll(`The backup worker stopped (${reason}).`);
  }

  private failAll(message: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const pending of waiting) pending.reject(new Error(message));
  }
}

let shared: BackupClient | null = null;

/** The app's one backup client (and so one worker). */
export function backupClient(): BackupClient {
  shared ??= new BackupClient();
  return shared;
}

/** Stops the app's backup worker if one runs: before "Delete all my data", as it holds database connections. */
export function stopBackupWorker(): void {
  shared?.close();
}
