/**
 * Full-text search across retrospectives, brag entries and feedback.
 *
 * A linear scan over text that is folded once (lower case, accents removed) when the index is built:
 * at thousands of entries one query is a few `includes` calls per entry, well under a frame (see
 * bench/journal.bench.ts), and there is no inverted index to keep in sync with live edits.
 * Every word of the query must occur (as a prefix or inside a word); title hits rank first, then newer items.
 */
import type { BragEntry, Feedback, Retro } from '../types/entities';
import { feedbackDate, retroDate, retroTitle, type JournalKind } from './journal';

export interface SearchDoc {
  kind: JournalKind;
  id: string;
  date: string;
  title: string;
  /** Folded title, for ranking. */
  titleText: string;
  /** Folded text of every searchable field. */
  text: string;
}

export interface SearchIndex {
  docs: SearchDoc[];
}

export interface SearchHit {
  kind: JournalKind;
  id: string;
  date: string;
  title: string;
}

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

function doc(kind: JournalKind, id: string, date: string, title: string, fields: string[]): SearchDoc {
  return { kind, id, date, title, titleText: fold(title), text: fold(fields.join('\n')) };
}

export function buildSearchIndex(data: {
  retros: readonly Retro[];
  brags: readonly BragEntry[];
  feedback: readonly Feedback[];
}): SearchIndex {
  const docs: SearchDoc[] = [];
  for (const r of data.retros) {
    const title = retroTitle(r);
    docs.push(
      doc('retro', r.id, retroDate(r), title, [
        title,
        r.role,
        r.wentWell,
        r.didNotGoWell,
        r.prevention,
        r.change,
        r.overEngineeredNote,
      ]),
    );
  }
  for (const b of data.brags) {
    docs.push(doc('brag', b.id, b.date, b.title, [b.title, b.impact, b.numbers, b.link]));
  }
  for (const f of data.feedback) {
    const title = f.from.trim() ? `Feedback from ${f.from.trim()}` : 'Feedback';
    docs.push(doc('feedback', f.id, feedbackDate(f), title, [f.from, f.question, f.content, f.followUp]));
  }
  return { docs };
}

/**
 * Items matching every word of `query`, best first. An empty query matches nothing (callers show
 * their normal list instead). `kinds` restricts the result; `limit` caps it.
 */
export function searchJournal(
  index: SearchIndex,
  query: string,
  options: { kinds?: readonly JournalKind[]; limit?: number } = {},
): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const scored: { hit: SearchDoc; score: number }[] = [];
  for (const d of index.docs) {
    if (kinds && !kinds.has(d.kind)) continue;
    let all = true;
    for (const t of terms) {
      if (!d.text.includes(t)) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    let score = 0;
    for (const t of terms) if (d.titleText.includes(t)) score += 1;
    scored.push({ hit: d, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.hit.date < b.hit.date ? 1 : a.hit.date > b.hit.date ? -1 : 0) ||
      (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0),
  );
  const limited = options.limit === undefined ? scored : scored.slice(0, options.limit);
  return limited.map(({ hit }) => ({ kind: hit.kind, id: hit.id, date: hit.date, title: hit.title }));
}
