/**
 * What the calendar worker does, as a plain function over messages: the worker entry (`ics.worker.ts`)
 * feeds it `message` events, and where there is no `Worker` (unit tests) the client runs the very same
 * code in-thread. It runs the one parser (`shared/domain/ics.ts`) unchanged: the whole file is read and
 * checked before the result is sent, so nothing is previewed from a file that is only half read.
 */
import { IcsError, parseIcs, type IcsProgress } from '@shared/domain/ics';
import { workerRequestSchema, type WorkerResponse } from './protocol';
import { refusalOf } from '@renderer/platform/worker-port';

/** How often progress reaches the page at most: ten updates a second look continuous. */
export const PROGRESS_INTERVAL_MS = 100;

/** The message for an error that is not the file's fault (a bug): the user can still retry or report it. */
export const UNEXPECTED_MESSAGE =
  'The calendar file could not be read because of an error in the app. Try again; if it happens again, export the calendar again and retry.';

export function createIcsService(
  post: (response: WorkerResponse) => void,
  now: () => number = () => performance.now(),
): { receive: (data: unknown) => void } {
  return {
    receive: (data) => {
      const parsed = workerRequestSchema.safeParse(data);
      if (!parsed.success) {
        post(refusalOf(data, 'calendar', parsed.error.issues));
        return;
      }
      const { id, text, window } = parsed.data;
      // The first and the last report always go out; in between at most one per interval, so a
      // calendar of 5,000 events does not make the page re-render 5,000 times.
      let sentAt = -Infinity;
      const report = (progress: IcsProgress) => {
        const at = now();
        if (progress.done === 0 || progress.done >= progress.total || at - sentAt >= PROGRESS_INTERVAL_MS) {
          sentAt = at;
          post({ type: 'progress', id, progress });
        }
      };
      try {
        post({ type: 'done', id, result: parseIcs(text, window, report) });
      } catch (error) {
        post({ type: 'failed', id, message: error instanceof IcsError ? error.message : UNEXPECTED_MESSAGE });
      }
    },
  };
}
