/**
 * The audit's Log tab reads only the week it shows (issue 13): a running audit holds over a thousand
 * activities, and every write re-reads what the log reads. Runs on the app's own `db` (on
 * fake-indexeddb), emptied after each test.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { LogView, type LogActions } from '@renderer/features/audit/components/LogView';
import { offersEnoughLines } from '@renderer/features/audit/components/QuickEntry';
import type { Audit, AuditEntry } from '@shared/types/entities';
import { eventually } from '../support/eventually';
import { auditEntry } from '../support/journal-fixtures';

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const AUDIT: Audit = {
  id: 'running',
  startDate: '2026-01-05',
  weeks: 4,
  status: 'active',
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
};

let count = 0;
const entry = (date: string, title: string, energy: number | null): AuditEntry => {
  count += 1;
  return auditEntry({
    id: `e${count}`,
    auditId: AUDIT.id,
    date,
    title,
    energy,
    createdAt: `${date}T09:${String(count % 60).padStart(2, '0')}:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
  });
};

const NO_ACTIONS: LogActions = {
  add: async () => null,
  update: async () => true,
  remove: async () => undefined,
  rate: async () => undefined,
  importCalendar: () => undefined,
};

function showLog(today: string) {
  return render(
    <LogView
      audit={AUDIT}
      categories={[]}
      reflections={[]}
      today={today}
      readOnly={false}
      actions={NO_ACTIONS}
      rules={[]}
    />,
  );
}

const suggestions = (container: HTMLElement) =>
  [...container.querySelectorAll('datalist option')].map((option) => option.getAttribute('value'));

describe('the Log tab’s reads', () => {
  it('rates only the shown week’s activities, and takes suggestions from the week before while this one is new', async () => {
    await db.audits.add(AUDIT);
    await db.auditEntries.bulkAdd([
      // Week 1: fourteen distinct titles, one left unrated.
      ...Array.from({ length: 14 }, (_, i) => entry('2026-01-06', `Week one task ${i}`, i === 0 ? null : 1)),
      // Week 2 (Monday 12 January): one activity so far, unrated.
      entry('2026-01-12', 'Monday planning', null),
    ]);
    const { container } = showLog('2026-01-12');

    const grid = await screen.findByRole('heading', { name: 'Rate your energy in week 2 (1 waiting)' });
    const card = grid.closest('section') as HTMLElement;
    expect(within(card).getByRole('rowheader', { name: 'Monday planning' })).toBeTruthy();
    expect(within(card).queryByRole('rowheader', { name: 'Week one task 0' })).toBeNull();

    // This week offers one line: last week's fill the suggestions, newest first.
    await eventually(() => {
      const lines = suggestions(container);
      expect(lines[0]).toMatch(/^Monday planning/);
      expect(lines.length).toBe(12);
      expect(lines.slice(1).every((line) => line?.startsWith('Week one task'))).toBe(true);
    });
  });

  it('lists ten activities to rate at a time, and says the rest follow', async () => {
    await db.audits.add(AUDIT);
    await db.auditEntries.bulkAdd(
      Array.from({ length: 13 }, (_, i) => entry('2026-01-07', `Unrated task ${i}`, null)),
    );
    showLog('2026-01-07');

    const grid = await screen.findByRole('heading', { name: 'Rate your energy in week 1 (13 waiting)' });
    const card = grid.closest('section') as HTMLElement;
    expect(within(card).getAllByRole('rowheader')).toHaveLength(10);
    expect(within(card).getAllByRole('radiogroup')).toHaveLength(10);
    expect(within(card).getByText('The next ones appear as you rate these.')).toBeTruthy();
  });

  it('reads nothing before the shown week once it offers enough lines of its own', async () => {
    await db.audits.add(AUDIT);
    await db.auditEntries.bulkAdd([
      entry('2026-01-06', 'Only in week one', 1),
      ...Array.from({ length: 12 }, (_, i) => entry('2026-01-13', `Week two task ${i}`, 0)),
    ]);
    const { container } = showLog('2026-01-13');
    await screen.findByRole('list', { name: /Activities on Tue 13 Jan/ });
    await eventually(() => expect(suggestions(container)).toHaveLength(12));
    expect(suggestions(container).some((line) => line?.startsWith('Only in week one'))).toBe(false);
    // Everything is rated: no grid.
    expect(screen.queryByRole('heading', { name: /Rate your energy/ })).toBeNull();
  });

  it('shows the day’s activities once read, and a line while they load', async () => {
    await db.audits.add(AUDIT);
    await db.auditEntries.add(entry('2026-01-07', 'Design review', 2));
    showLog('2026-01-07');
    expect(screen.getByText('Loading activities…')).toBeTruthy();
    const list = await screen.findByRole('list', { name: /Activities on Wed 7 Jan/ });
    expect(within(list).getAllByText('Design review').length).toBeGreaterThan(0);
  });

  it('marks the two audit questions answered “yes” in the day list, with words for screen readers', async () => {
    await db.audits.add(AUDIT);
    await db.auditEntries.bulkAdd([
      { ...entry('2026-01-07', 'Roadmap draft', 1), mostImportant: true },
      { ...entry('2026-01-07', 'Status report', -1), delegable: true, mostImportant: false },
      entry('2026-01-07', 'Email', 0),
    ]);
    showLog('2026-01-07');
    const list = await screen.findByRole('list', { name: /Activities on Wed 7 Jan/ });
    const row = (title: string): HTMLElement => {
      const found = within(list).getAllByText(title)[0]?.closest('li');
      if (!found) throw new Error(`No row for ${title}`);
      return found;
    };
    expect(row('Roadmap draft').textContent).toContain('!, most important');
    expect(row('Status report').textContent).toContain('~, someone else could do it');
    expect(row('Status report').textContent).not.toContain('most important');
    expect(row('Email').querySelector('.audit-flag')).toBeNull();
  });
});

describe('offersEnoughLines', () => {
  it('counts titles case-insensitively and stops at twelve', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => entry('2026-01-05', `Task ${i}`, null));
    expect(offersEnoughLines(twelve)).toBe(true);
    expect(offersEnoughLines(twelve.slice(1))).toBe(false);
    expect(
      offersEnoughLines([
        ...twelve.slice(1),
        entry('2026-01-05', 'TASK 1', null),
        entry('2026-01-05', 'task 2', null),
      ]),
    ).toBe(false);
    expect(offersEnoughLines([])).toBe(false);
  });
});
