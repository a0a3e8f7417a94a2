import { useState } from 'react';

/** How many rows a long list shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 50;

/**
 * The first `limit` rows of a long list and a way to show more: a list of years of actions, ratings or
 * notes renders one page, not thousands of rows. Give the hook a `resetKey` (e.g. the competency's id)
 * so another list starts again at one page; `first` makes the first page shorter (a list that is mostly
 * history), and each "Show more" still adds a whole page.
 */
export function usePageLimit(resetKey: string = '', first: number = PAGE_SIZE) {
  const [state, setState] = useState({ key: resetKey, limit: first });
  const limit = state.key === resetKey ? state.limit : first;
  return {
    limit,
    more: () => setState({ key: resetKey, limit: limit + PAGE_SIZE }),
  };
}

/** "Showing 50 of 312 … Show 50 more", below a list that has more rows than it shows. */
export function ShowMore({
  shown,
  total,
  noun,
  onMore,
}: {
  shown: number;
  total: number;
  /** What the rows are, plural ("actions", "ratings"). */
  noun: string;
  onMore: () => void;
}) {
  if (shown >= total) return null;
  const next = Math.min(PAGE_SIZE, total - shown);
  return (
    <p className="row muted small">
      <span>
        Showing {shown} of {total} {noun}.
      </span>
      <button type="button" className="button button--ghost button--small" onClick={onMore}>
        Show {next} more<span className="visually-hidden"> {noun}</span>
      </button>
    </p>
  );
}
