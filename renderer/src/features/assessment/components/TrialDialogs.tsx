import { useState } from 'react';
import { ENERGY_LABELS, TRACK_NAMES, TRIAL_IDEAS, trialIdea } from '@shared/content/assessment';
import {
  signalQuestionOf,
  trialProblems,
  type FinishInput,
  type TrialDraft,
  type TrialProblem,
} from '@shared/domain/assessment';
import type { Track, Trial } from '@shared/types/entities';
import { Dialog } from '@renderer/ui/Dialog';
import { Field } from '@renderer/ui/Field';
import { DATE_INPUT_RANGE } from '@shared/types/date-range';
import { DiscardButton, KeptDraftNote, useDraft } from '@renderer/ui/useDraft';

const OWN = '';

function Problems({ problems }: { problems: TrialProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="error-text assessment-problems" role="alert">
      {problems.map((p) => (
        <li key={p.field + p.message}>{p.message}</li>
      ))}
    </ul>
  );
}

export function EnergyChoice({
  value,
  onChange,
  legend,
}: {
  value: number | null;
  onChange: (value: number) => void;
  legend: string;
}) {
  return (
    <fieldset className="assessment-fieldset">
      <legend>{legend}</legend>
      <div className="assessment-energy">
        {[-2, -1, 0, 1, 2].map((energy) => (
          <label key={energy} className={`choice ${value === energy ? 'choice--selected' : ''}`}>
            <input
              type="radio"
              name="trial-energy"
              checked={value === energy}
              onChange={() => onChange(energy)}
            />
            <span className="choice__label">
              {energy > 0 ? `+${energy}` : energy === 0 ? '0' : `−${-energy}`}
            </span>
            <span className="choice__hint">{ENERGY_LABELS[energy]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface TrialDialogProps {
  /** An existing trial to edit, or the starting values of a new one. */
  initial: TrialDraft & { id?: string };
  /** Resolves true when the trial was saved. */
  onSave: (draft: TrialDraft & { id?: string }) => Promise<boolean>;
  onCancel: () => void;
}

/** What the user types in the trial dialog; the status (and an edited trial's record) is not theirs to keep. */
type TrialFields = Omit<TrialDraft, 'status'>;

function trialFields(draft: TrialDraft): TrialFields {
  return {
    track: draft.track,
    title: draft.title,
    ideaKey: draft.ideaKey,
    startDate: draft.startDate,
    endDate: draft.endDate,
    notes: draft.notes,
    energy: draft.energy,
    signalAnswer: draft.signalAnswer,
  };
}

/**
 * Where a trial dialog keeps what was typed until it is saved (ui/drafts.ts): per trial when editing,
 * per idea (or the user's own) when planning one.
 */
export function trialDraftKey(initial: TrialDraft & { id?: string }): string {
  return initial.id !== undefined ? `trial:${initial.id}` : `trial:new:${initial.ideaKey ?? 'own'}`;
}

/**
 * Plans a new trial (from an idea or the user's own) or edits one. Closing it any way but Cancel keeps
 * what was typed for the next time it opens; Cancel with changes is the explicit way to drop them.
 */
export function TrialDialog({ initial, onSave, onCancel }: TrialDialogProps) {
  const start = trialFields(initial);
  const form = useDraft<TrialFields>({ key: trialDraftKey(initial), initial: start });
  // The record's status (and, when editing, its id and stamps) come from the stored trial, never a kept copy.
  const draft: TrialDraft & { id?: string } = { ...initial, ...form.value };
  const [problems, setProblems] = useState<TrialProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const editing = initial.id !== undefined;
  const update = <K extends keyof TrialFields>(key: K, value: TrialFields[K]) =>
    form.set((d) => ({ ...d, [key]: value }));

  const chooseIdea = (key: string) => {
    const idea = trialIdea(key || null);
    form.set((d) => {
      const previousTitle = trialIdea(d.ideaKey)?.title ?? '';
      const keepTitle = d.title.trim() !== '' && d.title !== previousTitle;
      return {
        ...d,
        ideaKey: idea?.key ?? null,
        track: idea?.track ?? d.track,
        title: keepTitle ? d.title : (idea?.title ?? ''),
      };
    });
  };

  const submit = async () => {
    const found = trialProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    const submitted = form.value;
    try {
      if (await onSave(draft)) form.reset(submitted);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      title={editing ? 'Edit trial' : 'Plan a trial'}
      onClose={onCancel}
      actions={
        <>
          <DiscardButton draft={form} start={start} onDone={onCancel} disabled={saving} />
          <button
            type="button"
            className="button button--primary"
            onClick={() => void submit()}
            disabled={saving}
          >
            {editing ? 'Save trial' : 'Plan trial'}
          </button>
        </>
      }
    >
      <Field label="Idea" hint={trialIdea(draft.ideaKey)?.description ?? 'Describe your own trial below.'}>
        {(props) => (
          <select {...props} value={draft.ideaKey ?? OWN} onChange={(e) => chooseIdea(e.target.value)}>
            <option value={OWN}>My own idea</option>
            {(['staff', 'em'] as const).map((track) => (
              <optgroup key={track} label={`${TRACK_NAMES[track]} trials`}>
                {TRIAL_IDEAS.filter((idea) => idea.track === track).map((idea) => (
                  <option key={idea.key} value={idea.key}>
                    {idea.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field label="Title">
        {(props) => (
          <input
            {...props}
            value={draft.title}
            maxLength={200}
            onChange={(e) => update('title', e.target.value)}
          />
        )}
      </Field>
      {draft.ideaKey === null ? (
        <fieldset className="assessment-fieldset">
          <legend>Which path does it try out?</legend>
          <div className="row">
            {(['staff', 'em'] as Track[]).map((track) => (
              <label key={track} className={`choice ${draft.track === track ? 'choice--selected' : ''}`}>
                <input
                  type="radio"
                  name="trial-track"
                  checked={draft.track === track}
                  onChange={() => update('track', track)}
                />
                <span className="choice__label">{TRACK_NAMES[track]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="grid-2">
        <Field label="Start date">
          {(props) => (
            <input
              {...props}
              type="date"
              {...DATE_INPUT_RANGE}
              value={draft.startDate}
              onChange={(e) => update('startDate', e.target.value)}
            />
          )}
        </Field>
        <Field label="End date" hint="Optional; a few weeks is usually enough.">
          {(props) => (
            <input
              {...props}
              type="date"
              {...DATE_INPUT_RANGE}
              value={draft.endDate ?? ''}
              onChange={(e) => update('endDate', e.target.value || null)}
            />
          )}
        </Field>
      </div>
      <Field label="Notes">
        {(props) => (
          <textarea
            {...props}
            rows={3}
            maxLength={20000}
            value={draft.notes}
            onChange={(e) => update('notes', e.target.value)}
          />
        )}
      </Field>
      {editing && draft.status === 'done' ? (
        <>
          <EnergyChoice
            legend="How did it feel?"
            value={draft.energy}
            onChange={(v) => update('energy', v)}
          />
          <Field label={signalQuestionOf(draft)}>
            {(props) => (
              <textarea
                {...props}
                rows={3}
                maxLength={20000}
                value={draft.signalAnswer}
                onChange={(e) => update('signalAnswer', e.target.value)}
              />
            )}
          </Field>
        </>
      ) : null}
      <p className="muted small">
        At the end you will answer its signal question: <em>{signalQuestionOf(draft)}</em>
      </p>
      {/* Last: opening the dialog focuses its first control, not "Clear it". */}
      <KeptDraftNote restored={form.restored} onClear={() => form.reset(start)} />
      <Problems problems={problems} />
    </Dialog>
  );
}

interface FinishTrialDialogProps {
  trial: Trial;
  today: string;
  /** Resolves true when the trial was finished. */
  onFinish: (input: FinishInput) => Promise<boolean>;
  onCancel: () => void;
}

/**
 * Finishing a trial: its end date, how it felt, and the answer to its signal question. What was typed is
 * kept per trial until it is finished (ui/drafts.ts); Cancel with changes drops it.
 */
export function FinishTrialDialog({ trial, today, onFinish, onCancel }: FinishTrialDialogProps) {
  const start: FinishInput = {
    endDate: trial.endDate !== null && trial.endDate < today ? trial.endDate : today,
    energy: trial.energy,
    signalAnswer: trial.signalAnswer,
  };
  const form = useDraft<FinishInput>({ key: `trial-finish:${trial.id}`, initial: start });
  const { endDate, energy, signalAnswer } = form.value;
  const [problems, setProblems] = useState<TrialProblem[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const found = trialProblems({ ...trial, status: 'done', endDate, energy, signalAnswer });
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    const submitted = form.value;
    try {
      if (await onFinish(submitted)) form.reset(submitted);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      title={`Finish “${trial.title}”`}
      onClose={onCancel}
      actions={
        <>
          <DiscardButton draft={form} start={start} onDone={onCancel} disabled={saving} />
          <button
            type="button"
            className="button button--primary"
            onClick={() => void submit()}
            disabled={saving}
          >
            Mark as done
          </button>
        </>
      }
    >
      <Field label="Ended on">
        {(props) => (
          <input
            {...props}
            type="date"
            {...DATE_INPUT_RANGE}
            value={endDate}
            onChange={(e) => form.update({ endDate: e.target.value })}
          />
        )}
      </Field>
      <EnergyChoice
        legend="How did the trial feel overall?"
        value={energy}
        onChange={(v) => form.update({ energy: v })}
      />
      <Field label={signalQuestionOf(trial)} hint="Answer honestly; this is what the trial was for.">
        {(props) => (
          <textarea
            {...props}
            rows={4}
            maxLength={20000}
            value={signalAnswer}
            onChange={(e) => form.update({ signalAnswer: e.target.value })}
          />
        )}
      </Field>
      {/* Last: opening the dialog focuses its first control, not "Clear it". */}
      <KeptDraftNote restored={form.restored} onClear={() => form.reset(start)} />
      <Problems problems={problems} />
    </Dialog>
  );
}
