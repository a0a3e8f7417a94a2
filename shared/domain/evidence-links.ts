/**
 * The evidence graph's migration (issue 17): schema version 5 keeps one kind of link between a record
 * and a competency (the `evidence` table), where version 4 had two that overlapped, the evidence notes
 * and the `competencyIds` tags on retros, brag entries and feedback, plus a third list on each promotion
 * checklist item. Pure and deterministic: the backup migration and the Dexie upgrade of version 5 run
 * this same function, so a database upgraded in place and a restored backup hold identical records.
 *
 * The rules, which tests/unit/domain/evidence-links.test.ts pins:
 * - Every evidence note stays, with `promotionItemId: null`.
 * - Two notes that link the same record to the same competency become one: the older keeps its id, and
 *   the newer's text is added below its own, so no text is lost.
 * - A tag becomes a link with no text, unless a note already links that record to that competency.
 * - A checklist item's evidence becomes links to that item, with no competency.
 * - The tags and the checklist lists are then dropped from their records.
 * Anything that is not shaped like a record is left as it is, for the backup's validation to report.
 */
import type {
  Action,
  Audit,
  BragEntry,
  Evidence,
  Feedback,
  Handover,
  Project,
  Retro,
  SelfAssessment,
  SourceRef,
  Tagged,
  Trial,
} from '../types/entities';
import { feedbackDate, retroDate, retroTitle } from './journal';

type Row = Record<string, unknown>;
/** Tables as a backup holds them, before validation (as backup-migrations.ts passes them). */
type RawTables = Record<string, unknown[]>;
type TaggedKind = 'retro' | 'brag' | 'feedback';

/** The tables whose records carried `competencyIds` tags in version 4, and the evidence kind of each. */
const TAGGED_TABLES: ReadonlyArray<readonly [string, TaggedKind]> = [
  ['retros', 'retro'],
  ['bragEntries', 'brag'],
  ['feedback', 'feedback'],
];

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const day = (iso: unknown): string | null => str(iso)?.slice(0, 10) ?? null;

/** The date a tagged record is filed under (as journal.ts files it): the link's date. */
function recordDate(kind: TaggedKind, record: Row): string | null {
  if (kind === 'brag') return str(record.date);
  if (kind === 'retro') return str(record.endDate) ?? str(record.startDate) ?? day(record.updatedAt);
  return str(record.receivedOn) ?? str(record.askedOn) ?? day(record.createdAt);
}

/**
 * A short id that is the same for the same link in every run (FNV-1a, 2 × 32 bits), so that upgrading
 * the same data twice, or a backup and its database, gives the same records.
 */
