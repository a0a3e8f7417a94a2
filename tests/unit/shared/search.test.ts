import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  fold,
  highlightRanges,
  putDocs,
  removeDocs,
  searchAll,
  searchDoc,
  snippetOf,
  SEARCH_SOURCES,
  SEARCH_TABLES,
  targetPath,
  type SearchDoc,
  type SearchRecords,
  type SearchTable,
} from '@shared/domain/search';
import { DEFAULT_END, DEFAULT_SEED, generateDataset } from '@scripts/dataset';
import { runs } from '../support/property';

/** One record of each searched table from the benchmark's generator, each given a word of its own. */
const data = generateDataset({ years: 0.05, seed: DEFAULT_SEED, end: DEFAULT_END });

const WORDS: Record<SearchTable, string> = {
  retros: 'Aardvark',
  bragEntries: 'Bison',
  feedback: 'Capybara',
  competencies: 'Dugong',
  skillSnapshots: 'Echidna',
  evidence: 'Fennec',
  actions: 'Gharial',
  promotionItems: 'Hoatzin',
  auditEntries: 'Ibex',
  weeklyReflections: 'Jerboa',
  decisions: 'Kinkajou',
  trials: 'Liger',
};

function planted<T extends SearchTable>(table: T): SearchRecords[T] {
  const first = (data[table] as SearchRecords[T][])[0];
  if (!first) throw new Error(`The generator made no ${table}`);
  const word = WORDS[table];
  const r = { ...first } as Record<string, unknown>;
  switch (table) {
    case 'retros':
      r.wentWell = `We fed the ${word} on time.`;
      break;
    case 'bragEntries':
      r.impact = `Saved the ${word} herd.`;
      break;
    case 'feedback':
      r.content = `Your ${word} talk was clear.`;
      break;
    case 'competencies':
      r.description = `Knows the ${word}.`;
      break;
    case 'skillSnapshots':
    case 'evidence':
      r.note = `Spotted a ${word} today.`;
      break;
    case 'actions':
    case 'promotionItems':
      r.title = `Write up the ${word}`;
      break;
    case 'auditEntries':
      r.title = `${word} sync`;
      break;
    case 'weeklyReflections':
      r.intentions = `More ${word}, fewer meetings.`;
      break;
    case 'decisions':
      r.statement = `I want to lead the ${word} team.`;
      break;
    case 'trials':
      r.signalAnswer = `The ${word} felt right.`;
      break;
  }
  return r as SearchRecords[T];
}

function docsOf(tables: readonly SearchTable[]): SearchDoc[] {
  return tables.flatMap((table) => {
    const doc = searchDoc(table, planted(table));
    return doc ? [doc] : [];
  });
}

