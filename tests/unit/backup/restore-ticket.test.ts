/**
 * The Backup & restore screen's actions with the file main parked for a restore: main answers with a
 * ticket (backup:read, backup:import), the slice hands it to the backup service, which reads the file
 * with it (in-thread here, from the store main parks it in). A file whose ticket is used up or expired
 * shows the service's message in the restore dialog, and nothing is saved or written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { backupContent } from '@shared/domain/backup-content';
import { emptyTableData } from '@shared/types/entities';
import type { BackupFileSummary } from '@shared/ipc/contract';
import type * as ClientModule from '@renderer/features/backup/worker/client';
import type { FileTickets } from '@main/services/file-tickets';
import { createBackupSlice, type BackupSlice } from '@renderer/features/backup/model/slice';
import { FILE_GONE_MESSAGE } from '@renderer/features/backup/worker/service';

const main = vi.hoisted(() => ({
  tickets: null as FileTickets | null,
  /** What backup:read and backup:import answer with next: the ticket of a parked file. */
  nextTicket: '',
  calls: [] as string[],
}));

vi.mock('@renderer/platform/api', () => ({
  call: vi.fn(async (channel: string, request: { fileName?: string }) => {
    main.calls.push(channel);
    if (channel === 'app:info') return { appVersion: '9.9.9', platform: 'test', backupsDir: '' };
    if (channel === 'backup:list') return { dir: '/backups', files: [] };
    if (channel === 'backup:read') return { fileName: request.fileName, ticket: main.nextTicket, bytes: 1 };
    if (channel === 'backup:import')
      return {
        status: 'opened',
        fileName: 'x.growthledger',
        path: '/x.growthledger',
        ticket: main.nextTicket,
        bytes: 1,
      };
    throw new Error(`unexpected call ${channel}`);
  }),
}));

// The app's one client, with the service in this thread reading from main's store (the worker fetches
// from the app protocol instead).
vi.mock('@renderer/features/backup/worker/client', async (original) => {
  const actual = await original<typeof ClientModule>();
  const { createFileTickets } = await import('@main/services/file-tickets');
  const tickets = createFileTickets();
  main.tickets = tickets;
  const client = new actual.BackupClient(() => actual.inThreadPort(async (ticket) => tickets.take(ticket)));
  return { ...actual, backupClient: () => client };
});

type Store = BackupSlice & { pushToast: (kind: string, text: string) => void };

function screen() {
  const pushToast = vi.fn();
  const store = createStore<Store>()((set, get) => ({
    ...createBackupSlice(set, get, undefined as never),
    pushToast,
  }));
  return { store, pushToast };
}

const FILE: BackupFileSummary = {
  fileName: 'manual-2026-11-28T12-00-00-000.json',
  kind: 'manual',
  createdAt: '2026-11-28T12:00:00.000Z',
  bytes: 1,
};

async function parkedBackup(): Promise<string> {
  // The backup client module (and main's store with it) loads with the first check.
  await import('@renderer/features/backup/worker/client');
  const tables = emptyTableData();
  tables.settings.push({ key: 'restored', value: true });
  const text = serializeBackup(await createBackup(tables, { appVersion: '1', createdAt: FILE.createdAt }));
  return main.tickets!.park(backupContent(text));
}

beforeEach(() => {
  main.calls = [];
});
afterEach(async () => {
  const { backupClient } = await import('@renderer/features/backup/worker/client');
  backupClient().close();
});

describe('a restore reads the file main parked, with its ticket', () => {
  it('previews a backup of the folder from its ticket, and the file is then used up', async () => {
    const { store, pushToast } = screen();
    main.nextTicket = await parkedBackup();
    await store.getState().restoreFromList(FILE);
    const flow = store.getState().restoreFlow;
    expect(flow.step).toBe('preview');
    expect(flow.step === 'preview' && flow.plan.incomingRecords).toBe(1);
    expect(flow.step === 'preview' && flow.source).toBe(FILE.fileName);
    expect(main.tickets!.size).toBe(0);
    expect(pushToast).not.toHaveBeenCalled();
    store.getState().closeRestoreFlow();
  });

  it('says to choose the file again when its ticket is used up, and saves or writes nothing', async () => {
    const { store, pushToast } = screen();
    main.nextTicket = await parkedBackup();
    main.tickets!.take(main.nextTicket);
    await store.getState().importData();
    expect(store.getState().restoreFlow).toEqual({
      step: 'error',
      message: FILE_GONE_MESSAGE,
      source: 'x.growthledger',
    });
    expect(FILE_GONE_MESSAGE).toMatch(/Choose the file again\.$/);
    expect(main.calls).not.toContain('backup:save');
    expect(pushToast).not.toHaveBeenCalled();
    expect(store.getState().backupBusy).toBeNull();
  });
});
