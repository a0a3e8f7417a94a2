import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE, ShowMore, usePageLimit } from '@renderer/ui/ShowMore';

afterEach(cleanup);

/** A long list shown a page at a time, as the plan's actions, ratings and notes are. */
function LongList({ total, listKey }: { total: number; listKey: string }) {
  const page = usePageLimit(listKey);
  const rows = Array.from({ length: total }, (_, i) => i).slice(0, page.limit);
  return (
    <>
      <ul>
        {rows.map((i) => (
          <li key={i}>Row {i}</li>
        ))}
      </ul>
      <ShowMore shown={rows.length} total={total} noun="rows" onMore={page.more} />
    </>
  );
}

describe('a long list, a page at a time', () => {
  it('renders one page, then 50 more per click, and no button once everything shows', () => {
    const { rerender } = render(<LongList total={120} listKey="a" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(PAGE_SIZE);
    expect(screen.getByText('Showing 50 of 120 rows.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more rows' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more rows' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(120);
    expect(screen.queryByRole('button')).toBeNull();

    // Another list (another competency) starts again at one page.
    rerender(<LongList total={120} listKey="b" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(PAGE_SIZE);
  });

  it('shows no button for a short list', () => {
    render(<LongList total={3} listKey="a" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
