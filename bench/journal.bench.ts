/**
 * Journal search and Markdown export at sizes a long-time user reaches (issue 6), and issue 13's ratios
 * at five years of data (300 retros, 5,000 brag entries, 1,000 feedback items): keeping the search index
 * (the app's one search, shared/domain/search.ts; the library comparison is bench/search.bench.ts) up to
 * date vs rebuilding it, a search vs a plain loop over the same text, memoized date formatting vs
 * date-fns. Printed, never asserted: wall-clock time depends on the machine.
 */
import { format, parseISO } from 'date-fns';
import {
  createSearchIndex,
  putDocs,
  searchAll,
  searchDoc,
  type SearchDoc,
  type SearchIndex,
} from '@shared/domain/search';
import { formatDay } from '@renderer/ui/format';
import { bragDocumentMarkdown } from '@shared/domain/markdown';
import type { BragEntry, Feedback, Retro, Tagged } from '@shared/types/entities';
import { measure, printTable, type BenchResult } from './harness';

const STAMP = '2026-01-01T09:00:00.000Z';
const WORDS = [
  'migration',
  'latency',
  'onboarding',
  'review',
  'incident',
  'roadmap',
  'hiring',
  'rollout',
  'api',
  'docs',
];

function day(i: number): string {
  return `${2016 + (i % 10)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
}

function words(i: number, n: number): string {
  return Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
}

function retroRecord(i: number): Tagged<Retro> {
  return {
    id: `r${i}`,
    project: `Project ${i} ${words(i, 2)}`,
    startDate: day(i),
    endDate: day(i + 1),
    role: 'Tech lead',
    wentWell: `We kept the ${words(i, 30)} moving. `.repeat(3),
    didNotGoWell: `The ${words(i + 1, 25)} slipped.`,
    prevention: `Plan the ${words(i + 2, 20)} upfront.`,
    change: `Next time: ${words(i + 3, 20)}.`,
    overEngineered: 'unsure',
    overEngineeredNote: words(i, 15),
    competencyIds: [`c${i % 12}`],
    status: 'done',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function feedbackRecord(i: number): Tagged<Feedback> {
  return {
    id: `f${i}`,
    from: `Person ${i % 40}`,
    askedOn: day(i),
    question: `How did the ${words(i, 8)} go?`,
    receivedOn: i % 3 ? day(i + 2) : null,
    content: i % 3 ? `Good ${words(i, 40)}.` : '',
    sentiment: i % 3 ? 'growth' : null,
    followUp: words(i, 10),
    competencyIds: [`c${i % 12}`],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** `total` entries split roughly 1 retro : 3 brag entries : 1 feedback, with paragraphs of text each. */
export function journalData(total: number) {
  const retros: Tagged<Retro>[] = [];
  const brags: Tagged<BragEntry>[] = [];
  const feedback: Tagged<Feedback>[] = [];
  for (let i = 0; i < total; i += 1) {
    const kind = i % 5;
    if (kind === 0) retros.push(retroRecord(i));
    else if (kind === 4) feedback.push(feedbackRecord(i));
    else brags.push(bragEntry(i));
  }
  return { retros, brags, feedback };
}

/** Issue 13's five-year journal: 300 retros, 5,000 brag entries, 1,000 feedback items. */
export function fiveYearJournal() {
  return {
    retros: Array.from({ length: 300 }, (_, i) => retroRecord(i)),
    brags: Array.from({ length: 5_000 }, (_, i) => bragEntry(i)),
    feedback: Array.from({ length: 1_000 }, (_, i) => feedbackRecord(i)),
  };
}

function bragEntry(i: number): Tagged<BragEntry> {
  return {
    id: `b${i}`,
    date: day(i),
    title: `Win ${i}: ${words(i, 4)}`,
    impact: `Cut the ${words(i, 30)} for every team.\n- second line with a | pipe and <html> and # hash`,
    numbers: `-${i % 50}% p99 | +${i % 9} NPS`,
    link: `https://example.com/pr/${i}`,
    kind: i % 6 === 0 ? 'glue' : 'delivery',
    competencyIds: [`c${i % 12}`, `c${(i + 5) % 12}`],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** The journal's search documents, as the search worker makes them. */
function journalDocs(data: {
  retros: Tagged<Retro>[];
  brags: Tagged<BragEntry>[];
  feedback: Tagged<Feedback>[];
}): SearchDoc[] {
  return [
    ...data.retros.flatMap((r) => searchDoc('retros', r) ?? []),
    ...data.brags.flatMap((b) => searchDoc('bragEntries', b) ?? []),
    ...data.feedback.flatMap((f) => searchDoc('feedback', f) ?? []),
  ];
}

function indexOf(docs: readonly SearchDoc[]): SearchIndex {
  const index = createSearchIndex();
  putDocs(index, docs);
  return index;
}

export async function runJournalBench() {
  const data = journalData(5_000);
  const docs = journalDocs(data);
  const index = indexOf(docs);
  let chars = 0;
  for (const d of docs) chars += d.text.length + d.title.length;
  printTable(
    `Journal search over 5,000 entries (${data.retros.length} retros, ${data.brags.length} brag, ${data.feedback.length} feedback; ${(chars / 1024 / 1024).toFixed(1)} MB of text)`,
    [
      await measure('build the index (once, in the search worker; then only changes)', () => indexOf(docs)),
      await measure('search one common word', () => searchAll(index, 'migration')),
      await measure('search three words', () => searchAll(index, 'latency review rollout')),
      await measure('search a word that matches nothing', () => searchAll(index, 'kubernetes')),
      await measure('search while typing (one letter)', () => searchAll(index, 'm')),
    ],
  );

  await printFiveYearRatios();

  const brags = Array.from({ length: 1_000 }, (_, i) => bragEntry(i));
  const names = new Map(Array.from({ length: 12 }, (_, i) => [`c${i}`, `Competency ${i}`]));
  const md = bragDocumentMarkdown({
    entries: brags,
    from: null,
    to: null,
    competencyNames: names,
    exportedOn: '2026-11-28',
  });
  printTable(`Brag document Markdown of 1,000 entries (${(md.length / 1024).toFixed(0)} KB)`, [
    await measure('generate (escape every field, group by quarter)', () =>
      bragDocumentMarkdown({
        entries: brags,
        from: null,
        to: null,
        competencyNames: names,
        exportedOn: '2026-11-28',
      }),
    ),
  ]);
}

let sink = 0;

/** `fn` run `times` times per sample: single runs of a few microseconds are below the timer's grain. */
const repeated = (times: number, fn: () => unknown) => () => {
  for (let i = 0; i < times; i += 1) sink += fn() === undefined ? 0 : 1;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Measures `subject` against `floor` in 5 interleaved rounds (both see the same machine load), prints
 * both and the ratio of their medians.
 */
async function ratio(
  title: string,
  subject: [string, () => unknown],
  floor: [string, () => unknown],
  note: string,
) {
  const rounds: { subject: number[]; floor: number[] } = { subject: [], floor: [] };
  let last: BenchResult[] = [];
  for (let round = 0; round < 5; round += 1) {
    const f = await measure(floor[0], floor[1], 300);
    const s = await measure(subject[0], subject[1], 300);
    rounds.floor.push(f.medianMs);
    rounds.subject.push(s.medianMs);
    last = [s, f];
  }
  printTable(title, last);
  console.log(
    `  ratio (median of 5 interleaved rounds): ${(median(rounds.subject) / median(rounds.floor)).toFixed(2)}× ${note}`,
  );
}

/** Issue 13: the journal's search and dates at five years of data, as ratios. */
export async function printFiveYearRatios() {
  const data = fiveYearJournal();
  const docs = journalDocs(data);
  const index = indexOf(docs);
  const label = '5 years (300 retros, 5,000 brag entries, 1,000 feedback)';

  // One brag entry edited: the worker re-indexes that one document.
  let version = 0;
  const edit = () => {
    version += 1;
    const doc = searchDoc('bragEntries', { ...data.brags[42]!, title: `Edited ${version}` });
    if (doc) putDocs(index, [doc]);
  };
  await ratio(
    `Search index after one edit vs a full rebuild — ${label}`,
    ['re-index the one changed record', edit],
    ['build the index from scratch', () => indexOf(docs)],
    '(lower is better; the issue: "rebuilds the search index on any change")',
  );

  // The first build runs in slices in the worker: the longest slice is how long a query can wait.
  const slice = docs.slice(0, 2_000);
  await ratio(
    `First build, one slice of 2,000 documents vs the whole build — ${label}`,
    ['index one slice of 2,000 documents', () => indexOf(slice)],
    ['build the index from scratch', () => indexOf(docs)],
    '(the longest task of the first build, as a share of a build in one go)',
  );

  // A search vs the plainest scan of the same lower-cased text for the same word.
  const texts = docs.map((d) => `${d.title}\n${d.text}`.toLowerCase());
  const plainLoop = (word: string) => () => {
    let found = 0;
    for (const text of texts) if (text.includes(word)) found += 1;
    return found;
  };
  for (const [query, word] of [
    ['migration', 'migration'],
    ['latency review rollout', 'latency'],
    ['kubernetes', 'kubernetes'],
    ['m', 'm'],
  ] as const) {
    await ratio(
      `Search "${query}", grouped and marked, vs a plain loop over the same text — ${label}`,
      ['searchAll (best 5 per kind, marked)', () => searchAll(index, query)],
      [`plain loop: text.includes("${word}")`, plainLoop(word)],
      '(budget: results within one frame, in the worker)',
    );
  }

  // Formatting the dates of 5,000 entries, as a list render used to on every keystroke.
  const dates = data.brags.map((b) => b.date);
  await ratio(
    `formatDay for 5,000 entries vs date-fns format — ${label}`,
    ['formatDay ×5,000 (memoized)', repeated(1, () => dates.map((d) => formatDay(d)))],
    [
      'format(parseISO(d), "d MMM yyyy") ×5,000',
      repeated(1, () => dates.map((d) => format(parseISO(d), 'd MMM yyyy'))),
    ],
    '(lower is better)',
  );
  if (sink < 0) console.log(sink);
}

// Run directly: `npx tsx bench/journal.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await runJournalBench();
