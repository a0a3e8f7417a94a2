/**
 * The settings hook saves one change at a time while the user keeps changing things. Regression: under
 * load, a save's answer arriving while the next change was already on its way reset the screen to that
 * older answer, so the following change was computed from it and undid the ones in between (seen in the
 * e2e test of the settings screen on a loaded 2-core machine, issue 11).
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type AppSettings } from '@shared/domain/app-settings';
import type { IpcResult, LedgerBridge, SettingsState } from '@shared/ipc/contract';
import type { useSettings as UseSettings } from '@renderer/features/settings/hooks/useSettings';
import { REMEMBERED_TODAY_KEY } from '@renderer/features/today/hooks/remembered';
import { eventually, nextTurn } from '../support/eventually';

afterEach(cleanup);

interface PendingSave {
  sent: AppSettings;
  answer: () => void;
}
const saves: PendingSave[] = [];
const stateOf = (settings: AppSettings): SettingsState => ({
  settings,
  notice: null,
  loginItem: { supported: true, reason: null },
  notifications: { supported: true },
});

/** A bridge whose saves are answered only when the test says so, in order. */
const bridge: LedgerBridge = {
  invoke: (channel: string, request: unknown) => {
    if (channel === 'settings:get') {
      return Promise.resolve({ ok: true, value: stateOf(defaultSettings()) });
    }
    if (channel === 'settings:update') {
      return new Promise<IpcResult<SettingsState>>((resolve) => {
        const sent = request as AppSettings;
        saves.push({ sent, answer: () => resolve({ ok: true, value: stateOf(sent) }) });
      });
    }
    return Promise.reject(new Error(`unexpected ${channel}`));
  },
  on: () => () => undefined,
};

let useSettings: typeof UseSettings;
beforeAll(async () => {
  window.ledger = bridge;
  ({ useSettings } = await import('@renderer/features/settings/hooks/useSettings'));
});

function draftOf(result: { current: ReturnType<typeof useSettings> }): AppSettings {
  const { load } = result.current;
  if (load.step !== 'ready') throw new Error(`settings not ready: ${load.step}`);
  return load.draft;
}

describe('useSettings', () => {
  it('keeps every change on screen and saves the newest, whenever the answers arrive', async () => {
    const { result } = renderHook(() => useSettings());
    await eventually(() => draftOf(result));

    /** What a control does: the next settings, computed from what the screen shows now. */
    const edit = (patch: Partial<AppSettings>) =>
      act(() => result.current.change({ ...draftOf(result), ...patch }));

    edit({ closeToTray: false }); // sent at once
    edit({ startAtLogin: true }); // waits
    expect(saves).toHaveLength(1);

    // The first answer arrives: the waiting change goes out at once, before React renders the answer.
    act(() => saves[0]?.answer());
    await eventually(() => expect(saves).toHaveLength(2));
    await nextTurn();
    expect(draftOf(result)).toMatchObject({ closeToTray: false, startAtLogin: true });

    // A change made now is computed from the screen, so it must still include both earlier changes.
    edit({ quietHours: { ...draftOf(result).quietHours, start: '22:15' } });
    act(() => saves[1]?.answer());
    await eventually(() => expect(saves).toHaveLength(3));
    expect(saves[2]?.sent).toMatchObject({
      closeToTray: false,
      startAtLogin: true,
      quietHours: { start: '22:15' },
    });
    act(() => saves[2]?.answer());
    await eventually(() => expect(result.current.status).toBe('saved'));
    expect(draftOf(result)).toEqual(saves[2]?.sent);
  });

  it('forgets the Today the next start would paint from memory: its retake cadence may have changed', async () => {
    localStorage.setItem(REMEMBERED_TODAY_KEY, '{"format":1}');
    const { result } = renderHook(() => useSettings());
    await eventually(() => draftOf(result));
    act(() => result.current.change({ ...draftOf(result), closeToTray: false }));
    act(() => saves.at(-1)?.answer());
    await eventually(() => expect(result.current.status).toBe('saved'));
    expect(localStorage.getItem(REMEMBERED_TODAY_KEY)).toBeNull();
  });
});
