/**
 * Today as the start screen on a slow disk (issue 13): the first paint waits for the start read
 * (preloadToday) only briefly, so the screen can mount while that read is still going. It must then show
 * that read's answer as soon as it comes, and not start a second read of the same records alongside it:
 * on two cores the two reads slowed each other, and the screen waited for the second. Runs on the app's
 * own `db` (fake-indexeddb) with a bridge whose settings answer is held until the test lets it go.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/domain/app-settings';
import type { IpcResult, LedgerBridge, SettingsState } from '@shared/ipc/contract';
import { db } from '@renderer/db/db';
import { eventually } from '../support/eventually';
import { profile } from '../support/journal-fixtures';

const held: (() => void)[] = [];
const settingsAnswer = (): IpcResult<SettingsState> => ({
  ok: true,
  value: {
    settings: defaultSettings(),
    notice: null,
    loginItem: { supported: true, reason: null },
    notifications: { supported: true },
  },
});
const bridge: LedgerBridge = {
  invoke: (channel: string) =>
    channel === 'settings:get'
      ? new Promise((resolve) => held.push(() => resolve(settingsAnswer())))
      : Promise.reject(new Error(`unexpected ${channel}`)),
  on: () => () => undefined,
};

beforeAll(() => {
  window.ledger = bridge;
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
});

// The real method, called by the spy below with the store it was called on.
// eslint-disable-next-line @typescript-eslint/unbound-method -- always applied to a store
const STORE_GET = IDBObjectStore.prototype.get;

describe('Today mounted before its start read has answered', () => {
  it('shows that read’s answer when it comes, having read the records once', async () => {
    await db.profile.add(profile());
    let profileReads = 0;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['get']>
    ) {
      if (this.name === 'profile') profileReads += 1;
      return STORE_GET.apply(this, args);
    });
    const { preloadToday, TodayPage } = await import('@renderer/features/today');

    // The start read: its records are read, and it waits for main's answer with the cadence.
    const started = preloadToday();
    await eventually(() => expect(profileReads).toBe(1));
    // The first paint stopped waiting: the screen mounts now.
    render(<TodayPage />);
    expect(screen.getByRole('status').textContent).toBe('Loading what is due…');
    // Many turns later the screen still waits for that read, and has not read the records again.
    await expect(eventually(() => expect(profileReads).toBe(2), 50)).rejects.toThrow();
    expect(screen.getByRole('status').textContent).toBe('Loading what is due…');

    // Main answers: the start read completes and the screen shows it.
    for (const answer of held.splice(0)) answer();
    await started;
    await eventually(() => expect(screen.getByRole('heading', { name: 'Due now' })).toBeTruthy());
    // From then on the screen is live: its own query reads the records (once more) to follow changes.
    for (let i = 0; i < 5; i += 1) for (const answer of held.splice(0)) answer();
    await eventually(() => expect(profileReads).toBe(2));
  });
});
