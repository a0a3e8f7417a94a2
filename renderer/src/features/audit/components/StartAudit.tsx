import { useState } from 'react';
import { AUDIT_LENGTHS } from '@shared/content/audit';
import { auditEndDate, mondayOf } from '@shared/domain/audit';
import { useStore } from '@renderer/store/store';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';
import { DATE_INPUT_RANGE } from '@shared/types/date-range';

interface StartAuditProps {
  today: string;
  first: boolean;
  onStart: (input: { startDate: string; weeks: 4 | 5 | 6 }) => Promise<boolean>;
}

export function StartAudit({ today, first, onStart }: StartAuditProps) {
  const [startDate, setStartDate] = useState(() => mondayOf(today));
  const [weeks, setWeeks] = useState<4 | 5 | 6>(4);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="card"
      aria-labelledby="audit-start-title"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onStart({ startDate, weeks })
          .then((started) => {
            // The message says "Log your first activity below": the quick-entry line takes the focus
            // once it is shown (the same request as Quick log), instead of focus falling to the page.
            if (started && first) useStore.getState().requestQuickLog();
          })
          .finally(() => setBusy(false));
      }}
    >
      <h2 id="audit-start-title">{first ? 'Start your calendar audit' : 'Start a new audit'}</h2>
      {first ? (
        <p>
          For four to six weeks, note what you spend your time on and whether it left you energised or
          drained. Typing a line takes seconds, and you can import your calendar. At the end you will see
          where your energy rises — in Staff-leaning work like design reviews and RFCs, or in EM-leaning work
          like 1:1s and planning — and how that compares with your self-assessment.
        </p>
      ) : null}
      <div className="grid-2">
        <Field label="First day" hint="Weeks run from this day; a Monday is usual.">
          {(p) => (
            <input
              {...p}
              type="date"
              {...DATE_INPUT_RANGE}
              value={startDate}
              onChange={(e) => e.target.value && setStartDate(e.target.value)}
              required
            />
          )}
        </Field>
        <fieldset className="audit-length">
          <legend className="field__label">Length</legend>
          <div className="segmented audit-segmented--3">
            {AUDIT_LENGTHS.map((n) => (
              <label key={n} className={weeks === n ? 'is-selected' : ''}>
                <input type="radio" name="audit-weeks" checked={weeks === n} onChange={() => setWeeks(n)} />
                {n} weeks
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <p className="muted small">
        Runs {formatDay(startDate)} to {formatDay(auditEndDate({ startDate, weeks }))}.
      </p>
      <div className="row">
        <button type="submit" className="button button--primary" disabled={busy}>
          Start the audit
        </button>
      </div>
    </form>
  );
}
