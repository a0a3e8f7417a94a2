import { BRAG_KIND_HINTS, BRAG_KIND_LABELS, BRAG_KINDS, type BragKind } from '@shared/content/journal';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import type { BragDraft } from '../model/repo';
import { bindText } from './common';
import { JournalForm, type JournalFormProps } from './JournalForm';

export function emptyBrag(today: string): BragDraft {
  return { date: today, title: '', impact: '', numbers: '', link: '', kind: 'delivery', competencyIds: [] };
}

/** The fields of one brag entry; used to add and to edit. Resolves `onSubmit` true when saved. */
export function BragForm(props: JournalFormProps<BragDraft>) {
  return (
    <JournalForm
      {...props}
      canSubmit={(draft) => draft.title.trim() !== '' && draft.date !== ''}
      // The next entry is often from the same day.
      afterAdd={(saved) => ({ ...props.initial, date: saved.date })}
    >
      {(draft, update) => (
        <>
          <div className="grid-2">
            <Field label="What did you do?">
              {(p) => <input {...p} {...bindText(draft, update, 'title')} required maxLength={200} />}
            </Field>
            <DateField
              label="Date"
              required
              value={draft.date}
              onChange={(date) => update({ date: date ?? '' })}
            />
          </div>
          <Field label="Kind of work" hint={BRAG_KIND_HINTS[draft.kind]}>
            {(p) => (
              <select
                {...p}
                value={draft.kind}
                onChange={(e) => update({ kind: e.target.value as BragKind })}
              >
                {BRAG_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {BRAG_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Impact" hint="Who benefited and how? Future you will have forgotten the details.">
            {(p) => <textarea {...p} {...bindText(draft, update, 'impact')} rows={3} maxLength={20_000} />}
          </Field>
          <div className="grid-2">
            <Field label="Numbers" hint="Time saved, latency, revenue, people helped…">
              {(p) => <input {...p} {...bindText(draft, update, 'numbers')} maxLength={2_000} />}
            </Field>
            <Field label="Link" hint="A PR, doc or dashboard.">
              {(p) => <input {...p} {...bindText(draft, update, 'link')} type="url" maxLength={2_000} />}
            </Field>
          </div>
        </>
      )}
    </JournalForm>
  );
}
