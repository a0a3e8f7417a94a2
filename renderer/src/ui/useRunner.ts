import { useCallback } from 'react';
import { useStore } from '@renderer/store/store';
import { errorMessage } from '@shared/errors';

/**
 * Runs a write or export and turns its outcome into a message; never a silent catch. Unlike useRun, the
 * success message is made from what the work returned (`success`, null for none), and so is the result.
 */
export function useRunner() {
  const pushToast = useStore((state) => state.pushToast);
  return useCallback(
    async <T>(
      failure: string,
      work: () => Promise<T>,
      success?: (value: T) => string | null,
    ): Promise<{ ok: true; value: T } | { ok: false }> => {
      try {
        const value = await work();
        const message = success?.(value);
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
