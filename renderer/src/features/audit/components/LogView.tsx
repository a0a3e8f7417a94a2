import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { format, parseISO } from 'date-fns';
import {
  addDays,
  auditEndDate,
  auditWeekIndex,
  auditWeeks,
  clampToAudit,
  formatHours,
  itemAt,
} from '@shared/domain/audit';
import type { Audit, AuditCategory, AuditEntry, WeeklyReflection } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { useAuditEntriesBetween } from '../hooks/useAuditData';
import type { EntryDraft } from '../model/repo';
import { EnergyPicker } from './EnergyPicker';
import { EntryDialog } from './EntryDialog';
import { offersEnoughLines, QuickEntry } from './QuickEntry';

export interface LogActions {
  add: (draft: EntryDraft) => Promise<boolean>;
  update: (entry: AuditEntry, draft: EntryDraft) => Promise<boolean>;
  remove: (entry: AuditEntry) => Promise<void>;
  rate: (entry: AuditEntry, energy: number | null) => Promise<void>;
  importCalendar: () => void;
}

interface LogViewProps {
  audit: Audit;
  categories: AuditCategory[];
  reflections: WeeklyReflection[];
  today: string;
  readOnly: boolean;
  actions: LogActions;
}

const NO_ENTRIES: AuditEntry[] = [];

const dayLabel = (date: string) => format(parseISO(date), 'EEE d MMM');
const ENERGY_TEXT: Record<number, string> = { [-2]: '−2', [-1]: '−1', 0: '0', 1: '+1', 2: '+2' };

function toDraft(entry: AuditEntry): EntryDraft {
  return {
    date: entry.date,
    startTime: entry.startTime,
    minutes: entry.minutes,
    title: entry.title,
    categoryId: entry.categoryId,
    energy: entry.energy,
    note: entry.note,
    mostImportant: entry.mostImportant,
    delegable: entry.delegable,
  };
}

function CategoryChip({ category }: { category: AuditCategory | undefined }) {
  if (!category) return <span className="audit-chip audit-chip--none">No category</span>;
  return (
    <span className="audit-chip">
      <span className="audit-chip__dot" style={{ background: category.color }} aria-hidden="true" />
      {category.name}
    </span>
  );
}

/**
 * A row re-renders only when its activity changed (same id and `updatedAt`): a write re-reads the audit
 * as new objects, and re-rendering every row and its controls after each quick-logged line was most of
 * quick-log's cost.
 */
function sameEntry(a: AuditEntry, b: AuditEntry): boolean {
  return a === b || (a.id === b.id && a.updatedAt === b.updatedAt);
}

const EntryRow = memo(
  function EntryRow({
    entry,
    category,
    readOnly,
    onEdit,
  }: {
    entry: AuditEntry;
    category: AuditCategory | undefined;
    readOnly: boolean;
    onEdit: (entry: AuditEntry) => void;
  }) {
    return (
      <li className="audit-entry">
        <span className="audit-entry__time">{entry.startTime ?? '—'}</span>
        <span className="audit-entry__title">
          {entry.title}
          {entry.importKey ? <span className="audit-entry__source"> · from calendar</span> : null}
        </span>
        <span className="audit-entry__minutes">{entry.minutes} min</span>
        <CategoryChip category={category} />
        <span
          className={`audit-entry__energy ${entry.energy === null ? 'is-unrated' : entry.energy < 0 ? 'is-down' : entry.energy > 0 ? 'is-up' : ''}`}
        >
          {entry.energy === null ? 'not rated' : `energy ${ENERGY_TEXT[entry.energy]}`}
        </span>
        {readOnly ? null : (
          <button type="button" className="button button--ghost button--small" onClick={() => onEdit(entry)}>
            Edit<span className="visually-hidden"> {entry.title}</span>
          </button>
        )}
      </li>
    );
  },
  (before, after) =>
    sameEntry(before.entry, after.entry) &&
    before.category === after.category &&
    before.readOnly === after.readOnly &&
    before.onEdit === after.onEdit,
);

