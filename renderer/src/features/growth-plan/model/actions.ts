/**
 * The growth plan's writes as the screens call them: the functions of `repo.ts`, bound to the app's
 * database and stamped with the time of the call. Components write only through these; `repo.ts` keeps
 * taking `db` and `now` so it can be tested against a fresh database and a fixed clock.
 */
import type { StaffArchetype } from '@shared/content/archetypes';
import type { BuiltInFrameworkKey } from '@shared/content/frameworks';
import type { CompetencyDraft, CompetencyPatch } from '@shared/domain/growth-plan';
import { format } from 'date-fns';
import type {
  Action,
  BuyIn,
  Competency,
  Project,
  PromotionItem,
  SkillSnapshot,
  SourceRef,
} from '@shared/types/entities';
import { linkNoteToChecklist, linkRecordToChecklist, unlinkFromChecklist } from '@renderer/db/evidence-links';
import { db } from '@renderer/db/db';
import { putBack, type RecordSnapshot } from '@renderer/db/put-back';
import { offerUndo } from '@renderer/ui/undo';
import * as repo from './repo';

/** Offers an undo (the app's undo bar, Ctrl/Cmd+Z) that writes `before` back as it was. */
function offerPutBack(message: string, before: RecordSnapshot): void {
  offerUndo(message, () => putBack(db, before, new Date()));
}

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

/** Weights the plan for a Staff archetype, or undoes that (`null`). */
export function setArchetype(frameworkId: string, archetype: StaffArchetype | null): Promise<void> {
  return repo.setArchetype(db, frameworkId, archetype, new Date());
}

/** Adds the built-in framework's newer competencies to the plan (`add`), or declines them for good. */
export function takeBuiltInUpdate(frameworkId: string, add: boolean): Promise<number> {
  return repo.takeBuiltInUpdate(db, frameworkId, add, new Date());
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

/**
 * Sets the current or target level of a competency (the rating grid saves on every change) and offers to
 * undo it: the rating goes back to what it was before the change.
 */
export async function setLevel(
  competency: Pick<Competency, 'id' | 'name'>,
  which: 'current' | 'target',
  level: number | null,
): Promise<SkillSnapshot> {
  const change = await repo.setLevel(db, competency.id, which, level, new Date());
  const what = which === 'current' ? 'current level' : 'target';
  offerUndo(
    level === null
      ? `Cleared the ${what} of “${competency.name}”.`
      : `Set the ${what} of “${competency.name}” to ${level}.`,
    () => repo.undoSetLevel(db, change),
  );
  return change.snapshot;
}

// ── Actions ────────────────────────────────────────────────────────────────────────────────────────

export function addAction(competencyId: string | null, draft: repo.ActionDraft): Promise<Action> {
  return repo.addAction(db, competencyId, draft, new Date());
}

/** Changes an action (title, status, due date) and offers to undo the change. */
export async function updateAction(actionId: string, patch: ActionPatch): Promise<void> {
  const before = await repo.updateAction(db, actionId, patch, new Date());
  offerPutBack(`Changed the action “${before.title}”.`, { actions: [before] });
}

/** Removes an action and offers to undo it. */
export async function deleteAction(actionId: string): Promise<void> {
  const removed = await repo.deleteAction(db, actionId);
  const action = removed.actions?.[0];
  if (action) offerPutBack(`Removed the action “${action.title}”.`, removed);
}

// ── Promotion checklist ────────────────────────────────────────────────────────────────────────────

export function addPromotionItem(title: string): Promise<PromotionItem> {
  return repo.addPromotionItem(db, title, new Date());
}

export function updatePromotionItem(itemId: string, patch: PromotionItemPatch): Promise<void> {
  return repo.updatePromotionItem(db, itemId, patch, new Date());
}

/** Removes a checklist item and offers to undo it. */
export async function deletePromotionItem(itemId: string): Promise<void> {
  const removed = await repo.deletePromotionItem(db, itemId, new Date());
  const item = removed.promotionItems?.[0];
  if (item) offerPutBack(`Removed “${item.title}” from the checklist.`, removed);
}

// ── Buy-in on the checklist ─────────────────────────────────────────────────────────────────────────

export type { BuyInDraft, BuyInPatch } from './repo';

export function addBuyIn(draft: repo.BuyInDraft): Promise<BuyIn> {
  return repo.addBuyIn(db, draft, new Date());
}

export function updateBuyIn(id: string, patch: repo.BuyInPatch): Promise<void> {
  const now = new Date();
  return repo.updateBuyIn(db, id, patch, format(now, 'yyyy-MM-dd'), now);
}

/** Removes someone from the buy-in list and offers to undo it. */
export async function deleteBuyIn(id: string): Promise<void> {
  const removed = await repo.deleteBuyIn(db, id);
  const person = removed.buyIns?.[0];
  if (person) offerPutBack(`Removed ${person.who} from the buy-in list.`, removed);
}

/** Links a record, or a free evidence note (`noteId`), to a checklist item; false when it was already. */
export async function linkChecklistEvidence(
  itemId: string,
  what: { ref: SourceRef } | { noteId: string },
): Promise<boolean> {
  const now = new Date();
  const { added } =
    'ref' in what
      ? await linkRecordToChecklist(db, itemId, what.ref, now)
      : await linkNoteToChecklist(db, itemId, what.noteId, now);
  return added;
}

/** Takes a piece of evidence off a checklist item and offers to undo it. */
export async function unlinkChecklistEvidence(linkId: string, title: string): Promise<void> {
  const before = await unlinkFromChecklist(db, linkId, new Date());
  if (before.length) offerPutBack(`Took “${title}” off the checklist item.`, { evidence: before });
}

// ── Staff-level projects ────────────────────────────────────────────────────────────────────────────

export type { ProjectPatch } from './repo';

export function addProject(name: string): Promise<Project> {
  return repo.addProject(db, name, new Date());
}

/** Changes a project (its texts autosave through this, its status changes at once). */
export async function updateProject(id: string, patch: repo.ProjectPatch): Promise<void> {
  await repo.updateProject(db, id, patch, new Date());
}

/** Removes a project from the pipeline and offers to undo it. */
export async function deleteProject(id: string): Promise<void> {
  const removed = await repo.deleteProject(db, id);
  const project = removed.projects?.[0];
  if (project) offerPutBack(`Removed the project “${project.name}”.`, removed);
}

/** Starts the project's retrospective (or finds the one started already); resolves to the retro's id. */
export function startProjectRetro(projectId: string): Promise<string> {
  return repo.startProjectRetro(db, projectId, new Date());
}
