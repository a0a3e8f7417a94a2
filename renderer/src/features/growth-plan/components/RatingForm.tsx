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
  /** Compact: two selects and a button, for the list; full: level descriptions and a note. */
  compact?: boolean;
  onSave: (draft: RatingDraft) => Promise<boolean>;
}

function LevelSelect({
  label,
  value,
  onChange,
  competency,
  hideLabel,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  competency: Competency;
  hideLabel: boolean;
}) {
  const id = useId();
  return (
    <div className="field gp-level-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
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
 * Sets the current and target level of one competency. Saving records a new dated snapshot, so the
 * previous state stays in the history.
 */
export function RatingForm({ competency, state, compact = false, onSave }: RatingFormProps) {
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
      className={compact ? 'gp-rating gp-rating--compact' : 'gp-rating stack'}
      aria-label={`Rating of ${competency.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onSave(draft).finally(() => setBusy(false));
      }}
    >
      <div className="row gp-rating__levels">
        <LevelSelect
          label={compact ? `Current level of ${competency.name}` : 'Where you are today'}
          value={draft.current}
          onChange={(current) => setDraft((d) => ({ ...d, current }))}
          competency={competency}
          hideLabel={compact}
        />
        <LevelSelect
          label={compact ? `Target level of ${competency.name}` : 'Where you want to be'}
          value={draft.target}
          onChange={(target) => setDraft((d) => ({ ...d, target }))}
          competency={competency}
          hideLabel={compact}
        />
        {compact ? (
          <button type="submit" className="button button--small" disabled={!dirty || busy}>
            Save<span className="visually-hidden"> rating of {competency.name}</span>
          </button>
        ) : null}
      </div>
      {!compact ? (
        <>
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
        </>
      ) : null}
    </form>
  );
}
