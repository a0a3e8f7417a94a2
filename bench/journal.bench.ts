/**
 * Journal search and Markdown export at sizes a long-time user reaches (issue 6).
 * Printed, never asserted: wall-clock time depends on the machine.
 */
import { buildSearchIndex, searchJournal } from '@shared/domain/journal-search';
import { bragDocumentMarkdown } from '@shared/domain/markdown';
import type { BragEntry, Feedback, Retro } from '@shared/types/entities';
import { measure, printTable } from './harness';

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

/** `total` entries split roughly 1 retro : 3 brag entries : 1 feedback, with paragraphs of text each. */
export function journalData(total: number) {
  const retros: Retro[] = [];
  const brags: BragEntry[] = [];
  const feedback: Feedback[] = [];
  for (let i = 0; i < total; i += 1) {
    const kind = i % 5;
    if (kind === 0) {
      retros.push({
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
      });
    } else if (kind === 4) {
      feedback.push({
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
      });
    } else {
      brags.push(bragEntry(i));
    }
  }
  return { retros, brags, feedback };
}

function bragEntry(i: number): BragEntry {
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

export async function runJournalBench() {
  const data = journalData(5_000);
  const index = buildSearchIndex(data);
  const chars = index.docs.reduce((sum, d) => sum + d.text.length, 0);
  printTable(
    `Journal search over 5,000 entries (${data.retros.length} retros, ${data.brags.length} brag, ${data.feedback.length} feedback; ${(chars / 1024 / 1024).toFixed(1)} MB of text)`,
    [
      await measure('build the index (on every data change)', () => buildSearchIndex(data)),
      await measure('search one common word', () => searchJournal(index, 'migration')),
      await measure('search three words', () => searchJournal(index, 'latency review rollout')),
      await measure('search a word that matches nothing', () => searchJournal(index, 'kubernetes')),
      await measure('search while typing (one letter)', () => searchJournal(index, 'm')),
    ],
  );

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
