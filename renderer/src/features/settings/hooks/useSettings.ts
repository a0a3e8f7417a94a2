import { useCallback, useEffect, useRef, useState } from 'react';
import { appSettingsSchema, type AppSettings } from '@shared/domain/app-settings';
import type { SettingsState } from '@shared/ipc/contract';
import { call } from '@renderer/platform/api';
import { applyFormatSettings } from '@renderer/ui/format';
import { forgetRememberedToday } from '@renderer/features/today';
import { useStore } from '@renderer/store/store';
import { errorMessage } from '@shared/errors';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export type SettingsLoad =
  | { step: 'loading' }
  | { step: 'error'; message: string }
  | { step: 'ready'; state: SettingsState; draft: AppSettings };

/**
 * The desktop settings, which main owns (userData/settings.json): loads them, and saves every change at
 * once by sending the whole settings object. Saves run one at a time; changes made while one is on its
 * way are sent together right after it. A failed save puts back what main last confirmed and says so in
 * a toast. `change` is for controls that save as they change; `save` is the same, and also tells its
 * caller whether the change was saved (for a form that says so, such as the 1:1 card on the Profile).
 */
export function useSettings() {
  const pushToast = useStore((state) => state.pushToast);
  const [load, setLoad] = useState<SettingsLoad>({ step: 'loading' });
  const [status, setStatus] = useState<SaveStatus>('idle');
  const queue = useRef<{
    busy: boolean;
    /** Waiting to be sent. */
    next: AppSettings | null;
    /** The newest settings the user asked for: what the screen shows until a save fails. */
    latest: AppSettings | null;
    confirmed: SettingsState | null;
    /** Told whether `next` was saved: it carries every change it replaced, so they share its outcome. */
    waiting: ((saved: boolean) => void)[];
  }>({ busy: false, next: null, latest: null, confirmed: null, waiting: [] });

  const loaded = useCallback((state: SettingsState) => {
    queue.current.confirmed = state;
    setLoad({ step: 'ready', state, draft: state.settings });
  }, []);
  const failed = useCallback(
    (error: unknown) => {
      const message = errorMessage(error);
      setLoad({ step: 'error', message });
      pushToast('error', `Your settings could not be loaded: ${message}`);
    },
    [pushToast],
  );

  useEffect(() => {
    let live = true;
    call('settings:get', {}).then(
      (state) => live && loaded(state),
      (error: unknown) => live && failed(error),
    );
    return () => {
      live = false;
    };
  }, [loaded, failed]);

  const reload = useCallback(async () => {
    setLoad({ step: 'loading' });
    try {
      loaded(await call('settings:get', {}));
    } catch (error) {
      failed(error);
    }
  }, [loaded, failed]);

  const flush = useCallback(async () => {
    const q = queue.current;
    if (q.busy) return;
    q.busy = true;
    try {
      while (q.next) {
        const sending = q.next;
        const waiting = q.waiting;
        q.next = null;
        q.waiting = [];
        setStatus('saving');
        try {
          const state = await call('settings:update', sending);
          q.confirmed = state;
          // Dates, times and numbers everywhere follow the saved choice from now on.
          applyFormatSettings(state.settings.locale, state.settings.clock);
          // The Today the next start would paint from memory holds the retake cadence as it was.
          forgetRememberedToday();
          // Keep showing the newest change (waiting, or already on its way) rather than this older answer.
          // Read now, not inside the updater: React may run that later, when `next` is already on its way.
          if (q.latest === sending) q.latest = null;
          const draft = q.latest ?? state.settings;
          setLoad((current) => (current.step === 'ready' ? { step: 'ready', state, draft } : current));
          if (!q.next) setStatus('saved');
          for (const tell of waiting) tell(true);
        } catch (error) {
          // The changes waiting behind this one were computed from it: none of them is sent.
          const dropped = [...waiting, ...q.waiting];
          q.next = null;
          q.waiting = [];
          q.latest = null;
          const confirmed = q.confirmed;
          if (confirmed) setLoad({ step: 'ready', state: confirmed, draft: confirmed.settings });
          setStatus('failed');
          pushToast('error', `Your change could not be saved: ${errorMessage(error)}`);
          for (const tell of dropped) tell(false);
        }
      }
    } finally {
      q.busy = false;
    }
  }, [pushToast]);

  /**
   * Shows `next` at once and saves it; resolves to whether it was saved (a failure is already told in a
   * toast). Settings that would not pass main's checks are never sent (false).
   */
  const save = useCallback(
    (next: AppSettings): Promise<boolean> => {
      if (!appSettingsSchema.safeParse(next).success) return Promise.resolve(false);
      setLoad((current) => (current.step === 'ready' ? { ...current, draft: next } : current));
      const q = queue.current;
      q.next = next;
      q.latest = next;
      const saved = new Promise<boolean>((resolve) => q.waiting.push(resolve));
      void flush();
      return saved;
    },
    [flush],
  );

  /** Shows `next` at once and saves it, for controls that save as they change. */
  const change = useCallback((next: AppSettings) => void save(next), [save]);

  return { load, status, change, save, reload };
}
