/**
 * Full-text search across retrospectives, brag entries and feedback.
 *
 * A linear scan over text that is folded once (lower case, accents removed) when a record is indexed:
 * at thousands of entries one query is a few `includes` calls per entry, well under a frame (see
 * bench/journal.bench.ts). Every word of the query must occur (as a prefix or inside a word); title hits
 * rank first, then newer items.
 *
 * The index is kept up to date incrementally (issue 13): it is built once, then `syncSearchIndex` folds
 * only the records that changed. Folding is the whole cost of a build (several MB of text at five years),
 * while telling an unchanged record apart is one identity check, or a few string comparisons when the
 * record was read again as a new object.
 */
import type { BragEntry, Feedback, Retro } from '../types/entities';
import { feedbackDate, retroDate, retroTitle, type JournalKind } from './journal';

/** A record of one of the three journal tables. */
type JournalRecord = Retro | BragEntry | Feedback;

export interface SearchDoc {
  kind: JournalKind;
  id: string;
  date: string;
  title: string;
  /** Folded title, for ranking. */
  titleText: string;
  /** Folded text of every searchable field. */
  text: string;
  /** The record this was made from: an identical one needs no new doc. */
  source: JournalRecord;
}

/**
 * Search docs by kind, then by record id. Never changed in place: every update returns a new index
 * (sharing the maps of the kinds it did not touch).
 */
export interface SearchIndex {
  readonly docs: Readonly<Record<JournalKind, ReadonlyMap<string, SearchDoc>>>;
}

export interface JournalRecords {
  retros: readonly Retro[];
  brags: readonly BragEntry[];
  feedback: readonly Feedback[];
}

export interface SearchHit {
  kind: JournalKind;
  id: string;
  date: string;
  title: string;
}

export const EMPTY_SEARCH_INDEX: SearchIndex = {
  docs: { retro: new Map(), brag: new Map(), feedback: new Map() },
};

const KINDS: readonly JournalKind[] = ['retro', 'brag', 'feedback'];

/** Lower case without accents, so "Résumé" matches "resume". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Only non-ASCII text can carry accents; skipping the Unicode work for the rest halves the index build.
  // eslint-disable-next-line no-control-regex -- an ASCII range check, not control characters.
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

/** The words of a query, folded; punctuation separates words. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      fold(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length > 0),
    ),
  ];
}

/** What a record contributes to the index, before folding. */
interface SearchSource {
  date: string;
  title: string;
  fields: string[];
}

function sourceOf(kind: JournalKind, record: JournalRecord): SearchSource {
  switch (kind) {
    case 'retro': {
      const r = record as Retro;
      const title = retroTitle(r);
      return {
        date: retroDate(r),
        title,
        fields: [title, r.role, r.wentWell, r.didNotGoWell, r.prevention, r.change, r.overEngineeredNote],
      };
    }
    case 'brag': {
      const b = record as BragEntry;
      return { date: b.date, title: b.title, fields: [b.title, b.impact, b.numbers, b.link] };
    }
    case 'feedback': {
      const f = record as Feedback;
      const title = f.from.trim() ? `Feedback from ${f.from.trim()}` : 'Feedback';
      return { date: feedbackDate(f), title, fields: [f.from, f.question, f.content, f.followUp] };
    }
  }
}

function sameSource(a: SearchSource, b: SearchSource): boolean {
  return (
    a.date === b.date &&
    a.title === b.title &&
    a.fields.length === b.fields.length &&
    a.fields.every((field, i) => field === b.fields[i])
  );
}

/** The search doc of one record (the only place text is folded). */
export function searchDoc(kind: JournalKind, record: JournalRecord): SearchDoc {
  const { date, title, fields } = sourceOf(kind, record);
  return {
    kind,
    id: record.id,
    date,
    title,
    titleText: fold(title),
    text: fold(fields.join('\n')),
    source: record,
  };
}

/** The records of `data` of one kind. */
function recordsOf(data: Partial<JournalRecords>, kind: JournalKind): readonly JournalRecord[] {
  return (kind === 'retro' ? data.retros : kind === 'brag' ? data.brags : data.feedback) ?? [];
}

export function buildSearchIndex(data: JournalRecords): SearchIndex {
  const build = (kind: JournalKind) =>
    new Map(recordsOf(data, kind).map((record) => [record.id, searchDoc(kind, record)]));
  return { docs: { retro: build('retro'), brag: build('brag'), feedback: build('feedback') } };
}

/** The index with other docs for some kinds; the same index when no kind changed. */
function withDocs(
  index: SearchIndex,
  changed: Partial<Record<JournalKind, ReadonlyMap<string, SearchDoc>>>,
): SearchIndex {
  if (KINDS.every((kind) => (changed[kind] ?? index.docs[kind]) === index.docs[kind])) return index;
  return { docs: { ...index.docs, ...changed } };
}

/**
 * The index with `put` records added or replaced and the `remove` records taken out. Returns `index`
 * itself when there is nothing to do, so an unchanged index keeps its identity.
 */
