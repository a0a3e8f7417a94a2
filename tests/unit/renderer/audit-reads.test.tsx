/**
 * What the audit's screens read at five years of data (issue 13): the log's order from the index, the
 * quick-entry suggestions without sorting every activity, and "All audits" from stored totals only.
 */
import fc from 'fast-check';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryView } from '@renderer/features/audit/components/HistoryView';
import { recentLines } from '@renderer/features/audit/components/QuickEntry';
import { liveQuery } from 'dexie';
import { db } from '@renderer/db/db';
import {
  keepUnchanged,
  orderWithinDays,
  readAuditEntries,
  readLiveEntries,
} from '@renderer/features/audit/hooks/useAuditData';
import { addDays } from '@shared/domain/audit';
import { computeAuditTotals } from '@shared/domain/audit-totals';
import { formatQuickEntry } from '@shared/domain/audit-quick';
import type { Audit, AuditCategory, AuditEntry } from '@shared/types/entities';
import { auditEntry } from '../support/journal-fixtures';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const entry = (over: Partial<AuditEntry>): AuditEntry =>
  auditEntry({
    id: 'e',
    title: 'Standup',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...over,
  });

const entryArb = fc
  .record({
    id: fc.uuid(),
    date: fc.constantFrom('2026-01-05', '2026-01-06', '2026-01-07'),
    startTime: fc.option(fc.constantFrom('08:00', '09:30', '13:00'), { nil: null }),
    title: fc.constantFrom('Standup', 'standup', 'Review', '1:1'),
    createdAt: fc.constantFrom(
      '2026-01-05T09:00:00.000Z',
      '2026-01-06T09:00:00.000Z',
      '2026-01-07T10:00:00.000Z',
    ),
  })
  .map((over) => entry(over));

// The real method, called by the spy below with the index it was called on.
// eslint-disable-next-line @typescript-eslint/unbound-method -- always applied to an index
const IDB_GET_ALL = IDBIndex.prototype.getAll;

async function eventuallyTrue(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((done) => setTimeout(done, 5));
  expect(check()).toBe(true);
}

/** What the screens did before: a full sort with localeCompare. */
const fullSort = (entries: readonly AuditEntry[]) =>
  [...entries].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.startTime ?? '99:99').localeCompare(b.startTime ?? '99:99') ||
      a.createdAt.localeCompare(b.createdAt),
  );

describe('the audit log’s order', () => {
  it('property: index order (date, then id) put in time order within days equals a full sort', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (entries) => {
        // As the [auditId+date] index returns them: by date, then by primary key.
        const indexOrder = [...entries].sort((a, b) =>
          a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
        );
        const frozen = Object.freeze(indexOrder);
        expect(orderWithinDays(frozen)).toEqual(fullSort(indexOrder));
      }),
    );
  });
});

describe('the log’s live read of a week, one day per query', () => {
  const WEEK = Array.from({ length: 7 }, (_, i) => addDays('2026-01-05', i));
  const seed = () =>
    db.auditEntries.bulkAdd([
      ...WEEK.flatMap((date, day) =>
        ['13:00', null, '08:00'].map((startTime, n) =>
          entry({ id: `w${day}-${n}`, auditId: 'a', date, startTime, createdAt: `${date}T0${n}:00:00.000Z` }),
        ),
      ),
      entry({ id: 'before', auditId: 'a', date: '2026-01-04' }),
      entry({ id: 'after', auditId: 'a', date: '2026-01-12' }),
      entry({ id: 'other-audit', auditId: 'b', date: '2026-01-06' }),
    ]);

  it('gives what one read of the range gives, for a week and for a longer range', async () => {
    await seed();
    const week = await readLiveEntries('a', '2026-01-05', '2026-01-11');
    expect(week).toEqual(await readAuditEntries('a', '2026-01-05', '2026-01-11'));
    expect(week.map((e) => e.id).slice(0, 3)).toEqual(['w0-2', 'w0-0', 'w0-1']);
    expect(week).toHaveLength(21);
    expect(await readLiveEntries('a', '2026-01-01', '2026-01-31')).toEqual(
      await readAuditEntries('a', '2026-01-01', '2026-01-31'),
    );
    expect(await readLiveEntries('a')).toHaveLength(23);
  });

  it('re-reads only the day a write touched (the others come from the query cache)', async () => {
    await seed();
    const reads: string[] = [];
    // Every read of the index, by the first day of its range (Dexie passes the range, or an options
    // object holding it as `query`).
    vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (
      this: IDBIndex,
      ...args: Parameters<IDBIndex['getAll']>
    ) {
      const first: unknown = args[0];
      const range = first instanceof IDBKeyRange ? first : (first as { query?: unknown } | null)?.query;
      if (this.name === '[auditId+date]' && range instanceof IDBKeyRange)
        reads.push(String((range.lower as string[])[1]));
      return IDB_GET_ALL.apply(this, args);
    });
    const answers: number[] = [];
    const subscription = liveQuery(() => readLiveEntries('a', '2026-01-05', '2026-01-11')).subscribe(
      (entries) => answers.push(entries.length),
    );
    try {
      await eventuallyTrue(() => answers.length >= 1);
      expect(reads.sort()).toEqual(WEEK);
      reads.length = 0;
      await db.transaction('rw', db.auditEntries, () =>
        db.auditEntries.add(entry({ id: 'new', auditId: 'a', date: '2026-01-07' })),
      );
      await eventuallyTrue(() => answers.at(-1) === 22 && reads.length > 0);
      expect(reads).toEqual(['2026-01-07']);
    } finally {
      subscription.unsubscribe();
    }
  });
});

