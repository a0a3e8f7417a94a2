/**
 * The journal's list pages on a journal of some size (issue 13): they render a window of rows, not every
 * record, and offer the app's one search (issue 16) instead of a word filter of their own. Runs on the
 * app's own `db` (on fake-indexeddb), emptied after each test.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { BragPage, FeedbackPage, RetrosPage } from '@renderer/features/journal';
import { closeSearch, subscribeSearchOpen } from '@renderer/features/search';
import { eventually } from '../support/eventually';
import { brag, feedback, retro } from '../support/journal-fixtures';

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

async function seed() {
  await db.bragEntries.bulkAdd(
    Array.from({ length: 400 }, (_, i) =>
      brag({
        id: `b${i}`,
        // Three days apart from 2022-01-01 to 2025-04-13: entry 399 is the newest.
        date: new Date(Date.UTC(2022, 0, 1) + i * 3 * DAY_MS).toISOString().slice(0, 10),
        title: i === 7 ? 'Migrated the billing service' : `Win number ${i}`,
        kind: i % 4 === 0 ? 'glue' : 'delivery',
      }),
    ),
  );
  await db.feedback.bulkAdd(
    Array.from({ length: 150 }, (_, i) =>
      feedback({
        id: `f${i}`,
        from: `Person ${i}`,
        askedOn: `2025-${pad(1 + (i % 12))}-10`,
        receivedOn: i % 5 === 0 ? null : `2025-${pad(1 + (i % 12))}-20`,
        content: i % 5 === 0 ? '' : i === 3 ? 'The billing migration was smooth.' : 'Good work.',
      }),
    ),
  );
  await db.retros.bulkAdd(
    Array.from({ length: 60 }, (_, i) =>
      retro({
        id: `r${i}`,
        project: i === 2 ? 'Billing rewrite' : `Project ${i}`,
        endDate: `2024-05-${pad(1 + (i % 28))}`,
      }),
    ),
  );
}

describe('journal pages with hundreds of records', () => {
  it('the brag timeline renders a window of the entries, newest first, under quarter headings', async () => {
    await seed();
    render(<BragPage />);
    const timeline = await eventually(() => screen.getByRole('list', { name: 'Brag entries' }));
    const articles = within(timeline).getAllByRole('article');
    expect(articles.length).toBeGreaterThan(3);
    expect(articles.length).toBeLessThan(40);
    expect(within(articles[0]!).getByRole('heading').textContent).toBe('Win number 399');
    expect(screen.getByRole('heading', { name: /^2025 Q2 \(Apr–Jun\)/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Glue work only (100)' })).toBeTruthy();
  });

  it('shows a new entry at once, filters glue work, and opens the app search for words', async () => {
    await seed();
    render(<BragPage />);
    await eventually(() => screen.getByRole('list', { name: 'Brag entries' }));
    await act(() => db.bragEntries.add(brag({ id: 'new', date: '2026-01-02', title: 'Billing dashboards' })));
    await eventually(() => expect(screen.getByRole('heading', { name: 'Billing dashboards' })).toBeTruthy());

    const opened = vi.fn();
    const stop = subscribeSearchOpen(opened);
    fireEvent.click(screen.getByRole('button', { name: 'Find words in everything…' }));
    stop();
    closeSearch();
    expect(opened).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('checkbox', { name: /Glue work only/ }));
    await eventually(() => {
      const titles = within(screen.getByRole('list', { name: 'Brag entries' }))
        .getAllByRole('article')
        .map((a) => within(a).getByRole('heading').textContent);
      expect(titles[0]).toBe('Win number 396');
      for (const title of titles) expect(Number(title?.split(' ').at(-1)) % 4).toBe(0);
    });
  });

  it('the feedback log renders a window of items and of pending requests', async () => {
    await seed();
    render(<FeedbackPage />);
    const log = await eventually(() => screen.getByRole('list', { name: 'Feedback' }));
    const items = within(log).getAllByRole('listitem');
    expect(items.length).toBeLessThan(40);
    expect(items[0]?.getAttribute('aria-setsize')).toBe('150');
    expect(screen.getByText(/30 requests still waiting for an answer/)).toBeTruthy();
    const pending = screen.getByRole('region', { name: 'Waiting for an answer' });
    expect(within(pending).getAllByRole('link', { name: /Log the answer from/ }).length).toBeLessThan(30);
  });

  it('the retrospectives list renders a window of its rows', async () => {
    await seed();
    render(<RetrosPage />);
    const list = await eventually(() => screen.getByRole('list', { name: 'Retrospectives' }));
    expect(within(list).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('60');
  });
});
