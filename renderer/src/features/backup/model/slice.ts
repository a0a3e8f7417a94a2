/**
 * Backup and restore UI state (what is running, which dialog is open, main's list of backup files) and
 * the actions that drive it. In the store rather than in a component so the native menu's commands and
 * the screen's buttons run the very same code.
 */
import type { BackupProgress } from '@shared/domain/backup';
import type { BackupFileSummary, ImportResult } from '@shared/ipc/contract';
import { db } from '@renderer/db/db';
import { rememberActiveDatabase, withGenerationChange } from '@renderer/db/generations';
import { call } from '@renderer/platform/api';
import { reloadWithNotice } from '@renderer/platform/reload';
import { flushAllDrafts, forgetAutosaveCopies } from '@renderer/ui/drafts';
import type { SliceCreator, UiSlice } from '@renderer/store/types';
import { formatBytes, plural } from '@renderer/ui/format';
import type { MergePlan } from '../worker/protocol';
import type { RestoreMode, RestorePlan } from './backup';
import { errorMessage } from '@shared/errors';

export type BackupBusy =
  null | 'backup' | 'export' | 'import' | 'checking' | 'restoring' | 'merging' | 'opening';

export type RestoreFlow =
  | { step: 'idle' }
  | {
      step: 'preview';
      plan: Extract<RestorePlan, { ok: true }>;
      source: string;
      /** What merging would do: null while the worker works it out (after the preview shows). */
      merge: MergePlan | null;
    }
  | { step: 'error'; message: string; source: string };

export interface BackupListState {
  dir: string;
  files: BackupFileSummary[];
  loading: boolean;
  error: string | null;
}

export interface BackupSlice {
  backupBusy: BackupBusy;
  /** How far the running operation is, as the backup worker reports it; null before its first report. */
  backupProgress: BackupProgress | null;
  restoreFlow: RestoreFlow;
  backupList: BackupListState;
  refreshBackups: () => Promise<void>;
  backupNow: () => Promise<void>;
  exportData: () => Promise<void>;
  importData: () => Promise<void>;
  /** The backup file the app was opened with (file association): previewed like an import. */
  openPendingFile: () => Promise<void>;
  restoreFromList: (file: BackupFileSummary) => Promise<void>;
  /** Replaces the data with the previewed backup (the default), or merges the backup into it. */
  confirmRestore: (mode?: RestoreMode) => Promise<void>;
  closeRestoreFlow: () => void;
  openBackupsFolder: () => Promise<void>;
}

/**
 * The backup code (the worker's client, the backup format and its schemas), loaded with the first backup
 * or restore: the store is part of the first screen, which needs none of it.
 */
const backupModel = () => import('./backup');

/** What a merge did, in one sentence, from the preview's counts (which the merge was checked against). */
function mergedText(rows: MergePlan['rows']): string {
  const sum = (key: 'added' | 'updated' | 'deleted') => rows.reduce((total, row) => total + row[key], 0);
  const [added, updated, removed] = [sum('added'), sum('updated'), sum('deleted')];
  if (added + updated + removed === 0) return 'Merged the backup: your data already had everything in it.';
  return `Merged the backup: ${plural(added, 'record')} added, ${updated} updated, ${removed} removed.`;
}

