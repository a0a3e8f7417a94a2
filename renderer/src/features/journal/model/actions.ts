/**
 * The journal's writes and exports on the app's database, stamped with the current time: what the
 * components call. They hand over to repo.ts and exports.ts, which take the database as an argument (so
 * the unit tests run them on a fresh one).
 */
import type { Action, BragEntry, Feedback, Retro } from '@shared/types/entities';
import type { ExportResult } from '@shared/ipc/contract';
import { db } from '@renderer/db/db';
import { setTags, tagsOf } from '@renderer/db/evidence-links';
import { putBack, type RecordSnapshot } from '@renderer/db/put-back';
import { offerUndo } from '@renderer/ui/undo';
import { retroTitle } from '@shared/domain/journal';
import { exportBragDocument, exportFeedbackLog, exportGrowthPlan, exportRetro } from './exports';
import {
  addBragToPromotionItem,
  addRetroAction,
  createRetro,
  deleteBrag,
  deleteFeedback,
  deleteRetro,
  discardBlankRetros,
  saveBrag,
  saveFeedback,
  saveRetro,
  type BragDraft,
  type FeedbackDraft,
  type RetroActionInput,
  type RetroDraft,
} from './repo';

/** Offers an undo that writes `removed` back as it was (db/put-back.ts). */
function offerPutBack(message: string, removed: RecordSnapshot): void {
  offerUndo(message, () => putBack(db, removed, new Date()));
}

/**
 * Offers an undo of an edit: the record as it was, and the competencies it counted as evidence for
 * then (its links, which the edit may have changed).
 */
function offerEditUndo(
  message: string,
  ref: { kind: 'brag' | 'feedback'; id: string },
  before: RecordSnapshot,
  record: BragEntry | Feedback,
  tags: readonly string[],
): void {
  offerUndo(message, async () => {
    await putBack(db, before, new Date());
    await db.transaction('rw', db.evidence, () => setTags(db, ref, record, tags, new Date()));
  });
}

// ---------- Retrospectives ----------

/** Starts a new, empty retrospective draft. */
export function startRetro(): Promise<Retro> {
  return createRetro(db, new Date());
}

export function saveRetroDraft(id: string, draft: RetroDraft): Promise<Retro> {
  return saveRetro(db, id, draft, new Date());
}

/** Deletes a retro and offers to undo it (the app's undo bar and Ctrl/Cmd+Z). */
export async function removeRetro(id: string): Promise<void> {
  const removed = await deleteRetro(db, id);
  const retro = removed.retros?.[0];
  if (retro) offerPutBack(`Deleted the retrospective “${retroTitle(retro)}”.`, removed);
}

/** A retro being left: removed when nothing was put in it (see discardBlankRetros). */
export async function leaveRetro(id: string): Promise<void> {
  await discardBlankRetros(db, { only: id });
}

/** Sends an action from a retro to the growth plan. */
export function sendRetroAction(input: RetroActionInput): Promise<Action> {
  return addRetroAction(db, input, new Date());
}

export function exportRetroFile(id: string, today: string): Promise<ExportResult> {
  return exportRetro(db, id, today);
}

// ---------- Brag document ----------

export function addBrag(draft: BragDraft): Promise<BragEntry> {
  return saveBrag(db, null, draft, new Date());
}

/** Saves the edit of a brag entry and offers to undo it (the entry as it was goes back). */
export async function updateBrag(id: string, draft: BragDraft): Promise<BragEntry> {
  const ref = { kind: 'brag' as const, id };
  const { before, tags, saved } = await db.transaction('rw', [db.bragEntries, db.evidence], async () => ({
    before: await db.bragEntries.get(id),
    tags: await tagsOf(db, ref),
    saved: await saveBrag(db, id, draft, new Date()),
  }));
  if (before) offerEditUndo(`Changed “${before.title}”.`, ref, { bragEntries: [before] }, before, tags);
  return saved;
}

/** Deletes a brag entry and offers to undo it. */
export async function removeBrag(id: string): Promise<void> {
  const removed = await deleteBrag(db, id);
  const entry = removed.bragEntries?.[0];
  if (entry) offerPutBack(`Deleted “${entry.title}”.`, removed);
}

/** Lists a brag entry as evidence on a promotion checklist item; `added` is false if it was there already. */
export function addBragToPromotion(promotionItemId: string, bragId: string): Promise<{ added: boolean }> {
  return addBragToPromotionItem(db, promotionItemId, bragId, new Date());
}

export function exportBragDocumentFile(
  from: string | null,
  to: string | null,
  today: string,
): Promise<ExportResult> {
  return exportBragDocument(db, from, to, today);
}

export function exportGrowthPlanFile(today: string): Promise<ExportResult> {
  return exportGrowthPlan(db, today);
}

// ---------- Feedback ----------

export function addFeedback(draft: FeedbackDraft): Promise<Feedback> {
  return saveFeedback(db, null, draft, new Date());
}

/** Saves the edit of a feedback item and offers to undo it (the item as it was goes back). */
export async function updateFeedback(id: string, draft: FeedbackDraft): Promise<Feedback> {
  const ref = { kind: 'feedback' as const, id };
  const { before, tags, saved } = await db.transaction('rw', [db.feedback, db.evidence], async () => ({
    before: await db.feedback.get(id),
    tags: await tagsOf(db, ref),
    saved: await saveFeedback(db, id, draft, new Date()),
  }));
  if (before)
    offerEditUndo(
      `Changed the feedback from ${before.from || 'someone'}.`,
      ref,
      { feedback: [before] },
      before,
      tags,
    );
  return saved;
}

/** Deletes a feedback item and offers to undo it. */
export async function removeFeedback(id: string): Promise<void> {
  const removed = await deleteFeedback(db, id);
  const item = removed.feedback?.[0];
  if (item) offerPutBack(`Deleted the feedback from ${item.from || 'someone'}.`, removed);
}

export function exportFeedbackLogFile(today: string): Promise<ExportResult> {
  return exportFeedbackLog(db, today);
}
