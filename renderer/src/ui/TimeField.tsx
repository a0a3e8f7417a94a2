import { useId, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { parseTimeText, stepClock } from '@shared/domain/time-input';
import { currentFormatPrefs, formatTime, subscribeFormatPrefs } from './format';

/** What the field holds besides its value: whether the text on screen is one it cannot read. */
export interface TimeFieldState {
  /** Text is typed that is not a time (the value passed on is then ""). */
  unreadable: boolean;
}

export interface TimeFieldProps {
  id?: string;
  /** "HH:mm" (24-hour, zero-padded) or "" for none: what a native `<input type="time">` holds. */
  value: string;
  /**
   * Called as the user types, like a native time field's change: "HH:mm" once the text is a time, ""
   * while it is empty or not (yet) one.
   */
  onChange: (value: string, state: TimeFieldState) => void;
  /** Seconds, as the native `step` attribute: the arrow keys move by it. Default 60 (one minute). */
  step?: number;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** Shift with an arrow key moves by this much (or by the step, when the step is larger). */
const SHIFT_MINUTES = 15;

/**
 * A time field that reads and writes times the way the rest of the app does (issue 16): in the app's
 * locale and 12/24-hour choice from Settings, not the operating system's, which is all a native
 * `<input type="time">` can follow. It is a labelled textbox: it takes "17:30", "1730", "5:30 pm",
 * "530p", "5 PM" or "9" (shared/domain/time-input.ts), and when it loses focus it shows the time as the
 * app writes it ("5:30 PM", "17:30"). Text it cannot read stays on screen, marked, with what to type and
 * how to get the last good time back (Escape). The arrow keys move the time by the step, Shift with an
 * arrow by 15 minutes, wrapping around midnight.
 */
export function TimeField({
  id,
  value,
  onChange,
  step = 60,
  required,
  disabled,
  className,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
}: TimeFieldProps) {
  // Re-render when Settings changes the locale or the clock, so the shown time follows at once.
  const prefs = useSyncExternalStore(subscribeFormatPrefs, currentFormatPrefs);
  const ownId = useId();
  const hintId = `${ownId}-time-hint`;
  const problemId = `${ownId}-time-problem`;
  /** What the user typed; null while the field simply shows the value. */
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState(false);
  // The last time the field held, for Escape and the message: an unreadable entry never silently replaces it.
  const [lastGood, setLastGood] = useState(value);
  // What this field last passed on: a different value arriving from outside (a restored draft, a reset)
  // replaces whatever is being typed.
  const [passedOn, setPassedOn] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value) setLastGood(value);
    if (value !== passedOn) {
      setText(null);
      setProblem(false);
    }
  }

  const example = formatTime('17:30');
  const stepMinutes = Math.max(1, Math.round(step / 60));
  const shown = text ?? (value ? formatTime(value) : '');

  const isUnreadable = (typed: string | null): typed is string =>
    typed !== null && typed.trim() !== '' && parseTimeText(typed, prefs.locale) === null;

  const pass = (next: string, unreadable: boolean) => {
    setPassedOn(next);
    onChange(next, { unreadable });
  };

  const type = (typed: string) => {
    setText(typed);
    setProblem(false);
    pass(parseTimeText(typed, prefs.locale) ?? '', isUnreadable(typed));
  };

  const onBlur = () => {
    if (text === null) return;
    if (text.trim() === '') {
      // Left empty: the form decides whether that is allowed (and says so); the old time is not put back.
      setText('');
      return;
    }
    if (isUnreadable(text)) setProblem(true);
    else setText(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const from = (text === null ? null : parseTimeText(text, prefs.locale)) ?? (value || lastGood || null);
      const by = event.shiftKey ? Math.max(SHIFT_MINUTES, stepMinutes) : stepMinutes;
      const next = stepClock(from, event.key === 'ArrowUp' ? 1 : -1, by);
      setText(formatTime(next));
      setProblem(false);
      pass(next, false);
    } else if (event.key === 'Escape' && isUnreadable(text) && lastGood) {
      // Puts the last good time back; the Escape goes no further (a dialog around it stays open).
      event.preventDefault();
      event.stopPropagation();
      setText(null);
      setProblem(false);
      pass(lastGood, false);
    } else if (event.key === 'Enter' && text !== null && parseTimeText(text, prefs.locale) !== null) {
      // Enter still submits the form; the field shows the time as the app writes it first.
      setText(null);
    }
  };

  const hint = `Type a time such as ${example}. The arrow keys change it by ${
    stepMinutes === 1 ? 'a minute' : `${stepMinutes} minutes`
  }, with Shift by ${Math.max(SHIFT_MINUTES, stepMinutes)} minutes.`;
  const describedByAll = [describedBy, hintId, problem ? problemId : null].filter(Boolean).join(' ');

  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        className={className ? `time-field ${className}` : 'time-field'}
        placeholder={example}
        value={shown}
        required={required}
        disabled={disabled}
        aria-describedby={describedByAll}
        aria-invalid={invalid || problem ? true : undefined}
        onChange={(event) => type(event.target.value)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
      <span className="visually-hidden" id={hintId}>
        {hint}
      </span>
      {problem ? (
        <p className="field__error" id={problemId}>
          {`“${text ?? ''}” is not a time. Type a time such as ${example}${
            lastGood ? `, or press Escape to go back to ${formatTime(lastGood)}` : ''
          }.`}
        </p>
      ) : null}
    </>
  );
}
