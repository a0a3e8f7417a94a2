/**
 * The search service's upkeep (issue 16): after the first build it reads again only the records a write
 * touched (Dexie's storagemutated keys), and the whole table only after a range write such as a clear.
 */
import { RangeSet } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db, LedgerDb } from '@renderer/db/db';
import { createSearchService, touchedKeys } from '@renderer/features/search/worker/service';
import type { SearchResponse } from '@renderer/features/search/worker/protocol';
import { SEARCH_TABLES } from '@shared/domain/search';
import type { Handover } from '@shared/types/entities';
import { eventually } from '../support/eventually';
import { auditEntry, profile } from '../support/journal-fixtures';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('touchedKeys', () => {
  it('lists the single keys a write touched, and gives up on ranges', () => {
    expect(touchedKeys(new RangeSet().addKeys(['b', 'a', 'c']))).toEqual(
      expect.arrayContaining(['a', 'b', 'c']),
    );
    expect(touchedKeys(new RangeSet().addKeys(['b', 'a', 'c']))).toHaveLength(3);
    expect(touchedKeys(new RangeSet())).toEqual([]);
    expect(touchedKeys(new RangeSet('a', 'z'))).toBeNull();
    expect(touchedKeys(new RangeSet().addKey('a').add(new RangeSet(-Infinity, 'z')))).toBeNull();
  });
});

describe('search service', () => {
  it('re-reads only the touched records after a write, and the whole table after a clear', async () => {
    await db.auditEntries.bulkAdd([
      auditEntry({ id: 'e1', title: 'Ibex sync', date: '2026-01-05' }),
      auditEntry({ id: 'e2', title: 'Ibex sync', date: '2026-01-12' }),
    ]);
    let opened: LedgerDb | null = null;
    const responses: SearchResponse[] = [];
    const service = createSearchService(
      (response) => responses.push(response),
      (name) => (opened = new LedgerDb(name)),
    );
    service.receive({ type: 'start', dbName: db.name });
    if (!opened) throw new Error('the service opened no database');
    const entries = (opened as LedgerDb).table('auditEntries');
    const wholeReads = vi.spyOn(entries, 'toArray');
    const keyReads = vi.spyOn(entries, 'bulkGet');
    let asked = 0;
    const ask = (query: string) => {
      const id = ++asked;
      service.receive({ type: 'query', id, query, perKind: 5 });
      const answer = responses.find((r) => r.type === 'results' && r.id === id);
      if (answer?.type !== 'results') throw new Error('no answer');
      return answer;
    };

    try {
      await eventually(() =>
        expect(responses.filter((r) => r.type === 'changed' && r.ready)).toHaveLength(1),
      );
      expect(ask('ibex').groups[0]?.total).toBe(2);
      expect(wholeReads).toHaveBeenCalledTimes(1);

      await db.auditEntries.put(auditEntry({ id: 'e3', title: 'Okapi census', date: '2026-01-19' }));
      await eventually(() => expect(ask('okapi').groups[0]?.hits[0]?.title).toBe('Okapi census'));
      expect(keyReads).toHaveBeenCalledTimes(1);
      expect(keyReads).toHaveBeenCalledWith(['e3']);

      await db.auditEntries.update('e1', { title: 'Walrus planning' });
      await eventually(() => expect(ask('walrus').groups).toHaveLength(1));
      expect(ask('ibex').groups[0]?.total).toBe(1);
      expect(wholeReads).toHaveBeenCalledTimes(1);

      // A write to a table the search does not read is not read at all.
      const before = keyReads.mock.calls.length;
      await db.profile.put(profile());
      await db.auditEntries.clear();
      await eventually(() => expect(ask('okapi').groups).toEqual([]));
      expect(wholeReads).toHaveBeenCalledTimes(2);
      expect(keyReads.mock.calls.length).toBe(before);
      expect(SEARCH_TABLES).not.toContain('profile');
    } finally {
      service.close();
    }
  });

  it('indexes handovers, and follows one as it is marked done', async () => {
    const handover: Handover = {
      id: 'h1',
      auditId: null,
      activity: 'Okapi rota',
      categoryId: null,
      to: 'Priya',
      expectations: 'Runs the rota without me.',
      followUpOn: '2026-01-19',
      status: 'open',
      outcome: '',
      doneOn: null,
      estimate: null,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
    };
    await db.handovers.put(handover);
    const responses: SearchResponse[] = [];
    const service = createSearchService((response) => responses.push(response));
    service.receive({ type: 'start', dbName: db.name });
    let asked = 0;
    const ask = (query: string) => {
      const id = ++asked;
      service.receive({ type: 'query', id, query, perKind: 5 });
      const answer = responses.find((r) => r.type === 'results' && r.id === id);
      if (answer?.type !== 'results') throw new Error('no answer');
      return answer.groups;
    };
    try {
      await eventually(() =>
        expect(ask('priya').map((g) => [g.kind, g.hits[0]?.recordId])).toEqual([['handover', 'h1']]),
      );
      await db.handovers.update('h1', { status: 'done', doneOn: '2026-01-20', outcome: 'Walrus-smooth.' });
      await eventually(() => expect(ask('walrus')[0]?.hits[0]?.date).toBe('2026-01-20'));
      await db.handovers.delete('h1');
      await eventually(() => expect(ask('okapi')).toEqual([]));
    } finally {
      service.close();
    }
  });
});
