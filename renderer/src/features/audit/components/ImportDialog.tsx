import { useMemo, useState } from 'react';
import { format, parseISO } from 'date-fns';
import { formatHours, matchRule } from '@shared/domain/audit';
import type { IcsOccurrence, IcsParseResult } from '@shared/domain/ics';
import type { AuditCategory, CategoryRule } from '@shared/types/entities';
import { Dialog } from '@renderer/ui/Dialog';
import { plural } from '@renderer/ui/format';
import type { ImportRow } from '../model/repo';
import { EnergyPicker } from './EnergyPicker';
import { CategorySelect } from './EntryDialog';

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
  `${format(parseISO(o.date), 'EEE d MMM')}${o.startTime ? ` ${o.startTime}` : ''}`;

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
            : `${plural(preview.occurrences.length, 'event')} fall within the audit’s weeks. Selected: ${plural(selected.length, 'activity', 'activities')}, ${formatHours(selectedMinutes)} h.`}
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
          <div className="audit-import__table-wrap">
            <table className="table audit-import__table">
              <thead>
                <tr>
                  <th scope="col">
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
                  </th>
                  <th scope="col">When</th>
                  <th scope="col">Event</th>
                  <th scope="col" className="num">
                    Min
                  </th>
                  <th scope="col">Category</th>
                  <th scope="col">Energy</th>
                </tr>
              </thead>
              <tbody>
                {preview.occurrences.map((o) => {
                  const done = existingKeys.has(o.importKey);
                  const choice = choices[o.importKey] ?? NO_CHOICE;
                  const label = `${o.title}, ${when(o)}`;
                  return (
                    <tr key={o.importKey} className={done ? 'audit-import__done' : undefined}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Import ${label}`}
                          checked={!done && choice.include}
                          disabled={done}
                          onChange={(e) => update(o.importKey, { include: e.target.checked })}
                        />
                      </td>
                      <td className="audit-import__when">{when(o)}</td>
                      <th scope="row">
                        {o.title}
                        {done ? <span className="muted small"> · already imported</span> : null}
                      </th>
                      <td className="num">{o.allDay ? 'all day' : o.minutes}</td>
                      <td>
                        <CategorySelect
                          label={`Category for ${label}`}
                          value={categoryOf(o)}
                          categories={categories}
                          onChange={(id) => update(o.importKey, { categoryId: id })}
                        />
                      </td>
                      <td>
                        <EnergyPicker
                          label={`Energy for ${label}`}
                          name={`audit-import-energy-${o.importKey}`}
                          value={choice.energy}
                          disabled={done}
                          onChange={(energy) => update(o.importKey, { energy })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
