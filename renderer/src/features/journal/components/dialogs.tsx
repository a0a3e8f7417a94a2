/** The dialogs the journal pages share: editing the item a route opens, and dialog buttons. */
import type { ReactNode } from 'react';
import { navigate } from '@renderer/navigation';
import { Dialog } from '@renderer/ui/Dialog';
import { useSave, type JournalSectionName } from './common';

/** What an edit form needs from the dialog around it. */
export interface EditFormProps<D> {
  onCancel: () => void;
  /** Saves; resolves true when saved. */
  onSubmit: (draft: D) => Promise<boolean>;
}

/**
 * The dialog for the item a section's route opens (`/brag/<id>`, `/feedback/<id>`): Cancel, Escape and a
 * successful save go back to the section.
 */
export function EditDialog<D>({
  section,
  title,
  failure,
  success,
  save,
  children,
}: {
  section: JournalSectionName;
  title: string;
  /** How the error message starts when saving fails. */
  failure: string;
  /** The message once saved. */
  success: string;
  save: (draft: D) => Promise<unknown>;
  children: (form: EditFormProps<D>) => ReactNode;
}) {
  const submit = useSave(failure, save, () => success);
  const close = () => navigate(section);
  const onSubmit = async (draft: D) => {
    const saved = await submit(draft);
    if (saved) close();
    return saved;
  };
  return (
    <Dialog open title={title} onClose={close}>
      {children({ onCancel: close, onSubmit })}
    </Dialog>
  );
}

/** A dialog's Cancel and main buttons. */
export function DialogButtons({
  onCancel,
  label,
  disabled,
  onClick,
}: {
  onCancel: () => void;
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button button--primary" disabled={disabled} onClick={onClick}>
        {label}
      </button>
    </>
  );
}
