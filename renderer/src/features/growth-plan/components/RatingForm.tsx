import { useId, useState } from 'react';
import { LEVEL_NAMES } from '@shared/content/frameworks';
import type { SkillState } from '@shared/domain/growth-plan';
import type { Competency } from '@shared/types/entities';

export interface RatingDraft {
  current: number | null;
  target: number | null;
  note: string;
}

interface RatingFormProps {
  competency: Competency;
  state: SkillState;
  onSave: (draft: RatingDraft) => Promise<boolean>;
}

function LevelSelect({
  label,
  value,
  onChange,
  competency,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  competency: Competency;
}) {
  const id = useId();
  return (
    <div className="field gp-level-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">Not set</option>
        {LEVEL_NAMES.map((name, i) => (
          <option key={name} value={i + 1} title={competency.levels[i]}>
            {i + 1} · {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Sets the current and target level of one competency, with a note (the competency's own page; the
 * Rate competencies grid sets levels alone). Saving records a new dated snapshot, so the previous state
 * stays in the history.
 */
export function RatingForm({ competency, state, onSave }: RatingFormProps) {
  const [draft, setDraft] = useState<RatingDraft>({
    current: state.current,
    target: state.target,
    note: state.note,
  });
  const [busy, setBusy] = useState(false);
  const noteId = useId();
  const dirty = draft.current !== state.current || draft.target !== state.target || draft.note !== state.note;

  return (
    <form
      className="gp-rating stack"
      aria-label={`Rating of ${competency.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onSave(draft).finally(() => setBusy(false));
      }}
    >
      <div className="row gp-rating__levels">
        <LevelSelect
          label="Where you are today"
          value={draft.current}
          onChange={(current) => setDraft((d) => ({ ...d, current }))}
          competency={competency}
        />
        <LevelSelect
          label="Where you want to be"
          value={draft.target}
          onChange={(target) => setDraft((d) => ({ ...d, target }))}
          competency={competency}
        />
      </div>
      <div className="field">
        <label htmlFor={noteId} className="field__label">
          Note
        </label>
        <textarea
          id={noteId}
          rows={3}
          maxLength={20_000}
          value={draft.note}
          placeholder="Why this level? What would tell you that you have reached the next one?"
          onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))}
        />
      </div>
      <div className="row">
        <button type="submit" className="button button--primary" disabled={!dirty || busy}>
          Save rating
        </button>
        <span className="muted small">
          Each save is kept with its date, so you can see how this skill moves.
        </span>
      </div>
    </form>
  );
}
