/**
 * Writes for retrospectives, brag entries and feedback. Every write runs in one Dexie transaction and
 * every record is validated with its zod schema before it is stored.
 */
import type { EntityTable, IDType } from 'dexie';
import {
  actionSchema,
  bragEntrySchema,
  feedbackSchema,
  retroSchema,
  type Action,
  type BragEntry,
  type Feedback,
  type Retro,
} from '@shared/types/entities';
import { isBlankRetro } from '@shared/domain/journal';
import type { Tagged } from '@shared/domain/evidence-links';
import { dropLinksOf, linkToChecklist, setTags, tagsOf } from '@renderer/db/evidence-links';
import type { LedgerDb } from '@renderer/db/db';
import type { RecordSnapshot } from '@renderer/db/put-back';
import { createRetro, EMPTY_RETRO_FIELDS } from '@renderer/db/retros';

/**
 * A form's fields: the record's own, plus the competencies it counts as evidence for, which are saved as
 * links (features/evidence), never on the record.
 */
export type RetroDraft = Omit<Tagged<Retro>, 'id' | 'createdAt' | 'updatedAt'>;
export type BragDraft = Omit<Tagged<BragEntry>, 'id' | 'createdAt' | 'updatedAt'>;
export type FeedbackDraft = Omit<Tagged<Feedback>, 'id' | 'createdAt' | 'updatedAt'>;

export const EMPTY_RETRO: RetroDraft = { ...EMPTY_RETRO_FIELDS, competencyIds: [] };

/** What every stored journal record has besides its own fields. */
type Stamped = { id: string; createdAt: string; updatedAt: string };

/** A stored record's editable fields (everything but its id and timestamps), to start a form from. */
export function toDraft<T extends Stamped>(record: T): Omit<T, keyof Stamped> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = record;
  return draft;
}

/** Starts a new retrospective as an empty draft (renderer/src/db/retros.ts, the one way to make one). */
export { createRetro };

/** Saves a retro, and its links to the competencies it counts as evidence for. */
export async function saveRetro(
  db: LedgerDb,
  id: string,
  draft: RetroDraft,
  now: Date,
): Promise<Tagged<Retro>> {
  const stamp = now.toISOString();
  return db.transaction('rw', [db.retros, db.evidence], async () => {
    const existing = await db.retros.get(id);
    if (!existing)
      throw new Error(
        'This retrospective no longer exists (it may have been deleted or replaced by a restore).',
      );
    const { competencyIds, ...fields } = draft;
    const retro = retroSchema.parse({ ...fields, id, createdAt: existing.createdAt, updatedAt: stamp });
    await db.retros.put(retro);
    await setTags(db, { kind: 'retro', id }, retro, competencyIds, now);
    return { ...retro, competencyIds };
  });
}

/**
 * Deletes a retro and its links (those with text of their own stay, see dropLinksOf); actions already
 * sent to the plan stay there. Returns every record it removed or changed, as it was, for an undo
 * (db/put-back.ts).
 */
export async function deleteRetro(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', [db.retros, db.evidence], async () => {
    const retro = await db.retros.get(id);
    await db.retros.delete(id);
    const evidence = await dropLinksOf(db, { kind: 'retro', id });
    return { retros: retro ? [retro] : [], evidence };
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
  return db.transaction('rw', [db.retros, db.evidence, db.actions], async () => {
    const candidates = options.only
      ? [await db.retros.get(options.only)].filter((r): r is Retro => r !== undefined)
      : await db.retros.toArray();
    let removed = 0;
    for (const retro of candidates) {
      if (retro.id === options.keepId) continue;
      const competencyIds = await tagsOf(db, { kind: 'retro', id: retro.id });
      if (!isBlankRetro({ ...retro, competencyIds })) continue;
      if (options.createdBefore !== undefined && retro.createdAt >= options.createdBefore) continue;
      const id = retro.id;
      const sent = await db.actions.filter((a) => a.source?.kind === 'retro' && a.source.id === id).count();
      if (sent > 0) continue;
      await db.retros.delete(id);
      await dropLinksOf(db, { kind: 'retro', id });
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

/** Creates (id null) or updates a brag entry, and its links to competencies. */
export async function saveBrag(
  db: LedgerDb,
  id: string | null,
  draft: BragDraft,
  now: Date,
): Promise<Tagged<BragEntry>> {
  return saveTagged(
    db,
    'brag',
    db.bragEntries,
    bragEntrySchema,
    id,
    { ...draft, title: draft.title.trim() },
    now,
    {
      missing: 'This brag entry no longer exists.',
    },
  );
}

/** Deletes a brag entry and its links; returns what it removed, as it was, for an undo. */
export async function deleteBrag(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', [db.bragEntries, db.evidence], async () => {
    const entry = await db.bragEntries.get(id);
    await db.bragEntries.delete(id);
    const evidence = await dropLinksOf(db, { kind: 'brag', id });
    return { bragEntries: entry ? [entry] : [], evidence };
  });
}

/** Links a brag entry to a promotion checklist item; `added` is false if it was linked already. */
export async function addBragToPromotionItem(
  db: LedgerDb,
  promotionItemId: string,
  bragId: string,
  now: Date,
): Promise<{ added: boolean }> {
  return db.transaction('rw', [db.promotionItems, db.bragEntries, db.evidence], async () => {
    const entry = await db.bragEntries.get(bragId);
    if (!entry) throw new Error('This brag entry no longer exists.');
    return linkToChecklist(db, promotionItemId, { kind: 'brag', id: bragId }, entry, now);
  });
}

/** Creates (id null) or updates a feedback item, and its links to competencies. */
export async function saveFeedback(
  db: LedgerDb,
  id: string | null,
  draft: FeedbackDraft,
  now: Date,
): Promise<Tagged<Feedback>> {
  return saveTagged(
    db,
    'feedback',
    db.feedback,
    feedbackSchema,
    id,
    { ...draft, from: draft.from.trim() },
    now,
    {
      missing: 'This feedback item no longer exists.',
    },
  );
}

/** Deletes a feedback item and its links; returns what it removed, as it was, for an undo. */
export async function deleteFeedback(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', [db.feedback, db.evidence], async () => {
    const item = await db.feedback.get(id);
    await db.feedback.delete(id);
    const evidence = await dropLinksOf(db, { kind: 'feedback', id });
    return { feedback: item ? [item] : [], evidence };
  });
}

/**
 * Creates (id null) or updates one journal record of `table` and its links to competencies, in one
 * transaction, validated with `schema` before it is stored; the error says `missing` when `id` names a
 * record that no longer exists.
 */
async function saveTagged<T extends BragEntry | Feedback>(
  db: LedgerDb,
  kind: 'brag' | 'feedback',
  table: EntityTable<T, 'id'>,
  schema: { parse: (value: unknown) => T },
  id: IDType<T, 'id'> | null,
  draft: Omit<Tagged<T>, keyof Stamped>,
  now: Date,
  { missing }: { missing: string },
): Promise<Tagged<T>> {
  const stamp = now.toISOString();
  return db.transaction('rw', [table, db.evidence], async () => {
    const existing = id ? await table.get(id) : undefined;
    if (id && !existing) throw new Error(missing);
    const { competencyIds, ...fields } = draft;
    const record = schema.parse({
      ...fields,
      id: id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    await table.put(record);
    await setTags(db, { kind, id: record.id }, record, competencyIds, now);
    return { ...record, competencyIds };
  });
}
