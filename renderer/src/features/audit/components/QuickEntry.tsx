import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatHours } from '@shared/domain/audit';
import {
  categorySlug,
  formatDuration,
  formatQuickEntry,
  matchCategoryTag,
  parseQuickEntry,
  withDefaults,
  type LastEntry,
} from '@shared/domain/audit-quick';
import type { AuditCategory, AuditEntry } from '@shared/types/entities';
import { ENERGY_LABELS } from '@shared/content/audit';
import { useStore } from '@renderer/store/store';
import type { EntryDraft } from '../model/repo';
import { clearIfUnchanged } from '@renderer/ui/forms';

interface QuickEntryProps {
  date: string;
  categories: AuditCategory[];
  /** The audit's entries, to suggest recent titles and to take defaults from the last one. */
  entries: readonly AuditEntry[];
  onAdd: (draft: EntryDraft) => Promise<boolean>;
}

const RECENT_LINES = 12;

/** True when `entries` hold enough distinct titles to fill the suggestions on their own. */
export function offersEnoughLines(entries: readonly AuditEntry[]): boolean {
  const titles = new Set<string>();
  for (const entry of entries) {
    titles.add(entry.title.toLocaleLowerCase());
    if (titles.size >= RECENT_LINES) return true;
  }
  return false;
}

/**
 * Recent distinct titles as ready-to-use lines (title, duration, category), newest first. One pass
 * keeps each title's newest activity (the earlier one in the list on a tie); only those few titles are
 * sorted, never every activity.
 */
export function recentLines(entries: readonly AuditEntry[], categories: AuditCategory[]): string[] {
  const newest = new Map<string, { entry: AuditEntry; index: number }>();
  entries.forEach((entry, index) => {
    const key = entry.title.toLocaleLowerCase();
    const kept = newest.get(key);
    if (!kept || entry.createdAt > kept.entry.createdAt) newest.set(key, { entry, index });
  });
  return [...newest.values()]
    .sort((a, b) =>
      a.entry.createdAt === b.entry.createdAt
        ? a.index - b.index
        : a.entry.createdAt > b.entry.createdAt
          ? -1
          : 1,
    )
    .slice(0, RECENT_LINES)
    .map(({ entry }) =>
      formatQuickEntry(
        {
          title: entry.title,
          minutes: entry.minutes,
          startTime: null,
          categoryId: entry.categoryId,
          energy: null,
        },
        categories,
      ),
    );
}

export function QuickEntry({ date, categories, entries, onAdd }: QuickEntryProps) {
  const [line, setLine] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A ref, not state: a second Enter while the first is saving is ignored, and the save itself changes
  // nothing on screen until the activity is there (one commit less per activity logged, issue 13).
  const saving = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;
  const previewId = `${id}-preview`;
  const quickLogPending = useStore((state) => state.quickLogPending);

  // "Quick log" (menu, tray, Ctrl/Cmd+N) brings the user here: take focus once per request.
  useEffect(() => {
    if (!quickLogPending) return;
    inputRef.current?.focus();
    useStore.getState().clearQuickLog();
  }, [quickLogPending]);

  const last: LastEntry | null = useMemo(() => {
    const newest = entries.reduce<AuditEntry | null>(
      (best, e) => (!best || e.createdAt > best.createdAt ? e : best),
      null,
    );
    return newest
      ? {
          date: newest.date,
          startTime: newest.startTime,
          minutes: newest.minutes,
          categoryId: newest.categoryId,
        }
      : null;
  }, [entries]);

  const active = useMemo(() => categories.filter((c) => !c.archived), [categories]);
  const parsed = line.trim() ? parseQuickEntry(line, active) : null;
  const resolved = parsed?.ok ? withDefaults(parsed.value, date, last) : null;

  // Recent lines change with the data, not with each keystroke: computed once per change of the log.
  const recent = useMemo(() => recentLines(entries, active), [entries, active]);
  const suggestions = useMemo(() => {
    const tagMatch = /(^|\s)#(\S*)$/.exec(line);
    if (tagMatch) {
      const wanted = tagMatch[2] ?? '';
      const before = line.slice(0, line.length - wanted.length - 1);
      return active
        .filter((c) => !wanted || matchCategoryTag(wanted, [c]) !== null)
        .map((c) => `${before}#${categorySlug(c.name)}`);
    }
    return recent;
  }, [line, active, recent]);

  const submit = async () => {
    if (!parsed) {
      setError('Type what you did first, e.g. “Design review 45m #design +1”.');
      return;
    }
    if (!parsed.ok || !resolved) {
      setError(parsed.ok ? null : parsed.error);
      return;
    }
    if (saving.current) return;
    saving.current = true;
    try {
      const added = await onAdd({ ...resolved, date, note: '', mostImportant: null, delegable: null });
      if (added) {
        setLine(clearIfUnchanged(line));
        setError(null);
      }
    } finally {
      saving.current = false;
      inputRef.current?.focus();
    }
  };

  const categoryName = resolved?.categoryId
    ? categories.find((c) => c.id === resolved.categoryId)?.name
    : null;

  return (
    <form
      className="audit-quick"
      aria-label="Quick entry"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="field__label" htmlFor={id}>
        Log an activity
      </label>
      <div className="audit-quick__row">
        <input
          ref={inputRef}
          id={id}
          className="audit-quick__input"
          value={line}
          list={listId}
          autoComplete="off"
          spellCheck={false}
          placeholder="Design review 45m #design +1"
          aria-describedby={`${hintId} ${previewId}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setLine(e.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button--primary">
          Add
        </button>
      </div>
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p className="field__hint" id={hintId}>
        Title, then any of: duration <kbd>45m</kbd> <kbd>1h30</kbd>, category <kbd>#name</kbd>, energy{' '}
        <kbd>-2</kbd>…<kbd>+2</kbd>, start <kbd>@9:30</kbd>. Press Enter to add. Missing duration and category
        are taken from your last entry.
      </p>
      <p
        className={`audit-quick__preview ${error ? 'error-text' : 'muted'}`}
        id={previewId}
        aria-live="polite"
      >
        {error
          ? error
          : parsed && !parsed.ok
            ? parsed.error
            : resolved
              ? [
                  `Will log “${resolved.title}”`,
                  `${formatDuration(resolved.minutes)} (${formatHours(resolved.minutes)} h)`,
                  resolved.startTime ? `at ${resolved.startTime}` : 'no start time',
                  categoryName ?? 'no category',
                  resolved.energy === null ? 'energy not rated' : `energy ${ENERGY_LABELS[resolved.energy]}`,
                ].join(' · ')
              : ''}
      </p>
    </form>
  );
}
