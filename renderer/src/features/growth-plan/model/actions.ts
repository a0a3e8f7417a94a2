/**
 * The growth plan's writes as the screens call them: the functions of `repo.ts`, bound to the app's
 * database and stamped with the time of the call. Components write only through these; `repo.ts` keeps
 * taking `db` and `now` so it can be tested against a fresh database and a fixed clock.
 */
import type { BuiltInFrameworkKey } from '@shared/content/frameworks';
import type { CompetencyDraft, CompetencyPatch } from '@shared/domain/growth-plan';
import type { Action, Competency, Evidence, PromotionItem, SkillSnapshot } from '@shared/types/entities';
import { db } from '@renderer/db/db';
import * as repo from './repo';

export type ActionPatch = Parameters<typeof repo.updateAction>[2];
export type PromotionItemPatch = Parameters<typeof repo.updatePromotionItem>[2];
export type SkillDraft = Parameters<typeof repo.recordSkill>[2];

// ── Frameworks ─────────────────────────────────────────────────────────────────────────────────────

export function setActiveFramework(frameworkId: string): Promise<void> {
  return repo.setActiveFramework(db, frameworkId);
}

export function startFromBuiltIn(key: BuiltInFrameworkKey): Promise<string> {
  return repo.startFromBuiltIn(db, key, new Date());
}

export function startBlankFramework(name: string): Promise<string> {
  return repo.startBlankFramework(db, name, new Date());
}

export function duplicateFramework(frameworkId: string, name: string): Promise<string> {
  return repo.duplicateFramework(db, frameworkId, name, new Date());
}

export function renameFramework(frameworkId: string, name: string): Promise<void> {
  return repo.renameFramework(db, frameworkId, name, new Date());
}

// ── Competencies and ratings ───────────────────────────────────────────────────────────────────────

export function addCompetency(frameworkId: string, draft: CompetencyDraft): Promise<Competency> {
  return repo.addCompetency(db, frameworkId, draft, new Date());
}

export function updateCompetency(
  frameworkId: string,
  competencyId: string,
  patch: CompetencyPatch,
): Promise<void> {
  return repo.updateCompetency(db, frameworkId, competencyId, patch, new Date());
}

export function moveCompetency(frameworkId: string, competencyId: string, direction: -1 | 1): Promise<void> {
  return repo.moveCompetency(db, frameworkId, competencyId, direction, new Date());
}

export function archiveCompetency(frameworkId: string, competencyId: string): Promise<void> {
  return repo.archiveCompetency(db, frameworkId, competencyId, new Date());
}

export function restoreCompetency(frameworkId: string, competencyId: string): Promise<void> {
  return repo.restoreCompetency(db, frameworkId, competencyId, new Date());
}

export function recordSkill(competencyId: string, state: SkillDraft): Promise<SkillSnapshot> {
  return repo.recordSkill(db, competencyId, state, new Date());
}

// ── Actions ────────────────────────────────────────────────────────────────────────────────────────

export function addAction(competencyId: string | null, draft: repo.ActionDraft): Promise<Action> {
  return repo.addAction(db, competencyId, draft, new Date());
}

export function updateAction(actionId: string, patch: ActionPatch): Promise<void> {
  return repo.updateAction(db, actionId, patch, new Date());
}

export function deleteAction(actionId: string): Promise<void> {
  return repo.deleteAction(db, actionId);
}

// ── Evidence notes ─────────────────────────────────────────────────────────────────────────────────

export function addEvidenceNote(
  competencyId: string,
  note: { text: string; date: string },
): Promise<Evidence> {
  return repo.addEvidenceNote(db, competencyId, note, new Date());
}

export function deleteEvidence(evidenceId: string): Promise<void> {
  return repo.deleteEvidence(db, evidenceId);
}

// ── Promotion checklist ────────────────────────────────────────────────────────────────────────────

export function addPromotionItem(title: string): Promise<PromotionItem> {
  return repo.addPromotionItem(db, title, new Date());
}

export function updatePromotionItem(itemId: string, patch: PromotionItemPatch): Promise<void> {
  return repo.updatePromotionItem(db, itemId, patch, new Date());
}

export function deletePromotionItem(itemId: string): Promise<void> {
  return repo.deletePromotionItem(db, itemId);
}