describe('a live answer that did not change (quick-log: one render per logged line, not two)', () => {
  const a = entry({ id: 'a' });
  const b = entry({ id: 'b', title: 'Review' });
  const copy = (e: AuditEntry) => Object.freeze({ ...e });

  it('gives back the previous array when every record is equal, field by field', () => {
    const previous = [a, b];
    expect(keepUnchanged(previous, [copy(a), copy(b)])).toBe(previous);
  });

  it('keeps the unchanged records’ objects and takes the changed, added and removed ones', () => {
    const rated = copy({ ...b, energy: 2 });
    const changed = keepUnchanged([a, b], [copy(a), rated]);
    expect(changed[0]).toBe(a);
    expect(changed[1]).toBe(rated);

    const c = entry({ id: 'c' });
    const added = keepUnchanged([a, b], [copy(a), copy(b), c]);
    expect(added).toEqual([a, b, c]);
    expect(added[0]).toBe(a);
    expect(added[1]).toBe(b);

    const previous = [a, b];
    expect(keepUnchanged(previous, [copy(b)])).not.toBe(previous);
    expect(keepUnchanged(previous, [copy(b), copy(a)])).toEqual([b, a]);
  });

  it('first answer and an empty one are taken as they are', () => {
    const next = [a];
    expect(keepUnchanged(undefined, next)).toBe(next);
    expect(keepUnchanged([], next)).toBe(next);
    expect(keepUnchanged([a], [])).toEqual([]);
  });

  it('property: the answer always equals the new read, and is the previous array exactly when nothing changed', () => {
    const listArb = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd'),
        energy: fc.option(fc.constantFrom(-1, 0, 1), { nil: null }),
        title: fc.constantFrom('Standup', 'Review'),
      }),
      { selector: (r) => r.id, maxLength: 4 },
    );
    fc.assert(
      fc.property(listArb, listArb, (before, after) => {
        const previous = before.map((over) => entry(over));
        const next = after.map((over) => entry(over));
        const kept = keepUnchanged(previous, next);
        expect(kept).toEqual(next);
        const unchanged =
          previous.length > 0 &&
          previous.length === next.length &&
          previous.every((p, i) => JSON.stringify(p) === JSON.stringify(next[i]));
        expect(kept === previous).toBe(unchanged);
      }),
    );
  });
});

describe('quick-entry suggestions', () => {
  /** What QuickEntry did before: sort every activity, newest first, and take distinct titles. */
  const reference = (entries: readonly AuditEntry[]) => {
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const e of [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
      const key = e.title.toLocaleLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(
        formatQuickEntry(
          {
            title: e.title,
            day: null,
            minutes: e.minutes,
            startTime: null,
            categoryId: e.categoryId,
            energy: null,
            mostImportant: null,
            delegable: null,
          },
          [],
        ),
      );
      if (lines.length >= 12) break;
    }
    return lines;
  };

  it('property: the same lines as sorting every activity, from a frozen list', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (entries) => {
        expect(recentLines(Object.freeze([...entries]), [])).toEqual(reference(entries));
      }),
    );
  });
});

describe('All audits', () => {
  const audit = (id: string, startDate: string): Audit => ({
    id,
    startDate,
    weeks: 4,
    status: 'finished',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const CATEGORIES: AuditCategory[] = [
    { id: 's', name: 'Design', lean: 'staff', color: '#111111', order: 0, archived: false },
  ];

  it('shows each audit’s stored totals, and "counting…" (never 0 h) while they are computed', () => {
    const done = audit('done', '2026-01-05');
    const counting = audit('counting', '2026-03-02');
    const totals = new Map([
      ['done', computeAuditTotals(done, [{ date: '2026-01-05', minutes: 90, categoryId: 's', energy: 1 }])],
    ]);
    render(
      <HistoryView
        audits={[done, counting]}
        totals={totals}
        categories={CATEGORIES}
        viewingId="done"
        onView={() => undefined}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('1.5');
    expect(rows[1]?.textContent).toContain('counting…');
    expect(rows[1]?.textContent).not.toMatch(/\b0 h|\(0 h\)/);
  });
});
