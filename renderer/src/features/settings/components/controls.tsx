import { useId, useState, type ReactNode } from 'react';
import { weekdayName } from '@shared/domain/reminders';
import { Field } from '@renderer/ui/Field';
import type { FieldResult } from '../model/settings-form';

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
  type: 'time' | 'number';
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
 * A time or number field that only passes on values that can be saved. While the text is not one
 * (an emptied time, a number out of range) it stays on screen, marked, with what to type instead.
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
