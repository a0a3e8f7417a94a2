import type { BackupFileSummary } from '@shared/ipc/contract';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatBytes, formatDateTime } from '@renderer/ui/format';

const KIND_LABELS: Record<Exclude<BackupFileSummary['kind'], 'pre-upgrade'>, string> = {
  auto: 'Daily (automatic)',
  manual: 'Made by you',
  'pre-restore': 'Safety copy before a restore',
};

/** The kind in plain words; a copy taken before a schema upgrade names the version it came before. */
export function kindLabel(file: Pick<BackupFileSummary, 'kind' | 'upgradeTo'>): string {
  if (file.kind !== 'pre-upgrade') return KIND_LABELS[file.kind];
  return file.upgradeTo === undefined
    ? 'Safety copy before an update'
    : `Safety copy before the update to data version ${file.upgradeTo}`;
}

export function BackupList({
  files,
  loading,
  disabled,
  onRestore,
}: {
  files: BackupFileSummary[];
  loading: boolean;
  disabled: boolean;
  onRestore: (file: BackupFileSummary) => void;
}) {
  if (loading) return <p className="muted">Looking for backups…</p>;
  if (files.length === 0) {
    return (
      <EmptyState title="No backups yet">
        <p>
          Press <strong>Back up now</strong> to save a copy of everything. While the app is open it also keeps
          one backup a day by itself, once you have some data.
        </p>
      </EmptyState>
    );
  }
  return (
    <table className="table table--backups">
      <caption className="visually-hidden">Backups on this computer, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Kind</th>
          <th scope="col" className="num">
            Size
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.fileName}>
            <td>
              <span title={file.fileName}>{formatDateTime(file.createdAt)}</span>
            </td>
            <td>{kindLabel(file)}</td>
            <td className="num">{formatBytes(file.bytes)}</td>
            <td className="actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => onRestore(file)}
                disabled={disabled}
                aria-label={`Restore the backup made ${formatDateTime(file.createdAt)}`}
              >
                Restore…
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
