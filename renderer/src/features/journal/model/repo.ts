/**
 * Writes for retrospectives, brag entries and feedback. Every write runs in one Dexie transaction and
 * every record is validated with its zod schema before it is stored.
 */
import type { EntityTable, IDType } from 'dexie';
import {
  actionSchema,
  bragEntrySchema,
  evidenceSchema,
  feedbackSchema,
  promotionItemSchema,
  retroSchema,
  type Action,
  type BragEntry,
  type Feedback,
  type PromotionItem,
  type Retro,
  type SourceRef,
} from '@shared/types/entities';
import {
  appendPromotionEvidence,
  dayOf,
  isBlankRetro,
  retroEvidenceChanges,
  retroTitle,
} from '@shared/domain/journal';
import type { LedgerDb } from '@renderer/db/db';
import type { RecordSnapshot } from '@renderer/db/put-back';

export type RetroDraft = Omit<Retro, 'id' | 'createdAt' | 'updatedAt'>;
export type BragDraft = Omit<BragEntry, 'id' | 'createdAt' | 'updatedAt'>;
export type FeedbackDraft = Omit<Feedback, 'id' | 'createdAt' | 'updatedAt'>;

export const EMPTY_RETRO: RetroDraft = {
  project: '',
  startDate: null,
  endDate: null,
  role: '',
  wentWell: '',
  didNotGoWell: '',
  prevention: '',
  change: '',
  overEngineered: null,
  overEngineeredNote: '',
  competencyIds: [],
  status: 'draft',
};

/** What every stored journal record has besides its own fields. */
type Stamped = { id: string; createdAt: string; updatedAt: string };

/** A stored record's editable fields (everything but its id and timestamps), to start a form from. */
export function toDraft<T extends Stamped>(record: T): Omit<T, keyof Stamped> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = record;
  return draft;
}

/** Starts a new retrospective as an empty draft and returns it (the editor autosaves into it). */
export async function createRetro(db: LedgerDb, now: Date): Promise<Retro> {
  const stamp = now.toISOString();
  const retro = retroSchema.parse({
    ...EMPTY_RETRO,
    id: crypto.randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.transaction('rw', db.retros, async () => {
    await db.retros.add(retro);
  });
  return retro;
}

/**
 * Saves a retro and keeps its evidence records in step: one `evidence` record (ref {kind:'retro'})
 * per competency the retro is tagged with, so the growth plan's evidence view can list it.
 */
export async function saveRetro(db: LedgerDb, id: string, draft: RetroDraft, now: Date): Promise<Retro> {
  const stamp = now.toISOString();
  return db.transaction('rw', [db.retros, db.evidence], async () => {
    const existing = await db.retros.get(id);
    if (!existing)
      throw new Error(
        'This retrospective no longer exists (it may have been deleted or replaced by a restore).',
      );
    const retro = retroSchema.parse({ ...draft, id, createdAt: existing.createdAt, updatedAt: stamp });
    await db.retros.put(retro);
    const mine = await db.evidence.filter((e) => e.ref?.kind === 'retro' && e.ref.id === id).toArray();
    const { addFor, removeIds } = retroEvidenceChanges(retro, mine);
    await db.evidence.bulkDelete(removeIds);
    const note = `Retrospective: ${retroTitle(retro)}`.slice(0, 20_000);
    const date = retro.endDate ?? retro.startDate ?? dayOf(stamp);
    await db.evidence.bulkAdd(
      addFor.map((competencyId) =>
        evidenceSchema.parse({
          id: crypto.randomUUID(),
          competencyId,
          ref: { kind: 'retro', id },
          note,
          date,
          createdAt: stamp,
          updatedAt: stamp,
        }),
      ),
    );
    // Keep the note and date of the remaining records in step with the retro.
    for (const e of mine.filter((m) => !removeIds.includes(m.id))) {
      if (e.note !== note || e.date !== date)
        await db.evidence.update(e.id, { note, date, updatedAt: stamp });
    }
    return retro;
  });
}

/**
 * Deletes a retro and its evidence records; actions already sent to the plan stay there. Returns every
 * record it removed or changed, as it was, for an undo (db/put-back.ts).
 */
export async function deleteRetro(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', [db.retros, db.evidence, db.promotionItems], async () => {
    const retro = await db.retros.get(id);
    const evidence = await db.evidence.filter((e) => e.ref?.kind === 'retro' && e.ref.id === id).toArray();
    await db.retros.delete(id);
    await db.evidence.bulkDelete(evidence.map((e) => e.id));
    const promotionItems = await removePromotionRefs(db, { kind: 'retro', id });
    return { retros: retro ? [retro] : [], evidence, promotionItems };
  });
}

/**
 * Removes the retros that hold nothing (isBlankRetro) and sent no action to the plan, except `keepId`
 * (the one on screen). Run when a retro is left, and at start for one the window closed on. Returns how
 * many were removed.
 */
