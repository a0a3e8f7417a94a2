import { useMemo, useState } from 'react';
import { matchRule } from '@shared/domain/audit';
import type { IcsOccurrence, IcsParseResult, IcsProgress } from '@shared/domain/ics';
import type { AuditCategory, CategoryRule } from '@shared/types/entities';
import { Dialog } from '@renderer/ui/Dialog';
import { VirtualList } from '@renderer/ui/VirtualList';
import { formatDuration, formatNumber, formatTime, formatWeekday, plural } from '@renderer/ui/format';
import type { ImportRow } from '../model/repo';
import { EnergyPicker } from './EnergyPicker';
import { CategorySelect } from './EntryDialog';

/** A preview row's height before it is measured (one line with a select and the energy buttons). */
const ROW_HEIGHT = 44;

/** An all-day event the user chooses to include is logged as a working day. */
export const ALL_DAY_MINUTES = 8 * 60;

export interface CalendarPreview extends IcsParseResult {
  fileName: string;
}

interface RowChoice {
  include: boolean;
  /** undefined: follow the keyword rules; otherwise the user's own pick (null = no category). */
  categoryId: string | null | undefined;
  energy: number | null;
}

const NO_CHOICE: RowChoice = { include: false, categoryId: undefined, energy: null };

interface ImportDialogProps {
  preview: CalendarPreview;
  categories: AuditCategory[];
  rules: CategoryRule[];
  /** Import keys already stored: those rows are shown but cannot be imported again. */
  existingKeys: Set<string>;
  onAddRule: (keyword: string, categoryId: string) => Promise<boolean>;
  onImport: (rows: ImportRow[]) => Promise<boolean>;
  onClose: () => void;
}

const when = (o: IcsOccurrence) =>
  `${formatWeekday(o.date)}${o.startTime ? ` ${formatTime(o.startTime)}` : ''}`;

