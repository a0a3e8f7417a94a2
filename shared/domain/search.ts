/**
 * One search over everything the user wrote (issue 16): what each kind of record contributes to the
 * index, the MiniSearch index itself, and the highlighted, grouped results the search dialog shows.
 *
 * MiniSearch was chosen over FlexSearch and over the hand-written scan it replaces (bench/search.bench.ts
 * and README "Why these dependencies"): it indexes and removes single documents, so the index follows
 * each change, and it does prefix and fuzzy matching with readable, typed results.
 *
 * Pure: the renderer's search worker feeds it records and asks it queries.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type {
  Action,
  AuditEntry,
  BragEntry,
  BuyIn,
  Competency,
  Decision,
  Evidence,
  Feedback,
  Handover,
  ManagerAnswer,
  Person,
  Project,
  PromotionItem,
  Retro,
  SkillSnapshot,
  Trial,
  WeeklyReflection,
} from '../types/entities';
import { pathTo, type RouteName } from '../routes';
import { feedbackDate, retroDate, retroTitle } from './journal';
import { compareText } from './order';

/** The tables the search reads, and the kind of result each gives, in the order the dialog groups them. */
export const SEARCH_SOURCES = [
  { table: 'retros', kind: 'retro', label: 'Retrospectives' },
  { table: 'bragEntries', kind: 'brag', label: 'Brag document' },
  { table: 'feedback', kind: 'feedback', label: 'Feedback' },
  { table: 'competencies', kind: 'competency', label: 'Competencies' },
  { table: 'skillSnapshots', kind: 'rating-note', label: 'Rating notes' },
  { table: 'evidence', kind: 'evidence', label: 'Evidence' },
  { table: 'actions', kind: 'action', label: 'Actions' },
  { table: 'promotionItems', kind: 'promotion', label: 'Promotion checklist' },
  { table: 'buyIns', kind: 'buy-in', label: 'Buy-in on the checklist' },
  { table: 'managerAnswers', kind: 'manager-answer', label: 'Your manager’s answers' },
  { table: 'projects', kind: 'project', label: 'Staff-level projects' },
  { table: 'people', kind: 'person', label: 'People around you' },
  { table: 'auditEntries', kind: 'activity', label: 'Audit activities' },
  { table: 'weeklyReflections', kind: 'reflection', label: 'Weekly reflections' },
  { table: 'handovers', kind: 'handover', label: 'Handovers' },
  { table: 'decisions', kind: 'decision', label: 'Decision statements' },
  { table: 'trials', kind: 'trial', label: 'Trials' },
] as const;

export type SearchTable = (typeof SEARCH_SOURCES)[number]['table'];
export type SearchKind = (typeof SEARCH_SOURCES)[number]['kind'];

/** The record type of each searched table. */
export interface SearchRecords {
  retros: Retro;
  bragEntries: BragEntry;
  feedback: Feedback;
  competencies: Competency;
  skillSnapshots: SkillSnapshot;
  evidence: Evidence;
  actions: Action;
  promotionItems: PromotionItem;
  buyIns: BuyIn;
  managerAnswers: ManagerAnswer;
  projects: Project;
  people: Person;
  auditEntries: AuditEntry;
  weeklyReflections: WeeklyReflection;
  handovers: Handover;
  decisions: Decision;
  trials: Trial;
}

export const SEARCH_TABLES: readonly SearchTable[] = SEARCH_SOURCES.map((s) => s.table);

/** Where a result opens: a route name and its parameters (plain data, so it crosses the worker boundary). */
export type SearchTarget =
  | { route: 'retro' | 'bragEntry' | 'feedbackItem' | 'competency' | 'auditHandover' | 'person'; id: string }
  | {
      route: Extract<
        RouteName,
        | 'planActions'
        | 'planPromotion'
        | 'planProjects'
        | 'profile'
        | 'audit'
        | 'auditReflection'
        | 'assessmentDecision'
        | 'assessmentTrials'
      >;
    };

