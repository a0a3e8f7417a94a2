import { memo, useState } from 'react';
import { format } from 'date-fns';
import type { Profile, TargetTrack } from '@shared/types/entities';
import { EMPTY_PROFILE_DRAFT, excellentAnswerRisk, type ProfileDraft } from '@shared/domain/profile';
import { LEVEL_SUGGESTIONS, TRACK_LABELS } from '@shared/content/levels';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';

interface ProfileViewProps {
  profile: Profile | null;
  today: string;
  onSave: (draft: ProfileDraft) => Promise<void>;
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

function RiskNote({ draft, today }: { draft: ProfileDraft; today: string }) {
  const risk = excellentAnswerRisk(draft, today);
  if (!risk) return null;
  const text =
    risk.kind === 'missing'
      ? 'No answer yet. Ask your manager in your next 1:1 — without a shared picture of “excellent”, it is easy to work hard on the wrong things.'
      : risk.kind === 'undated'
        ? 'Add the date of this answer, so you know when it is time to ask again.'
        : `This answer is from ${formatDay(risk.answeredOn)}, more than six months ago. Priorities move: ask again.`;
  return (
    <p className="note note--warning" role="note">
      <strong>Worth a conversation: </strong>
      {text}
    </p>
  );
}

/** Memoised: the page re-renders when the live query answers, usually with the record already shown. */
export const ProfileView = memo(function ProfileView({ profile, today, onSave }: ProfileViewProps) {
  const [draft, setDraft] = useState<ProfileDraft>(() => toDraft(profile));
  const [saving, setSaving] = useState(false);
  const saved = toDraft(profile);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const update = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
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

      <section className="card" aria-labelledby="profile-excellent">
        <h2 id="profile-excellent">What does excellent look like in six months?</h2>
        <p className="muted">
          Ask your manager this question and write down the answer in their words. A vague answer is itself a
          signal.
        </p>
        <Field label="Your manager's answer">
          {(props) => (
            <textarea
              {...props}
              rows={5}
              value={draft.excellentAnswer}
              onChange={(e) => update('excellentAnswer', e.target.value)}
              maxLength={20000}
            />
          )}
        </Field>
        <DateField
          label="Answered on"
          value={draft.excellentAnsweredOn}
          onChange={(date) => update('excellentAnsweredOn', date)}
          today={{ date: today }}
        />
        <RiskNote draft={draft} today={today} />
      </section>

      <div className="form-footer">
        <span className="muted" aria-live="polite">
          {dirty
            ? 'You have unsaved changes.'
            : profile
              ? `Saved ${format(new Date(profile.updatedAt), 'd MMM yyyy, HH:mm')}.`
              : ''}
        </span>
        <button
          type="submit"
          className="button button--primary"
          disabled={saving || (!dirty && profile !== null)}
        >
          {saving ? 'Saving…' : profile ? 'Save changes' : 'Create profile'}
        </button>
      </div>
    </form>
  );
});