export function ImportDialog({
  preview,
  categories,
  rules,
  existingKeys,
  onAddRule,
  onImport,
  onClose,
}: ImportDialogProps) {
  const [choices, setChoices] = useState<Record<string, RowChoice>>(() =>
    Object.fromEntries(
      preview.occurrences.map((o) => [
        o.importKey,
        { include: !o.allDay && !existingKeys.has(o.importKey), categoryId: undefined, energy: null },
      ]),
    ),
  );
  const [keyword, setKeyword] = useState('');
  const [ruleCategory, setRuleCategory] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const categoryOf = (o: IcsOccurrence): string | null => {
    const own = choices[o.importKey]?.categoryId;
    if (own !== undefined) return own;
    return matchRule(o.title, rules, categories)?.categoryId ?? null;
  };
  const update = (key: string, patch: Partial<RowChoice>) =>
    setChoices((all) => ({ ...all, [key]: { ...(all[key] ?? NO_CHOICE), ...patch } }));

  const selectable = preview.occurrences.filter((o) => !existingKeys.has(o.importKey));
  const selected = selectable.filter((o) => choices[o.importKey]?.include);
  const selectedMinutes = selected.reduce((sum, o) => sum + (o.allDay ? ALL_DAY_MINUTES : o.minutes), 0);
  const alreadyCount = preview.occurrences.length - selectable.length;
  const keywordMatches = useMemo(() => {
    const k = keyword.trim().toLocaleLowerCase();
    return k ? preview.occurrences.filter((o) => o.title.toLocaleLowerCase().includes(k)).length : 0;
  }, [keyword, preview.occurrences]);

  const addRule = async () => {
    if (!keyword.trim() || !ruleCategory) return;
    if (await onAddRule(keyword, ruleCategory)) {
      // The new rule takes over the rows it matches, even ones picked by hand before.
      const k = keyword.trim().toLocaleLowerCase();
      setChoices((all) => {
        const next = { ...all };
        for (const o of preview.occurrences) {
          if (o.title.toLocaleLowerCase().includes(k))
            next[o.importKey] = { ...(next[o.importKey] ?? NO_CHOICE), categoryId: undefined };
        }
        return next;
      });
      setKeyword('');
    }
  };

  const submit = async () => {
    setBusy(true);
    try {
      const rows: ImportRow[] = selected.map((o) => ({
        importKey: o.importKey,
        date: o.date,
        startTime: o.startTime,
        minutes: o.allDay ? ALL_DAY_MINUTES : o.minutes,
        title: o.title,
        categoryId: categoryOf(o),
        energy: choices[o.importKey]?.energy ?? null,
      }));
      if (await onImport(rows)) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={`Import from ${preview.calendarName ?? preview.fileName}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || selected.length === 0}
            onClick={() => void submit()}
          >
            Import {plural(selected.length, 'activity', 'activities')}
          </button>
        </>
      }
    >
      <div className="audit-import stack">
        <p>
          {preview.occurrences.length === 0
            ? 'This calendar has no events in the audit’s weeks.'
            : `${plural(preview.occurrences.length, 'event')} fall within the audit’s weeks. Selected: ${plural(selected.length, 'activity', 'activities')}, ${formatDuration(selectedMinutes)}.`}
          {alreadyCount > 0
            ? ` ${plural(alreadyCount, 'event')} were imported before and are not added again.`
            : ''}
          {preview.cancelledCount > 0
            ? ` ${plural(preview.cancelledCount, 'cancelled event')} left out.`
            : ''}
        </p>
        {preview.notes.map((note) => (
          <p key={note} className="note note--warning" role="note">
            {note}
          </p>
        ))}
        {preview.occurrences.some((o) => o.allDay) ? (
          <p className="muted small">
            All-day events (holidays, offsites, reminders) start unselected. If you include one, it counts as
            an 8-hour day; you can change that afterwards.
          </p>
        ) : null}

        <fieldset className="audit-import__rule">
          <legend>Sort by keyword</legend>
          <p className="muted small">
            Events whose title contains the keyword get the category — now and in every later import.
          </p>
          <div className="row">
            <input
              aria-label="Keyword in the title"
              placeholder="e.g. 1:1"
              value={keyword}
              maxLength={200}
              onChange={(e) => setKeyword(e.target.value)}
            />
            <CategorySelect
              label="Category for the keyword"
              value={ruleCategory}
              categories={categories}
              onChange={setRuleCategory}
            />
            <button
              type="button"
              className="button"
              disabled={!keyword.trim() || !ruleCategory}
              onClick={() => void addRule()}
            >
              Add rule
            </button>
            {keyword.trim() ? (
              <span className="muted small" aria-live="polite">
                matches {plural(keywordMatches, 'event')}
              </span>
            ) : null}
          </div>
        </fieldset>

        {preview.occurrences.length > 0 ? (
          // Only the rows in view (and a few past each edge) are rendered: 5,000 rows of selects and
          // radio groups took half a minute to appear (issue 16).
          <VirtualList
            items={preview.occurrences}
            getKey={(o) => o.importKey}
            label="Events to import"
            className="audit-import__table"
            itemClassName={(o) =>
              `audit-import__row${existingKeys.has(o.importKey) ? ' audit-import__done' : ''}`
            }
            estimateSize={ROW_HEIGHT}
            gap={0}
            overscan={8}
            initialHeight={600}
            maxHeight="52vh"
            table={{
              headerClassName: 'audit-import__row audit-import__head',
              header: (
                <>
                  <div role="columnheader">
                    <input
                      type="checkbox"
                      aria-label="Select all"
                      checked={selectable.length > 0 && selected.length === selectable.length}
                      onChange={(e) => {
                        const include = e.target.checked;
                        setChoices((all) => {
                          const next = { ...all };
                          for (const o of selectable)
                            next[o.importKey] = { ...(next[o.importKey] ?? NO_CHOICE), include };
                          return next;
                        });
                      }}
                    />
                  </div>
                  <div role="columnheader">When</div>
                  <div role="columnheader">Event</div>
                  <div role="columnheader" className="num">
                    Min
                  </div>
                  <div role="columnheader">Category</div>
                  <div role="columnheader">Energy</div>
                </>
              ),
            }}
            renderItem={(o) => {
              const done = existingKeys.has(o.importKey);
              const choice = choices[o.importKey] ?? NO_CHOICE;
              const label = `${o.title}, ${when(o)}`;
              return (
                <>
                  <div role="cell">
                    <input
                      type="checkbox"
                      aria-label={`Import ${label}`}
                      checked={!done && choice.include}
                      disabled={done}
                      onChange={(e) => update(o.importKey, { include: e.target.checked })}
                    />
                  </div>
                  <div role="cell" className="audit-import__when">
                    {when(o)}
                  </div>
                  <div role="rowheader" className="audit-import__title">
                    {o.title}
                    {done ? <span className="muted small"> · already imported</span> : null}
                  </div>
                  <div role="cell" className="num">
                    {o.allDay ? 'all day' : o.minutes}
                  </div>
                  <div role="cell">
                    <CategorySelect
                      label={`Category for ${label}`}
                      value={categoryOf(o)}
                      categories={categories}
                      onChange={(id) => update(o.importKey, { categoryId: id })}
                    />
                  </div>
                  <div role="cell">
                    <EnergyPicker
                      label={`Energy for ${label}`}
                      name={`audit-import-energy-${o.importKey}`}
                      value={choice.energy}
                      disabled={done}
                      onChange={(energy) => update(o.importKey, { energy })}
                    />
                  </div>
                </>
              );
            }}
          />
        ) : null}
      </div>
    </Dialog>
  );
}

/**
 * While the worker reads a picked calendar: how far it is, and a way out. The page around it stays
 * usable (the parse runs off the main thread); Cancel or Escape ends the worker and imports nothing.
 */
export function ReadingCalendarDialog({
  fileName,
  progress,
  onCancel,
}: {
  fileName: string;
  progress: IcsProgress | null;
  onCancel: () => void;
}) {
  const counted = progress !== null && progress.total > 0;
  const label = `Reading ${fileName}`;
  return (
    <Dialog
      open
      title={`Reading “${fileName}”`}
      onClose={onCancel}
      actions={
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      }
    >
      <div className="progress audit-import__reading" role="status">
        {counted ? (
          <progress aria-label={label} value={progress.done} max={progress.total} />
        ) : (
          <progress aria-label={label} />
        )}
        <span>
          {counted
            ? `Read ${plural(progress.done, 'event')} of ${formatNumber(progress.total)}…`
            : 'Opening the calendar file…'}
        </span>
      </div>
      <p className="muted small">Nothing is imported until you choose the events in the preview.</p>
    </Dialog>
  );
}