/** The path a result opens: the record's own screen where it has one, else the screen that lists it. */
export function targetPath(target: SearchTarget): string {
  return 'id' in target ? pathTo(target.route, { id: target.id }) : pathTo(target.route);
}

/** One indexed document: a record's searchable text. */
export interface SearchDoc {
  /** `<kind>:<record id>`: ids are unique per table, not across tables. */
  id: string;
  kind: SearchKind;
  recordId: string;
  title: string;
  /** The rest of the record's text, one field a line. */
  text: string;
  /** yyyy-MM-dd, or '' for records without a date. */
  date: string;
  target: SearchTarget;
  /**
   * How many records this document stands for. Activities with the same title and note are one
   * document (a weekly 1:1 logged for five years is one result, not 260), so 1 for every other kind.
   */
  count: number;
}

/**
 * A free note as a title (its first line) and the rest of it, so a result does not show the same words
 * twice. A first line too long for a title stays whole in the rest.
 */
function splitNote(note: string, fallback: string): { title: string; rest: string } {
  const trimmed = note.trim();
  const line = trimmed.split('\n', 1)[0]?.trim() ?? '';
  if (!line) return { title: fallback, rest: trimmed };
  if (line.length > 80) return { title: `${line.slice(0, 79)}…`, rest: trimmed };
  return { title: line, rest: trimmed.slice(trimmed.indexOf('\n') + 1 || trimmed.length).trim() };
}

function joined(...fields: (string | null | undefined)[]): string {
  return fields.filter((f): f is string => Boolean(f?.trim())).join('\n');
}

/**
 * The document a record contributes, or null when it has nothing to find (a rating without a note).
 */
