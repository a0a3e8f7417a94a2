import { useState, type ReactNode } from 'react';
import type { CompetencyGroup } from '@shared/domain/journal';
import { DiscardButton, KeptDraftNote, useDraft } from '@renderer/ui/useDraft';
import { CompetencyPicker } from '@renderer/features/evidence';

/** What a page gives a journal form (BragForm, FeedbackForm). */
export interface JournalFormProps<D> {
  /** The form's accessible name. */
  label: string;
  initial: D;
  /**
   * Names the form and its record (`brag:new`, `feedback:edit:<id>`): what was typed and not saved is kept
   * under it (ui/drafts.ts) until it is saved or discarded, so leaving the page loses nothing.
   */
  draftKey: string;
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
  draftKey,
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
  const form = useDraft<D>({ key: draftKey, initial });
  const draft = form.value;
  const [busy, setBusy] = useState(false);
  const update = form.update;
  return (
    <form
      className="stack journal-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(draft).then((saved) => {
          setBusy(false);
          if (!saved) return;
          // Saved: the kept copy goes. An add form starts again; an edit form closes with its record.
          if (onCancel) form.reset(draft);
          else form.resetIfUnchanged(draft, afterAdd ? afterAdd(draft) : initial);
        });
      }}
    >
      {children(draft, update)}
      <CompetencyPicker
        legend="Counts as evidence for"
        groups={groups}
        value={draft.competencyIds}
        onChange={(ids) => update({ competencyIds: ids } as Partial<D>)}
      />
      <KeptDraftNote restored={form.restored} onClear={() => form.reset(initial)} />
      <div className="row journal-form__actions">
        {onCancel ? (
          // An explicit choice to drop the changes (closing the dialog otherwise keeps them).
          <DiscardButton draft={form} start={initial} onDone={onCancel} />
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy || !canSubmit(draft)}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
