/**
 * The search dialog (Ctrl/Cmd+K, or Edit → Search…): one field over everything the user wrote, results
 * grouped by kind with the matched words marked, on the ARIA combobox pattern (the field keeps focus;
 * arrow keys move the active result, Enter opens it, Escape closes and focus goes back where it was).
 */
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
} from 'react';
import { targetPath, type Range, type SearchGroup, type SearchHit } from '@shared/domain/search';
import { navigateToPath } from '@renderer/navigation';
import { Dialog } from '@renderer/ui/Dialog';
import { formatDay, formatNumber, plural } from '@renderer/ui/format';
import { useSearch } from '../worker/client';

/** Hits shown per kind: enough to pick from, few enough that every group fits on one screen. */
const PER_KIND = 5;

/** `text` with the words in `ranges` in <mark>. */
export function Marked({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The id of a result's option element, which the field names as its active descendant. */
const optionId = (listId: string, hit: SearchHit) => `${listId}-${hit.id}`;

/**
 * The grouped results. Memoised: a keystroke re-renders the field and its status line only, and the
 * results when the worker's answer (or the active result) changes (issue 13: the slowest keystroke).
 */
const Results = memo(function Results({
  groups,
  current,
  listId,
  onOpen,
}: {
  groups: readonly SearchGroup[];
  current: SearchHit | undefined;
  listId: string;
  onOpen: (hit: SearchHit) => void;
}) {
  return (
    <div id={listId} role="listbox" aria-label="Results" className="search__results">
      {groups.map((group) => (
        <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`}>
          <div role="presentation" id={`${listId}-${group.kind}`} className="search__group">
            {group.label}
            <span className="muted">
              {group.total > group.hits.length
                ? ` · best ${group.hits.length} of ${formatNumber(group.total)}`
                : ` · ${formatNumber(group.total)}`}
            </span>
          </div>
          {group.hits.map((hit) => (
            <div
              key={hit.id}
              id={optionId(listId, hit)}
              role="option"
              aria-selected={hit === current}
              className="search__hit"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onOpen(hit)}
            >
              <span className="search__title">
                <Marked text={hit.title} ranges={hit.titleRanges} />
              </span>
              {hit.date ? (
                <span className="search__date muted small">
                  {hit.count > 1
                    ? `${plural(hit.count, 'time')}, latest ${formatDay(hit.date)}`
                    : formatDay(hit.date)}
                </span>
              ) : null}
              {hit.snippet ? (
                <span className="search__snippet muted small">
                  <Marked text={hit.snippet} ranges={hit.snippetRanges} />
                </span>
              ) : null}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
});

export function SearchDialog({ onClose }: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  // Typing stays responsive while results render; the answer itself comes from the worker.
  const deferred = useDeferredValue(query);
  const { groups, ready, error, query: answered } = useSearch(deferred.trim(), PER_KIND);
  const hits = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  // The active result belongs to one answer: a new answer starts at its best hit.
  const [activeIn, setActiveIn] = useState({ groups, at: 0 });
  const active = activeIn.groups === groups ? activeIn.at : 0;
  const setActive = (at: number) => setActiveIn({ groups, at });
  const listId = useId();
  const current = hits[Math.min(active, hits.length - 1)];

  useEffect(() => {
    if (current) document.getElementById(optionId(listId, current))?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  const open = useCallback(
    (hit: SearchHit) => {
      onClose();
      navigateToPath(targetPath(hit.target));
    },
    [onClose],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    const move = (to: number) => {
      event.preventDefault();
      setActive((to + hits.length) % hits.length);
    };
    const at = Math.min(active, hits.length - 1);
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home' && event.ctrlKey) move(0);
    else if (event.key === 'End' && event.ctrlKey) move(hits.length - 1);
    else if (event.key === 'Enter' && current) {
      event.preventDefault();
      open(current);
    }
  };

  const total = groups.reduce((sum, group) => sum + group.total, 0);
  const typed = query.trim() !== '';
  const status = error
    ? error
    : !typed
      ? 'Type a word to find it in your retrospectives, brag entries, feedback, plan, audit and decisions.'
      : answered !== query.trim()
        ? 'Searching…'
        : total === 0
          ? ready
            ? `Nothing you wrote contains “${query.trim()}”. Try fewer or shorter words.`
            : 'Still reading your records: try again in a moment.'
          : `${plural(total, 'result')}${ready ? '' : ' so far (still reading older records)'}.`;

  return (
    <Dialog open title="Search everything" onClose={onClose} className="dialog--search">
      <input
        className="search__field"
        type="text"
        role="combobox"
        aria-label="Search everything you wrote"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(listId, current) : undefined}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        placeholder="Words to find…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="muted small search__status" role="status">
        {status}
      </p>
      <Results groups={groups} current={current} listId={listId} onOpen={open} />
      <p className="muted small search__keys" aria-hidden="true">
        ↑ ↓ move · Enter opens · Esc closes
      </p>
    </Dialog>
  );
}
