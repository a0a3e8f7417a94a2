/**
 * Main's half of "never lose a word" (issue 15): before the app quits or its window closes, the page is
 * asked to write every form's unsaved text to its database, and main waits for the answer.
 *
 * - `createDraftFlush` asks (the `save-drafts` command) and resolves when the page answers with
 *   `app:draftsSaved`, or after a time limit: a page that hangs must not stop the app from quitting. The
 *   page also keeps a local copy of unsaved text as it is typed (renderer/src/ui/drafts.ts), so even then
 *   nothing is lost; the flush makes sure the database, and so the next backup, holds it.
 * - `createFlushGate` turns that into the shape Electron's `before-quit` and window `close` events need:
 *   the first event is cancelled while the page saves, then the quit or close is done again.
 */
import type { AppCommand } from '@shared/ipc/contract';

/** Long enough for a large retrospective on a slow disk; short enough that quitting never feels stuck. */
export const DRAFT_FLUSH_TIMEOUT_MS = 5_000;

export interface DraftFlush {
  /** Resolves true when the page said it saved, false when no page listens or it did not answer in time. */
  request(): Promise<boolean>;
  /** The page's answer (the `app:draftsSaved` handler). */
  saved(): void;
}

export interface DraftFlushOptions {
  isListening: () => boolean;
  deliver: (command: AppCommand) => void;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => () => void;
}

const realTimer = (run: () => void, ms: number) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

export function createDraftFlush({
  isListening,
  deliver,
  timeoutMs = DRAFT_FLUSH_TIMEOUT_MS,
  setTimer = realTimer,
}: DraftFlushOptions): DraftFlush {
  let waiting: ((saved: boolean) => void)[] = [];
  let cancelTimer: (() => void) | null = null;
  const settle = (saved: boolean) => {
    cancelTimer?.();
    cancelTimer = null;
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve(saved);
  };
  return {
    request() {
      // No page is listening (none loaded yet, or one reloading): there is no open form to save.
      if (!isListening()) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const first = waiting.length === 0;
        waiting.push(resolve);
        if (!first) return;
        cancelTimer = setTimer(() => settle(false), timeoutMs);
        deliver({ type: 'save-drafts' });
      });
    },
    saved: () => settle(true),
  };
}

export interface FlushGate {
  /**
   * True when the quit or close may go ahead now. Otherwise the caller cancels its event; the drafts are
   * being saved and `retry` runs once they are (every caller's retry, in order).
   */
  pass(retry: () => void): boolean;
  /** A new window opened: its forms must be saved before it closes too. */
  reset(): void;
}

export function createFlushGate(flush: () => Promise<unknown>): FlushGate {
  let state: 'open' | 'saving' | 'done' = 'open';
  let retries: (() => void)[] = [];
  return {
    pass(retry) {
      if (state === 'done') return true;
      retries.push(retry);
      if (state === 'open') {
        state = 'saving';
        void flush()
          .catch(() => undefined)
          .then(() => {
            state = 'done';
            const run = retries;
            retries = [];
            for (const again of run) again();
          });
      }
      return false;
    },
    reset() {
      if (state === 'done') state = 'open';
    },
  };
}
