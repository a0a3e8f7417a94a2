import { useCallback, useMemo, useState } from 'react';
import { HandOverButton } from '@renderer/features/delegation';
import { addDays, auditWeeks, itemAt, type AuditWeek } from '@shared/domain/audit';
import { biggestActivities, sameActivity } from '@shared/domain/audit-aggregate';
import type { Audit, AuditEntry, WeeklyReflection } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDateTime, formatDayMonth, formatDuration } from '@renderer/ui/format';
import { Field } from '@renderer/ui/Field';
import type { ReflectionDraft } from '../model/repo';
import { SaveState, useDraft } from '@renderer/ui/useDraft';

type WeekDraft = Pick<ReflectionDraft, 'items' | 'intentions'>;
import { YesNoPicker } from './EnergyPicker';

interface ReflectionViewProps {
  audit: Audit;
  entries: AuditEntry[];
  reflections: WeeklyReflection[];
  today: string;
  readOnly: boolean;
  onSave: (draft: ReflectionDraft) => Promise<boolean>;
}

const short = formatDayMonth;

/** The week to reflect on first: the last one that has ended, else the current one. */
function defaultWeek(weeks: AuditWeek[], today: string): number {
  const ended = weeks.filter((w) => w.end < today);
  const lastEnded = ended.at(-1);
  if (lastEnded) return lastEnded.index;
  return weeks.find((w) => w.start <= today && today <= w.end)?.index ?? 0;
}

export function ReflectionView(props: ReflectionViewProps) {
  const weeks = auditWeeks(props.audit);
  const [weekIndex, setWeekIndex] = useState(() => defaultWeek(weeks, props.today));
  const week = itemAt(weeks, weekIndex);
  const saved = props.reflections.find((r) => r.weekStart === week.start) ?? null;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="audit-reflect-title">
        <h2 id="audit-reflect-title">Weekly reflection</h2>
        <p className="muted">
          At the end of each week, look at where the hours went. For the biggest activities: was it the most
          important thing you could have done, and could someone else have done it? Then decide what to
          delegate, stop, or do more of.
        </p>
        <div className="row">
          <label className="field__label" htmlFor="audit-reflect-week">
            Week
          </label>
          <select
            id="audit-reflect-week"
            className="audit-reflect__week"
            value={weekIndex}
            onChange={(e) => setWeekIndex(Number(e.target.value))}
          >
            {weeks.map((w) => (
              <option key={w.index} value={w.index}>
                Week {w.index + 1}: {short(w.start)} – {short(w.end)}
                {props.reflections.some((r) => r.weekStart === w.start) ? ' (done)' : ''}
              </option>
            ))}
          </select>
        </div>
      </section>
      <WeekReflection
        // One form per week; it autosaves, so the stored record follows it and must not restart it.
        key={`${props.audit.id}:${week.start}`}
        {...props}
        week={week}
        saved={saved}
      />
    </div>
  );
}

function WeekReflection({
  audit,
  entries,
  reflections,
  readOnly,
  onSave,
  week,
  saved,
}: ReflectionViewProps & { week: AuditWeek; saved: WeeklyReflection | null }) {
  const weekEntries = useMemo(
    () => entries.filter((e) => e.date >= week.start && e.date <= week.end),
    [entries, week],
  );
  const big = useMemo(() => biggestActivities(weekEntries), [weekEntries]);
  const previous = reflections.find((r) => r.weekStart === addDays(week.start, -7));
  const initialItems = (): WeeklyReflection['items'] =>
    big.map((activity) => {
      const before = saved?.items.find(
        (i) => i.title.toLocaleLowerCase() === activity.title.toLocaleLowerCase(),
      );
      return {
        title: activity.title,
        minutes: activity.minutes,
        mostImportant: before?.mostImportant ?? activity.mostImportant,
        delegable: before?.delegable ?? activity.delegable,
      };
    });
  const save = useCallback(
    (value: WeekDraft) => onSave({ auditId: audit.id, weekStart: week.start, ...value }),
    [onSave, audit.id, week.start],
  );
  // The reflection autosaves (ui/drafts.ts); a finished audit's is read-only.
  const form = useDraft<WeekDraft>({
    key: `reflection:${audit.id}:${week.start}`,
    initial: { items: initialItems(), intentions: saved?.intentions ?? '' },
    save: readOnly ? undefined : save,
  });
  const { items, intentions } = form.value;

  const setItem = (index: number, patch: Partial<WeeklyReflection['items'][number]>) =>
    form.set((d) => ({
      ...d,
      items: d.items.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    }));

  return (
    <form
      className="stack"
      aria-label={`Reflection on week ${week.index + 1}`}
      onSubmit={(event) => {
        event.preventDefault();
        void form.flush();
      }}
      // Leaving any field writes what was typed at once (focusout bubbles; React's onBlur listens to it).
      onBlur={() => void form.flush()}
    >
      {previous?.intentions.trim() ? (
        <p className="note" role="note">
          <strong>Last week you planned: </strong>
          {previous.intentions}
        </p>
      ) : null}
      <section className="card" aria-labelledby="audit-reflect-big">
        <h3 id="audit-reflect-big">
          The week’s biggest activities ({formatDuration(weekEntries.reduce((s, e) => s + e.minutes, 0))}{' '}
          logged)
        </h3>
        {items.length === 0 ? (
          <EmptyState title="Nothing logged this week">
            Log a few activities first; the largest ones show up here to reflect on.
          </EmptyState>
        ) : (
          <ol className="audit-reflect__items">
            {items.map((item, index) => (
              <li key={item.title} className="audit-reflect__item">
                <p className="audit-reflect__name">
                  <strong>{item.title}</strong>{' '}
                  <span className="muted">
                    {formatDuration(item.minutes)}
                    {big[index] && big[index].count > 1 ? `, ${big[index].count} times` : ''}
                  </span>
                </p>
                <div className="audit-reflect__questions">
                  <span className="small">Most important thing you could have done?</span>
                  <YesNoPicker
                    label={`${item.title}: the most important thing you could have done?`}
                    name={`audit-reflect-important-${index}`}
                    value={item.mostImportant}
                    onChange={(v) => setItem(index, { mostImportant: v })}
                  />
                  <span className="small">Could someone else have done it?</span>
                  <YesNoPicker
                    label={`${item.title}: could someone else have done it?`}
                    name={`audit-reflect-delegable-${index}`}
                    value={item.delegable}
                    onChange={(v) => setItem(index, { delegable: v })}
                  />
                </div>
                {item.delegable ? (
                  <HandOverButton
                    small
                    subject={{
                      auditId: audit.id,
                      activity: item.title,
                      categoryId:
                        weekEntries.find((e) => sameActivity(e.title, item.title))?.categoryId ?? null,
                    }}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="audit-reflect-next">
        <h3 id="audit-reflect-next">Next week</h3>
        <Field
          label="What will you delegate, stop, or do more of?"
          hint="Next week’s log and reflection show this, so you can check how it went."
        >
          {(p) => (
            <textarea
              {...p}
              rows={4}
              maxLength={20000}
              value={intentions}
              readOnly={readOnly}
              onChange={(e) => form.update({ intentions: e.target.value })}
            />
          )}
        </Field>
        {readOnly ? null : (
          <div className="row">
            <SaveState status={form.status} />
            {saved ? (
              <span className="muted small">
                Last changed {formatDateTime(saved.updatedAt, { year: false })}
              </span>
            ) : null}
          </div>
        )}
      </section>
    </form>
  );
}
