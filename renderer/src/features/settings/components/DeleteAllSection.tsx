import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { errorMessage } from '@shared/errors';
import { CONFIRM_WORD, confirmed } from '../model/delete-all-text';

export interface DeleteAllSectionProps {
  /** Where main keeps the backups; empty while unknown (and in the browser preview, which has none). */
  backupsDir: string;
  /** A backup is being written: deleting waits for it. */
  backupRunning: boolean;
  onBackup: () => void;
  /** Deletes everything and reloads the app; rejects with a message the section shows. */
  onDelete: (options: { includeBackups: boolean }) => Promise<void>;
}

/**
 * The danger zone: what "Delete all my data" removes, a backup first, a typed confirmation and a separate,
 * unticked choice for the backups. Kept apart from the settings above it (its own card, in the danger
 * colour) and never saved as a setting.
 */
export function DeleteAllSection({ backupsDir, backupRunning, onBackup, onDelete }: DeleteAllSectionProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [includeBackups, setIncludeBackups] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ready = confirmed(typed) && !deleting && !backupRunning;
  const confirmField = useRef<HTMLInputElement>(null);
  // The field and the button were disabled while deleting, which drops focus: back to the field.
  useEffect(() => {
    if (problem) confirmField.current?.focus();
  }, [problem]);
  const folder = backupsDir ? <code className="path">{backupsDir}</code> : 'the backups folder';

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!ready) return;
    setDeleting(true);
    setProblem(null);
    try {
      // On success the app reloads, so this component is not shown again.
      await onDelete({ includeBackups });
    } catch (error) {
      setProblem(errorMessage(error));
      setDeleting(false);
    }
  };

  return (
    <section className="card settings-group settings-danger" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Delete all my data</h2>
      <p>
        This deletes everything Growth Ledger keeps on this computer: your profile, growth plan, assessments,
        calendar audits, retrospectives, brag document and feedback, and your settings and reminders. The app
        then starts as on its first day. <strong>This cannot be undone.</strong>
      </p>
      <div className="settings-danger__backup">
        <p>Make a backup first if you might want any of it back.</p>
        <button type="button" className="button" onClick={onBackup} disabled={backupRunning || deleting}>
          {backupRunning ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <form className="settings-danger__form" onSubmit={(event) => void submit(event)}>
        <div className="settings-danger__choice">
          <input
            id={`${id}-backups`}
            type="checkbox"
            checked={includeBackups}
            disabled={deleting}
            aria-describedby={`${id}-backups-hint`}
            onChange={(event) => setIncludeBackups(event.target.checked)}
          />
          <div>
            <label htmlFor={`${id}-backups`}>Also delete my backups</label>
            <p className="field__hint" id={`${id}-backups-hint`}>
              {includeBackups ? (
                <>The backups in {folder} are deleted too: nothing will be left to restore from.</>
              ) : (
                <>Your backups stay in {folder}, so you can still restore from them.</>
              )}
            </p>
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-confirm`}>
            Type {CONFIRM_WORD} to confirm
          </label>
          <input
            ref={confirmField}
            id={`${id}-confirm`}
            type="text"
            className="settings-danger__confirm"
            value={typed}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            disabled={deleting}
            aria-describedby={`${id}-confirm-hint`}
            onChange={(event) => setTyped(event.target.value)}
          />
          <p className="field__hint" id={`${id}-confirm-hint`}>
            {backupRunning
              ? 'Wait for the backup to finish, then delete.'
              : `The button below works once the box says ${CONFIRM_WORD}, in capitals.`}
          </p>
        </div>
        <div className="row">
          <button type="submit" className="button button--danger" disabled={!ready}>
            {deleting
              ? 'Deleting…'
              : includeBackups
                ? 'Delete all my data and backups'
                : 'Delete all my data'}
          </button>
        </div>
        {problem ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </section>
  );
}
