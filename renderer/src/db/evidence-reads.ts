/**
 * Reads of the evidence graph, shared by the screens that show links: each reads only the links it
 * shows, through the `evidence` table's indexes.
 */
import Dexie from 'dexie';
import {
  evidenceEntries,
  sourceKey,
  summariseSource,
  withTags,
  type EvidenceEntry,
  type EvidenceSource,
  type Tagged,
} from '@shared/domain/evidence-links';
import type { Evidence, SourceRef } from '@shared/types/entities';
import type { LedgerDb } from './db';
import { TABLE_OF } from './evidence-links';

/** Every link to a record of one kind (range over the `[ref.kind+ref.id]` index). */
export function linksOfKind(db: LedgerDb, kind: SourceRef['kind']): Promise<Evidence[]> {
  return db.evidence.where('[ref.kind+ref.id]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).toArray();
}

/** `records` with the competencies each counts as evidence for (all links of the kind, read once). */
export async function tagged<T extends { id: string }>(
  db: LedgerDb,
  kind: SourceRef['kind'],
  records: readonly T[],
): Promise<Tagged<T>[]> {
  const [only, ...others] = records;
  if (!only) return [];
  // A single record: its own links only.
  const links =
    others.length === 0
      ? await db.evidence.where('[ref.kind+ref.id]').equals([kind, only.id]).toArray()
      : await linksOfKind(db, kind);
  return withTags(records, kind, links);
}

/** The ids of the records of `kind` linked to one competency. */
export async function idsLinkedTo(
  db: LedgerDb,
  competencyId: string,
  kind: SourceRef['kind'],
): Promise<string[]> {
  const links = await db.evidence.where('competencyId').equals(competencyId).toArray();
  return [...new Set(links.flatMap((link) => (link.ref?.kind === kind ? [link.ref.id] : [])))];
}

/**
 * The records that links (or a person's links, features/people) point at, summarised as the evidence
 * list shows them, by `sourceKey`; a deleted record is missing.
 */
export async function readSources(
  db: LedgerDb,
  pointers: readonly (Evidence | SourceRef)[],
): Promise<Map<string, EvidenceSource>> {
  const byKind = new Map<SourceRef['kind'], Set<string>>();
  for (const pointer of pointers) {
    const ref = 'kind' in pointer ? pointer : pointer.ref;
    if (!ref) continue;
    const ids = byKind.get(ref.kind) ?? new Set<string>();
    ids.add(ref.id);
    byKind.set(ref.kind, ids);
  }
  const sources = new Map<string, EvidenceSource>();
  await Promise.all(
    [...byKind].map(async ([kind, idSet]) => {
      const ids = [...idSet];
      const records = await db.table(TABLE_OF[kind]).bulkGet(ids);
      ids.forEach((id, i) => {
        const record: unknown = records[i];
        const ref = { kind, id };
        if (record) sources.set(sourceKey(ref), summariseSource(ref, record as never));
      });
    }),
  );
  return sources;
}

/** One competency's evidence, each piece once, newest first. */
export async function readCompetencyEvidence(db: LedgerDb, competencyId: string): Promise<EvidenceEntry[]> {
  const links = await db.evidence.where('competencyId').equals(competencyId).toArray();
  return evidenceEntries(links, await readSources(db, links));
}

/** One checklist item's evidence, each piece once, newest first. */
export async function readChecklistEvidence(db: LedgerDb, promotionItemId: string): Promise<EvidenceEntry[]> {
  const links = await db.evidence.where('promotionItemId').equals(promotionItemId).toArray();
  return evidenceEntries(links, await readSources(db, links));
}

/** The evidence of several checklist items, by item id (one indexed read for all of them). */
export async function readChecklistsEvidence(
  db: LedgerDb,
  promotionItemIds: readonly string[],
): Promise<Map<string, EvidenceEntry[]>> {
  const links = await db.evidence
    .where('promotionItemId')
    .anyOf([...promotionItemIds])
    .toArray();
  const sources = await readSources(db, links);
  return new Map(
    promotionItemIds.map((id) => [
      id,
      evidenceEntries(
        links.filter((l) => l.promotionItemId === id),
        sources,
      ),
    ]),
  );
}

/** Free evidence notes not on any checklist item yet: what the checklist's picker offers besides records. */
export async function readFreeNotes(db: LedgerDb): Promise<Evidence[]> {
  const notes = await db.evidence.filter((link) => link.ref === null).toArray();
  return notes.sort((a, b) => b.date.localeCompare(a.date));
}
