import type { BackupPhase } from '@shared/domain/backup';
import { useStore } from '@renderer/store/store';
import type { RestorePlan } from '../model/backup';
import { Dialog } from '@renderer/ui/Dialog';
import { formatDateTime, plural } from '@renderer/ui/format';

const PHASE_TEXT: Record<BackupPhase, string> = {
  parsing: 'Reading the file',
  checksum: 'Verifying the checksum',
  validating: 'Checking records',
  reading: 'Reading your data',
  serialising: 'Writing the backup',
  replacing: 'Replacing your data',
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

export function RestorePreviewDialog({
  plan,
  source,
  busy,
  onConfirm,
  onCancel,
}: {
  plan: Extract<RestorePlan, { ok: true }>;
  source: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      open
      title="Restore this backup?"
      onClose={onCancel}
      tone="danger"
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
            {busy ? 'Restoring…' : 'Replace my data'}
          </button>
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
      {plan.preview.length === 0 ? (
        <p>Both this backup and your current data are empty: nothing would change.</p>
      ) : (
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
      )}
      {busy ? <BackupProgressBar label="Restoring your data…" /> : null}
      <p className="note">
        {plan.currentRecords > 0
          ? `Everything you have now (${plural(plan.currentRecords, 'record')}) is replaced by the backup. A safety copy of your current data is saved first, so you can undo this by restoring it.`
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
