/**
 * Writes of the evidence graph (issue 17): the one place links between records, competencies and
 * checklist items are made, changed and removed. Each function runs inside the caller's transaction
 * when there is one (it must include `db.evidence` and the tables named below), or in its own.
 */
import { evidenceSchema, type Evidence, type SourceRef } from '@shared/types/entities';
import { oldestFirst, summariseSource, tagChanges, type EvidenceSource } from '@shared/domain/evidence-links';
import type { LedgerDb } from './db';

type Linkable = Parameters<typeof summariseSource>[1];

/** The table that holds each kind of linkable record. */
export const TABLE_OF = {
  retro: 'retros',
  brag: 'bragEntries',
  feedback: 'feedback',
  audit: 'audits',
  assessment: 'selfAssessments',
  trial: 'trials',
  action: 'actions',
  handover: 'handovers',
  project: 'projects',
} as const;

/** Links any record to a checklist item (reading the record first: a deleted one cannot be linked). */
export async function linkRecordToChecklist(
  db: LedgerDb,
  promotionItemId: string,
  ref: SourceRef,
  now: Date,
): Promise<{ added: boolean }> {
  const table = db.table(TABLE_OF[ref.kind]);
  return db.transaction('rw', [db.evidence, db.promotionItems, table], async () => {
    const record = (await table.get(ref.id)) as Linkable | undefined;
    if (!record) throw new Error('That record no longer exists.');
    return linkToChecklist(db, promotionItemId, ref, record, now);
  });
}

/** Every link to one record, through the `[ref.kind+ref.id]` index. */
export function linksOf(db: LedgerDb, ref: SourceRef): Promise<Evidence[]> {
  return db.evidence.where('[ref.kind+ref.id]').equals([ref.kind, ref.id]).toArray();
}

/** The competencies one record counts as evidence for, oldest link first. */
export async function tagsOf(db: LedgerDb, ref: SourceRef): Promise<string[]> {
  const links = oldestFirst(await linksOf(db, ref));
  return [...new Set(links.flatMap((link) => (link.competencyId === null ? [] : [link.competencyId])))];
}

/**
 * Makes one record count as evidence for exactly `competencyIds` (a journal form's "Counts as evidence
 * for…"): links the new ones, removes those no longer chosen, and keeps every remaining link's date in
 * step with the record's.
 */
export async function setTags(
  db: LedgerDb,
  ref: SourceRef,
  record: Linkable,
  competencyIds: readonly string[],
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  const { date } = summariseSource(ref, record);
  const links = await linksOf(db, ref);
  const { add, removeIds } = tagChanges(links, competencyIds);
  await db.evidence.bulkDelete(removeIds);
  await db.evidence.bulkAdd(
    add.map((competencyId) => newLink({ competencyId, promotionItemId: null, ref, note: '', date }, stamp)),
  );
  for (const link of links)
    if (!removeIds.includes(link.id) && link.date !== date)
      await db.evidence.update(link.id, { date, updatedAt: stamp });
}

/**
 * "Counts as evidence for…" on a saved record (an audit, an assessment take, a trial, an action): links
 * it to exactly `competencyIds`, reading the record first (a deleted one cannot be linked). Returns the
 * record's links as they were, for the change's undo (`restoreLinksOf`).
 */
export async function linkRecord(
  db: LedgerDb,
  ref: SourceRef,
  competencyIds: readonly string[],
  now: Date,
): Promise<Evidence[]> {
  const table = db.table(TABLE_OF[ref.kind]);
  return db.transaction('rw', [db.evidence, table], async () => {
    const record = (await table.get(ref.id)) as Linkable | undefined;
    if (!record) throw new Error('That record no longer exists.');
    const before = await linksOf(db, ref);
    await setTags(db, ref, record, competencyIds, now);
    return before;
  });
}

/** Puts a record's links back as they were before a `linkRecord` (its undo). */
export async function restoreLinksOf(db: LedgerDb, ref: SourceRef, before: readonly Evidence[], now: Date) {
  const stamp = now.toISOString();
  await db.transaction('rw', db.evidence, async () => {
    await db.evidence.bulkDelete((await linksOf(db, ref)).map((link) => link.id));
    await db.evidence.bulkPut(before.map((link) => ({ ...link, updatedAt: stamp })));
  });
}

/**
 * Removes the links to a record being deleted, except those with text of their own ("what this
 * shows"), which stay and show the record as deleted, so nothing the user wrote goes with it. Returns
 * the removed links as they were, for the delete's undo.
 */
export async function dropLinksOf(db: LedgerDb, ref: SourceRef): Promise<Evidence[]> {
  const removed = (await linksOf(db, ref)).filter((link) => link.note.trim() === '');
  await db.evidence.bulkDelete(removed.map((link) => link.id));
  return removed;
}

