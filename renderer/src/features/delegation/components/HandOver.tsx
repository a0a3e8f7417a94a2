/**
 * "Hand over…": the one way to record a handover, offered wherever the audit shows work someone else
 * could do (a logged activity, the weekly reflection's biggest activities, the results). A kept-draft
 * form (ui/drafts.ts): nothing is recorded until Save, and what was typed stays until then.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { addDays } from '@shared/domain/audit';
import { format } from 'date-fns';
import { Dialog } from '@renderer/ui/Dialog';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import { formatDuration } from '@renderer/ui/format';
import { DiscardButton, KeptDraftNote, useDraft } from '@renderer/ui/useDraft';
import { useRun } from '@renderer/ui/useRun';
import { useStore } from '@renderer/store/store';
import { createHandover } from '../model/actions';

/** The activity being handed over, as the screen offering it knows it. */
export interface HandOverSubject {
  auditId: string;
  /** The activity's title, as logged. */
  activity: string;
  categoryId: string | null;
  /** What the screen knows of its time: the audit's total minutes for it, when known. */
  minutes?: number;
}

/** How long after today the follow-up is first suggested: two weeks, long enough to have tried. */
export const FOLLOW_UP_AFTER_DAYS = 14;

interface HandOverForm {
  to: string;
  expectations: string;
  followUpOn: string | null;
}

export function HandOverButton({
  subject,
  small = false,
  label = 'Hand over…',
}: {
  subject: HandOverSubject;
  small?: boolean;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`button${small ? ' button--small' : ''} handover-button`}
        aria-label={`${label.replace('…', '')} “${subject.activity}”…`}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {/* In a portal: the button may sit inside another form (the weekly reflection), and forms do not nest. */}
      {open
        ? createPortal(<HandOverDialog subject={subject} onClose={() => setOpen(false)} />, document.body)
        : null}
    </>
  );
}

function HandOverDialog({ subject, onClose }: { subject: HandOverSubject; onClose: () => void }) {
  const today = format(new Date(), 'yyyy-MM-dd');
  const start: HandOverForm = {
    to: '',
    expectations: '',
    followUpOn: addDays(today, FOLLOW_UP_AFTER_DAYS),
  };
  const form = useDraft<HandOverForm>({
    key: `handover:${subject.auditId}:${subject.activity.trim().toLocaleLowerCase()}`,
    initial: start,
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const run = useRun();
  const pushToast = useStore((state) => state.pushToast);
  const formId = 'handover-form';

  const submit = async () => {
    if (!form.value.to.trim()) {
      setError('Say who takes this work over: a name, or a role such as “the on-call engineer”.');
      return;
    }
    setError(null);
    setSaving(true);
    const submitted = form.value;
    const { ok } = await run('The handover could not be saved', () =>
      createHandover({ ...subject, ...submitted }),
    );
    setSaving(false);
    if (ok) {
      form.reset(submitted);
      pushToast(
        'success',
        `Handed over “${subject.activity}” to ${submitted.to.trim()}. It is in your delegation ledger.`,
      );
      onClose();
    }
  };

  return (
    <Dialog
      open
      title={`Hand over “${subject.activity}”`}
      onClose={onClose}
      actions={
        <>
          <DiscardButton draft={form} start={start} onDone={onClose} />
          <button type="submit" form={formId} className="button button--primary" disabled={saving}>
            Record the handover
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="stack handover-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <KeptDraftNote restored={form.restored} onClear={() => form.reset(start)} />
        <p className="muted small">
          {subject.minutes !== undefined ? (
            <>This audit logged {formatDuration(subject.minutes)} of it. </>
          ) : null}
          Handing work over well takes three things: say clearly what “done” looks like, check in on a set
          day, and help the person grow into it rather than taking it back.
        </p>
        <Field label="Who takes it over?" error={error}>
          {(p) => (
            <input
              {...p}
              data-autofocus
              value={form.value.to}
              maxLength={200}
              onChange={(e) => form.update({ to: e.target.value })}
              required
            />
          )}
        </Field>
        <Field
          label="What does “done” look like?"
          hint="The outcome, the standard, and when to come to you. Clear expectations are what make a handover stick."
        >
          {(p) => (
            <textarea
              {...p}
              rows={4}
              maxLength={20_000}
              value={form.value.expectations}
              onChange={(e) => form.update({ expectations: e.target.value })}
            />
          )}
        </Field>
        <DateField
          label="Follow up on"
          hint="A day to ask how it is going and what they need. It appears on Today, with a reminder."
          value={form.value.followUpOn}
          onChange={(followUpOn) => form.update({ followUpOn })}
        />
      </form>
    </Dialog>
  );
}
