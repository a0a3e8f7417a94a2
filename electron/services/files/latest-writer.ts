/**
 * Keeps one small file (window state, reminder state) in step with an in-memory value: every `write`
 * replaces the text to be saved, one atomic write runs at a time, and texts that arrive while a write is
 * running collapse into one write of the newest. A scheduler that updates its state thousands of times
 * (a month of 15-minute checks in a test, a burst after waking) costs a handful of writes, not thousands.
 *
 * `whenIdle` resolves only once nothing is pending or running, including writes queued while it waited;
 * `close` does that and then refuses further writes, so a caller that is shutting down (or a test about
 * to remove its temp folder) knows no write can start afterwards.
 */
import { writeFileAtomic } from './atomic-write';

export interface LatestFileWriter {
  /** Saves `text` (or a newer text given before it is written); resolves once that is on disk or failed. */
  write: (text: string) => Promise<void>;
  whenIdle: () => Promise<void>;
  close: () => Promise<void>;
}

export function createLatestFileWriter({
  path,
  logError,
  write: writeFile = writeFileAtomic,
}: {
  path: string;
  logError: (message: string, error: unknown) => void;
  /** The atomic write itself; injected by tests that need to hold a write open. */
  write?: (path: string, text: string) => Promise<void>;
}): LatestFileWriter {
  let next: string | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  /** Starts the write loop unless it runs; it re-checks after finishing, for texts given meanwhile. */
  function kick(): void {
    if (running || next === null) return;
    running = (async () => {
      while (next !== null) {
        const text = next;
        next = null;
        try {
          await writeFile(path, text);
        } catch (error) {
          logError(`Could not save ${path}`, error);
        }
      }
    })().finally(() => {
      running = null;
      kick();
    });
  }

  async function whenIdle(): Promise<void> {
    while (running) await running;
  }

  return {
    write(text) {
      if (closed) {
        logError(`Not saving ${path}: it was already closed`, null);
        return Promise.resolve();
      }
      next = text;
      kick();
      return whenIdle();
    },
    whenIdle,
    async close() {
      closed = true;
      await whenIdle();
    },
  };
}
