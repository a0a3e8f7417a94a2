/**
 * Issue 16: which search library, measured on our own five-year data (scripts/dataset.ts, the generator
 * bench:app seeds: 60,000 audit activities, 5,000 brag entries, 1,000 feedback items, 300 retros and the
 * plan, assessment and reflections around them). MiniSearch and FlexSearch index the same documents
 * (shared/domain/search.ts `searchDoc`); printed as FlexSearch ÷ MiniSearch ratios, never asserted.
 *
 *   NODE_OPTIONS=--expose-gc npx tsx bench/search.bench.ts     (memory needs the GC exposed)
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Document } from 'flexsearch';
import {
  createSearchIndex,
  putDocs,
  searchAll,
  SEARCH_TABLES,
  TableDocs,
  type SearchDoc,
} from '@shared/domain/search';
import { DEFAULT_END, DEFAULT_SEED, generateDataset } from '@scripts/dataset';
import type { SearchRecords, SearchTable } from '@shared/domain/search';
import { measure, printTable } from './harness';

const QUERIES = ['review', 'latency review', 'migr', 'onbaording', 'zzz-nothing'];

/** The documents the search worker indexes at five years (identical activities share one). */
function fiveYearDocs(): SearchDoc[] {
  const data = generateDataset({ years: 5, seed: DEFAULT_SEED, end: DEFAULT_END });
  return SEARCH_TABLES.flatMap(
    (table: SearchTable) =>
      new TableDocs<SearchTable>(table).update(
        (data[table] as SearchRecords[SearchTable][]).map((record) => [record.id, record] as const),
        true,
      ).put,
  );
}

function miniSearch(docs: readonly SearchDoc[]) {
  const index = createSearchIndex();
  putDocs(index, docs);
  return index;
}

function flexSearch(docs: readonly SearchDoc[]) {
  // Its closest setup: forward tokenizing for prefixes, the accent-folding encoder, stored fields for
  // showing results. It has no edit-distance fuzzy match ("suggest" relaxes AND to OR instead).
  const index = new Document({
    tokenize: 'forward',
    encoder: 'Normalize',
    document: { id: 'id', index: ['title', 'text'], store: ['kind', 'title', 'date'] },
  });
  for (const doc of docs) index.add({ ...doc, target: undefined } as never);
  return index;
}

function heapMb(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function heldMb(make: () => unknown): number | null {
  const before = heapMb();
  const kept = make();
  const after = heapMb();
  // Held until after the measurement: what the index keeps alive is what is measured.
  if (kept === null) return null;
  return before === null || after === null ? null : after - before;
}

async function gzippedKb(entry: string): Promise<number> {
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]!.contents).length / 1024;
}

export async function runSearchBench() {
  const docs = fiveYearDocs();
  console.log(
    `\nSearch library choice (issue 16): ${docs.length.toLocaleString('en')} documents at five years`,
  );
  const mini = miniSearch(docs);
  const flex = flexSearch(docs);

  // Whole builds take seconds: three interleaved rounds (both see the same machine load), not the harness.
  const buildMs = { mini: [] as number[], flex: [] as number[] };
  for (let round = 0; round < 3; round += 1) {
    let at = performance.now();
    miniSearch(docs);
    buildMs.mini.push(performance.now() - at);
    at = performance.now();
    flexSearch(docs);
    buildMs.flex.push(performance.now() - at);
  }
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? 0;
  const builds = [
    { name: 'build: MiniSearch', runs: 3, medianMs: mid(buildMs.mini), p95Ms: Math.max(...buildMs.mini) },
    { name: 'build: FlexSearch', runs: 3, medianMs: mid(buildMs.flex), p95Ms: Math.max(...buildMs.flex) },
  ];
  printTable('Index build (whole five years)', builds);

  const queries = [];
  for (const q of QUERIES) {
    queries.push(await measure(`MiniSearch "${q}" (grouped, marked)`, () => searchAll(mini, q), 500));
    queries.push(
      await measure(
        `FlexSearch "${q}"`,
        () => flex.search(q, { limit: 60, enrich: true, suggest: false }),
        500,
      ),
    );
  }
  printTable('One query, warm index', queries);

  const memMini = heldMb(() => miniSearch(docs));
  const memFlex = heldMb(() => flexSearch(docs));
  const kbMini = await gzippedKb(`import MiniSearch from 'minisearch'; console.log(MiniSearch);`);
  const kbFlex = await gzippedKb(`import { Document } from 'flexsearch'; console.log(Document);`);

  const ratio = (flexMs: number, miniMs: number) => `${(flexMs / miniMs).toFixed(2)}×`;
  console.log('\n  FlexSearch ÷ MiniSearch (below 1: FlexSearch is smaller or faster)');
  console.log(
    `    index build        ${ratio(builds[1]!.medianMs, builds[0]!.medianMs)}  (${builds[1]!.medianMs.toFixed(0)} vs ${builds[0]!.medianMs.toFixed(0)} ms)`,
  );
  for (let i = 0; i < QUERIES.length; i += 1) {
    const m = queries[2 * i]!;
    const f = queries[2 * i + 1]!;
    console.log(
      `    query "${QUERIES[i]}"`.padEnd(28) +
        `${ratio(f.medianMs, m.medianMs)}  (${f.medianMs.toFixed(2)} vs ${m.medianMs.toFixed(2)} ms)`,
    );
  }
  console.log(
    memMini === null || memFlex === null
      ? '    memory             (run with NODE_OPTIONS=--expose-gc to measure)'
      : `    memory             ${(memFlex / memMini).toFixed(2)}×  (${memFlex.toFixed(0)} vs ${memMini.toFixed(0)} MB held)`,
  );
  console.log(
    `    bundle (min+gzip)  ${(kbFlex / kbMini).toFixed(2)}×  (${kbFlex.toFixed(1)} vs ${kbMini.toFixed(1)} KB)`,
  );
  console.log(
    '    prefix             both (MiniSearch: per term; FlexSearch: "forward" tokenizer, 2–3× the index)',
  );
  console.log(
    '    fuzzy (typos)      MiniSearch: edit distance per term; FlexSearch: none (phonetic encoders, "suggest")',
  );
  const typo = searchAll(mini, 'onbaording').reduce((n, g) => n + g.total, 0);
  const typoFlex = flex.search('onbaording', { limit: 1_000 }).reduce((n, r) => n + r.result.length, 0);
  console.log(
    `    "onbaording" finds MiniSearch ${typo.toLocaleString('en')}, FlexSearch ${typoFlex.toLocaleString('en')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runSearchBench();
