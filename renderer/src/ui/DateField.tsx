import type { ReactNode } from 'react';
import { Field } from './Field';
import { DATE_INPUT_RANGE } from '@shared/types/date-range';

interface DateFieldProps {
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
  /** Extra class for the wrapper, for a feature's own layout. */
  className?: string;
  /** The date as yyyy-MM-dd; null (or '') for none. */
  value: string | null;
  /** The new date, or null when the field was cleared. */
  onChange: (value: string | null) => void;
  required?: boolean;
  /**
   * Offers a "Today" button next to the input that sets the value to `date` (the caller's today, so one
   * screen uses one date). `small` makes it a small button, for dense forms.
   */
  today?: { date: string; small?: boolean };
}

/** A labelled date input (on Field: label, hint and error are tied to it), optionally with a Today button. */
export function DateField({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  required,
  today,
}: DateFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(props) => {
        const input = (
          <input
            {...props}
            type="date"
            {...DATE_INPUT_RANGE}
            required={required}
            value={value ?? ''}
            onChange={(e) => onChange(e.target.value || null)}
          />
        );
        if (!today) return input;
        return (
          <div className="row">
            {input}
            <button
              type="button"
              className={today.small ? 'button button--ghost button--small' : 'button button--ghost'}
              onClick={() => onChange(today.date)}
            >
              Today
            </button>
          </div>
        );
      }}
    </Field>
  );
}
