import { useCallback } from 'react';
import { useStore } from '@renderer/store/store';
import { errorMessage } from '@shared/errors';

/**
 * Runs a write and reports its outcome as a toast; never a silent catch. Resolves to whether it
 * worked, so a form can keep the user's input when it did not.
 */
export function useRun() {
  const pushToast = useStore((state) => state.pushToast);
  return useCallback(
    async (failure: string, work: () => Promise<unknown>, success?: string): Promise<boolean> => {
      try {
        await work();
        if (success) pushToast('success', success);
        return true;
      } catch (error) {
        pushToast('error', `${failure}: ${errorMessage(error)}`);
        return false;
      }
    },
    [pushToast],
  );
}