/** One activity waiting for its energy rating; re-renders only when that activity changes. */
const UnratedRow = memo(
  function UnratedRow({
    entry,
    onRate,
  }: {
    entry: AuditEntry;
    onRate: (entry: AuditEntry, energy: number | null) => void;
  }) {
    return (
      <tr>
        <td>
          {dayLabel(entry.date)} {entry.startTime ?? ''}
        </td>
        <th scope="row">{entry.title}</th>
        <td>
          <EnergyPicker
            label={`Energy for ${entry.title} on ${dayLabel(entry.date)}`}
            name={`audit-rate-${entry.id}`}
            value={entry.energy}
            onChange={(energy) => onRate(entry, energy)}
          />
        </td>
      </tr>
    );
  },
  (before, after) => sameEntry(before.entry, after.entry) && before.onRate === after.onRate,
);

export function LogView({ audit, categories, reflections, today, readOnly, actions }: LogViewProps) {
  const [day, setDay] = useState(() => clampToAudit(audit, today));
  const [mode, setMode] = useState<'day' | 'week'>('day');
  const [editing, setEditing] = useState<AuditEntry | null>(null);
  const [adding, setAdding] = useState(false);
  const end = auditEndDate(audit);
  const categoryById = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  const weekIndex = Math.max(0, auditWeekIndex(audit, day));
  const week = itemAt(auditWeeks(audit), weekIndex);
  // Only the days on screen are read, the shown week: a write re-reads that week, not the whole audit
  // (at 30 activities a day a running audit holds over a thousand). Quick entry takes its suggestions
  // and defaults from it too, and from the week before while this one is still too new to offer many.
  const read = useAuditEntriesBetween(audit.id, week.start, week.end);
  const entries = read ?? NO_ENTRIES;
  const needsEarlier = !readOnly && weekIndex > 0 && read !== undefined && !offersEnoughLines(entries);
  const earlier = useAuditEntriesBetween(
    audit.id,
    needsEarlier ? addDays(week.start, -7) : null,
    addDays(week.start, -1),
  );
  const recentSource = useMemo(
    () => (needsEarlier && earlier?.length ? [...earlier, ...entries] : entries),
    [needsEarlier, earlier, entries],
  );
  const dayEntries = entries.filter((e) => e.date === day);
  const unrated = entries.filter((e) => e.energy === null);
  // Stable for the rows (memoised): the latest `actions` is read when a rating is chosen.
  const actionsRef = useRef(actions);
  useLayoutEffect(() => {
    actionsRef.current = actions;
  });
  const [rate] = useState(() => (entry: AuditEntry, energy: number | null) => {
    void actionsRef.current.rate(entry, energy);
  });
  const lastWeekReflection = reflections.find((r) => r.weekStart === addDays(week.start, -7));

  const dayMinutes = dayEntries.reduce((sum, e) => sum + e.minutes, 0);

  return (
    <div className="stack">
      {readOnly ? null : (
        <section className="card" aria-labelledby="audit-log-title">
          <div className="card__header">
            <h2 id="audit-log-title">Log what you did</h2>
            <div className="row">
              <button type="button" className="button" onClick={() => setAdding(true)}>
                Add with details…
              </button>
              <button type="button" className="button" onClick={actions.importCalendar}>
                Import calendar file…
              </button>
            </div>
          </div>
          <div className="audit-day-picker row">
            <label className="field__label" htmlFor="audit-day">
              Day
            </label>
            <input
              id="audit-day"
              type="date"
              min={audit.startDate}
              max={end}
              value={day}
              onChange={(e) => e.target.value && setDay(clampToAudit(audit, e.target.value))}
            />
            <button
              type="button"
              className="button button--small"
              disabled={day <= audit.startDate}
              onClick={() => setDay(addDays(day, -1))}
            >
              Previous day
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={day >= end}
              onClick={() => setDay(addDays(day, 1))}
            >
              Next day
            </button>
            {today >= audit.startDate && today <= end && day !== today ? (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setDay(today)}
              >
                Today
              </button>
            ) : null}
          </div>
          <QuickEntry date={day} categories={categories} entries={recentSource} onAdd={actions.add} />
        </section>
      )}

      {lastWeekReflection?.intentions.trim() ? (
        <p className="note" role="note">
          <strong>Your intentions from last week: </strong>
          {lastWeekReflection.intentions}
        </p>
      ) : null}

      <section className="card" aria-labelledby="audit-view-title">
        <div className="card__header">
          <h2 id="audit-view-title">
            {mode === 'day'
              ? `${dayLabel(day)} · ${formatHours(dayMinutes)} h`
              : `Week ${weekIndex + 1} · ${dayLabel(week.start)} – ${dayLabel(week.end)}`}
          </h2>
          <fieldset className="audit-switch">
            <legend className="visually-hidden">Show</legend>
            <div className="segmented audit-segmented--2">
              {(['day', 'week'] as const).map((m) => (
                <label key={m} className={mode === m ? 'is-selected' : ''}>
                  <input type="radio" name="audit-view" checked={mode === m} onChange={() => setMode(m)} />
                  {m === 'day' ? 'Day view' : 'Week view'}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        {read === undefined ? (
          <p className="muted">Loading activities…</p>
        ) : mode === 'day' ? (
          dayEntries.length === 0 ? (
            <EmptyState title="Nothing logged on this day">
              {readOnly
                ? 'This audit has no activities on this day.'
                : 'Type a line above — for example “Team 1:1 30m #1:1 +1” — and press Enter.'}
            </EmptyState>
          ) : (
            <ul className="audit-entries" aria-label={`Activities on ${dayLabel(day)}`}>
              {dayEntries.map((entry) => (
                <EntryRow
                  key={entry.id}
                  entry={entry}
                  category={entry.categoryId ? categoryById.get(entry.categoryId) : undefined}
                  readOnly={readOnly}
                  onEdit={setEditing}
                />
              ))}
            </ul>
          )
        ) : (
          <div className="audit-week">
            {Array.from({ length: 7 }, (_, i) => addDays(week.start, i)).map((date) => {
              const list = entries.filter((e) => e.date === date);
              const minutes = list.reduce((sum, e) => sum + e.minutes, 0);
              return (
                <section key={date} className="audit-week__day" aria-label={dayLabel(date)}>
                  <h3 className="audit-week__title">
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => {
                        setDay(date);
                        setMode('day');
                      }}
                    >
                      {dayLabel(date)}
                    </button>
                    <span className="muted small"> {formatHours(minutes)} h</span>
                  </h3>
                  {list.length === 0 ? (
                    <p className="muted small">Nothing logged.</p>
                  ) : (
                    <ul className="audit-entries audit-entries--compact">
                      {list.map((entry) => (
                        <EntryRow
                          key={entry.id}
                          entry={entry}
                          category={entry.categoryId ? categoryById.get(entry.categoryId) : undefined}
                          readOnly={readOnly}
                          onEdit={setEditing}
                        />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
      </section>

      {!readOnly && unrated.length > 0 ? (
        <section className="card audit-unrated" aria-labelledby="audit-unrated-title">
          <h2 id="audit-unrated-title">
            Rate your energy in week {weekIndex + 1} ({unrated.length} waiting)
          </h2>
          <p className="muted">
            How did each one leave you? Use the arrow keys to move along a row; each choice is saved at once.
            Other weeks list theirs when you pick one of their days.
          </p>
          <table className="table audit-rate-grid">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Activity</th>
                <th scope="col">Energy (−2 drained … +2 energised)</th>
              </tr>
            </thead>
            <tbody>
              {unrated.slice(0, 30).map((entry) => (
                <UnratedRow key={entry.id} entry={entry} onRate={rate} />
              ))}
            </tbody>
          </table>
          {unrated.length > 30 ? (
            <p className="muted small">The next ones appear as you rate these.</p>
          ) : null}
        </section>
      ) : null}

      <EntryDialog
        open={adding}
        mode="add"
        initial={{
          date: day,
          startTime: null,
          minutes: 30,
          title: '',
          categoryId: null,
          energy: null,
          note: '',
          mostImportant: null,
          delegable: null,
        }}
        minDate={audit.startDate}
        maxDate={end}
        categories={categories}
        onSave={actions.add}
        onClose={() => setAdding(false)}
      />
      {editing ? (
        <EntryDialog
          key={editing.id}
          open
          mode="edit"
          initial={toDraft(editing)}
          minDate={audit.startDate}
          maxDate={end}
          categories={categories}
          onSave={(draft) => actions.update(editing, draft)}
          onDelete={() => {
            const entry = editing;
            setEditing(null);
            void actions.remove(entry);
          }}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