export const createBackupSlice: SliceCreator<BackupSlice, Pick<UiSlice, 'pushToast'>> = (set, get) => {
  /**
   * Runs one operation at a time; any failure becomes an error message, never a silent catch. An
   * operation asked for while another runs (a menu command during a backup, say) waits its turn and then
   * runs, rather than being dropped; asking again for one that is already running or waiting does
   * nothing more, so a double click or a repeated shortcut runs it once.
   */
  let running: Exclude<BackupBusy, null> | null = null;
  const waiting: Array<{ busy: Exclude<BackupBusy, null>; start: () => void }> = [];
  const run = (busy: Exclude<BackupBusy, null>, work: () => Promise<void>): Promise<void> => {
    if (running === busy || waiting.some((entry) => entry.busy === busy)) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const start = () => {
        running = busy;
        set({ backupBusy: busy, backupProgress: null });
        work()
          .catch((error: unknown) => get().pushToast('error', errorMessage(error)))
          .finally(() => {
            running = null;
            set({ backupBusy: null, backupProgress: null });
            resolve();
            waiting.shift()?.start();
          });
      };
      if (running === null) start();
      else waiting.push({ busy, start });
    });
  };

  const onProgress = (progress: BackupProgress) => set({ backupProgress: progress });

  /** Checks the file main parked under `ticket` (the worker reads it) and previews the restore it would do. */
  const check = async (ticket: string, source: string) => {
    set({ backupBusy: 'checking', backupProgress: null });
    const { planRestore, previewMerge } = await backupModel();
    const plan = await planRestore(db, ticket, { onProgress });
    if (!plan.ok) {
      set({ restoreFlow: { step: 'error', message: plan.message, source } });
      return;
    }
    set({ restoreFlow: { step: 'preview', plan, source, merge: null } });
    // Working out the merge reads all the data in use, which takes seconds after years of use: the
    // preview shows (and Replace can start) without waiting for it. A failure is shown where the merge
    // preview would be, and merging is then not offered.
    const showMerge = (merge: MergePlan) =>
      set((state) =>
        state.restoreFlow.step === 'preview' && state.restoreFlow.plan === plan
          ? { restoreFlow: { ...state.restoreFlow, merge } }
          : {},
      );
    void previewMerge(db, plan).then(showMerge, (error: unknown) =>
      showMerge({ rows: [], changes: false, problem: errorMessage(error) }),
    );
  };

  /** Reads a file the user chose (or opened the app with) and previews the restore it would do. */
  const openAndCheck = (busy: 'import' | 'checking', read: () => Promise<ImportResult>) =>
    run(busy, async () => {
      const result = await read();
      if (result.status === 'opened') await check(result.ticket, result.fileName);
    });

  return {
    backupBusy: null,
    backupProgress: null,
    restoreFlow: { step: 'idle' },
    backupList: { dir: '', files: [], loading: true, error: null },

    refreshBackups: async () => {
      try {
        const { dir, files } = await call('backup:list', {});
        set({ backupList: { dir, files, loading: false, error: null } });
      } catch (error) {
        set((state) => ({ backupList: { ...state.backupList, loading: false, error: errorMessage(error) } }));
      }
    },

    backupNow: () =>
      run('backup', async () => {
        const { saveBackup } = await backupModel();
        const result = await saveBackup(db, 'manual', new Date(), { onProgress });
        if (result.status === 'saved')
          get().pushToast('success', `Backup saved as ${result.fileName} (${formatBytes(result.bytes)}).`);
        await get().refreshBackups();
      }),

    exportData: () =>
      run('export', async () => {
        const now = new Date();
        const { exportFileName, serializeDatabase } = await backupModel();
        const { packed } = await serializeDatabase(db, now, { onProgress });
        const result = await call('backup:export', { packed, suggestedName: exportFileName(now) });
        if (result.status === 'saved')
          get().pushToast('success', `Exported to ${result.path} (${formatBytes(result.bytes)}).`);
      }),

    importData: () => openAndCheck('import', () => call('backup:import', {})),

    openPendingFile: () => openAndCheck('checking', () => call('backup:openPending', {})),

    restoreFromList: (file) =>
      run('checking', async () => {
        const { ticket } = await call('backup:read', { fileName: file.fileName });
        await check(ticket, file.fileName);
      }),

    confirmRestore: (mode = 'replace') =>
      run(mode === 'merge' ? 'merging' : 'restoring', async () => {
        const flow = get().restoreFlow;
        if (flow.step !== 'preview') return;
        // Text typed but not yet saved belongs to the data being replaced: save it first, so the safety
        // backup holds it; if it cannot be saved, restore nothing rather than lose it.
        if (!(await flushAllDrafts())) {
          throw new Error(
            'Nothing was restored: some text you typed could not be saved. Save or clear the form marked “Not saved yet”, then restore again.',
          );
        }
        const { applyRestore } = await backupModel();
        try {
          // The new generation is written, switched to and reloaded into with no clean-up in between.
          await withGenerationChange(async () => {
            const outcome = await applyRestore(db, flow.plan, new Date(), { onProgress, mode });
            set({ restoreFlow: { step: 'idle' } });
            const restored =
              mode === 'merge'
                ? mergedText(flow.merge?.rows ?? [])
                : `Restored ${plural(outcome.restoredRecords, 'record')}.`;
            // The restored data is a new database: the app reloads into it and says so there.
            forgetAutosaveCopies();
            rememberActiveDatabase(outcome.database);
            reloadWithNotice(
              outcome.safetyBackup
                ? `${restored} Your previous data was saved as ${outcome.safetyBackup}: restore it to undo.`
                : restored,
            );
          });
        } finally {
          await get().refreshBackups();
        }
      }),

    closeRestoreFlow: () => {
      const flow = get().restoreFlow;
      set({ restoreFlow: { step: 'idle' } });
      // Frees the checked backup the worker holds. Best effort: the next check replaces it anyway.
      if (flow.step === 'preview') {
        backupModel()
          .then(({ discardRestorePlan }) => discardRestorePlan(flow.plan))
          .catch(() => undefined);
      }
    },

    openBackupsFolder: () =>
      run('opening', async () => {
        await call('backup:revealFolder', {});
      }),
  };
};
