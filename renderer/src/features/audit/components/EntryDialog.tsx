import { useState } from 'react';
import { LEAN_LABELS } from '@shared/content/audit';
import type { AuditCategory } from '@shared/types/entities';
import { Dialog } from '@renderer/ui/Dialog';
import { Field } from '@renderer/ui/Field';
import { formatTime } from '@renderer/ui/format';
import { TimeField } from '@renderer/ui/TimeField';
import { DiscardButton, KeptDraftNote, useDraft } from '@renderer/ui/useDraft';
import type { EntryDraft } from '../model/repo';
import { EnergyPicker, YesNoPicker } from './EnergyPicker';

interface EntryDialogProps {
  open: boolean;
  /** Editing an existing activity, or adding a new one. */
  mode: 'add' | 'edit';
  initial: EntryDraft;
  /**
   * Names the form and its activity (`audit-entry:<id>`, `audit-entry:new:<audit>`): what was typed and not
   * saved is kept under it (ui/drafts.ts) until it is saved or discarded. Give the dialog `key` by it.
   */
  draftKey: string;
  minDate: string;
  maxDate: string;
  categories: AuditCategory[];
  onSave: (draft: EntryDraft) => Promise<boolean>;
  onDelete?: () => void;
  onClose: () => void;
}

/** Keeps the categories a user can pick: active ones, plus the entry's own even when archived. */
export function pickableCategories(categories: AuditCategory[], current: string | null): AuditCategory[] {
  return categories.filter((c) => !c.archived || c.id === current);
}

export function CategorySelect({
  id,
  value,
  categories,
  onChange,
  label,
  describedBy,
}: {
  id?: string;
  value: string | null;
  categories: AuditCategory[];
  onChange: (id: string | null) => void;
  label?: string;
  describedBy?: string;
}) {
  const groups = (['staff', 'em', 'neutral'] as const).map((lean) => ({
    lean,
    items: pickableCategories(categories, value).filter((c) => c.lean === lean),
  }));
  return (
    <select
      id={id}
      aria-label={label}
      aria-describedby={describedBy}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <option value="">No category</option>
      {groups.map((group) =>
        group.items.length > 0 ? (
          <optgroup key={group.lean} label={LEAN_LABELS[group.lean]}>
            {group.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.archived ? ' (archived)' : ''}
              </option>
            ))}
          </optgroup>
        ) : null,
      )}
    </select>
  );
}

export function EntryDialog(props: EntryDialogProps) {
  return props.open ? <EntryDialogBody {...props} /> : null;
}

function EntryDialogBody({
  open,
  mode,
  initial,
  draftKey,
  minDate,
  maxDate,
  categories,
  onSave,
  onDelete,
  onClose,
}: EntryDialogProps) {
  // Saved on the button; closing the dialog any other way (Escape, leaving the screen, quitting) keeps what
  // was typed for the next time it opens. Cancel with changes is the explicit way to drop them.
  const form = useDraft<EntryDraft>({ key: draftKey, initial });
  // An empty Minutes field is NaN while typing, which a kept copy stores as null.
  const minutes: unknown = form.value.minutes;
  const draft: EntryDraft = { ...form.value, minutes: typeof minutes === 'number' ? minutes : Number.NaN };
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Start text that is not a time: saving would drop the start the user meant, so it waits for a fix.
  const [startUnreadable, setStartUnreadable] = useState(false);
  const update = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) =>
    form.set((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    if (!draft.title.trim()) {
      setError('Give the activity a title.');
      return;
    }
    if (startUnreadable) {
      setError(
        `The start is not a time: type one such as ${formatTime('09:30')}, or clear it to log the activity without one.`,
      );
      return;
    }
    if (!Number.isInteger(draft.minutes) || draft.minutes < 1 || draft.minutes > 1440) {
      setError('The duration is a whole number of minutes, from 1 to 1440.');
      return;
    }
    setError(null);
    setSaving(true);
    const submitted = form.value;
    try {
      if (await onSave(draft)) {
        form.reset(submitted);
        onClose();
      }
    } finally {
      setSaving(false);
    }
  };

  const formId = `audit-entry-form-${mode}`;
  return (
    <Dialog
      open={open}
      title={mode === 'add' ? 'Log an activity' : 'Edit activity'}
      onClose={onClose}
      actions={
        <>
          {onDelete ? (
            <button
              type="button"
              className="button button--danger audit-entry__delete"
              onClick={() => {
                // The activity goes (with an undo), and the changes typed to it with it.
                form.reset(initial);
                onDelete();
              }}
            >
              Delete
            </button>
          ) : null}
          <DiscardButton draft={form} start={initial} onDone={onClose} />
          <button type="submit" form={formId} className="button button--primary" disabled={saving}>
            {mode === 'add' ? 'Add activity' : 'Save changes'}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="stack audit-entry-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label="What did you do?">
          {(p) => (
            <input
              {...p}
              value={draft.title}
              maxLength={200}
              onChange={(e) => update('title', e.target.value)}
              required
            />
          )}
        </Field>
        <div className="audit-entry-form__row">
          <Field label="Date">
            {(p) => (
              <input
                {...p}
                type="date"
                min={minDate}
                max={maxDate}
                value={draft.date}
                onChange={(e) => update('date', e.target.value || draft.date)}
                required
              />
            )}
          </Field>
          <Field label="Start" hint="Optional.">
            {(p) => (
              <TimeField
                {...p}
                value={draft.startTime ?? ''}
                onChange={(value, { unreadable }) => {
                  setStartUnreadable(unreadable);
                  update('startTime', value || null);
                }}
              />
            )}
          </Field>
          <Field label="Minutes">
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={1440}
                value={Number.isNaN(draft.minutes) ? '' : draft.minutes}
                onChange={(e) => update('minutes', e.target.valueAsNumber)}
                required
              />
            )}
          </Field>
        </div>
        <Field label="Category">
          {(p) => (
            <CategorySelect
              id={p.id}
              describedBy={p['aria-describedby']}
              value={draft.categoryId}
              categories={categories}
              onChange={(id) => update('categoryId', id)}
            />
          )}
        </Field>
        <div className="field">
          <span className="field__label" id={`${formId}-energy`}>
            Energy afterwards
          </span>
          <EnergyPicker
            label="Energy afterwards"
            name={`${formId}-energy`}
            value={draft.energy}
            onChange={(energy) => update('energy', energy)}
            allowUnrated
          />
        </div>
        <div className="audit-entry-form__row">
          <div className="field">
            <span className="field__label">Most important thing you could have done?</span>
            <YesNoPicker
              label="Most important thing you could have done?"
              name={`${formId}-important`}
              value={draft.mostImportant}
              onChange={(v) => update('mostImportant', v)}
            />
          </div>
          <div className="field">
            <span className="field__label">Could someone else have done it?</span>
            <YesNoPicker
              label="Could someone else have done it?"
              name={`${formId}-delegable`}
              value={draft.delegable}
              onChange={(v) => update('delegable', v)}
            />
          </div>
        </div>
        <Field label="Note" hint="Optional: what made it draining or energising?">
          {(p) => (
            <textarea
              {...p}
              rows={3}
              maxLength={20000}
              value={draft.note}
              onChange={(e) => update('note', e.target.value)}
            />
          )}
        </Field>
        {/* Last: opening the dialog focuses its first control, which is the title, not "Clear it". */}
        <KeptDraftNote restored={form.restored} onClear={() => form.reset(initial)} />
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
