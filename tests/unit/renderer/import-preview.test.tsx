/**
 * The calendar-import preview (issue 16): 5,000 events render as a table of a few rows at a time, with
 * its column headers, row positions for assistive technology, and working per-row controls.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IcsOccurrence } from '@shared/domain/ics';
import { ImportDialog } from '@renderer/features/audit/components/ImportDialog';
import { nextTurn } from '../support/eventually';

afterEach(cleanup);

const OCCURRENCES: IcsOccurrence[] = Array.from({ length: 5_000 }, (_, i) => ({
  uid: `event-${i}`,
  occurrenceStart: `2026-01-05T09:${String(i % 60).padStart(2, '0')}:00.000Z`,
  importKey: `key-${i}`,
  date: '2026-01-05',
  startTime: '09:00',
  minutes: 30,
  title: `Meeting ${i}`,
  allDay: false,
}));

function renderPreview() {
  render(
    <ImportDialog
      preview={{
        fileName: 'busy.ics',
        calendarName: 'Busy',
        occurrences: OCCURRENCES,
        eventCount: 5_000,
        cancelledCount: 0,
        unreadableCount: 0,
        notes: [],
      }}
      categories={[]}
      rules={[]}
      existingKeys={new Set(['key-1'])}
      onAddRule={async () => true}
      onImport={async () => true}
      onClose={() => undefined}
    />,
  );
}

describe('the calendar-import preview', () => {
  it('renders a table of a window of the rows, with its headers and each row’s position', async () => {
    renderPreview();
    await nextTurn();
    const table = screen.getByRole('table', { name: 'Events to import' });
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['', 'When', 'Event', 'Min', 'Category', 'Energy']);
    const rows = within(table).getAllByRole('row');
    // The header row and a screenful of events, not 5,000.
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[1]?.getAttribute('aria-rowindex')).toBe('2');
    expect(within(rows[1] as HTMLElement).getByRole('rowheader').textContent).toBe('Meeting 0');
    expect(screen.queryByText('Meeting 4999')).toBeNull();
  });

  it('keeps the per-row controls working: including, excluding, and rows imported before', async () => {
    renderPreview();
    await nextTurn();
    expect(screen.getByRole('button', { name: /^Import 4,999 activities$/ })).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: /^Import Meeting 0,/ });
    fireEvent.click(box);
    expect(screen.getByRole('button', { name: /^Import 4,998 activities$/ })).toBeTruthy();
    const before = screen.getByRole('checkbox', { name: /^Import Meeting 1,/ });
    expect((before as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    expect(screen.getByRole('button', { name: /^Import 4,999 activities$/ })).toBeTruthy();
  });
});
