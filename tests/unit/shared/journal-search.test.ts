import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  EMPTY_SEARCH_INDEX,
  fold,
  matchingIds,
  queryTerms,
  searchJournal,
  syncSearchIndex,
  updateSearchIndex,
  type JournalRecords,
  type SearchIndex,
} from '@shared/domain/journal-search';
import type { JournalKind } from '@shared/domain/journal';
import type { BragEntry, Feedback, Retro } from '@shared/types/entities';
import { runs } from '../support/property';
import { brag, feedback, retro } from '../support/journal-fixtures';

const index = buildSearchIndex({
  retros: [retro({ id: 'r1', project: 'Payments platform', wentWell: 'The RFC aligned three teams early.' })],
  brags: [
    brag({
      id: 'b1',
      date: '2026-01-10',
      title: 'Onboarded two new hires',
      kind: 'glue',
      impact: 'They shipped in week one',
    }),
    brag({
      id: 'b2',
      date: '2026-05-10',
      title: 'Cut p99 latency',
      impact: 'Payments are 30% faster',
      numbers: '-30% p99',
    }),
  ],
  feedback: [
    feedback({
      id: 'f1',
      from: 'Priya',
      question: 'How could the RFC have gone smoother?',
      content: 'Résumé the decision earlier.',
    }),
  ],
});