export function updateSearchIndex(
  index: SearchIndex,
  changes: { put?: Partial<JournalRecords>; remove?: readonly { kind: JournalKind; id: string }[] },
): SearchIndex {
  const changed: Partial<Record<JournalKind, Map<string, SearchDoc>>> = {};
  // Copying a kind's map is one pointer per doc: far cheaper than folding even a handful of records.
  const docsOf = (kind: JournalKind) => (changed[kind] ??= new Map(index.docs[kind]));
  for (const { kind, id } of changes.remove ?? []) if (index.docs[kind].has(id)) docsOf(kind).delete(id);
  for (const kind of KINDS) {
    for (const record of recordsOf(changes.put ?? {}, kind))
      docsOf(kind).set(record.id, searchDoc(kind, record));
  }
  return withDocs(index, changed);
}

/** One kind's docs brought in line with its records (see `syncSearchIndex`); the same map if unchanged. */
function syncKind(
  docs: ReadonlyMap<string, SearchDoc>,
  kind: JournalKind,
  records: readonly JournalRecord[],
): ReadonlyMap<string, SearchDoc> {
  let next: Map<string, SearchDoc> | null = null;
  let indexed = 0;
  for (const record of records) {
    const doc = docs.get(record.id);
    if (doc) indexed += 1;
    if (doc?.source === record) continue;
    // A record read again as a new but equal object keeps its doc (pointing at the new record, so the
    // next sync is an identity check again): its text is not folded twice.
    const replacement =
      doc && sameSource(sourceOf(kind, doc.source), sourceOf(kind, record))
        ? { ...doc, source: record }
        : searchDoc(kind, record);
    (next ??= new Map(docs)).set(record.id, replacement);
  }
  // Every indexed id still has its record unless fewer records than docs were found: only then look
  // for what was deleted.
  if (indexed < docs.size) {
    const ids = new Set(records.map((r) => r.id));
    for (const id of docs.keys()) if (!ids.has(id)) (next ??= new Map(docs)).delete(id);
  }
  return next ?? docs;
}

/**
 * Brings `index` in line with `data` (the whole journal), folding only records that are new or whose
 * searchable text or date changed. A record that is the same object as the one indexed (Dexie's
 * immutable query cache hands back unchanged records as the same frozen objects) costs one lookup and
 * one comparison. Returns `index` itself when nothing changed.
 */
export function syncSearchIndex(index: SearchIndex, data: JournalRecords): SearchIndex {
  return withDocs(index, {
    retro: syncKind(index.docs.retro, 'retro', data.retros),
    brag: syncKind(index.docs.brag, 'brag', data.brags),
    feedback: syncKind(index.docs.feedback, 'feedback', data.feedback),
  });
}

function compareAsc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `doc` holds every term. */
function matches(doc: SearchDoc, terms: readonly string[]): boolean {
  for (const t of terms) if (!doc.text.includes(t)) return false;
  return true;
}

interface Scored {
  doc: SearchDoc;
  score: number;
}

/** Best first: more terms in the title, then newer, then by id and kind (a total order). */
function better(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    compareAsc(b.doc.date, a.doc.date) ||
    compareAsc(a.doc.id, b.doc.id) ||
    compareAsc(a.doc.kind, b.doc.kind)
  );
}

/**
 * Items matching every word of `query`, best first. An empty query matches nothing (callers show
 * their normal list instead). `kinds` restricts the result; `limit` caps it (then only the best `limit`
 * are kept while scanning, instead of sorting every match). The order is total (score, newer date, id,
 * kind), so it never depends on the order docs were added to the index.
 */
export function searchJournal(
  index: SearchIndex,
  query: string,
  options: { kinds?: readonly JournalKind[]; limit?: number } = {},
): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const limit = options.limit ?? Infinity;
  if (limit <= 0) return [];
  const scored: Scored[] = [];
  for (const kind of options.kinds ?? KINDS) {
    for (const doc of index.docs[kind].values()) {
      if (!matches(doc, terms)) continue;
      let score = 0;
      for (const t of terms) if (doc.titleText.includes(t)) score += 1;
      const hit = { doc, score };
      const worst = scored.at(-1);
      if (scored.length < limit) {
        scored.push(hit);
        // Keep a short list sorted as it fills, so the worst kept hit is always last.
        if (limit !== Infinity) scored.sort(better);
      } else if (worst && better(hit, worst) < 0) {
        scored[scored.length - 1] = hit;
        scored.sort(better);
      }
    }
  }
  if (limit === Infinity) scored.sort(better);
  return scored.map(({ doc }) => ({ kind: doc.kind, id: doc.id, date: doc.date, title: doc.title }));
}

/**
 * The ids of one kind's records that match every word of `query`, unordered (a list keeps its own
 * order and only needs to know what to keep); null for an empty query.
 */
export function matchingIds(
  index: SearchIndex,
  query: string,
  kind: JournalKind,
): ReadonlySet<string> | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const ids = new Set<string>();
  for (const doc of index.docs[kind].values()) if (matches(doc, terms)) ids.add(doc.id);
  return ids;
}