export function searchDoc<T extends SearchTable>(table: T, record: SearchRecords[T]): SearchDoc | null {
  const doc = (
    kind: SearchKind,
    title: string,
    text: string,
    date: string,
    target: SearchTarget,
    id = `${kind}:${record.id}`,
  ): SearchDoc => ({ id, kind, recordId: record.id, title, text, date, target, count: 1 });
  switch (table) {
    case 'retros': {
      const r = record as Retro;
      return doc(
        'retro',
        retroTitle(r),
        joined(r.role, r.wentWell, r.didNotGoWell, r.prevention, r.change, r.overEngineeredNote),
        retroDate(r),
        { route: 'retro', id: r.id },
      );
    }
    case 'bragEntries': {
      const b = record as BragEntry;
      return doc('brag', b.title, joined(b.impact, b.numbers, b.link), b.date, {
        route: 'bragEntry',
        id: b.id,
      });
    }
    case 'feedback': {
      const f = record as Feedback;
      const from = f.from.trim();
      return doc(
        'feedback',
        from ? `Feedback from ${from}` : 'Feedback',
        joined(f.question, f.content, f.followUp),
        feedbackDate(f),
        { route: 'feedbackItem', id: f.id },
      );
    }
    case 'competencies': {
      const c = record as Competency;
      return doc('competency', c.name, joined(c.group, c.description), '', {
        route: 'competency',
        id: c.id,
      });
    }
    case 'skillSnapshots': {
      const s = record as SkillSnapshot;
      if (!s.note.trim()) return null;
      const { title, rest } = splitNote(s.note, 'Rating note');
      return doc('rating-note', title, rest, s.recordedAt.slice(0, 10), {
        route: 'competency',
        id: s.competencyId,
      });
    }
    case 'evidence': {
      const e = record as Evidence;
      if (!e.note.trim()) return null;
      const { title, rest } = splitNote(e.note, 'Evidence');
      // A link to a checklist item only is found on the checklist.
      return doc(
        'evidence',
        title,
        rest,
        e.date,
        e.competencyId === null ? { route: 'planPromotion' } : { route: 'competency', id: e.competencyId },
      );
    }
    case 'actions': {
      const a = record as Action;
      return doc('action', a.title, '', a.dueDate ?? '', { route: 'planActions' });
    }
    case 'promotionItems': {
      const p = record as PromotionItem;
      return doc('promotion', p.title, p.note, '', { route: 'planPromotion' });
    }
    case 'buyIns': {
      // Found by the person's name and by what they said; it opens the checklist it is about.
      const b = record as BuyIn;
      return doc('buy-in', b.who, b.note, b.on ?? '', { route: 'planPromotion' });
    }
    case 'managerAnswers': {
      const m = record as ManagerAnswer;
      const { title, rest } = splitNote(m.answer, 'Your manager’s answer');
      return doc('manager-answer', title, joined(rest, m.nextStep), m.askedOn, { route: 'profile' });
    }
    case 'projects': {
      const p = record as Project;
      return doc(
        'project',
        p.name,
        joined(p.scope, p.ambiguity, p.teams, p.impact, p.role, p.whyPicked, p.wins, p.tellWho),
        p.updatedAt.slice(0, 10),
        { route: 'planProjects' },
      );
    }
    case 'people': {
      const p = record as Person;
      // Found by name, by who they are ("director"), and by what was noted about them.
      return doc(
        'person',
        p.name,
        joined(p.relation, p.goal, p.stretchWork, p.nextTalk, p.notes),
        p.lastTalkedOn ?? '',
        { route: 'person', id: p.id },
      );
    }
    case 'auditEntries': {
      const a = record as AuditEntry;
      // Keyed by its words (case and spacing aside), so every activity with the same title and note
      // shares one document.
      const key = `${words(a.title)}\n${words(a.note)}`;
      return doc('activity', a.title, a.note, a.date, { route: 'audit' }, `activity:${key}`);
    }
    case 'weeklyReflections': {
      const w = record as WeeklyReflection;
      const { title, rest } = splitNote(w.intentions, 'Weekly reflection');
      const text = joined(rest, ...w.items.map((item) => item.title));
      if (!text && !w.intentions.trim()) return null;
      return doc('reflection', title, text, w.weekStart, {
        route: 'auditReflection',
      });
    }
    case 'handovers': {
      const h = record as Handover;
      // Who it went to is in the title, so "what did I give Priya?" finds it by name. Dated as the
      // evidence list dates it (evidence-links.ts): the day it was done, else the day it was handed over.
      return doc(
        'handover',
        `${h.activity} → ${h.to}`,
        joined(h.expectations, h.outcome),
        h.doneOn ?? h.createdAt.slice(0, 10),
        { route: 'auditHandover', id: h.id },
      );
    }
    case 'decisions': {
      const d = record as Decision;
      return doc('decision', d.statement, '', d.date, { route: 'assessmentDecision' });
    }
    case 'trials': {
      const t = record as Trial;
      return doc('trial', t.title, joined(t.notes, t.signalAnswer), t.startDate, {
        route: 'assessmentTrials',
      });
    }
  }
  return null;
}

/** Lower case without accents, so "Résumé" matches "resume". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Only non-ASCII text can carry accents; skipping the Unicode work for the rest halves the index build.
  // eslint-disable-next-line no-control-regex -- an ASCII range check, not control characters.
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A text's folded words joined by single spaces: equal for texts that differ only in case or spacing. */
function words(text: string): string {
  return fold(text).split(/\s+/).filter(Boolean).join(' ');
}

/** The words of a text (letters and digits; everything else separates words). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The stored part of a document: what a result shows and where it opens. */
type Stored = Omit<SearchDoc, 'id'>;

export type SearchIndex = MiniSearch<SearchDoc>;

export function createSearchIndex(): SearchIndex {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'recordId', 'title', 'text', 'date', 'target', 'count'],
    tokenize,
    processTerm: (term) => fold(term),
    searchOptions: {
      // Words typed so far match as prefixes ("migr" finds "migration"). Typos are searched for only
      // when the words as typed find nothing (see `searchAll`).
      prefix: (term) => term.length >= 2,
      fuzzy: false,
      combineWith: 'AND',
      boost: { title: 2 },
    },
  });
}

/** Adds or replaces `docs` (a changed record keeps its id, so the old text goes). */
export function putDocs(index: SearchIndex, docs: readonly SearchDoc[]): void {
  for (const doc of docs) {
    if (index.has(doc.id)) index.discard(doc.id);
    index.add(doc);
  }
}

