import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  fold,
  highlightRanges,
  putDocs,
  removeDocs,
  TableDocs,
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
import { recordPath } from '@shared/routes';
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
  buyIns: 'Numbat',
  managerAnswers: 'Okapi',
  projects: 'Pangolin',
  people: 'Quokka',
  auditEntries: 'Ibex',
  weeklyReflections: 'Jerboa',
  handovers: 'Margay',
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
    case 'buyIns':
      r.note = `Wants the ${word} item first.`;
      break;
    case 'managerAnswers':
      r.answer = `Own the ${word} roadmap.`;
      break;
    case 'projects':
      r.whyPicked = `Nobody owns the ${word} gateway.`;
      break;
    case 'people':
      r.notes = `Keeps a ${word} on their desk.`;
      break;
    case 'auditEntries':
      r.title = `${word} sync`;
      break;
    case 'weeklyReflections':
      r.intentions = `More ${word}, fewer meetings.`;
      break;
    case 'handovers':
      r.expectations = `Feeds the ${word} without me.`;
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

  it('looks for typos only when the words as typed find nothing', () => {
    const index = createSearchIndex();
    const typo = searchDoc('feedback', { ...planted('feedback'), content: 'The bisin talk.' });
    if (!typo) throw new Error('no doc');
    putDocs(index, [...docsOf(['bragEntries']), typo]);
    // "bison" is in the brag entry as typed: the feedback's "bisin" (one letter off) is not added.
    expect(searchAll(index, 'bison').map((g) => g.kind)).toEqual(['brag']);
    // "bisun" is in nothing as typed: both records are one letter off it.
    expect(searchAll(index, 'bisun').map((g) => g.kind)).toEqual(['brag', 'feedback']);
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
    const base = planted('bragEntries');
    putDocs(
      index,
      Array.from({ length: 12 }, (_, i) => searchDoc('bragEntries', { ...base, id: `b${i}` })).filter(
        (d): d is SearchDoc => d !== null,
      ),
    );
    const [group] = searchAll(index, 'bison', 5);
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
    const handover = planted('handovers');
    const handoverDoc = searchDoc('handovers', handover);
    expect(handoverDoc && targetPath(handoverDoc.target)).toBe(recordPath('handover', handover.id));
    // The manager loop (schema v8): an answer opens the profile, a buy-in the checklist it is about.
    const answer = searchDoc('managerAnswers', planted('managerAnswers'));
    expect(answer && [answer.title, targetPath(answer.target)]).toEqual([
      'Own the Okapi roadmap.',
      '/profile',
    ]);
    const buyIn = searchDoc('buyIns', planted('buyIns'));
    expect(buyIn && [buyIn.title, targetPath(buyIn.target)]).toEqual(['Priya Shah', '/plan/promotion']);
  });

  it('finds a handover by its activity, by who took it on, and by how it went', () => {
    const index = createSearchIndex();
    const handover = {
      ...planted('handovers'),
      activity: 'Quokka rota',
      to: 'Priya',
      expectations: 'Runs the rota; asks me about cross-team dependencies.',
      status: 'done' as const,
      outcome: 'Smoother than mine: she timeboxes the estimates.',
      doneOn: '2026-11-20',
    };
    const doc = searchDoc('handovers', handover);
    if (!doc) throw new Error('no doc');
    putDocs(index, [...docsOf(['auditEntries', 'weeklyReflections']), doc]);
    for (const query of ['quokka ro', 'priya', 'dependencies', 'timeboxes']) {
      const groups = searchAll(index, query);
      expect(
        groups.map((g) => g.kind),
        query,
      ).toEqual(['handover']);
      expect(groups[0]?.label).toBe('Handovers');
    }
    const hit = searchAll(index, 'priya')[0]?.hits[0];
    expect(hit?.title).toBe('Quokka rota → Priya');
    expect(hit?.titleRanges.map(([s, e]) => hit.title.slice(s, e))).toEqual(['Priya']);
    // Dated the day it was done; an open one the day it was handed over.
    expect(hit?.date).toBe('2026-11-20');
    const open = searchDoc('handovers', {
      ...handover,
      status: 'open',
      doneOn: null,
      outcome: '',
      createdAt: '2026-11-02T09:00:00.000Z',
    });
    expect(open?.date).toBe('2026-11-02');
    expect(open?.text).toBe('Runs the rota; asks me about cross-team dependencies.');
  });

  it('follows a handover as it changes: marked done with an outcome, then deleted', () => {
    const docs = new TableDocs('handovers');
    const index = createSearchIndex();
    const take = (changes: ReturnType<TableDocs<'handovers'>['update']>) => {
      removeDocs(index, changes.remove);
      putDocs(index, changes.put);
    };
    const open = { ...planted('handovers'), outcome: '', status: 'open' as const, doneOn: null };
    take(docs.update([[open.id, open]], true));
    expect(searchAll(index, 'margay')).toHaveLength(1);
    expect(searchAll(index, 'ocelot')).toEqual([]);

    const done = { ...open, status: 'done' as const, doneOn: '2026-11-27', outcome: 'The ocelot too.' };
    const changes = docs.update([[done.id, done]]);
    expect(changes.put.map((d) => d.id)).toEqual([`handover:${done.id}`]);
    take(changes);
    expect(searchAll(index, 'ocelot')[0]?.hits[0]?.date).toBe('2026-11-27');

    take(docs.update([[done.id, undefined]]));
    expect(searchAll(index, 'margay')).toEqual([]);
    expect(index.documentCount).toBe(0);
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

describe('one document per set of identical activities (TableDocs)', () => {
  const base = planted('auditEntries');
  const activity = (id: string, date: string, title = 'Ibex sync', note = '') => ({
    ...base,
    id,
    date,
    title,
    note,
  });
  const indexOf = (docs: TableDocs<'auditEntries'>, index = createSearchIndex()) => ({
    index,
    take: (changes: ReturnType<TableDocs<'auditEntries'>['update']>) => {
      removeDocs(index, changes.remove);
      putDocs(index, changes.put);
    },
  });

  it('shows activities with the same words (case and spacing aside) once, as the newest, counting every time they were logged', () => {
    const docs = new TableDocs('auditEntries');
    const { index, take } = indexOf(docs);
    const weekly = Array.from({ length: 12 }, (_, i) =>
      activity(`a${i}`, `2026-0${1 + (i % 9)}-1${i % 10}`, i % 2 ? 'Ibex sync' : 'IBEX  sync'),
    );
    const changes = docs.update(
      weekly.map((a) => [a.id, a] as const),
      true,
    );
    expect(changes.put).toHaveLength(1);
    take(changes);
    const [group] = searchAll(index, 'ibex', 5);
    expect(group?.total).toBe(12);
    expect(group?.hits.map((h) => [h.title, h.date, h.count])).toEqual([['IBEX  sync', '2026-09-18', 12]]);
  });

  it('re-indexes only the documents a change touches, and drops what a whole read no longer has', () => {
    const docs = new TableDocs('auditEntries');
    const { index, take } = indexOf(docs);
    take(
      docs.update(
        [
          activity('a1', '2026-01-05'),
          activity('a2', '2026-01-12'),
          activity('a3', '2026-01-19', 'Okapi review'),
        ].map((a) => [a.id, a] as const),
        true,
      ),
    );
    expect(searchAll(index, 'ibex')[0]?.total).toBe(2);

    // Reading the same records again changes nothing.
    expect(docs.update([['a1', activity('a1', '2026-01-05')]])).toEqual({ put: [], remove: [] });

    // a2 renamed: the shared document now counts one, and a2 has a document of its own.
    const renamed = docs.update([['a2', activity('a2', '2026-01-12', 'Walrus planning')]]);
    expect(renamed.put.map((d) => [d.title, d.count])).toEqual([
      ['Ibex sync', 1],
      ['Walrus planning', 1],
    ]);
    take(renamed);
    expect(searchAll(index, 'ibex')[0]?.total).toBe(1);
    expect(searchAll(index, 'walrus')[0]?.total).toBe(1);

    // a1 deleted: its document goes.
    const deleted = docs.update([['a1', undefined]]);
    expect(deleted).toEqual({ put: [], remove: ['activity:ibex sync\n'] });
    take(deleted);
    expect(searchAll(index, 'ibex')).toEqual([]);

    // A whole read without a3 removes it.
    const whole = docs.update([['a2', activity('a2', '2026-01-12', 'Walrus planning')]], true);
    expect(whole.remove).toEqual(['activity:okapi review\n']);
    expect(docs.size).toBe(1);
  });

  it('property: after any sequence of changes the index holds exactly the documents of the records left', () => {
    const titles = ['Ibex sync', 'ibex sync', 'Okapi review', 'Walrus planning'];
    const step = fc.record({
      id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5'),
      title: fc.option(fc.constantFrom(...titles), { nil: undefined }),
      date: fc.constantFrom('2026-01-05', '2026-02-09', '2026-03-16'),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const docs = new TableDocs('auditEntries');
        const { index, take } = indexOf(docs);
        const live = new Map<string, ReturnType<typeof activity>>();
        for (const { id, title, date } of steps) {
          const record = title === undefined ? undefined : activity(id, date, title);
          if (record) live.set(id, record);
          else live.delete(id);
          take(docs.update([[id, record]]));
        }
        // Expected: one document per folded title, counting its records.
        const expected = new Map<string, number>();
        for (const a of live.values()) expected.set(fold(a.title), (expected.get(fold(a.title)) ?? 0) + 1);
        expect(index.documentCount).toBe(expected.size);
        expect(docs.size).toBe(expected.size);
        for (const [title, count] of expected) {
          const hits = searchAll(index, title, 50).flatMap((g) => g.hits);
          expect(hits.find((h) => fold(h.title) === title)?.count).toBe(count);
        }
      }),
      { numRuns: runs(200) },
    );
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
