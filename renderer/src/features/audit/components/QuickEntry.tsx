import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatDuration as readableDuration, formatTime, formatWeekday } from '@renderer/ui/format';
import {
  categorySlug,
  entryDate,
  formatQuickEntry,
  matchCategoryTag,
  parseQuickEntry,
  QUICK_ENTRY_TOKENS,
  withDefaults,
  type LastEntry,
  type QuickEntry as ParsedLine,
  type ResolvedEntry,
} from '@shared/domain/audit-quick';
import type { Audit, AuditCategory, AuditEntry, CategoryRule } from '@shared/types/entities';
import { ENERGY_LABELS } from '@shared/content/audit';
import { useStore } from '@renderer/store/store';
import type { EntryDraft } from '../model/repo';
import { useDraft } from '@renderer/ui/useDraft';

interface QuickEntryProps {
  /** The day shown: where a line without a day token goes. */
  date: string;
  /** Today, which day tokens (`yesterday`, `mon`, `-2d`) count back from. */
  today: string;
  /** The audit: a day token must land on one of its days; a half-typed line is kept per audit. */
  audit: Pick<Audit, 'id' | 'startDate' | 'weeks'>;
  categories: AuditCategory[];
  /** The audit's entries, to suggest recent titles and to take defaults from the last one. */
  entries: readonly AuditEntry[];
  /** The keyword rules: a typed title is filed by them, as an imported event is. */
  rules: readonly CategoryRule[];
  onAdd: (draft: EntryDraft) => Promise<boolean>;
}

const RECENT_LINES = 12;

/**
 * An activity's title as suggestions compare it (lower case), kept per record: the log's unchanged
 * records keep their objects from one read to the next (keepUnchanged), so logging one activity
 * lower-cases one title, not the whole week's again.
 */
const titleKeys = new WeakMap<AuditEntry, string>();
function titleKey(entry: AuditEntry): string {
  let key = titleKeys.get(entry);
  if (key === undefined) titleKeys.set(entry, (key = entry.title.toLocaleLowerCase()));
  return key;
}

/** True when `entries` hold enough distinct titles to fill the suggestions on their own. */
export function offersEnoughLines(entries: readonly AuditEntry[]): boolean {
  const titles = new Set<string>();
  for (const entry of entries) {
    titles.add(titleKey(entry));
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
    const key = titleKey(entry);
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
          day: null,
          minutes: entry.minutes,
          startTime: null,
          categoryId: entry.categoryId,
          energy: null,
          mostImportant: null,
          delegable: null,
        },
        categories,
      ),
    );
}

/** What the preview says about the category: its name, and why it was chosen unless typed. */
function categoryText(resolved: ResolvedEntry, categories: readonly AuditCategory[]): string {
  const name = resolved.categoryId ? categories.find((c) => c.id === resolved.categoryId)?.name : null;
  if (!name) return 'no category';
  const from = resolved.categoryFrom;
  if (from.kind === 'rule') return `${name} — rule “${from.rule.keyword}”`;
  if (from.kind === 'last') return `${name} (as your last entry)`;
  return name;
}

export function QuickEntry({ date, today, audit, categories, entries, rules, onAdd }: QuickEntryProps) {
  // A half-typed line is kept if the user leaves the audit (ui/drafts.ts); it is added on Enter.
  const draft = useDraft({ key: `quick-entry:${audit.id}`, initial: '' });
  const line = draft.value;
  const [error, setError] = useState<string | null>(null);
  /**
   * The line whose doubtful number (say a "+3" meant as energy) was pointed out on Enter: Enter again on
   * the same line keeps the number in the title. Any edit asks again.
   */
  const [confirming, setConfirming] = useState<string | null>(null);
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
  const keywords = useMemo(() => ({ rules, categories }), [rules, categories]);
  /** The line resolved on the day it names (or the day shown), or why that day cannot hold it. */
  const resolve = (value: ParsedLine) => {
    const day = entryDate(value.day, date, today, audit);
    return day.ok
      ? { ok: true as const, date: day.date, entry: withDefaults(value, day.date, last, keywords) }
      : day;
  };
  const reading = parsed?.ok ? resolve(parsed.value) : null;
  const resolved = reading?.ok ? reading.entry : null;

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

  const submit = async (keepNumber = false) => {
    if (!parsed) {
      setError('Type what you did first, e.g. “Design review 45m #design +1”.');
      return;
    }
    let read: ReturnType<typeof resolve>;
    if (parsed.ok) {
      read = resolve(parsed.value);
    } else if (parsed.suspect && (keepNumber || confirming === line)) {
      read = resolve(parsed.suspect.kept);
    } else {
      setError(parsed.error);
      setConfirming(parsed.suspect ? line : null);
      return;
    }
    if (!read.ok) {
      setError(read.error);
      return;
    }
    const entry = read.entry;
    if (saving.current) return;
    saving.current = true;
    try {
      const added = await onAdd({
        date: read.date,
        title: entry.title,
        minutes: entry.minutes,
        startTime: entry.startTime,
        categoryId: entry.categoryId,
        energy: entry.energy,
        note: '',
        mostImportant: entry.mostImportant,
        delegable: entry.delegable,
      });
      if (added) {
        draft.resetIfUnchanged(line, '');
        setError(null);
        setConfirming(null);
      }
    } finally {
      saving.current = false;
      inputRef.current?.focus();
    }
  };

  const suspect = parsed && !parsed.ok && confirming === line ? parsed.suspect : undefined;

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
            draft.set(e.target.value);
            setError(null);
            setConfirming(null);
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
        Title, then any of:{' '}
        {QUICK_ENTRY_TOKENS.map(({ label, examples }, index) => (
          <span key={label}>
            {label.charAt(0).toLocaleLowerCase() + label.slice(1)}{' '}
            {examples.map((example, i) => (
              <span key={example}>
                {i > 0 ? ' ' : null}
                <kbd>{example}</kbd>
              </span>
            ))}
            {index < QUICK_ENTRY_TOKENS.length - 1 ? ', ' : '. '}
          </span>
        ))}
        Press Enter to add. Without a <kbd>#name</kbd>, your keyword rules pick the category, else your last
        entry’s; a missing duration is your last entry’s.
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
            : reading && !reading.ok
              ? reading.error
              : resolved && reading?.ok
                ? [
                    `Will log “${resolved.title}”`,
                    ...(reading.date !== date ? [`on ${formatWeekday(reading.date)}`] : []),
                    readableDuration(resolved.minutes),
                    resolved.startTime ? `at ${formatTime(resolved.startTime)}` : 'no start time',
                    categoryText(resolved, categories),
                    resolved.energy === null
                      ? 'energy not rated'
                      : `energy ${ENERGY_LABELS[resolved.energy]}`,
                    ...(resolved.mostImportant ? ['most important'] : []),
                    ...(resolved.delegable ? ['someone else could do it'] : []),
                  ].join(' · ')
                : ''}
      </p>
      {suspect ? (
        <div className="audit-quick__confirm">
          <button type="button" className="button button--small" onClick={() => void submit(true)}>
            Keep “{suspect.token}” in the title and add
          </button>
        </div>
      ) : null}
    </form>
  );
}