/** Takes the documents of these records out; ids that are not indexed are ignored. */
export function removeDocs(index: SearchIndex, ids: readonly string[]): void {
  for (const id of ids) if (index.has(id)) index.discard(id);
}

/** Whether the index's copy of a document still shows what `b` would. */
export function sameDoc(a: SearchDoc, b: SearchDoc): boolean {
  return (
    a.title === b.title &&
    a.text === b.text &&
    a.date === b.date &&
    a.count === b.count &&
    a.recordId === b.recordId
  );
}

/** What the index must change after records were read: documents to add or replace, ids to take out. */
export interface DocChanges {
  put: SearchDoc[];
  remove: string[];
}

/**
 * One table's documents as the index holds them. Records whose documents share an id (activities with
 * the same words) are one document: it shows the newest of them and counts them all. `update` takes the
 * records read again and says what the index must change, so a write re-indexes only what it touched.
 */
export class TableDocs<T extends SearchTable> {
  /** Each record's own document (absent for a record with nothing to find). */
  private readonly ofRecord = new Map<string, SearchDoc>();
  /** The records behind each document id, by record id. */
  private readonly members = new Map<string, Map<string, SearchDoc>>();
  /** The document the index holds for each id. */
  private readonly indexed = new Map<string, SearchDoc>();

  constructor(private readonly table: T) {}

  /** How many documents the index holds for this table. */
  get size(): number {
    return this.indexed.size;
  }

  /**
   * `records`: records read again by id, `undefined` where the record is gone. With `whole`, they are
   * the whole table, so every record not among them was deleted.
   */
  update(
    records: Iterable<readonly [id: string, record: SearchRecords[T] | undefined]>,
    whole = false,
  ): DocChanges {
    const dirty = new Set<string>();
    const seen = whole ? new Set<string>() : null;
    const drop = (recordId: string) => {
      const old = this.ofRecord.get(recordId);
      if (!old) return;
      this.ofRecord.delete(recordId);
      this.members.get(old.id)?.delete(recordId);
      dirty.add(old.id);
    };
    for (const [recordId, record] of records) {
      seen?.add(recordId);
      const doc = record ? searchDoc(this.table, record) : null;
      const old = this.ofRecord.get(recordId);
      if (old && doc && old.id === doc.id && sameDoc(old, doc)) continue;
      drop(recordId);
      if (!doc) continue;
      this.ofRecord.set(recordId, doc);
      let group = this.members.get(doc.id);
      if (!group) this.members.set(doc.id, (group = new Map<string, SearchDoc>()));
      group.set(recordId, doc);
      dirty.add(doc.id);
    }
    if (seen) for (const recordId of [...this.ofRecord.keys()]) if (!seen.has(recordId)) drop(recordId);

    const changes: DocChanges = { put: [], remove: [] };
    for (const id of dirty) {
      const group = this.members.get(id);
      if (!group || group.size === 0) {
        this.members.delete(id);
        if (this.indexed.delete(id)) changes.remove.push(id);
        continue;
      }
      const doc = groupDoc(group);
      const held = this.indexed.get(id);
      if (held && sameDoc(held, doc)) continue;
      this.indexed.set(id, doc);
      changes.put.push(doc);
    }
    return changes;
  }
}

/** The document of records sharing one id: the newest record's, counting them all. */
function groupDoc(group: ReadonlyMap<string, SearchDoc>): SearchDoc {
  let newest: SearchDoc | null = null;
  for (const doc of group.values()) {
    if (!newest || doc.date > newest.date || (doc.date === newest.date && doc.recordId > newest.recordId)) {
      newest = doc;
    }
  }
  // `group` is never empty here (the caller checked), so `newest` is set.
  return { ...(newest as SearchDoc), count: group.size };
}

/** [start, end) of one highlighted word. */
export type Range = readonly [start: number, end: number];

