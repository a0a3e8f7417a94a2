import type { BackupPhase } from '@shared/domain/backup';
import { useStore } from '@renderer/store/store';
import type { RestoreMode, RestorePlan } from '../model/backup';
import type { MergePlan } from '../worker/protocol';
import '../backup.css';
import { Dialog } from '@renderer/ui/Dialog';
import { formatDateTime, plural } from '@renderer/ui/format';

const PHASE_TEXT: Record<BackupPhase, string> = {
  parsing: 'Reading the file',
  checksum: 'Verifying the checksum',
  validating: 'Checking records',
  reading: 'Reading your data',
  serialising: 'Writing the backup',
  replacing: 'Writing your data',
};

/**
 * A running backup operation: `label` says what it is; the backup worker's progress which step it is
 * at, with a determinate bar where the step counts records. Read here, where it is shown, so a progress
 * update re-renders the bar and not the screen around it.
 */
export function BackupProgressBar({ label }: { label: string }) {
  const progress = useStore((state) => state.backupProgress);
  const counted = progress !== null && progress.total > 1;
  return (
    <div className="progress" role="status">
      {counted ? (
        <progress aria-label={label} value={progress.done} max={progress.total} />
      ) : (
        <progress aria-label={label} />
      )}
      <span>{label}</span>
      {progress ? (
        <span className="muted small">
          {PHASE_TEXT[progress.phase]}
          {counted ? ` (${Math.floor((100 * progress.done) / progress.total)}%)` : '…'}
        </span>
      ) : null}
    </div>
  );
}

/** The merge preview's columns: what each count means, in the dialog's words (shared/domain/merge.ts). */
const MERGE_COLUMNS = [
  { key: 'added', title: 'Added', meaning: 'only in the backup' },
  { key: 'updated', title: 'Updated', meaning: "the backup's copy is newer" },
  { key: 'kept', title: 'Kept', meaning: 'yours is newer, the same, or not in the backup' },
  { key: 'deleted', title: 'Removed', meaning: 'deleted where the backup was made, after your last change' },
  { key: 'ignored', title: 'Stays deleted', meaning: 'you deleted it here, so it does not come back' },
] as const;

function mergeSummaryText(rows: MergePlan['rows']): string {
  const sum = (key: (typeof MERGE_COLUMNS)[number]['key']) =>
    rows.reduce((total, row) => total + row[key], 0);
  const [added, updated, removed, kept] = [sum('added'), sum('updated'), sum('deleted'), sum('kept')];
  if (added + updated + removed === 0) {
    return 'Your data already has everything in this backup, or a newer copy of it: merging changes nothing.';
  }
  const stay = kept === 1 ? 'stays as it is' : 'stay as they are';
  return `Merging adds ${plural(added, 'record')}, updates ${updated} and removes ${removed}; ${kept} ${stay}.`;
}

export function RestorePreviewDialog({
  plan,
  merge,
  source,
  busy,
  onConfirm,
  onCancel,
}: {
  plan: Extract<RestorePlan, { ok: true }>;
  /** What merging would do; null while it is being worked out (merging waits for it). */
  merge: MergePlan | null;
  source: string;
  /** Which restore is running, if one is. */
  busy: 'restoring' | 'merging' | null;
  onConfirm: (mode: RestoreMode) => void;
  onCancel: () => void;
}) {
  const working = busy !== null;
  const empty = plan.preview.length === 0;
  return (
    <Dialog
      open
      title="Restore this backup?"
      onClose={onCancel}
      className="restore-preview"
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={working}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => onConfirm('replace')}
            disabled={working}
          >
            {busy === 'restoring' ? 'Restoring…' : 'Replace my data'}
          </button>
          {empty ? null : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => onConfirm('merge')}
              disabled={working || merge === null || merge.problem !== null}
            >
              {busy === 'merging' ? 'Merging…' : 'Merge into my data'}
            </button>
          )}
        </>
      }
    >
      <dl className="meta">
        <dt>File</dt>
        <dd>{source}</dd>
        <dt>Made</dt>
        <dd>{formatDateTime(plan.backup.createdAt)}</dd>
        <dt>App version</dt>
        <dd>{plan.backup.appVersion}</dd>
      </dl>
      {empty ? (
        <p>Both this backup and your current data are empty: nothing would change.</p>
      ) : (
        <section className="restore-preview__option" aria-labelledby="merge-preview-title">
          <h3 id="merge-preview-title">Merge into my data</h3>
          <p>
            Adds what is missing and keeps the newer copy of each item. What you deleted here stays deleted.
          </p>
          {merge === null ? (
            <p className="muted" role="status">
              Working out what merging would do…
            </p>
          ) : merge.problem !== null ? (
            <p className="note note--warning" role="alert">
              {merge.problem}
            </p>
          ) : (
            <>
              <p>
                <strong>{mergeSummaryText(merge.rows)}</strong>
              </p>
              <table className="table">
                <caption className="visually-hidden">What merging would do, by kind of record</caption>
                <thead>
                  <tr>
                    <th scope="col">What</th>
                    {MERGE_COLUMNS.map((column) => (
                      <th key={column.key} scope="col" className="num">
                        {column.title}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {merge.rows.map((row) => (
                    <tr key={row.table}>
                      <th scope="row">{row.label}</th>
                      {MERGE_COLUMNS.map((column) => (
                        <td key={column.key} className={`num ${row[column.key] === 0 ? 'muted' : ''}`}>
                          {row[column.key]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted small">
                {MERGE_COLUMNS.map((column, index) => (
                  <span key={column.key}>
                    {index > 0 ? ' ' : ''}
                    <strong>{column.title}</strong>: {column.meaning}.
                  </span>
                ))}{' '}
                Your data is saved as a safety copy before merging, too.
              </p>
            </>
          )}
        </section>
      )}
      {empty ? null : (
        <section className="restore-preview__option" aria-labelledby="replace-preview-title">
          <h3 id="replace-preview-title">Replace my data</h3>
          <table className="table">
            <caption className="visually-hidden">Records now and after the restore</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col" className="num">
                  Now
                </th>
                <th scope="col" className="num">
                  After restore
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.preview.map((row) => (
                <tr key={row.table}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{row.current}</td>
                  <td className={`num ${row.incoming < row.current ? 'num--down' : ''}`}>{row.incoming}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {busy ? (
        <BackupProgressBar
          label={busy === 'merging' ? 'Merging the backup into your data…' : 'Restoring your data…'}
        />
      ) : null}
      <p className="note">
        {plan.currentRecords > 0
          ? `Replacing: everything you have now (${plural(plan.currentRecords, 'record')}) is replaced by the backup. A safety copy of your current data is saved first, so you can undo this by restoring it.`
          : 'You have no data yet, so nothing is lost.'}
      </p>
    </Dialog>
  );
}

export function RestoreErrorDialog({
  message,
  source,
  onClose,
}: {
  message: string;
  source: string;
  onClose: () => void;
}) {
  return (
    <Dialog
      open
      title="This file can't be restored"
      onClose={onClose}
      tone="danger"
      actions={
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          OK
        </button>
      }
    >
      <p>
        <strong>{source}</strong>
      </p>
      <p role="alert" className="error-text">
        {message}
      </p>
      <p className="muted">Nothing was changed: your data is exactly as it was.</p>
    </Dialog>
  );
}
