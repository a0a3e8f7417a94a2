/**
 * The audit Log renders only a window of its rows (issue 16): a week of a 5,000-event calendar import
 * holds some 830 activities, and every quick-logged line re-rendered all of them. Runs on the app's own
 * `db` (on fake-indexeddb), emptied after each test.
 *
 * happy-dom lays nothing out, so where a test needs the list's scrolling box to behave like a browser's
 * it gives the box a height and a scroll height, and makes writes to its `scrollTop` fire `scroll`
 * (`layOut`).
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { LogView, type LogActions } from '@renderer/features/audit/components/LogView';
import { addEntry } from '@renderer/features/audit/model/actions';
import type { Audit, AuditEntry } from '@shared/types/entities';
import { eventually, nextTurn } from '../support/eventually';
import { auditEntry } from '../support/journal-fixtures';

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const AUDIT: Audit = {
  id: 'busy',
  startDate: '2026-01-05',
  weeks: 4,
  status: 'active',
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
};
const DAYS = [
  '2026-01-05',
  '2026-01-06',
  '2026-01-07',
  '2026-01-08',
  '2026-01-09',
  '2026-01-10',
  '2026-01-11',
];
/** As many a day as a 5,000-event import over six weeks gives: 833 in the week. */
const PER_DAY = 119;
const IN_WEEK = DAYS.length * PER_DAY;

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Five-minute meetings from 06:00, one after another, on every day of the audit's first week. */
function busyWeek(): AuditEntry[] {
  return DAYS.flatMap((date, d) =>
    Array.from({ length: PER_DAY }, (_, i) =>
      auditEntry({
        id: `e${d}-${String(i).padStart(3, '0')}`,
        auditId: AUDIT.id,
        date,
        startTime: clock(6 * 60 + 5 * i),
        minutes: 5,
        title: `Meeting ${d}-${i}`,
        energy: 1,
        importKey: `key-${d}-${i}`,
        createdAt: `${date}T05:00:00.000Z`,
        updatedAt: `${date}T05:00:00.000Z`,
      }),
    ),
  );
}

const ACTIONS: LogActions = {
  add: (draft) => addEntry(AUDIT.id, draft),
  update: async () => true,
  remove: async () => undefined,
  rate: async () => undefined,
  importCalendar: () => undefined,
};

async function showBusyLog() {
  await db.audits.add(AUDIT);
  await db.auditEntries.bulkAdd(busyWeek());
  render(
    <LogView
      audit={AUDIT}
      categories={[]}
      reflections={[]}
      today="2026-01-05"
      readOnly={false}
      actions={ACTIONS}
      rules={[]}
    />,
  );
  return screen.findByRole('list', { name: /^Activities on Mon 5 Jan/ });
}

/** The list's scrolling box, `height` px tall, scrolling like a browser's (see the file's comment). */
function layOut(list: HTMLElement, height = 800): HTMLElement {
  const box = list.closest<HTMLElement>('.virtual-list');
  if (!box) throw new Error('The list has no scrolling box');
  let top = 0;
  Object.defineProperty(box, 'clientHeight', { configurable: true, value: height });
  // The rows' whole height, which the list sets on itself; a scroll clamps to it.
  Object.defineProperty(box, 'scrollHeight', {
    configurable: true,
    get: () => Number.parseFloat(list.style.height) || 0,
  });
  Object.defineProperty(box, 'scrollTop', {
    configurable: true,
    get: () => top,
    set: (value: number) => {
      top = value;
      box.dispatchEvent(new Event('scroll'));
    },
  });
  return box;
}

/** Where a row sits in the list's box (its offset, as the list places it). */
function rowTop(row: HTMLElement): number {
  // The virtualizer writes it (`directDomUpdates`): translate3d(0, <top>px, 0).
  const match = /translate3d\(0(?:px)?, (-?[\d.]+)px, 0(?:px)?\)/.exec(row.style.transform);
  if (!match?.[1]) throw new Error('The row is not placed');
  return Number(match[1]);
}