/** The words of `text` that are one of `terms` (folded index terms), as ranges in `text`. */
export function highlightRanges(text: string, terms: ReadonlySet<string>): Range[] {
  if (terms.size === 0) return [];
  const ranges: Range[] = [];
  for (const match of text.matchAll(WORD)) {
    if (terms.has(fold(match[0]))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Characters kept before the first highlighted word of a snippet, and in the snippet as a whole. */
const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 160;

/** A short piece of `text` around its first highlighted word, with ranges relative to the piece. */
export function snippetOf(text: string, ranges: readonly Range[]): { text: string; ranges: Range[] } {
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - SNIPPET_BEFORE) : 0;
  // Start at a word boundary, not in the middle of a word.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space >= 0 && start - space < 20 ? space + 1 : start;
  }
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const piece = text.slice(start, end).replace(/\s+/g, ' ');
  // Whitespace runs collapse to one space: recompute the ranges on the piece itself.
  const words = new Set(ranges.map(([s, e]) => fold(text.slice(s, e))));
  return {
    text: `${start > 0 ? '…' : ''}${piece}${end < text.length ? '…' : ''}`,
    ranges: highlightRanges(`${start > 0 ? '…' : ''}${piece}`, words),
  };
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  recordId: string;
  title: string;
  titleRanges: Range[];
  /** A piece of the record's other text around the first matched word; '' when only the title matched. */
  snippet: string;
  snippetRanges: Range[];
  date: string;
  target: SearchTarget;
  /** How many records the hit stands for (activities with the same words); 1 for the rest. */
  count: number;
}

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  /** The best hits of this kind, best first. */
  hits: SearchHit[];
  /** How many records of this kind matched in all (an activity hit counts every time it was logged). */
  total: number;
}

function hitOf(result: SearchResult): SearchHit {
  const stored = result as unknown as SearchResult & Stored;
  const terms = new Set(result.terms);
  const titleRanges = highlightRanges(stored.title, terms);
  const bodyRanges = highlightRanges(stored.text, terms);
  const snippet = bodyRanges.length > 0 ? snippetOf(stored.text, bodyRanges) : { text: '', ranges: [] };
  return {
    id: result.id as string,
    kind: stored.kind,
    recordId: stored.recordId,
    title: stored.title,
    titleRanges,
    snippet: snippet.text,
    snippetRanges: snippet.ranges,
    date: stored.date,
    target: stored.target,
    count: stored.count,
  };
}

/**
 * Records matching every word of `query` (as typed so far), grouped by kind in SEARCH_SOURCES order, at
 * most `perKind` hits a group, best first (then newer). An empty query finds nothing.
 */
export function searchAll(index: SearchIndex, query: string, perKind = 5): SearchGroup[] {
  if (tokenize(query).length === 0) return [];
  const byKind = new Map<SearchKind, { kept: SearchResult[]; total: number }>();
  // The words as typed first; only when they find nothing, each longer word with one typo ("latnecy").
  // Looking for typos costs about a third of a query over five years, and on top of real matches they
  // would only add noise below them.
  let results = index.search(query);
  if (results.length === 0)
    results = index.search(query, { fuzzy: (term) => (term.length >= 5 ? 0.2 : false) });
  // MiniSearch returns every match best first: keep the first `perKind` of each kind and count the rest
  // (a common word can match tens of thousands of activities; sorting them all would be wasted work).
  for (const result of results) {
    const kind = (result as unknown as Stored).kind;
    let group = byKind.get(kind);
    if (!group) byKind.set(kind, (group = { kept: [], total: 0 }));
    group.total += (result as unknown as Stored).count;
    if (group.kept.length < perKind) group.kept.push(result);
  }
  const groups: SearchGroup[] = [];
  for (const { kind, label } of SEARCH_SOURCES) {
    const group = byKind.get(kind);
    if (!group) continue;
    // Equal scores go newest first, then by id, so the shown order never depends on insertion order.
    group.kept.sort(
      (a, b) =>
        b.score - a.score ||
        compareText((b as unknown as Stored).date, (a as unknown as Stored).date) ||
        compareText(a.id as string, b.id as string),
    );
    groups.push({ kind, label, hits: group.kept.map(hitOf), total: group.total });
  }
  return groups;
}
