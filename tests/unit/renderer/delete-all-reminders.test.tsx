/**
 * "Delete all my data" and the reminders: from the moment the deletion starts, the page tells main nothing
 * more about its data or its time zone, so nothing it still sends can write the old records' reminders
 * into the fresh start (CI caught a page that was slow to start sending its first context after main had
 * deleted reminder-state.json). A deletion main refuses lets the page go on telling main.
 */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { useReminderContextPusher } from '@renderer/features/settings/hooks/useReminderContext';
import { deleteAllData } from '@renderer/features/settings/model/delete-all';
import { holdReminderUpdates, reminderUpdatesHeld } from '@renderer/features/settings/model/reminder-context';
import { appWindow } from '@renderer/platform/reload';
import { eventually } from '../support/eventually';
import { audit } from '../support/journal-fixtures';

const main = vi.hoisted(() => ({
  calls: [] as { channel: string; held: boolean }[],
  refuse: false,
}));

vi.mock('@renderer/platform/api', async () => {
  const { reminderUpdatesHeld: heldNow } = await import('@renderer/features/settings/model/reminder-context');
  return {
    call: async (channel: string) => {
      main.calls.push({ channel, held: heldNow() });
      if (channel === 'reminders:setContext') return { nextAt: null };
      if (channel === 'reminders:setTimeZone') return { timeZone: 'UTC' };
      if (channel === 'data:deleteAll') {
        if (main.refuse) throw new Error('Starting at login could not be turned off. Try again.');
        return { deleted: [], backupsKept: null };
      }
      throw new Error(`unexpected call ${channel}`);
    },
  };
});
vi.mock('@renderer/features/backup', () => ({ stopBackupWorker: () => undefined }));

const reminderCalls = () => main.calls.filter(({ channel }) => channel.startsWith('reminders:'));
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('reminders while "Delete all my data" runs', () => {
  beforeEach(() => {
    main.calls = [];
    main.refuse = false;
  });
  afterEach(async () => {
    cleanup();
    if (!db.isOpen()) await db.open();
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('a page that starts while held sends neither its time zone nor its context, and does once released', async () => {
    const release = holdReminderUpdates();
    renderHook(() => useReminderContextPusher());
    // Well past the push delay (300 ms) after the live queries have answered.
    await pause(800);
    expect(reminderCalls()).toEqual([]);

    release();
    await db.audits.add(audit({ status: 'active' }));
    await eventually(() =>
      expect(reminderCalls()).toEqual([{ channel: 'reminders:setContext', held: false }]),
    );
  });

  it('holds the updates before main is asked, and keeps holding them once main has deleted', async () => {
    renderHook(() => useReminderContextPusher());
    await eventually(() =>
      expect(reminderCalls().map(({ channel }) => channel)).toContain('reminders:setContext'),
    );
    main.calls = [];
    // The reload at the end is not the unit's business here.
    vi.spyOn(appWindow, 'reload').mockImplementation(() => undefined);

    await deleteAllData({ includeBackups: false }).catch(() => undefined);
    expect(main.calls).toContainEqual({ channel: 'data:deleteAll', held: true });
    expect(reminderUpdatesHeld()).toBe(true);
  });

  it('a deletion main refuses opens the records again and lets the page tell main again', async () => {
    main.refuse = true;
    await expect(deleteAllData({ includeBackups: true })).rejects.toThrow(
      'Your data was not deleted: Starting at login could not be turned off. Try again.',
    );
    expect(main.calls).toEqual([{ channel: 'data:deleteAll', held: true }]);
    expect(reminderUpdatesHeld()).toBe(false);
    expect(db.isOpen()).toBe(true);
  });
});
