import { memo, useCallback, useState } from 'react';
import type { Profile, TargetTrack } from '@shared/types/entities';
import { EMPTY_PROFILE_DRAFT, type ProfileDraft } from '@shared/domain/profile';
import { LEVEL_SUGGESTIONS, TRACK_LABELS } from '@shared/content/levels';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import { formatDateTime } from '@renderer/ui/format';
import { KeptDraftNote, SaveState, useDraft } from '@renderer/ui/useDraft';

interface ProfileViewProps {
  profile: Profile | null;
  /** Resolves true when saved; `creating` is the explicit first save. */
  onSave: (draft: ProfileDraft, creating: boolean) => Promise<boolean>;
}

function toDraft(profile: Profile | null): ProfileDraft {
  if (!profile) return EMPTY_PROFILE_DRAFT;
  const { id: _id, createdAt: _created, updatedAt: _updated, ...draft } = profile;
  return draft;
}

const TRACK_HINTS: Record<TargetTrack, string> = {
  staff: 'Technical direction and impact across teams, without managing people.',
  em: 'Growing people and building a team that delivers.',
  undecided: 'The self-assessment and the calendar audit will help you choose.',
};

/** Memoised: the page re-renders when the live query answers, usually with the record already shown. */
export const ProfileView = memo(function ProfileView({ profile, onSave }: ProfileViewProps) {
  const [creating, setCreating] = useState(false);
  // An existing profile autosaves; a new one is a kept draft until "Create profile".
  const autosave = useCallback((next: ProfileDraft) => onSave(next, false), [onSave]);
  const form = useDraft<ProfileDraft>({
    key: 'profile',
    initial: toDraft(profile),
    save: profile ? autosave : undefined,
  });
  const draft = form.value;
  const update = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) =>
    form.update({ [key]: value });

  const create = async () => {
    setCreating(true);
    try {
      if (await onSave(draft, true)) form.reset(draft);
    } finally {
      setCreating(false);
    }
  };

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (profile) void form.flush();
        else void create();
      }}
      // Leaving any field writes what was typed at once (focusout bubbles; React's onBlur listens to it).
      onBlur={() => void form.flush()}
      aria-label="Profile"
    >
      {!profile ? (
        <section className="card card--intro">
          <h2>Welcome to Growth Ledger</h2>
          <p>
            This is your private notebook for growing past senior: toward Staff engineer or Engineering
            manager. Everything stays on this computer. Start with where you are and where you are heading —
            you can change any of it later.
          </p>
        </section>
      ) : null}

      <section className="card" aria-labelledby="profile-about">
        <h2 id="profile-about">Where you are</h2>
        <div className="grid-2">
          <Field label="Your name">
            {(props) => (
              <input
                {...props}
                value={draft.name}
                onChange={(e) => update('name', e.target.value)}
                autoComplete="name"
                maxLength={200}
              />
            )}
          </Field>
          <Field label="Role or title" hint="As your company calls it, e.g. “Senior backend engineer”.">
            {(props) => (
              <input
                {...props}
                value={draft.role}
                onChange={(e) => update('role', e.target.value)}
                maxLength={200}
              />
            )}
          </Field>
          <Field label="Current level" hint="Pick a suggestion or type your company's level.">
            {(props) => (
              <>
                <input
                  {...props}
                  list="level-suggestions"
                  value={draft.currentLevel}
                  onChange={(e) => update('currentLevel', e.target.value)}
                  maxLength={200}
                />
                <datalist id="level-suggestions">
                  {LEVEL_SUGGESTIONS.map((level) => (
                    <option key={level.value} value={level.value}>
                      {level.scope}
                    </option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <DateField
            label="Target date"
            hint="When you would like to be operating at the next level."
            value={draft.targetDate}
            onChange={(date) => update('targetDate', date)}
          />
        </div>
      </section>

      <fieldset className="card">
        <legend>Where you are heading</legend>
        <div className="choice-list">
          {(Object.keys(TRACK_LABELS) as TargetTrack[]).map((track) => (
            <label key={track} className={`choice ${draft.targetTrack === track ? 'choice--selected' : ''}`}>
              <input
                type="radio"
                name="targetTrack"
                value={track}
                checked={draft.targetTrack === track}
                onChange={() => update('targetTrack', track)}
              />
              <span className="choice__label">{TRACK_LABELS[track]}</span>
              <span className="choice__hint">{TRACK_HINTS[track]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {profile ? (
        <div className="form-footer">
          <SaveState status={form.status} />
          <span className="muted small">Last changed {formatDateTime(profile.updatedAt)}</span>
        </div>
      ) : (
        <div className="form-footer">
          <KeptDraftNote restored={form.restored} onClear={() => form.reset(EMPTY_PROFILE_DRAFT)} />
          <button type="submit" className="button button--primary" disabled={creating}>
            {creating ? 'Creating…' : 'Create profile'}
          </button>
        </div>
      )}
    </form>
  );
});