/** Tab: focus moves to the next focusable element in document order, as a browser moves it. */
function tab() {
  const focusable = [
    ...document.querySelectorAll<HTMLElement>(
      'button:not([disabled]), input:not([disabled]), [tabindex="0"]',
    ),
  ];
  const next = focusable[focusable.indexOf(document.activeElement as HTMLElement) + 1];
  if (!next) throw new Error('Nothing to tab to');
  act(() => next.focus());
  fireEvent.focus(next);
}

describe('the audit Log with a busy week', () => {
  it('renders a window of the week’s 833 activities, headed by day, not all of them', async () => {
    await showBusyLog();
    fireEvent.click(screen.getByRole('radio', { name: 'Week view' }));
    const list = await screen.findByRole('list', { name: 'Activities in week 1' });
    await nextTurn();
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    // Each row still says where it sits among all of them.
    expect(rows[0]?.getAttribute('aria-setsize')).toBe(String(IN_WEEK));
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    // The first row of the week carries its day's heading and total.
    expect(within(rows[0] as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      'Mon 5 Jan 9 h 55 min',
    );
    expect(screen.queryByText(`Meeting 6-${PER_DAY - 1}`)).toBeNull();

    // Scrolled to Sunday (its rows start at 6 × 119 rows of an estimated 40 px), Sunday's heading…
    const box = layOut(list);
    act(() => {
      box.scrollTop = 6 * PER_DAY * 40;
    });
    const sunday = await eventually(() => screen.getByRole('heading', { name: 'Sun 11 Jan 9 h 55 min' }));
    expect(sunday.closest('li')?.textContent).toContain('Meeting 6-0');
    // …and at the end, the week's last activity.
    act(() => {
      box.scrollTop = 100_000;
    });
    const lastEdit = await eventually(() =>
      screen.getByRole('button', { name: `Edit Meeting 6-${PER_DAY - 1}` }),
    );
    const last = lastEdit.closest('li');
    expect(last?.getAttribute('aria-posinset')).toBe(String(IN_WEEK));
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(60);
  });

  it('reaches the day’s last activity from the keyboard, a row at a time', async () => {
    const list = await showBusyLog();
    await nextTurn();
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(40);
    layOut(list);
    const first = screen.getByRole('button', { name: 'Edit Meeting 0-0' });
    act(() => first.focus());
    fireEvent.focus(first);
    const lastName = `Edit Meeting 0-${PER_DAY - 1}`;
    for (let step = 0; step < PER_DAY * 2 && document.activeElement?.textContent !== lastName; step += 1) {
      tab();
      await nextTurn();
    }
    expect(document.activeElement?.textContent).toBe(lastName);
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe(String(PER_DAY));
    // Still a window: the rows Tab went past were let go.
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(40);
    expect(screen.queryByRole('button', { name: 'Edit Meeting 0-0' })).toBeNull();
  });

  it('shows the activity just quick-logged, scrolled into view at the end of a long day', async () => {
    const list = await showBusyLog();
    await nextTurn();
    const box = layOut(list);
    expect(box.scrollTop).toBe(0);

    const input = screen.getByLabelText('Log an activity');
    fireEvent.change(input, { target: { value: 'Wrap-up notes 20m' } });
    const form = input.closest('form');
    if (!form) throw new Error('The quick entry has no form');
    fireEvent.submit(form);

    // It starts after the day's last meeting, so it is the list's last row: far below the first view.
    const button = await eventually(() => screen.getByRole('button', { name: 'Edit Wrap-up notes' }));
    const row = button.closest('li');
    if (!row) throw new Error('The new activity has no row');
    expect(row.getAttribute('aria-posinset')).toBe(String(PER_DAY + 1));
    // In full view in the box (44 px: the row's estimated height, as happy-dom measures none).
    await eventually(() => {
      const top = rowTop(row);
      expect(top).toBeGreaterThan(0);
      expect(top).toBeGreaterThanOrEqual(box.scrollTop);
      expect(top + 44).toBeLessThanOrEqual(box.scrollTop + box.clientHeight);
    });
    // Scrolled inside its own box, still a window of rows.
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(40);
  });
});
