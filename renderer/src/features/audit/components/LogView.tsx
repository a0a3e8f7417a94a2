import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { HandOverButton } from '@renderer/features/delegation';
import { formatDuration, formatTime, formatWeekday } from '@renderer/ui/format';
import {
  addDays,
  auditEndDate,
  auditWeekIndex,
  auditWeeks,
  clampToAudit,
  itemAt,
} from '@shared/domain/audit';
import type {
  Audit,
  AuditCategory,
  AuditEntry,
  CategoryRule,
  WeeklyReflection,
} from '@shared/types/entities';
import { FLAG_TOKENS } from '@shared/domain/audit-quick';
import { EmptyState } from '@renderer/ui/EmptyState';
import { VirtualList, type VirtualListHandle } from '@renderer/ui/VirtualList';
import { useAuditEntriesBetween } from '../hooks/useAuditData';
import type { EntryDraft } from '../model/repo';
import { EnergyPicker } from './EnergyPicker';
import { EntryDialog } from './EntryDialog';
import { offersEnoughLines, QuickEntry } from './QuickEntry';

export interface LogActions {
  /** Resolves to the activity added, or null when it could not be (the action says why). */
  add: (draft: EntryDraft) => Promise<AuditEntry | null>;
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
  /** The keyword rules, which file typed lines as they file imported events. */
  rules: readonly CategoryRule[];
}

const NO_ENTRIES: AuditEntry[] = [];

/**
 * The rating grid lists this many activities at a time (five choices each): at five years a busy week
 * waits with dozens, and drawing 30 rows of pickers was over half of the Log's DOM (issue 13).
 */
const RATE_AT_ONCE = 10;

/**
 * A row's height before it is measured (one line with the Edit button; a compact week row is shorter, a
 * week row carrying its day's heading taller). A close guess keeps the scrollbar steady.
 */
const DAY_ROW_HEIGHT = 44;
const WEEK_ROW_HEIGHT = 40;

/**
 * One row of the week list: an activity, or "Nothing logged." for a day without any. The first row of
 * each day carries the day's heading (the list is virtualised, so the days cannot be sections that
 * wrap their rows: the journal's timeline heads its quarters the same way).
 */
interface WeekRow {
  key: string;
  date: string;
  entry: AuditEntry | null;
  /** The day's total, on the day's first row only. */
  dayMinutes: number | null;
}

const NO_ROWS: WeekRow[] = [];

function weekRows(weekStart: string, entries: readonly AuditEntry[]): WeekRow[] {
  const rows: WeekRow[] = [];
  for (let i = 0; i < 7; i += 1) {
    const date = addDays(weekStart, i);
    const list = entries.filter((e) => e.date === date);
    const dayMinutes = list.reduce((sum, e) => sum + e.minutes, 0);
    if (list.length === 0) rows.push({ key: `empty:${date}`, date, entry: null, dayMinutes });
    list.forEach((entry, n) =>
      rows.push({ key: entry.id, date, entry, dayMinutes: n === 0 ? dayMinutes : null }),
    );
  }
  return rows;
}

const dayLabel = formatWeekday;
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
 * The two audit questions answered "yes", as compact markers showing the quick-entry tokens (`!`, `~`);
 * a screen reader reads the words instead.
 */