export function linkId(...parts: string[]): string {
  const text = parts.join('\u0000');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `ln-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

const refKey = (ref: unknown): string | null => {
  if (!isRow(ref)) return null;
  const kind = str(ref.kind);
  const id = str(ref.id);
  return kind && id ? `${kind}:${id}` : null;
};

/** Version 4's tables as version 5 holds them (see the rules above); a new object, inputs untouched. */
export function migrateToEvidenceLinks(tables: RawTables): RawTables {
  const links: Row[] = [];
  /** The link of each record to each competency, by `${kind}:${id}|${competencyId}`. */
  const byPair = new Map<string, Row>();

  const notes = [...(tables.evidence ?? [])];
  // Older first, so the older of two notes on the same pair keeps its id; the sort is stable.
  const createdAt = (row: unknown) => (isRow(row) ? (str(row.createdAt) ?? '') : '');
  notes.sort((x, y) => createdAt(x).localeCompare(createdAt(y)));
  const seenIds = new Set<string>();
  for (const note of notes) {
    if (!isRow(note)) {
      links.push(note as Row);
      continue;
    }
    // Two records with one id are damage, which validation refuses: never merged away here.
    const noteId = str(note.id);
    if (noteId !== null && seenIds.has(noteId)) {
      links.push({ ...note, promotionItemId: note.promotionItemId ?? null });
      continue;
    }
    if (noteId !== null) seenIds.add(noteId);
    const key = refKey(note.ref);
    const competencyId = str(note.competencyId);
    const pair = key && competencyId ? `${key}|${competencyId}` : null;
    const same = pair ? byPair.get(pair) : undefined;
    if (same) {
      const extra = (str(note.note) ?? '').trim();
      const kept = str(same.note) ?? '';
      if (extra && !kept.includes(extra)) same.note = kept.trim() ? `${kept}\n\n${extra}` : extra;
      continue;
    }
    // A link already of version 5 keeps its checklist item: running this twice changes nothing.
    const link: Row = { ...note, promotionItemId: note.promotionItemId ?? null };
    links.push(link);
    if (pair) byPair.set(pair, link);
  }

  const result: RawTables = { ...tables };
  for (const [table, kind] of TAGGED_TABLES) {
    const rows = tables[table];
    if (!rows) continue;
    result[table] = rows.map((record) => {
      if (!isRow(record) || !Array.isArray(record.competencyIds)) return record;
      const { competencyIds, ...rest } = record;
      const id = str(record.id);
      const date = recordDate(kind, record);
      if (id && date) {
        for (const competencyId of new Set(competencyIds.filter((c): c is string => typeof c === 'string'))) {
          const pair = `${kind}:${id}|${competencyId}`;
          if (byPair.has(pair)) continue;
          const stamp = str(record.updatedAt) ?? str(record.createdAt);
          const link: Row = {
            id: linkId(kind, id, competencyId),
            competencyId,
            promotionItemId: null,
            ref: { kind, id },
            note: '',
            date,
            createdAt: stamp,
            updatedAt: stamp,
          };
          links.push(link);
          byPair.set(pair, link);
        }
      }
      return rest;
    });
  }

  if (tables.promotionItems) {
    const dateOf = new Map<string, string>();
    for (const [table, kind] of TAGGED_TABLES)
      for (const record of tables[table] ?? []) {
        const date = isRow(record) ? recordDate(kind, record) : null;
        if (isRow(record) && str(record.id) && date) dateOf.set(`${kind}:${String(record.id)}`, date);
      }
    result.promotionItems = tables.promotionItems.map((item) => {
      if (!isRow(item) || !Array.isArray(item.evidence)) return item;
      const { evidence, ...rest } = item;
      const itemId = str(item.id);
      if (itemId) {
        const seen = new Set<string>();
        for (const ref of evidence) {
          const key = refKey(ref);
          if (!key || seen.has(key) || !isRow(ref)) continue;
          seen.add(key);
          links.push({
            id: linkId('checklist', itemId, key),
            competencyId: null,
            promotionItemId: itemId,
            ref: { kind: ref.kind, id: ref.id },
            note: '',
            date: dateOf.get(key) ?? day(item.updatedAt),
            createdAt: item.updatedAt,
            updatedAt: item.updatedAt,
          });
        }
      }
      return rest;
    });
  }

  result.evidence = links;
  return result;
}

// ---------- Links of journal records (schema 5) ----------

export type { Tagged } from '../types/entities';

type LinkLike = Pick<Evidence, 'id' | 'competencyId' | 'ref' | 'createdAt'>;

/** Oldest link first; links made together (one save) in the order of their competencies' ids. */
export function oldestFirst<L extends LinkLike>(links: readonly L[]): L[] {
  return [...links].sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) ||
      (a.competencyId ?? '').localeCompare(b.competencyId ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/** Each record of `kind` with the competencies its links name, oldest link first; a new array. */
export function withTags<T extends { id: string }>(
  records: readonly T[],
  kind: SourceRef['kind'],
  links: readonly LinkLike[],
): Tagged<T>[] {
  const byRecord = new Map<string, LinkLike[]>();
  for (const link of links) {
    if (link.ref?.kind !== kind || link.competencyId === null) continue;
    const list = byRecord.get(link.ref.id) ?? [];
    list.push(link);
    byRecord.set(link.ref.id, list);
  }
  return records.map((record) => {
    const mine = oldestFirst(byRecord.get(record.id) ?? []);
    return { ...record, competencyIds: [...new Set(mine.map((link) => link.competencyId as string))] };
  });
}

/**
 * What to change in the links of one record so that it counts as evidence for exactly `wanted`: the
 * competencies to link, and the ids of the links to remove (those to competencies no longer wanted, and
 * any second link to the same competency). Links to a checklist item only are not tags: left alone.
 */
export function tagChanges(
  links: readonly LinkLike[],
  wanted: readonly string[],
): { add: string[]; removeIds: string[] } {
  const want = new Set(wanted);
  const have = new Set<string>();
  const removeIds: string[] = [];
  const sorted = oldestFirst(links);
  for (const link of sorted) {
    if (link.competencyId === null) continue;
    if (want.has(link.competencyId) && !have.has(link.competencyId)) have.add(link.competencyId);
    else removeIds.push(link.id);
  }
  return { add: [...want].filter((id) => !have.has(id)), removeIds };
}

// ---------- A competency's evidence, as its page lists it ----------

/** What a piece of evidence is: a record of one of the linkable kinds, or a free note. */
export type EvidenceKind = SourceRef['kind'] | 'note';

/** What each kind is called on screen and in exports. */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  retro: 'Retrospective',
  brag: 'Brag entry',
  feedback: 'Feedback',
  audit: 'Calendar audit',
  assessment: 'Self-assessment',
  trial: 'Trial',
  action: 'Action',
  handover: 'Handover',
  project: 'Staff-level project',
  note: 'Note',
};

/** The kinds in the order a competency's page groups them. */
export const EVIDENCE_KIND_ORDER: readonly EvidenceKind[] = [
  'brag',
  'project',
  'retro',
  'feedback',
  'handover',
  'trial',
  'action',
  'audit',
  'assessment',
  'note',
];

/** A linked record as the evidence list shows it (read and summarised by the feature's hook). */
export interface EvidenceSource {
  title: string;
  /** The record's own date (`yyyy-MM-dd`), which orders the list. */
  date: string;
  /** One line of detail: impact, lesson, what was said. */
  detail: string;
}

export interface EvidenceEntry {
  linkId: string;
  kind: EvidenceKind;
  /** The linked record's id; null for a free note. */
  refId: string | null;
  date: string;
  title: string;
  detail: string;
  /** The link's own "what this shows" text. */
  note: string;
  /** The linked record has been deleted since: shown as gone, with the link's own text. */
  gone: boolean;
}

export const sourceKey = (ref: SourceRef) => `${ref.kind}:${ref.id}`;

/** The first line of a text, shortened to `max` characters. */
export function firstLine(text: string, max = 160): string {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * One competency's (or checklist item's) evidence: one entry per linked record, however many links
 * name it (their texts joined), and one per free note; newest first, then by kind and title.
 * `sources` holds the linked records that still exist, by `sourceKey`.
 */
export function evidenceEntries(
  links: readonly Evidence[],
  sources: ReadonlyMap<string, EvidenceSource>,
): EvidenceEntry[] {
  const entries: EvidenceEntry[] = [];
  const byRecord = new Map<string, EvidenceEntry>();
  const ordered = oldestFirst(links);
  for (const link of ordered) {
    if (link.ref === null) {
      const { title, rest } = splitNote(link.note);
      entries.push({
        linkId: link.id,
        kind: 'note',
        refId: null,
        date: link.date,
        title,
        detail: firstLine(rest),
        note: '',
        gone: false,
      });
      continue;
    }
    const key = sourceKey(link.ref);
    const same = byRecord.get(key);
    if (same) {
      const extra = link.note.trim();
      if (extra && !same.note.includes(extra)) same.note = same.note ? `${same.note}\n\n${extra}` : extra;
      continue;
    }
    const source = sources.get(key);
    const entry: EvidenceEntry = {
      linkId: link.id,
      kind: link.ref.kind,
      refId: link.ref.id,
      date: source?.date ?? link.date,
      title: source?.title ?? 'A record that has since been deleted',
      detail: source?.detail ?? '',
      note: link.note.trim(),
      gone: !source,
    };
    byRecord.set(key, entry);
    entries.push(entry);
  }
  const rank = (kind: EvidenceKind) => EVIDENCE_KIND_ORDER.indexOf(kind);
  return entries.sort(
    (a, b) => b.date.localeCompare(a.date) || rank(a.kind) - rank(b.kind) || a.title.localeCompare(b.title),
  );
}

/** The entries grouped by kind, in EVIDENCE_KIND_ORDER, each group newest first; empty groups left out. */
export function groupByKind(
  entries: readonly EvidenceEntry[],
): { kind: EvidenceKind; entries: EvidenceEntry[] }[] {
  return EVIDENCE_KIND_ORDER.map((kind) => ({
    kind,
    entries: entries.filter((e) => e.kind === kind),
  })).filter((group) => group.entries.length > 0);
}

/** A free note's first line as its title, the rest as its detail. */
function splitNote(note: string): { title: string; rest: string } {
  const [first = '', ...rest] = note.trim().split(/\r?\n/);
  return { title: firstLine(first, 120) || 'Evidence note', rest: rest.join('\n') };
}

/** A linked record as the evidence list shows it; the caller has read it from its table. */
export function summariseSource(
  ref: SourceRef,
  record: Retro | BragEntry | Feedback | Audit | SelfAssessment | Trial | Action | Handover | Project,
): EvidenceSource {
  switch (ref.kind) {
    case 'retro': {
      const retro = record as Retro;
      return {
        title: retroTitle(retro),
        date: retroDate(retro),
        detail: firstLine(retro.wentWell || retro.change),
      };
    }
    case 'brag': {
      const entry = record as BragEntry;
      return { title: entry.title, date: entry.date, detail: firstLine(entry.impact) };
    }
    case 'feedback': {
      const item = record as Feedback;
      const from = item.from.trim();
      return {
        title: from ? `Feedback from ${from}` : 'Feedback',
        date: feedbackDate(item),
        detail: firstLine(item.content || item.question),
      };
    }
    case 'audit': {
      const audit = record as Audit;
      return { title: `Calendar audit (${audit.weeks} weeks)`, date: audit.startDate, detail: '' };
    }
    case 'assessment': {
      const take = record as SelfAssessment;
      return {
        title: 'Staff or manager self-assessment',
        date: (take.completedAt ?? take.startedAt).slice(0, 10),
        detail: '',
      };
    }
    case 'trial': {
      const trial = record as Trial;
      return {
        title: trial.title,
        date: trial.endDate ?? trial.startDate,
        detail: firstLine(trial.signalAnswer || trial.notes),
      };
    }
    case 'action': {
      const action = record as Action;
      return {
        title: action.title,
        date: (action.doneAt ?? action.createdAt).slice(0, 10),
        detail: action.status === 'done' ? 'Done' : '',
      };
    }
    case 'handover': {
      const handover = record as Handover;
      return {
        title: `Handed over “${handover.activity}” to ${handover.to}`,
        date: handover.doneOn ?? handover.createdAt.slice(0, 10),
        detail: firstLine(handover.outcome || handover.expectations),
      };
    }
    case 'project': {
      // Dated by its last change: a project has no dates of its own, and its story grows as it runs.
      const project = record as Project;
      return {
        title: project.name,
        date: project.updatedAt.slice(0, 10),
        detail: firstLine(project.wins || project.impact || project.scope),
      };
    }
  }
}
