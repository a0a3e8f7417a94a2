import { useEffect } from 'react';
import { isDesktop } from '@renderer/platform/api';
import { useStore } from '@renderer/store/store';
import type { BackupBusy } from '../model/slice';
import { BackupList } from './BackupList';
import { BackupProgressBar, RestoreErrorDialog, RestorePreviewDialog } from './RestoreDialogs';

const BUSY_TEXT: Record<Exclude<BackupBusy, null>, string> = {
  backup: 'Saving a backup…',
  export: 'Preparing the export…',
  import: 'Waiting for you to choose a file…',
  checking: 'Checking every record in the backup…',
  restoring: 'Restoring your data…',
  merging: 'Merging the backup into your data…',
  opening: 'Opening the backups folder…',
};

export function DataPage() {
  const busy = useStore((state) => state.backupBusy);
  const flow = useStore((state) => state.restoreFlow);
  const list = useStore((state) => state.backupList);
  const actions = useStore.getState();

  useEffect(() => {
    void useStore.getState().refreshBackups();
  }, []);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="backup-now-title">
        <h2 id="backup-now-title">Back up</h2>
        <p>
          Your data lives only on this computer. A backup is a single file with everything in it; keep a copy
          somewhere safe.
          {isDesktop
            ? ' The app also keeps a daily backup while it runs (the last 14 days, plus one for each of the last 6 months).'
            : ''}
        </p>
        <div className="row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void actions.backupNow()}
            disabled={busy !== null}
          >
            Back up now
          </button>
          {isDesktop ? (
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void actions.openBackupsFolder()}
            >
              Open backups folder
            </button>
          ) : null}
        </div>
        {list.dir ? (
          <p className="muted small">
            Backups folder: <code className="path">{list.dir}</code>
          </p>
        ) : null}
        {busy ? <BackupProgressBar label={BUSY_TEXT[busy]} /> : null}
      </section>

      <section className="card" aria-labelledby="move-title">
        <h2 id="move-title">Move your data</h2>
        <p>
          Export everything to a file you choose, or restore from a file exported earlier — for example on a
          new computer.
        </p>
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() => void actions.exportData()}
            disabled={busy !== null}
          >
            Export…
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void actions.importData()}
            disabled={busy !== null}
          >
            Import / restore…
          </button>
        </div>
      </section>

      <section className="card" aria-labelledby="backups-title">
        <div className="card__header">
          <h2 id="backups-title">Backups on this computer</h2>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => void actions.refreshBackups()}
            disabled={busy !== null}
          >
            Refresh
          </button>
        </div>
        {list.error ? (
          <p className="error-text" role="alert">
            The backups folder could not be read: {list.error}
          </p>
        ) : (
          <BackupList
            files={list.files}
            loading={list.loading}
            disabled={busy !== null}
            onRestore={(file) => void actions.restoreFromList(file)}
          />
        )}
      </section>

      {flow.step === 'preview' ? (
        <RestorePreviewDialog
          plan={flow.plan}
          merge={flow.merge}
          source={flow.source}
          busy={busy === 'restoring' || busy === 'merging' ? busy : null}
          onConfirm={(mode) => void actions.confirmRestore(mode)}
          onCancel={actions.closeRestoreFlow}
        />
      ) : null}
      {flow.step === 'error' ? (
        <RestoreErrorDialog message={flow.message} source={flow.source} onClose={actions.closeRestoreFlow} />
      ) : null}
    </div>
  );
}
