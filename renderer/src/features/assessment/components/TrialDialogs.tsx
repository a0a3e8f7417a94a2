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
  onSave: (draft: TrialDraft & { id?: string }) => Promise<void>;
  onCancel: () => void;
}

/** Plans a new trial (from an idea or the user's own) or edits one. */
export function TrialDialog({ initial, onSave, onCancel }: TrialDialogProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<TrialProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const editing = initial.id !== undefined;
  const update = <K extends keyof TrialDraft>(key: K, value: TrialDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const chooseIdea = (key: string) => {
    const idea = trialIdea(key || null);
    setDraft((d) => {
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
    try {
      await onSave(draft);
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
          <button type="button" className="button" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
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
      <Problems problems={problems} />
    </Dialog>
  );
}

interface FinishTrialDialogProps {
  trial: Trial;
  today: string;
  onFinish: (input: FinishInput) => Promise<void>;
  onCancel: () => void;
}

/** Finishing a trial: its end date, how it felt, and the answer to its signal question. */
export function FinishTrialDialog({ trial, today, onFinish, onCancel }: FinishTrialDialogProps) {
  const [endDate, setEndDate] = useState(
    trial.endDate !== null && trial.endDate < today ? trial.endDate : today,
  );
  const [energy, setEnergy] = useState<number | null>(trial.energy);
  const [signalAnswer, setSignalAnswer] = useState(trial.signalAnswer);
  const [problems, setProblems] = useState<TrialProblem[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const found = trialProblems({ ...trial, status: 'done', endDate, energy, signalAnswer });
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      await onFinish({ endDate, energy, signalAnswer });
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
          <button type="button" className="button" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
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
            onChange={(e) => setEndDate(e.target.value)}
          />
        )}
      </Field>
      <EnergyChoice legend="How did the trial feel overall?" value={energy} onChange={setEnergy} />
      <Field label={signalQuestionOf(trial)} hint="Answer honestly; this is what the trial was for.">
        {(props) => (
          <textarea
            {...props}
            rows={4}
            maxLength={20000}
            value={signalAnswer}
            onChange={(e) => setSignalAnswer(e.target.value)}
          />
        )}
      </Field>
      <Problems problems={problems} />
    </Dialog>
  );
}