/** Links a record to a promotion checklist item; `added` is false when it was linked to it already. */
export async function linkToChecklist(
  db: LedgerDb,
  promotionItemId: string,
  ref: SourceRef,
  record: Linkable,
  now: Date,
): Promise<{ added: boolean }> {
  if (!(await db.promotionItems.get(promotionItemId)))
    throw new Error('That checklist item no longer exists.');
  const links = await linksOf(db, ref);
  if (links.some((link) => link.promotionItemId === promotionItemId)) return { added: false };
  const { date } = summariseSource(ref, record);
  await db.evidence.add(
    newLink({ competencyId: null, promotionItemId, ref, note: '', date }, now.toISOString()),
  );
  return { added: true };
}

function newLink(
  fields: Pick<Evidence, 'competencyId' | 'promotionItemId' | 'ref' | 'note' | 'date'>,
  stamp: string,
): Evidence {
  return evidenceSchema.parse({ id: crypto.randomUUID(), ...fields, createdAt: stamp, updatedAt: stamp });
}

export type { EvidenceSource };

/**
 * Takes one piece of evidence off a checklist item: a link made for the checklist alone is removed; a
 * link that is also a competency's evidence stays there. Returns the link as it was, for an undo.
 */
export async function unlinkFromChecklist(db: LedgerDb, linkId: string, now: Date): Promise<Evidence[]> {
  return db.transaction('rw', db.evidence, async () => {
    const link = await db.evidence.get(linkId);
    if (!link) return [];
    if (link.competencyId === null) await db.evidence.delete(linkId);
    else await db.evidence.update(linkId, { promotionItemId: null, updatedAt: now.toISOString() });
    return [link];
  });
}

/**
 * Puts a free evidence note (one written on a competency's page) on a checklist item too: the same
 * link, so its text is kept once. A note already on another item moves to this one.
 */
export async function linkNoteToChecklist(
  db: LedgerDb,
  promotionItemId: string,
  linkId: string,
  now: Date,
): Promise<{ added: boolean }> {
  return db.transaction('rw', [db.evidence, db.promotionItems], async () => {
    if (!(await db.promotionItems.get(promotionItemId)))
      throw new Error('That checklist item no longer exists.');
    const link = await db.evidence.get(linkId);
    if (!link) throw new Error('That evidence note no longer exists.');
    if (link.promotionItemId === promotionItemId) return { added: false };
    await db.evidence.update(linkId, { promotionItemId, updatedAt: now.toISOString() });
    return { added: true };
  });
}

/**
 * The links of a checklist item being deleted: those made for it alone go, the others stay as their
 * competency's evidence. Returns every changed link as it was, for the delete's undo.
 */
export async function dropChecklistLinks(
  db: LedgerDb,
  promotionItemId: string,
  now: Date,
): Promise<Evidence[]> {
  const links = await db.evidence.where('promotionItemId').equals(promotionItemId).toArray();
  await db.evidence.bulkDelete(links.filter((link) => link.competencyId === null).map((link) => link.id));
  for (const link of links.filter((l) => l.competencyId !== null))
    await db.evidence.update(link.id, { promotionItemId: null, updatedAt: now.toISOString() });
  return links;
}

/** A free evidence note on a competency ("what I did", in the user's words). */
export async function addNote(
  db: LedgerDb,
  competencyId: string,
  note: { text: string; date: string },
  now: Date,
): Promise<Evidence> {
  const link = newLink(
    { competencyId, promotionItemId: null, ref: null, note: note.text.trim(), date: note.date },
    now.toISOString(),
  );
  await db.transaction('rw', [db.evidence, db.competencies], async () => {
    if (!(await db.competencies.get(competencyId))) throw new Error('That competency no longer exists.');
    await db.evidence.add(link);
  });
  return link;
}

/** Changes a link's own "what this shows" text; returns the link as it was, for an undo. */
export async function setLinkNote(db: LedgerDb, linkId: string, note: string, now: Date): Promise<Evidence> {
  return db.transaction('rw', db.evidence, async () => {
    const link = await db.evidence.get(linkId);
    if (!link) throw new Error('That piece of evidence no longer exists.');
    await db.evidence.put(evidenceSchema.parse({ ...link, note: note.trim(), updatedAt: now.toISOString() }));
    return link;
  });
}

/**
 * Takes a piece of evidence off a competency: the link goes, unless it is also on a checklist item, where
 * it stays. Returns the link as it was, for an undo.
 */
export async function removeFromCompetency(db: LedgerDb, linkId: string, now: Date): Promise<Evidence[]> {
  return db.transaction('rw', db.evidence, async () => {
    const link = await db.evidence.get(linkId);
    if (!link) return [];
    if (link.promotionItemId === null) await db.evidence.delete(linkId);
    else await db.evidence.update(linkId, { competencyId: null, updatedAt: now.toISOString() });
    return [link];
  });
}
