import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { AppSettings } from '@shared/domain/app-settings';
import { removeOneOnOne, setUpOneOnOne, weekdayName, type OneOnOne } from '@shared/domain/reminders';
import { pathTo } from '@shared/routes';
import { Field } from '@renderer/ui/Field';
import { formatTime } from '@renderer/ui/format';
import { useStore } from '@renderer/store/store';
import { useDraft } from '@renderer/ui/useDraft';
import { useSettings } from '../hooks/useSettings';
import { formatLead } from '../model/settings-form';
import { CheckedTime } from './controls';
import '../settings.css';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/** "every Tuesday at 10:00" (or "10:00 AM"), as the locale and the clock choice have it. */
function whenText({ weekday, time }: OneOnOne): string {
  return `every ${weekdayName(weekday)} at ${formatTime(time)}`;
}

/**
 * The user's recurring 1:1 with their manager (issue 18), for the Profile: when it is, and whether the
 * reminder to ask for feedback before it is on. It lives in the desktop settings beside that reminder
 * (`feedback-before-1on1`), read and saved through the same hook as the Settings screen; setting a 1:1
 * up the first time turns the reminder on (`setUpOneOnOne`), which Settings can turn off again.
 */
export function OneOnOneCard() {
  const { load, save, reload } = useSettings();
  const titleId = useId();
  return (
    <section className="card settings-one-on-one" aria-labelledby={titleId}>
      <h2 id={titleId}>Your 1:1 with your manager</h2>
      {load.step === 'loading' ? (
        <p className="muted">Loading your 1:1…</p>
      ) : load.step === 'error' ? (
        <>
          <p className="error-text">Your 1:1 could not be loaded: {load.message}</p>
          <div className="row">
            <button type="button" className="button" onClick={() => void reload()}>
              Try again
            </button>
          </div>
        </>
      ) : (
        <OneOnOneBody settings={load.draft} onSave={save} />
      )}
    </section>
  );
}

type Focus = 'form' | 'summary' | null;

function OneOnOneBody({
  settings,
  onSave,
}: {
  settings: AppSettings;
  onSave: (next: AppSettings) => Promise<boolean>;
}) {
  const rule = settings.reminders['feedback-before-1on1'];
  const stored: OneOnOne = { weekday: rule.weekday, time: rule.time };
  const pushToast = useStore((state) => state.pushToast);
  // What the fields hold, kept as a draft until it is saved (ui/drafts.ts): a save that fails (the
  // settings go back) shows them as chosen, and so does coming back after leaving the Profile unsaved.
  const kept = useDraft<OneOnOne>({ key: 'one-on-one', initial: stored });
  const draft = kept.value;
  const setDraft = kept.set;
  // A change of a 1:1 already set up, kept from an earlier visit, opens the form again to show it.
  const [editing, setEditing] = useState(
    () => rule.setUp && (draft.weekday !== rule.weekday || draft.time !== rule.time),
  );
  const [timeInvalid, setTimeInvalid] = useState(false);
  // Where the keyboard goes when one view replaces the other: the button that was pressed is gone.
  const focusNext = useRef<Focus>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const showForm = !rule.setUp || editing;

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'form') formRef.current?.querySelector('select')?.focus();
    if (target === 'summary') changeRef.current?.focus();
  }, [showForm]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (timeInvalid) return; // The time field says what to type.
    const first = !rule.setUp;
    const next = { ...settings, reminders: setUpOneOnOne(settings.reminders, draft) };
    const reminder = next.reminders['feedback-before-1on1'];
    setEditing(false);
    focusNext.current = 'summary';
    if (await onSave(next)) {
      kept.reset(draft);
      pushToast(
        'success',
        first
          ? `Your 1:1 is set up, ${whenText(draft)}. A reminder to ask for feedback comes ${formatLead(reminder.leadMinutes)} before.`
          : `Your 1:1 is now ${whenText(draft)}.`,
      );
    } else if (!first) {
      // The change was not saved: the form comes back with it, as chosen.
      setEditing(true);
      focusNext.current = 'form';
    }
  };

  const change = () => {
    kept.reset(stored);
    setTimeInvalid(false);
    setEditing(true);
    focusNext.current = 'form';
  };

  const cancel = () => {
    kept.reset(stored);
    setEditing(false);
    focusNext.current = 'summary';
  };

  const remove = async () => {
    setEditing(false);
    focusNext.current = 'form';
    if (await onSave({ ...settings, reminders: removeOneOnOne(settings.reminders) })) {
      kept.reset(stored);
      pushToast('success', 'Your 1:1 is removed, and with it the reminder to ask for feedback before it.');
    }
  };

  if (showForm) {
    return (
      <form ref={formRef} className="settings-one-on-one__form" onSubmit={(event) => void submit(event)}>
        <p className="muted">
          {rule.setUp
            ? 'When is your 1:1 now?'
            : 'No recurring 1:1 yet. Tell the app when you meet your manager, and a reminder before each 1:1 prompts you to ask for feedback while the work is fresh.'}
        </p>
        <div className="settings-one-on-one__fields">
          <Field label="Day" className="settings-field">
            {(p) => (
              <select
                {...p}
                value={draft.weekday}
                onChange={(event) => setDraft({ ...draft, weekday: Number(event.target.value) })}
              >
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {weekdayName(day)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CheckedTime
            label="Starts at"
            value={draft.time}
            onCommit={(time) => setDraft({ ...draft, time })}
            onValidity={setTimeInvalid}
          />
        </div>
        <div className="row">
          <button type="submit" className="button button--primary">
            {rule.setUp ? 'Save my 1:1' : 'Set up my 1:1'}
          </button>
          {rule.setUp ? (
            <button type="button" className="button button--ghost" onClick={cancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
    );
  }

  return (
    <div className="settings-one-on-one__summary">
      <p className="settings-one-on-one__when">
        Every {weekdayName(rule.weekday)} at {formatTime(rule.time)}
      </p>
      <p className="muted">
        {rule.enabled
          ? `A reminder to ask for feedback comes ${formatLead(rule.leadMinutes)} before.`
          : 'The reminder to ask for feedback before it is off.'}{' '}
        <a href={`#${pathTo('settings')}`}>Change the reminder in Settings</a>
      </p>
      <div className="row">
        <button ref={changeRef} type="button" className="button" onClick={change}>
          Change<span className="visually-hidden"> the day or time of your 1:1</span>
        </button>
        <button type="button" className="button button--ghost" onClick={() => void remove()}>
          I no longer have one
        </button>
      </div>
    </div>
  );
}