function EntryFlags({ entry }: { entry: AuditEntry }) {
  if (!entry.mostImportant && !entry.delegable) return null;
  return (
    <span className="audit-flags">
      {entry.mostImportant ? (
        <span className="audit-flag audit-flag--important" title="The most important thing">
          <span aria-hidden="true">{FLAG_TOKENS.mostImportant}</span>
          <span className="visually-hidden">, most important</span>
        </span>
      ) : null}
      {entry.delegable ? (
        <span className="audit-flag audit-flag--delegable" title="Someone else could have done it">
          <span aria-hidden="true">{FLAG_TOKENS.delegable}</span>
          <span className="visually-hidden">, someone else could do it</span>
        </span>
      ) : null}
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
    // The row's <li> is the list's own (ui/VirtualList); `data-date` tells the week list's days apart.
    return (
      <div className="audit-entry" data-date={entry.date}>
        <span className="audit-entry__time">{entry.startTime ? formatTime(entry.startTime) : '—'}</span>
        <span className="audit-entry__title">
          {entry.title}
          <EntryFlags entry={entry} />
          {entry.importKey ? <span className="audit-entry__source"> · from calendar</span> : null}
        </span>
        <span className="audit-entry__minutes">{formatDuration(entry.minutes)}</span>
        <CategoryChip category={category} />
        <span
          className={`audit-entry__energy ${entry.energy === null ? 'is-unrated' : entry.energy < 0 ? 'is-down' : entry.energy > 0 ? 'is-up' : ''}`}
        >
          {entry.energy === null ? 'not rated' : `energy ${ENERGY_TEXT[entry.energy]}`}
        </span>
        <span className="audit-entry__buttons">
          {entry.delegable ? (
            // Someone else could do it: the way into the delegation ledger, from the line itself.
            <HandOverButton
              small
              subject={{ auditId: entry.auditId, activity: entry.title, categoryId: entry.categoryId }}
            />
          ) : null}
          {readOnly ? null : (
            <button
              type="button"
              className="button button--ghost button--small"
              data-entry-id={entry.id}
              onClick={() => onEdit(entry)}
            >
              Edit<span className="visually-hidden"> {entry.title}</span>
            </button>
          )}
        </span>
      </div>
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
          {dayLabel(entry.date)} {entry.startTime ? formatTime(entry.startTime) : ''}
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

export function LogView({ audit, categories, reflections, today, readOnly, actions, rules }: LogViewProps) {
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
  const dayEntries = useMemo(() => entries.filter((e) => e.date === day), [entries, day]);
  // Built only for the week view: the day view re-renders on every log, and a busy week holds hundreds.
  const weekList = useMemo(
    () => (mode === 'week' ? weekRows(week.start, entries) : NO_ROWS),
    [mode, week.start, entries],
  );
  const unrated = useMemo(() => entries.filter((e) => e.energy === null), [entries]);
  // Stable for the rows (memoised): the latest `actions` is read when a rating is chosen.
  const actionsRef = useRef(actions);
  useLayoutEffect(() => {
    actionsRef.current = actions;
  });
  const [rate] = useState(() => (entry: AuditEntry, energy: number | null) => {
    void actionsRef.current.rate(entry, energy);
  });
  // The (virtualised) list shown, asked to reveal a row: the activity just added, or the one whose Edit
  // button takes focus back after its dialog closes (see below). Each day and view is a list of its own
  // (`key`): another one, or coming back to this one, opens at its top as it always has.
  const list = useRef<VirtualListHandle>(null);
  const [add] = useState(() => async (draft: EntryDraft): Promise<boolean> => {
    const entry = await actionsRef.current.add(draft);
    if (entry) list.current?.reveal(entry.id);
    return entry !== null;
  });
  const lastWeekReflection = reflections.find((r) => r.weekStart === addDays(week.start, -7));
  const previousDay = useRef<HTMLButtonElement>(null);
  const nextDay = useRef<HTMLButtonElement>(null);
  /** Steps the day; a step onto the first or last day disables its own button, so the other one takes focus. */
  const stepDay = (by: -1 | 1) => {
    const next = addDays(day, by);
    setDay(next);
    if (by < 0 ? next <= audit.startDate : next >= end) (by < 0 ? nextDay : previousDay).current?.focus();
  };

  // Closing the Edit dialog (saved, cancelled) gives focus back to that row's Edit button, wherever the
  // row is after the list re-reads it (a new start time moves it, and moving a node drops its focus). A
  // row no longer shown (moved to another day, deleted) hands focus to the list's heading instead. This
  // lasts until focus goes anywhere else. The list renders only the rows in view, so that row is also the
  // one it reveals (`list.current.reveal`): kept rendered wherever it moved, or its button could not take
  // focus.
  const viewRef = useRef<HTMLElement>(null);
  const viewTitle = useRef<HTMLHeadingElement>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (returnTo === null || editing) return;
    const active = document.activeElement;
    if (active && active !== document.body && viewRef.current?.contains(active) !== true) return;
    const button = viewRef.current?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(returnTo)}"]`);
    (button ?? viewTitle.current)?.focus();
  });
  useEffect(() => {
    if (returnTo === null || editing) return undefined;
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.dataset.entryId !== returnTo) setReturnTo(null);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [returnTo, editing]);

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
              ref={previousDay}
              type="button"
              className="button button--small"
              disabled={day <= audit.startDate}
              onClick={() => stepDay(-1)}
            >
              Previous day
            </button>
            <button
              ref={nextDay}
              type="button"
              className="button button--small"
              disabled={day >= end}
              onClick={() => stepDay(1)}
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
          <QuickEntry
            date={day}
            today={today}
            audit={audit}
            categories={categories}
            entries={recentSource}
            rules={rules}
            onAdd={add}
          />
        </section>
      )}

      {lastWeekReflection?.intentions.trim() ? (
        <p className="note" role="note">
          <strong>Your intentions from last week: </strong>
          {lastWeekReflection.intentions}
        </p>
      ) : null}

      <section ref={viewRef} className="card audit-view" aria-labelledby="audit-view-title">
        <div className="card__header">
          <h2 id="audit-view-title" ref={viewTitle} tabIndex={-1}>
            {mode === 'day'
              ? `${dayLabel(day)} · ${formatDuration(dayMinutes)}`
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
            <VirtualList
              key={day}
              ref={list}
              items={dayEntries}
              getKey={(entry) => entry.id}
              label={`Activities on ${dayLabel(day)}`}
              className="audit-entries"
              itemClassName={() => 'audit-log__row'}
              estimateSize={DAY_ROW_HEIGHT}
              gap={0}
              overscan={8}
              maxHeight="60vh"
              renderItem={(entry) => (
                <EntryRow
                  entry={entry}
                  category={entry.categoryId ? categoryById.get(entry.categoryId) : undefined}
                  readOnly={readOnly}
                  onEdit={setEditing}
                />
              )}
            />
          )
        ) : (
          <div className="audit-week">
            <VirtualList
              key={week.start}
              ref={list}
              items={weekList}
              getKey={(row) => row.key}
              label={`Activities in week ${weekIndex + 1}`}
              className="audit-entries audit-entries--compact"
              itemClassName={(row) =>
                row.dayMinutes === null ? 'audit-log__row' : 'audit-log__row audit-log__row--day'
              }
              estimateSize={WEEK_ROW_HEIGHT}
              gap={0}
              overscan={8}
              maxHeight="60vh"
              renderItem={(row) => (
                <>
                  {row.dayMinutes === null ? null : (
                    <h3 className="audit-week__title">
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        onClick={() => {
                          setDay(row.date);
                          setMode('day');
                        }}
                      >
                        {dayLabel(row.date)}
                      </button>
                      <span className="muted small"> {formatDuration(row.dayMinutes)}</span>
                    </h3>
                  )}
                  {row.entry ? (
                    <EntryRow
                      entry={row.entry}
                      category={row.entry.categoryId ? categoryById.get(row.entry.categoryId) : undefined}
                      readOnly={readOnly}
                      onEdit={setEditing}
                    />
                  ) : (
                    <p className="muted small audit-week__none" data-date={row.date}>
                      Nothing logged.
                    </p>
                  )}
                </>
              )}
            />
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
              {unrated.slice(0, RATE_AT_ONCE).map((entry) => (
                <UnratedRow key={entry.id} entry={entry} onRate={rate} />
              ))}
            </tbody>
          </table>
          {unrated.length > RATE_AT_ONCE ? (
            <p className="muted small">The next ones appear as you rate these.</p>
          ) : null}
        </section>
      ) : null}

      <EntryDialog
        open={adding}
        mode="add"
        draftKey={`audit-entry:new:${audit.id}`}
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
        onSave={add}
        onClose={() => setAdding(false)}
      />
      {editing ? (
        <EntryDialog
          key={editing.id}
          open
          mode="edit"
          draftKey={`audit-entry:${editing.id}`}
          initial={toDraft(editing)}
          minDate={audit.startDate}
          maxDate={end}
          categories={categories}
          onSave={(draft) => actions.update(editing, draft)}
          onDelete={() => {
            const entry = editing;
            setEditing(null);
            setReturnTo(entry.id);
            void actions.remove(entry);
          }}
          onClose={() => {
            setReturnTo(editing.id);
            list.current?.reveal(editing.id);
            setEditing(null);
          }}
        />
      ) : null}
    </div>
  );
}
