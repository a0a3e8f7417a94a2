import { useState } from 'react';
import { BRAG_KIND_HINTS, BRAG_KIND_LABELS, BRAG_KINDS, type BragKind } from '@shared/content/journal';
import type { CompetencyGroup } from '@shared/domain/journal';
import { Field } from '@renderer/ui/Field';
import type { BragDraft } from '../model/repo';
import { FormFooter } from './common';

export function emptyBrag(today: string): BragDraft {
  return { date: today, title: '', impact: '', numbers: '', link: '', kind: 'delivery', competencyIds: [] };
}

/** The fields of one brag entry; used to add and to edit. Resolves `onSubmit` true when saved. */
export function BragForm({
  initial,
  groups,
  submitLabel,
  onSubmit,
  onCancel,
  label,
}: {
  initial: BragDraft;
  groups: CompetencyGroup[];
  submitLabel: string;
  onSubmit: (draft: BragDraft) => Promise<boolean>;
  onCancel?: () => void;
  label: string;
}) {
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<BragDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      className="stack journal-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(draft).then((saved) => {
          setBusy(false);
          if (saved && !onCancel) setDraft({ ...initial, date: draft.date });
        });
      }}
    >
      <div className="grid-2">
        <Field label="What did you do?">
          {(p) => (
            <input
              {...p}
              value={draft.title}
              required
              maxLength={200}
              onChange={(e) => update({ title: e.target.value })}
            />
          )}
        </Field>
        <Field label="Date">
          {(p) => (
            <input
              {...p}
              type="date"
              required
              value={draft.date}
              onChange={(e) => update({ date: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="Kind of work" hint={BRAG_KIND_HINTS[draft.kind]}>
        {(p) => (
          <select {...p} value={draft.kind} onChange={(e) => update({ kind: e.target.value as BragKind })}>
            {BRAG_KINDS.map((k) => (
              <option key={k} value={k}>
                {BRAG_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Impact" hint="Who benefited and how? Future you will have forgotten the details.">
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={draft.impact}
            maxLength={20_000}
            onChange={(e) => update({ impact: e.target.value })}
          />
        )}
      </Field>
      <div className="grid-2">
        <Field label="Numbers" hint="Time saved, latency, revenue, people helped…">
          {(p) => (
            <input
              {...p}
              value={draft.numbers}
              maxLength={2_000}
              onChange={(e) => update({ numbers: e.target.value })}
            />
          )}
        </Field>
        <Field label="Link" hint="A PR, doc or dashboard.">
          {(p) => (
            <input
              {...p}
              type="url"
              value={draft.link}
              maxLength={2_000}
              onChange={(e) => update({ link: e.target.value })}
            />
          )}
        </Field>
      </div>
      <FormFooter
        groups={groups}
        competencyIds={draft.competencyIds}
        onCompetencies={(ids) => update({ competencyIds: ids })}
        onCancel={onCancel}
        submitLabel={submitLabel}
        canSubmit={!busy && draft.title.trim() !== '' && draft.date !== ''}
      />
    </form>
  );
}
