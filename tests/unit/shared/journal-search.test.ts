import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, queryTerms, searchJournal } from '@shared/domain/journal-search';
import { brag, feedback, retro } from './journal-fixtures';

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
