import { useState, type ReactNode } from 'react';
import type { CompetencyGroup } from '@shared/domain/journal';
import { CompetencyChecklist } from './common';

/** What a page gives a journal form (BragForm, FeedbackForm). */
export interface JournalFormProps<D> {
  /** The form's accessible name. */
  label: string;
  initial: D;
  groups: CompetencyGroup[];
  submitLabel: string;
  /** Resolves true when the draft was saved. */
  onSubmit: (draft: D) => Promise<boolean>;
  /** Given when editing: offers Cancel, and the form keeps its draft after saving. */
  onCancel?: () => void;
}

/**
 * The form of one brag entry or feedback item, to add one or to edit one (`onCancel` given): it keeps the
 * draft, ends with the competencies it counts toward, then Cancel (when editing) and submit. Submit is off
 * while saving; after an add, the form starts again from `afterAdd(saved draft)` (default: `initial`).
 */
export function JournalForm<D extends { competencyIds: string[] }>({
  label,
  initial,
  groups,
  submitLabel,
  onSubmit,
  onCancel,
  canSubmit,
  afterAdd,
  children,
}: JournalFormProps<D> & {
  /** Whether the draft can be saved as it is. */
  canSubmit: (draft: D) => boolean;
  afterAdd?: (saved: D) => D;
  /** The form's own fields. */
  children: (draft: D, update: (patch: Partial<D>) => void) => ReactNode;
}) {
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      className="stack journal-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(draft).then((saved) => {
          setBusy(false);
          if (saved && !onCancel) setDraft(afterAdd ? afterAdd(draft) : initial);
        });
      }}
    >
      {children(draft, update)}
      <CompetencyChecklist
        legend="Competencies"
        groups={groups}
        value={draft.competencyIds}
        onChange={(ids) => setDraft((d) => ({ ...d, competencyIds: ids }))}
      />
      <div className="row journal-form__actions">
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy || !canSubmit(draft)}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