describe('journal search', () => {
  it('finds words across retros, brag entries and feedback', () => {
    expect(
      searchJournal(index, 'rfc')
        .map((h) => `${h.kind}:${h.id}`)
        .sort(),
    ).toEqual(['feedback:f1', 'retro:r1']);
    expect(searchJournal(index, 'payments').map((h) => h.id)).toEqual(['r1', 'b2']);
  });

  it('needs every word, in any order, any case, without accents', () => {
    expect(searchJournal(index, 'FASTER payments').map((h) => h.id)).toEqual(['b2']);
    expect(searchJournal(index, 'payments onboarded')).toEqual([]);
    expect(searchJournal(index, 'resume')[0]?.id).toBe('f1');
    expect(searchJournal(index, 'résumé')[0]?.id).toBe('f1');
  });

  it('matches word prefixes and numbers', () => {
    expect(searchJournal(index, 'onboard').map((h) => h.id)).toEqual(['b1']);
    expect(searchJournal(index, '30%').map((h) => h.id)).toEqual(['b2']);
  });

  it('ranks title hits first, then newer items', () => {
    // "payments" is in the retro's title but only in the brag entry's impact.
    expect(searchJournal(index, 'payments')[0]).toMatchObject({ kind: 'retro', title: 'Payments platform' });
  });

  it('restricts to kinds and limits the result', () => {
    expect(searchJournal(index, 'rfc', { kinds: ['feedback'] }).map((h) => h.id)).toEqual(['f1']);
    expect(searchJournal(index, 'payments', { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchJournal(index, '')).toEqual([]);
    expect(searchJournal(index, '  ,;  ')).toEqual([]);
    expect(queryTerms('a a  B')).toEqual(['a', 'b']);
  });

  it('finds any entry by any word of its title (property)', () => {
    fc.assert(
      fc.property(
        // Latin-1 letters only: × and ÷ sit inside à-ÿ but are punctuation, so they would not be words.
        fc.array(fc.stringMatching(/^[a-zà-öø-ÿ]{1,12}( [a-zà-öø-ÿ]{1,12}){0,4}$/), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.nat(),
        (titles, pick) => {
          const brags = titles.map((title, i) => brag({ id: `b${i}`, title }));
          const idx = buildSearchIndex({ retros: [], brags, feedback: [] });
          const target = brags[pick % brags.length]!;
          const word = target.title.split(' ')[0]!;
          const hits = searchJournal(idx, word);
          expect(hits.some((h) => h.id === target.id)).toBe(true);
          for (const h of hits) expect(fold(brags.find((b) => b.id === h.id)!.title)).toContain(fold(word));
        },
      ),
    );
  });
});

// ---------- Incremental updates (issue 13) ----------

/** The docs of an index without the records they came from, in key order: what a search can see. */
function visible(index: SearchIndex) {
  return (['retro', 'brag', 'feedback'] as const)
    .flatMap((kind) => [...index.docs[kind].entries()])
    .map(([key, { kind, id, date, title, titleText, text }]) => ({
      key: `${kind}:${key}`,
      kind,
      id,
      date,
      title,
      titleText,
      text,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

const VOCAB = ['alpha', 'beta', 'gamma', 'Résumé', 'delta', 'beta-max', '42'];
const QUERIES = ['', 'alpha', 'bet', 'resume', 'gamma delta', 'max 42', 'feedback', 'untitled', 'zzz'];

/** One step of editing the journal: add or replace a record, delete one, or read everything again. */
const stepArb = fc.record({
  type: fc.constantFrom('put', 'put', 'delete', 'reread'),
  kind: fc.constantFrom<JournalKind>('retro', 'brag', 'feedback'),
  id: fc.integer({ min: 0, max: 5 }),
  words: fc.array(fc.constantFrom(...VOCAB), { maxLength: 4 }),
  day: fc.integer({ min: 1, max: 28 }),
});

function record(kind: JournalKind, id: string, words: string[], day: number): Retro | BragEntry | Feedback {
  const text = words.join(' ');
  const date = `2026-03-${String(day).padStart(2, '0')}`;
  if (kind === 'retro') return retro({ id, project: text, endDate: day % 3 ? date : null, wentWell: text });
  if (kind === 'brag') return brag({ id, title: text || 'Win', date, impact: words.slice(1).join(' ') });
  return feedback({ id, from: words[0] ?? '', content: text, receivedOn: day % 2 ? date : null });
}

describe('the search index, kept up to date incrementally', () => {
  it('gives the same results as a full rebuild after any sequence of adds, updates and deletes (property)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const tables: Record<JournalKind, Map<string, Retro | BragEntry | Feedback>> = {
          retro: new Map(),
          brag: new Map(),
          feedback: new Map(),
        };
        const current = (): JournalRecords => ({
          retros: [...tables.retro.values()] as Retro[],
          brags: [...tables.brag.values()] as BragEntry[],
          feedback: [...tables.feedback.values()] as Feedback[],
        });
        let synced = EMPTY_SEARCH_INDEX;
        let updated = EMPTY_SEARCH_INDEX;
        for (const step of steps) {
          const id = `x${step.id}`;
          const table = tables[step.kind];
          if (step.type === 'put') {
            const next = record(step.kind, id, step.words, step.day);
            table.set(id, next);
            updated = updateSearchIndex(updated, {
              put:
                step.kind === 'retro'
                  ? { retros: [next as Retro] }
                  : step.kind === 'brag'
                    ? { brags: [next as BragEntry] }
                    : { feedback: [next as Feedback] },
            });
          } else if (step.type === 'delete') {
            table.delete(id);
            updated = updateSearchIndex(updated, { remove: [{ kind: step.kind, id }] });
          } else {
            // A fresh read: equal records, but new objects.
            for (const t of Object.values(tables)) for (const [key, r] of t) t.set(key, structuredClone(r));
          }
          const data = current();
          synced = syncSearchIndex(synced, data);
          const rebuilt = buildSearchIndex(data);
          expect(visible(synced)).toEqual(visible(rebuilt));
          expect(visible(updated)).toEqual(visible(rebuilt));
          for (const query of QUERIES) {
            const all = searchJournal(rebuilt, query);
            expect(searchJournal(synced, query)).toEqual(all);
            // Keeping only the best few while scanning gives the head of the full order.
            expect(searchJournal(updated, query, { limit: 3 })).toEqual(all.slice(0, 3));
            for (const kind of ['retro', 'brag', 'feedback'] as const) {
              const ids = all.filter((h) => h.kind === kind).map((h) => h.id);
              expect([...(matchingIds(synced, query, kind) ?? [])].sort()).toEqual(ids.sort());
            }
          }
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('keeps its identity when nothing changed, and folds only what changed', () => {
    const b1 = brag({ id: 'b1', title: 'Cut latency' });
    const b2 = brag({ id: 'b2', title: 'Ran onboarding', kind: 'glue' });
    const data = { retros: [], brags: [b1, b2], feedback: [] };
    const index = buildSearchIndex(data);
    expect(syncSearchIndex(index, data)).toBe(index);
    expect(updateSearchIndex(index, {})).toBe(index);

    // Read again as equal objects: no text is folded again, and the docs now point at the new records.
    const reread = syncSearchIndex(index, { ...data, brags: [{ ...b1 }, { ...b2 }] });
    expect(reread.docs.brag.get('b1')?.text).toBe(index.docs.brag.get('b1')?.text);
    expect(visible(reread)).toEqual(visible(index));

    const edited = { ...b2, title: 'Ran onboarding for ten hires', updatedAt: '2026-02-01T00:00:00.000Z' };
    const next = syncSearchIndex(index, { ...data, brags: [b1, edited] });
    expect(next).not.toBe(index);
    expect(next.docs.brag.get('b1')).toBe(index.docs.brag.get('b1'));
    expect(searchJournal(next, 'hires').map((h) => h.id)).toEqual(['b2']);
    // The old index is untouched: indexes are values.
    expect(searchJournal(index, 'hires')).toEqual([]);
    expect(searchJournal(syncSearchIndex(next, { ...data, brags: [b1] }), 'onboarding')).toEqual([]);
  });

  it('orders hits with the same score, date and id by kind, however the index was built', () => {
    const data = {
      retros: [retro({ id: 'same', project: 'Alpha', endDate: '2026-01-01' })],
      brags: [brag({ id: 'same', title: 'Alpha', date: '2026-01-01' })],
      feedback: [],
    };
    const backwards = updateSearchIndex(
      updateSearchIndex(EMPTY_SEARCH_INDEX, { put: { brags: data.brags } }),
      {
        put: { retros: data.retros },
      },
    );
    expect(searchJournal(backwards, 'alpha')).toEqual(searchJournal(buildSearchIndex(data), 'alpha'));
    expect(searchJournal(backwards, 'alpha').map((h) => h.kind)).toEqual(['brag', 'retro']);
  });
});
