/**
 * One backup operation at a time, and none dropped: a command that arrives while another runs (the
 * menu's Export while Back up now is still refreshing its list, as a CI run caught) runs when that one
 * ends. Asking again for one already running or waiting runs it once (double clicks, repeated shortcuts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createBackupSlice, type BackupSlice } from '@renderer/features/backup/model/slice';

const calls: string[] = [];
let releaseList: () => void = () => {};
let failSave = false;

vi.mock('@renderer/features/backup/model/backup', () => ({
  saveBackup: vi.fn(async () => {
    calls.push('save');
    if (failSave) throw new Error('The disk is full.');
    return { status: 'saved', fileName: 'manual-1.json', bytes: 2048 };
  }),
  exportFileName: () => 'growth-ledger.json',
  serializeDatabase: vi.fn(async () => {
    calls.push('serialize');
    return { packed: new Uint8Array([1]) };
  }),
}));
vi.mock('@renderer/platform/api', () => ({
  call: vi.fn(async (channel: string) => {
    calls.push(channel);
    if (channel === 'backup:list') {
      await new Promise<void>((resolve) => (releaseList = resolve));
      return { dir: '/backups', files: [] };
    }
    if (channel === 'backup:export') return { status: 'saved', path: '/home/ada/export.json', bytes: 4096 };
    throw new Error(`unexpected ${channel}`);
  }),
}));

type Store = BackupSlice & { pushToast: (tone: string, text: string) => void };

function makeStore() {
  const toasts: string[] = [];
  const store = createStore<Store>()((set, get) => ({
    ...createBackupSlice(set, get, undefined as never),
    pushToast: (tone, text) => toasts.push(`${tone}: ${text}`),
  }));
  return { store, toasts };
}

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  calls.length = 0;
  failSave = false;
});

describe('backup operations queue', () => {
  it('runs an export asked for while a backup refreshes its list, once the backup ends', async () => {
    const { store, toasts } = makeStore();
    const backup = store.getState().backupNow();
    await settle();
    expect(calls).toEqual(['save', 'backup:list']);
    expect(store.getState().backupBusy).toBe('backup');

    const exported = store.getState().exportData();
    await settle();
    // It waits: nothing of the export has started while the backup is still running.
    expect(calls).toEqual(['save', 'backup:list']);
    expect(store.getState().backupBusy).toBe('backup');

    releaseList();
    await backup;
    await exported;
    expect(calls).toEqual(['save', 'backup:list', 'serialize', 'backup:export']);
    expect(toasts).toEqual([
      'success: Backup saved as manual-1.json (2 KB).',
      'success: Exported to /home/ada/export.json (4 KB).',
    ]);
    expect(store.getState().backupBusy).toBeNull();
  });

  it('runs an operation asked for twice while it runs or waits only once', async () => {
    const { store, toasts } = makeStore();
    const first = store.getState().backupNow();
    const again = store.getState().backupNow();
    const exportOnce = store.getState().exportData();
    const exportTwice = store.getState().exportData();
    await settle();
    releaseList();
    await Promise.all([first, again, exportOnce, exportTwice]);
    expect(calls.filter((call) => call === 'save')).toHaveLength(1);
    expect(calls.filter((call) => call === 'backup:export')).toHaveLength(1);
    expect(toasts).toHaveLength(2);
  });

  it('still runs the waiting operation when the one before it fails', async () => {
    failSave = true;
    const { store, toasts } = makeStore();
    const backup = store.getState().backupNow();
    const exported = store.getState().exportData();
    await Promise.all([backup, exported]);
    expect(calls).toEqual(['save', 'serialize', 'backup:export']);
    expect(toasts).toEqual([
      'error: The disk is full.',
      'success: Exported to /home/ada/export.json (4 KB).',
    ]);
    expect(store.getState().backupBusy).toBeNull();
  });
});
