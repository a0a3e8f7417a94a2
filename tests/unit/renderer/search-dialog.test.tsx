/**
 * The search dialog (issue 16) on the app's own `db` (fake-indexeddb), with the search service in this
 * thread (happy-dom has no Worker): results grouped by kind with marked words, arrow keys, Enter, and a
 * record written while the dialog is open.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { SearchDialog } from '@renderer/features/search/components/SearchDialog';
import { eventually } from '../support/eventually';
import { auditEntry, brag, feedback, retro } from '../support/journal-fixtures';

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

function field() {
  return screen.getByRole('combobox', { name: 'Search everything you wrote' });
}

function activeOption(): HTMLElement | null {
  const id = field().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
}

describe('search dialog', () => {
  it('groups results by kind, marks the words, moves with the arrow keys and opens with Enter', async () => {
    await db.retros.add(retro({ id: 'r1', project: 'Zebra crossing', endDate: '2026-03-01' }));
    await db.bragEntries.add(
      brag({ id: 'b1', date: '2026-02-01', title: 'Fed the zebras', impact: 'Zebra food' }),
    );
    await db.feedback.add(feedback({ id: 'f1', from: 'Ana', content: 'The zebra talk landed.' }));
    const onClose = vi.fn();
    render(<SearchDialog onClose={onClose} />);

    fireEvent.change(field(), { target: { value: 'zebra' } });
    const list = screen.getByRole('listbox', { name: 'Results' });
    await eventually(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    expect(screen.getByRole('status').textContent).toBe('3 results.');
    expect(
      within(list)
        .getAllByRole('group')
        .map((g) => g.getAttribute('aria-labelledby') !== null),
    ).toEqual([true, true, true]);
    expect(within(list).getByRole('group', { name: /Retrospectives/ })).toBeTruthy();
    expect(within(list).getByRole('group', { name: /Brag document/ })).toBeTruthy();
    expect(within(list).getByRole('group', { name: /Feedback/ })).toBeTruthy();
    // "zebra" as typed so far also matches "zebras" (a prefix): both are marked.
    expect([...list.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Zebra',
      'zebras',
      'Zebra',
      'zebra',
    ]);

    // The first result is active; the keys move through all of them and wrap around.
    expect(activeOption()?.textContent).toContain('Zebra crossing');
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(activeOption()?.textContent).toContain('Fed the zebras');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(activeOption()?.textContent).toContain('Zebra crossing');
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(activeOption()?.textContent).toContain('Feedback from Ana');
    fireEvent.keyDown(field(), { key: 'ArrowUp' });

    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe('#/brag/b1');
  });

  it('finds a record written while it is open, and says when nothing matches', async () => {
    render(<SearchDialog onClose={() => undefined} />);
    fireEvent.change(field(), { target: { value: 'okapi' } });
    await eventually(() =>
      expect(screen.getByRole('status').textContent).toMatch(/Nothing you wrote contains “okapi”/),
    );
    await act(() => db.bragEntries.add(brag({ id: 'b2', date: '2026-02-01', title: 'Okapi census' })));
    await eventually(() => expect(screen.getByRole('option').textContent).toContain('Okapi census'));
    expect(field().getAttribute('aria-expanded')).toBe('true');
  });

  it('shows an activity logged many times once, with how often and when last', async () => {
    await db.auditEntries.bulkAdd(
      ['2026-01-05', '2026-01-12', '2026-01-19'].map((date, i) =>
        auditEntry({ id: `e${i}`, date, title: 'Quokka standup' }),
      ),
    );
    render(<SearchDialog onClose={() => undefined} />);
    fireEvent.change(field(), { target: { value: 'quokka' } });
    const option = await eventually(() => screen.getByRole('option'));
    expect(option.textContent).toContain('Quokka standup');
    expect(option.textContent).toContain('3 times, latest 19 Jan 2026');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toMatch(/^3 results/);
  });
});
