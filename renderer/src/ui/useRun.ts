import { useCallback } from 'react';
import { useStore } from '@renderer/store/store';
import { errorMessage } from '@shared/errors';

/** What a run came to: the work's value when it worked. */
export type RunResult<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs a write or export and reports its outcome as a toast; never a silent catch. A failure says
 * `failure` and why; a success says `success`, or what `success` makes of the work's value (null for
 * nothing). Resolves to whether it worked (`ok`, so a form can keep the user's input when it did not)
 * and, when it did, what the work returned (`value`).
 */
export function useRun() {
  const pushToast = useStore((state) => state.pushToast);
  return useCallback(
    async <T>(
      failure: string,
      work: () => Promise<T>,
      success?: string | ((value: T) => string | null),
    ): Promise<RunResult<T>> => {
      try {
        const value = await work();
        const message = typeof success === 'function' ? success(value) : success;
        if (message) pushToast('success', message);
        return { ok: true, value };
      } catch (error) {
        pushToast('error', `${failure}: ${errorMessage(error)}`);
        return { ok: false };
      }
    },
    [pushToast],
  );
}
