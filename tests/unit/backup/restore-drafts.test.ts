/**
 * A restore and the text typed before it (issue 15's leftover): every open form is saved first, so the
 * safety backup holds it; if a form cannot save, nothing is restored; and autosave copies kept in local
 * storage are dropped before the reload, so none of them writes old text over the restored records.
 * Kept drafts of new records stay: they add nothing until saved.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type * as Generations from '@renderer/db/generations';
import { createBackupSlice, type BackupSlice } from '@renderer/features/backup/model/slice';
import { forgetAllKeptDrafts, readKeptDraft, registerFlush, writeKeptDraft } from '@renderer/ui/drafts';

const order: string[] = [];

vi.mock('@renderer/features/backup/model/backup', () => ({
  applyRestore: vi.fn(async () => {
    order.push('restore');
    return { restoredRecords: 3, database: 'growth-ledger@2', safetyBackup: 'before-restore.json' };
  }),
}));
vi.mock('@renderer/platform/reload', () => ({ reloadWithNotice: vi.fn(() => order.push('reload')) }));
vi.mock('@renderer/db/generations', async (importOriginal) => ({
  ...(await importOriginal<typeof Generations>()),
  rememberActiveDatabase: vi.fn(),
}));
vi.mock('@renderer/platform/api', () => ({ call: vi.fn(async () => ({ dir: '/backups', files: [] })) }));

type Store = BackupSlice & { pushToast: (kind: string, text: string) => void };

function storeInPreview() {
  const pushToast = vi.fn();
  const store = createStore<Store>()((set, get) => ({
    ...createBackupSlice(set, get, undefined as never),
    pushToast,
  }));
  store.setState({
    restoreFlow: { step: 'preview', plan: { ok: true } as never, source: 'backup.json', merge: null },
  });
  return { store, pushToast };
}

let unregister: (() => void) | null = null;

beforeEach(() => {
  order.length = 0;
});

afterEach(() => {
  unregister?.();
  unregister = null;
  forgetAllKeptDrafts();
});

describe('restore and unsaved text', () => {
  it('saves open forms first, then drops autosave copies and keeps drafts of new records', async () => {
    unregister = registerFlush(async () => {
      order.push('flush');
      return true;
    });
    writeKeptDraft('profile', { name: 'Typed before the restore' }, true);
    writeKeptDraft('new-action:c1', { title: 'An action not added yet', due: '' });
    const { store, pushToast } = storeInPreview();

    await store.getState().confirmRestore('replace');

    expect(order).toEqual(['flush', 'restore', 'reload']);
    expect(readKeptDraft('profile')).toBeUndefined();
    expect(readKeptDraft('new-action:c1')).toEqual({ title: 'An action not added yet', due: '' });
    expect(pushToast).not.toHaveBeenCalled();
  });

  it('restores nothing, and keeps every copy, when a form cannot save', async () => {
    unregister = registerFlush(async () => {
      order.push('flush');
      return false;
    });
    writeKeptDraft('profile', { name: 'Could not be saved' }, true);
    const { store, pushToast } = storeInPreview();

    await store.getState().confirmRestore('replace');

    expect(order).toEqual(['flush']);
    expect(readKeptDraft('profile')).toEqual({ name: 'Could not be saved' });
    expect(pushToast).toHaveBeenCalledWith(
      'error',
      expect.stringMatching(/^Nothing was restored: .*then restore again\.$/),
    );
    expect(store.getState().restoreFlow.step).toBe('preview');
  });
});