describe('search index', () => {
  it('finds a word in each kind of record, in its own group', () => {
    const index = createSearchIndex();
    putDocs(index, docsOf(SEARCH_TABLES));
    for (const source of SEARCH_SOURCES) {
      const groups = searchAll(index, WORDS[source.table].toLowerCase());
      expect(
        groups.map((g) => g.kind),
        source.table,
      ).toEqual([source.kind]);
      expect(groups[0]?.label).toBe(source.label);
      expect(groups[0]?.hits).toHaveLength(1);
    }
  });

  it('matches prefixes, accents and one typo, and needs every word', () => {
    const index = createSearchIndex();
    putDocs(index, docsOf(['retros', 'bragEntries']));
    expect(searchAll(index, 'aardv').map((g) => g.kind)).toEqual(['retro']);
    expect(searchAll(index, 'AÄRDVARK').map((g) => g.kind)).toEqual(['retro']);
    expect(searchAll(index, 'aardvrak').map((g) => g.kind)).toEqual(['retro']);
    expect(searchAll(index, 'aardvark bison')).toEqual([]);
    expect(searchAll(index, '  ')).toEqual([]);
    expect(searchAll(index, '?!')).toEqual([]);
  });

  it('marks the matched words in the title and in a snippet of the text', () => {
    const index = createSearchIndex();
    const doc = searchDoc('bragEntries', {
      ...planted('bragEntries'),
      title: 'Latency work',
      impact: 'Cut the checkout latency by a third; latency alerts stopped.',
    });
    if (!doc) throw new Error('no doc');
    putDocs(index, [doc]);
    const hit = searchAll(index, 'laten')[0]?.hits[0];
    if (!hit) throw new Error('no hit');
    expect(hit.titleRanges.map(([s, e]) => hit.title.slice(s, e))).toEqual(['Latency']);
    expect(hit.snippetRanges.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['latency', 'latency']);
  });

  it('follows changes: a changed record loses its old words, a removed one is gone', () => {
    const index = createSearchIndex();
    const brag = planted('bragEntries');
    putDocs(index, docsOf(['bragEntries', 'auditEntries']));
    expect(searchAll(index, 'bison')).toHaveLength(1);

    const changed = searchDoc('bragEntries', { ...brag, impact: 'Now about the walrus.' });
    if (!changed) throw new Error('no doc');
    putDocs(index, [changed]);
    expect(searchAll(index, 'bison')).toEqual([]);
    expect(searchAll(index, 'walrus')[0]?.hits[0]?.recordId).toBe(brag.id);
    expect(index.documentCount).toBe(2);

    removeDocs(index, [changed.id, 'brag:not-indexed']);
    expect(searchAll(index, 'walrus')).toEqual([]);
    expect(searchAll(index, 'ibex')).toHaveLength(1);
  });

  it('keeps the best few per kind and counts the rest', () => {
    const index = createSearchIndex();
    const base = planted('auditEntries');
    putDocs(
      index,
      Array.from({ length: 12 }, (_, i) => searchDoc('auditEntries', { ...base, id: `a${i}` })).filter(
        (d): d is SearchDoc => d !== null,
      ),
    );
    const [group] = searchAll(index, 'ibex', 5);
    expect(group?.hits).toHaveLength(5);
    expect(group?.total).toBe(12);
  });

  it('opens each record on its own screen where it has one', () => {
    const retro = searchDoc('retros', planted('retros'));
    const evidence = searchDoc('evidence', planted('evidence'));
    const activity = searchDoc('auditEntries', planted('auditEntries'));
    expect(retro && targetPath(retro.target)).toBe(`/retros/${planted('retros').id}`);
    expect(evidence && targetPath(evidence.target)).toBe(
      `/plan/competency/${planted('evidence').competencyId}`,
    );
    expect(activity && targetPath(activity.target)).toBe('/audit');
  });

  it("titles a note with its first line and does not repeat it in the note's text", () => {
    const doc = searchDoc('evidence', {
      ...planted('evidence'),
      note: 'Led the RFC.\nThree teams signed off.',
    });
    expect(doc?.title).toBe('Led the RFC.');
    expect(doc?.text).toBe('Three teams signed off.');
    const single = searchDoc('evidence', { ...planted('evidence'), note: 'Led the RFC.' });
    expect(single?.text).toBe('');
  });

  it('skips records with nothing to find', () => {
    expect(searchDoc('skillSnapshots', { ...planted('skillSnapshots'), note: '  ' })).toBeNull();
    expect(searchDoc('evidence', { ...planted('evidence'), note: '' })).toBeNull();
  });
});

describe('highlighting', () => {
  it('marks whole words whose folded form is a matched term', () => {
    const text = 'Résumé review: the resume, résumés.';
    const ranges = highlightRanges(text, new Set(['resume']));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Résumé', 'resume']);
  });

  it('property: every range lies inside the text and covers a matched word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ minLength: 1, maxLength: 6 }), (text, word) => {
        const terms = new Set([fold(word)]);
        for (const [s, e] of highlightRanges(text, terms)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(terms.has(fold(text.slice(s, e)))).toBe(true);
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('a snippet keeps the marked words, shifted to the snippet', () => {
    const text = `${'filler '.repeat(40)}the zebra crossed\n\nand another zebra`;
    const snippet = snippetOf(text, highlightRanges(text, new Set(['zebra'])));
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.ranges.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['zebra', 'zebra']);
  });
});
