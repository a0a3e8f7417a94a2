import { useId, useState, type ReactNode } from 'react';
import { weekdayName } from '@shared/domain/reminders';
import { Field } from '@renderer/ui/Field';
import { TimeField } from '@renderer/ui/TimeField';
import { parseClockTime, type FieldResult } from '../model/settings-form';

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  disabled?: boolean;
}

/** An on/off setting that takes effect at once: a checkbox with the switch role, its label and a hint. */
export function Switch({ label, checked, onChange, hint, disabled = false }: SwitchProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="settings-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="settings-switch__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div className="settings-switch__text">
        <label className="settings-switch__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

interface CheckedInputProps<T extends string | number> {
  label: string;
  type: 'number';
  value: T;
  parse: (raw: string) => FieldResult<T>;
  onCommit: (value: T) => void;
  /** Told whether the field now holds something that cannot be saved. */
  onValidity: (invalid: boolean) => void;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
}

/**
 * A number field that only passes on values that can be saved. While the text is not one (an emptied
 * field, a number out of range) it stays on screen, marked, with what to type instead.
 */
export function CheckedInput<T extends string | number>({
  label,
  type,
  value,
  parse,
  onCommit,
  onValidity,
  min,
  max,
  step,
  hint,
}: CheckedInputProps<T>) {
  const [raw, setRaw] = useState<string | null>(null);
  const checked = raw === null ? null : parse(raw);
  const error = checked && !checked.ok ? checked.error : null;
  return (
    <Field label={label} hint={hint} error={error} className="settings-field">
      {(p) => (
        <input
          {...p}
          type={type}
          className={`settings-input settings-input--${type}`}
          value={raw ?? String(value)}
          min={min}
          max={max}
          step={step}
          required
          onChange={(event) => {
            const text = event.target.value;
            const result = parse(text);
            if (result.ok) {
              setRaw(null);
              onValidity(false);
              if (result.value !== value) onCommit(result.value);
            } else {
              setRaw(text);
              onValidity(true);
            }
          }}
        />
      )}
    </Field>
  );
}

interface CheckedTimeProps {
  label: string;
  /** The saved time, "HH:mm". */
  value: string;
  onCommit: (value: string) => void;
  /** Told whether the field now holds something that cannot be saved. */
  onValidity: (invalid: boolean) => void;
}

/**
 * A required time setting, in the app's locale and clock (ui/TimeField). Only a time that can be saved
 * is passed on: an emptied field is marked with the settings form's own message; text that is not a
 * time is marked by the field itself, which says what to type. Either way the saved time stays.
 */
export function CheckedTime({ label, value, onCommit, onValidity }: CheckedTimeProps) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Field label={label} error={error} className="settings-field">
      {(p) => (
        <TimeField
          {...p}
          className="settings-input settings-input--time"
          value={value}
          required
          onChange={(typed, { unreadable }) => {
            const result = parseClockTime(typed);
            if (result.ok) {
              setError(null);
              onValidity(false);
              if (result.value !== value) onCommit(result.value);
            } else {
              setError(unreadable ? null : result.error);
              onValidity(true);
            }
          }}
        />
      )}
    </Field>
  );
}

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

export function WeekdaySelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (weekday: number) => void;
}) {
  return (
    <Field label={label} className="settings-field">
      {(p) => (
        <select {...p} value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {weekdayName(day)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
