/**
 * The journal's writes and exports on the app's database, stamped with the current time: what the
 * components call. They hand over to repo.ts and exports.ts, which take the database as an argument (so
 * the unit tests run them on a fresh one).
 */
import type { Action, BragEntry, Feedback, Retro } from '@shared/types/entities';
import type { ExportResult } from '@shared/ipc/contract';
import { db } from '@renderer/db/db';
import { exportBragDocument, exportFeedbackLog, exportGrowthPlan, exportRetro } from './exports';
import {
  addBragToPromotionItem,
  addRetroAction,
  createRetro,
  deleteBrag,
  deleteFeedback,
  deleteRetro,
  saveBrag,
  saveFeedback,
  saveRetro,
  type BragDraft,
  type FeedbackDraft,
  type RetroActionInput,
  type RetroDraft,
} from './repo';

// ---------- Retrospectives ----------

/** Starts a new, empty retrospective draft. */
export function startRetro(): Promise<Retro> {
  return createRetro(db, new Date());
}

export function saveRetroDraft(id: string, draft: RetroDraft): Promise<Retro> {
  return saveRetro(db, id, draft, new Date());
}

export function removeRetro(id: string): Promise<void> {
  return deleteRetro(db, id);
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

export function updateBrag(id: string, draft: BragDraft): Promise<BragEntry> {
  return saveBrag(db, id, draft, new Date());
}

export function removeBrag(id: string): Promise<void> {
  return deleteBrag(db, id);
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

export function updateFeedback(id: string, draft: FeedbackDraft): Promise<Feedback> {
  return saveFeedback(db, id, draft, new Date());
}

export function removeFeedback(id: string): Promise<void> {
  return deleteFeedback(db, id);
}

export function exportFeedbackLogFile(today: string): Promise<ExportResult> {
  return exportFeedbackLog(db, today);
}