export async function discardBlankRetros(
  db: LedgerDb,
  /**
   * `createdBefore`: only retros created before then (ISO time). The start-up sweep passes the page's start,
   * so a retro the user creates while the sweep is still on its way (a slow machine) is never taken.
   */
  options: { only?: string; keepId?: string | null; createdBefore?: string } = {},
): Promise<number> {
  return db.transaction('rw', [db.retros, db.evidence, db.promotionItems, db.actions], async () => {
    const candidates = options.only
      ? [await db.retros.get(options.only)].filter((r): r is Retro => r !== undefined)
      : await db.retros.toArray();
    let removed = 0;
    for (const retro of candidates) {
      if (retro.id === options.keepId || !isBlankRetro(retro)) continue;
      if (options.createdBefore !== undefined && retro.createdAt >= options.createdBefore) continue;
      const id = retro.id;
      const sent = await db.actions.filter((a) => a.source?.kind === 'retro' && a.source.id === id).count();
      if (sent > 0) continue;
      await db.retros.delete(id);
      await db.evidence.filter((e) => e.ref?.kind === 'retro' && e.ref.id === id).delete();
      await removePromotionRefs(db, { kind: 'retro', id });
      removed += 1;
    }
    return removed;
  });
}

export interface RetroActionInput {
  retroId: string;
  competencyId: string;
  title: string;
  dueDate: string | null;
}

/** Sends an action from a retro to the growth plan, on a chosen competency. */
export async function addRetroAction(db: LedgerDb, input: RetroActionInput, now: Date): Promise<Action> {
  const stamp = now.toISOString();
  const action = actionSchema.parse({
    id: crypto.randomUUID(),
    competencyId: input.competencyId,
    title: input.title.trim(),
    status: 'todo',
    dueDate: input.dueDate,
    doneAt: null,
    source: { kind: 'retro', id: input.retroId },
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.transaction('rw', [db.actions, db.competencies], async () => {
    if (!(await db.competencies.get(input.competencyId)))
      throw new Error('That competency no longer exists.');
    await db.actions.add(action);
  });
  return action;
}

/** Creates (id null) or updates a brag entry. */
export async function saveBrag(
  db: LedgerDb,
  id: string | null,
  draft: BragDraft,
  now: Date,
): Promise<BragEntry> {
  return saveRecord(db, db.bragEntries, bragEntrySchema, id, { ...draft, title: draft.title.trim() }, now, {
    missing: 'This brag entry no longer exists.',
  });
}

/** Deletes a brag entry; returns what it removed or changed, as it was, for an undo. */
export async function deleteBrag(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', [db.bragEntries, db.promotionItems], async () => {
    const entry = await db.bragEntries.get(id);
    await db.bragEntries.delete(id);
    const promotionItems = await removePromotionRefs(db, { kind: 'brag', id });
    return { bragEntries: entry ? [entry] : [], promotionItems };
  });
}

/** Appends a brag entry to a promotion checklist item's evidence; `added` is false if it was there already. */
export async function addBragToPromotionItem(
  db: LedgerDb,
  promotionItemId: string,
  bragId: string,
  now: Date,
): Promise<{ added: boolean }> {
  return db.transaction('rw', [db.promotionItems, db.bragEntries], async () => {
    const item = await db.promotionItems.get(promotionItemId);
    if (!item) throw new Error('That checklist item no longer exists.');
    if (!(await db.bragEntries.get(bragId))) throw new Error('This brag entry no longer exists.');
    const { evidence, added } = appendPromotionEvidence(item, { kind: 'brag', id: bragId });
    if (added)
      await db.promotionItems.put(
        promotionItemSchema.parse({ ...item, evidence, updatedAt: now.toISOString() }),
      );
    return { added };
  });
}

/** Creates (id null) or updates a feedback item. */
export async function saveFeedback(
  db: LedgerDb,
  id: string | null,
  draft: FeedbackDraft,
  now: Date,
): Promise<Feedback> {
  return saveRecord(db, db.feedback, feedbackSchema, id, { ...draft, from: draft.from.trim() }, now, {
    missing: 'This feedback item no longer exists.',
  });
}

/** Deletes a feedback item; returns what it removed or changed, as it was, for an undo. */
export async function deleteFeedback(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', [db.feedback, db.promotionItems], async () => {
    const item = await db.feedback.get(id);
    await db.feedback.delete(id);
    const promotionItems = await removePromotionRefs(db, { kind: 'feedback', id });
    return { feedback: item ? [item] : [], promotionItems };
  });
}

/**
 * Creates (id null) or updates one record of `table`, in one transaction, validated with `schema` before
 * it is stored; the error says `missing` when `id` names a record that no longer exists.
 */
async function saveRecord<T extends Stamped>(
  db: LedgerDb,
  table: EntityTable<T, 'id'>,
  schema: { parse: (value: unknown) => T },
  id: IDType<T, 'id'> | null,
  fields: Omit<T, keyof Stamped>,
  now: Date,
  { missing }: { missing: string },
): Promise<T> {
  const stamp = now.toISOString();
  return db.transaction('rw', table, async () => {
    const existing = id ? await table.get(id) : undefined;
    if (id && !existing) throw new Error(missing);
    const record = schema.parse({
      ...fields,
      id: id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    await table.put(record);
    return record;
  });
}

/**
 * Drops references to a deleted item from every promotion checklist item (inside the caller's
 * transaction); returns the changed items as they were before.
 */
async function removePromotionRefs(db: LedgerDb, ref: SourceRef): Promise<PromotionItem[]> {
  const items = await db.promotionItems.toArray();
  const changed: PromotionItem[] = [];
  for (const item of items) {
    const evidence = item.evidence.filter((e) => !(e.kind === ref.kind && e.id === ref.id));
    if (evidence.length !== item.evidence.length) {
      changed.push(item);
      await db.promotionItems.update(item.id, { evidence });
    }
  }
  return changed;
}
