/**
 * Dexie reads and writes of the growth plan. Every write runs in one `rw` transaction and every record
 * is validated with its zod schema before it is stored. Nothing here deletes a competency or a skill
 * snapshot: competencies are archived, so their history is never lost.
 */
import {
  BLANK_LEVELS,
  builtInFramework,
  builtInFrameworkForTrack,
  type BuiltInCompetency,
  type BuiltInFramework,
  type BuiltInFrameworkKey,
} from '@shared/content/frameworks';
import type { StaffArchetype } from '@shared/content/archetypes';
import { missingBuiltIns } from '@shared/domain/framework-versions';
import {
  addCompetencyOp,
  archiveCompetencyOp,
  moveCompetencyOp,
  restoreCompetencyOp,
  updateCompetencyOp,
  type CompetencyDraft,
  type CompetencyPatch,
} from '@shared/domain/growth-plan';
import {
  actionSchema,
  buyInSchema,
  competencySchema,
  frameworkSchema,
  projectSchema,
  promotionItemSchema,
  settingSchema,
  skillSnapshotSchema,
  type Action,
  type BuyIn,
  type Competency,
  type Framework,
  type Project,
  type PromotionItem,
  type SkillSnapshot,
} from '@shared/types/entities';
import Dexie from 'dexie';
import { dropChecklistLinks, dropLinksOf } from '@renderer/db/evidence-links';
import type { LedgerDb } from '@renderer/db/db';
import type { RecordSnapshot } from '@renderer/db/put-back';
import { createRetro } from '@renderer/db/retros';

export const ACTIVE_FRAMEWORK_KEY = 'growthPlan.activeFrameworkId';

const newId = () => crypto.randomUUID();

export async function getActiveFrameworkId(db: LedgerDb): Promise<string | null> {
  const setting = await db.settings.get(ACTIVE_FRAMEWORK_KEY);
  return typeof setting?.value === 'string' ? setting.value : null;
}

/** The active framework, or null when none is chosen (or the chosen one no longer exists). */
export async function getActiveFramework(db: LedgerDb): Promise<Framework | null> {
  const id = await getActiveFrameworkId(db);
  if (!id) return null;
  return (await db.frameworks.get(id)) ?? null;
}

export async function setActiveFramework(db: LedgerDb, frameworkId: string): Promise<void> {
  await db.transaction('rw', db.frameworks, db.settings, async () => {
    const framework = await db.frameworks.get(frameworkId);
    if (!framework) throw new Error('That framework no longer exists.');
    await db.settings.put(settingSchema.parse({ key: ACTIVE_FRAMEWORK_KEY, value: frameworkId }));
  });
}

/** Writes a copy of a built-in framework with all its competencies. Call inside a transaction. */
async function insertBuiltInCopy(db: LedgerDb, builtIn: BuiltInFramework, now: Date): Promise<string> {
  const stamp = now.toISOString();
  const frameworkId = newId();
  await db.frameworks.add(
    frameworkSchema.parse({
      id: frameworkId,
      name: builtIn.name,
      description: builtIn.description,
      track: builtIn.track,
      builtInKey: builtIn.key,
      builtInVersion: builtIn.version,
      archetype: null,
      archived: false,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  await db.competencies.bulkAdd(
    builtIn.competencies.map((c, index) => builtInCompetencyRecord(c, frameworkId, index, stamp)),
  );
  return frameworkId;
}

/** A plan's copy of a built-in competency, at `order`, unrated. */
function builtInCompetencyRecord(
  c: BuiltInCompetency,
  frameworkId: string,
  order: number,
  stamp: string,
): Competency {
  return competencySchema.parse({
    id: newId(),
    frameworkId,
    group: c.group,
    name: c.name,
    description: c.description,
    levels: [...c.levels],
    order,
    priority: c.priority,
    builtInKey: c.key,
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  });
}

/**
 * Makes sure an editable copy of the built-in framework for `track` exists (creating it, with its
 * competencies, when there is none) and makes it the plan's active framework. Returns its id.
 * Used by the self-assessment's "use this result for my plan".
 */
export async function activateFrameworkForTrack(
  db: LedgerDb,
  track: 'staff' | 'em',
  now: Date,
): Promise<string> {
  const builtIn = builtInFrameworkForTrack(track);
  return db.transaction('rw', db.frameworks, db.competencies, db.settings, async () => {
    const copies = (await db.frameworks.where('track').equals(track).toArray())
      .filter((f) => f.builtInKey === builtIn.key && !f.archived)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const frameworkId = copies[0]?.id ?? (await insertBuiltInCopy(db, builtIn, now));
    await db.settings.put(settingSchema.parse({ key: ACTIVE_FRAMEWORK_KEY, value: frameworkId }));
    return frameworkId;
  });
}

/** Always makes a new copy of a built-in framework and activates it. */
export async function startFromBuiltIn(db: LedgerDb, key: BuiltInFrameworkKey, now: Date): Promise<string> {
  const builtIn = builtInFramework(key);
  if (!builtIn) throw new Error(`There is no built-in framework called "${key}".`);
  return db.transaction('rw', db.frameworks, db.competencies, db.settings, async () => {
    const frameworkId = await insertBuiltInCopy(db, builtIn, now);
    await db.settings.put(settingSchema.parse({ key: ACTIVE_FRAMEWORK_KEY, value: frameworkId }));
    return frameworkId;
  });
}

/** A new, empty framework of the user's own, made active. */
export async function startBlankFramework(db: LedgerDb, name: string, now: Date): Promise<string> {
  const stamp = now.toISOString();
  const frameworkId = newId();
  const framework = frameworkSchema.parse({
    id: frameworkId,
    name: name.trim() || 'My framework',
    description: '',
    track: 'custom',
    builtInKey: null,
    builtInVersion: null,
    archetype: null,
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.transaction('rw', db.frameworks, db.settings, async () => {
    await db.frameworks.add(framework);
    await db.settings.put(settingSchema.parse({ key: ACTIVE_FRAMEWORK_KEY, value: frameworkId }));
  });
  return frameworkId;
}

/**
 * Copies a framework and its competencies (archived ones too) under a new name, without ratings, and
 * makes the copy active. The original and its history stay as they are.
 */
export async function duplicateFramework(
  db: LedgerDb,
  frameworkId: string,
  name: string,
  now: Date,
): Promise<string> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.frameworks, db.competencies, db.settings, async () => {
    const source = await db.frameworks.get(frameworkId);
    if (!source) throw new Error('That framework no longer exists.');
    const copyId = newId();
    await db.frameworks.add(
      frameworkSchema.parse({
        ...source,
        id: copyId,
        name: name.trim() || `${source.name} (copy)`,
        archived: false,
        createdAt: stamp,
        updatedAt: stamp,
      }),
    );
    const competencies = await db.competencies.where('frameworkId').equals(frameworkId).toArray();
    await db.competencies.bulkAdd(
      competencies.map((c) =>
        competencySchema.parse({
          ...c,
          id: newId(),
          frameworkId: copyId,
          createdAt: stamp,
          updatedAt: stamp,
        }),
      ),
    );
    await db.settings.put(settingSchema.parse({ key: ACTIVE_FRAMEWORK_KEY, value: copyId }));
    return copyId;
  });
}

export async function renameFramework(db: LedgerDb, frameworkId: string, name: string, now: Date) {
  await db.transaction('rw', db.frameworks, async () => {
    const framework = await db.frameworks.get(frameworkId);
    if (!framework) throw new Error('That framework no longer exists.');
    await db.frameworks.put(
      frameworkSchema.parse({ ...framework, name: name.trim(), updatedAt: now.toISOString() }),
    );
  });
}

/**
 * Weights the plan for a Staff archetype (shared/content/archetypes.ts), or undoes that (`null`): the
 * competencies it leans on rank first among equal needs. Only the choice is stored; the ranking is
 * derived from it, so undoing leaves the plan exactly as it was.
 */
export async function setArchetype(
  db: LedgerDb,
  frameworkId: string,
  archetype: StaffArchetype | null,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.frameworks, async () => {
    const framework = await db.frameworks.get(frameworkId);
    if (!framework) throw new Error('That framework no longer exists.');
    if (framework.archetype === archetype) return;
    await db.frameworks.put(frameworkSchema.parse({ ...framework, archetype, updatedAt: now.toISOString() }));
  });
}

/**
 * Takes up the newer version of the built-in framework a plan was copied from: with `add`, its new
 * competencies are added after the plan's own (unrated, their history starting now); without, the plan
 * stays as it is and is no longer offered them. Either way the plan records the version, and its
 * existing competencies and their history are not touched.
 */
export async function takeBuiltInUpdate(
  db: LedgerDb,
  frameworkId: string,
  add: boolean,
  now: Date,
): Promise<number> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.frameworks, db.competencies, async () => {
    const framework = await db.frameworks.get(frameworkId);
    if (!framework) throw new Error('That framework no longer exists.');
    const builtIn = framework.builtInKey === null ? undefined : builtInFramework(framework.builtInKey);
    if (!builtIn) return 0;
    const existing = await db.competencies.where('frameworkId').equals(frameworkId).toArray();
    const missing = add ? missingBuiltIns(framework, existing) : [];
    const order = existing.reduce((max, c) => Math.max(max, c.order + 1), 0);
    await db.competencies.bulkAdd(
      missing.map((c, index) => builtInCompetencyRecord(c, frameworkId, order + index, stamp)),
    );
    await db.frameworks.put(
      frameworkSchema.parse({ ...framework, builtInVersion: builtIn.version, updatedAt: stamp }),
    );
    return missing.length;
  });
}

export async function listFrameworks(db: LedgerDb): Promise<Framework[]> {
  // A copy: a result read in a live query is frozen (db.ts), so it is never sorted in place.
  return [...(await db.frameworks.toArray())].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Every competency of a framework (archived ones included), in the framework's order. */
export async function listCompetencies(db: LedgerDb, frameworkId: string): Promise<Competency[]> {
  return db.competencies
    .where('[frameworkId+order]')
    .between([frameworkId, 0], [frameworkId, Infinity])
    .toArray();
}

/** The competencies of the active framework that are not archived, in order; [] when no plan exists. */
export async function listActiveCompetencies(db: LedgerDb): Promise<Competency[]> {
  const frameworkId = await getActiveFrameworkId(db);
  if (!frameworkId) return [];
  return (await listCompetencies(db, frameworkId)).filter((c) => !c.archived);
}

/** Applies a pure framework edit: writes the records it changed (validated) in one transaction. */
async function applyCompetencyEdit(
  db: LedgerDb,
  frameworkId: string,
  edit: (competencies: Competency[]) => Competency[],
): Promise<Competency[]> {
  return db.transaction('rw', db.competencies, async () => {
    const before = await listCompetencies(db, frameworkId);
    const changed = edit(before);
    await db.competencies.bulkPut(changed.map((c) => competencySchema.parse(c)));
    return changed;
  });
}

export async function addCompetency(
  db: LedgerDb,
  frameworkId: string,
  draft: CompetencyDraft,
  now: Date,
): Promise<Competency> {
  const framework = await db.frameworks.get(frameworkId);
  if (!framework) throw new Error('That framework no longer exists.');
  let added: Competency | undefined;
  await applyCompetencyEdit(db, frameworkId, (list) => {
    added = addCompetencyOp(
      list,
      { ...draft, levels: draft.levels ?? [...BLANK_LEVELS] },
      frameworkId,
      newId(),
      now,
    );
    return [added];
  });
  if (!added) throw new Error('The competency could not be added.');
  return added;
}

export async function updateCompetency(
  db: LedgerDb,
  frameworkId: string,
  competencyId: string,
  patch: CompetencyPatch,
  now: Date,
): Promise<void> {
  await applyCompetencyEdit(db, frameworkId, (list) => [updateCompetencyOp(list, competencyId, patch, now)]);
}

export async function moveCompetency(
  db: LedgerDb,
  frameworkId: string,
  competencyId: string,
  direction: -1 | 1,
  now: Date,
): Promise<void> {
  await applyCompetencyEdit(db, frameworkId, (list) => moveCompetencyOp(list, competencyId, direction, now));
}

export async function archiveCompetency(db: LedgerDb, frameworkId: string, competencyId: string, now: Date) {
  await applyCompetencyEdit(db, frameworkId, (list) => [archiveCompetencyOp(list, competencyId, now)]);
}

export async function restoreCompetency(db: LedgerDb, frameworkId: string, competencyId: string, now: Date) {
  await applyCompetencyEdit(db, frameworkId, (list) => restoreCompetencyOp(list, competencyId, now));
}

/**
 * Records the current and target level of a competency as a new dated snapshot. The newest snapshot
 * is the current state; older ones are the history. A snapshot is never stamped earlier than the
 * previous one, so two quick saves keep their order.
 */
export async function recordSkill(
  db: LedgerDb,
  competencyId: string,
  state: { current: number | null; target: number | null; note: string },
  now: Date,
): Promise<SkillSnapshot> {
  return db.transaction('rw', db.competencies, db.skillSnapshots, async () => {
    if (!(await db.competencies.get(competencyId))) throw new Error('That competency no longer exists.');
    const latest = await db.skillSnapshots
      .where('[competencyId+recordedAt]')
      .between([competencyId, ''], [competencyId, '\uffff'])
      .last();
    let at = now.getTime();
    if (latest && Date.parse(latest.recordedAt) >= at) at = Date.parse(latest.recordedAt) + 1;
    const snapshot = skillSnapshotSchema.parse({
      id: newId(),
      competencyId,
      recordedAt: new Date(at).toISOString(),
      current: state.current,
      target: state.target,
      note: state.note.trim(),
    });
    await db.skillSnapshots.add(snapshot);
    return snapshot;
  });
}

/**
 * Changes within this long of a competency's newest rating amend it instead of adding another: setting
 * the current and then the target level in the grid is one rating, not two entries in its history.
 */
export const RATING_SITTING_MS = 10 * 60 * 1000;

/**
 * Sets one of the two levels of a competency and keeps the other as it is now, in one transaction: the
 * rating grid saves each key press at once, and a second press right after the first must build on it,
 * not on what the screen had read before. A change within RATING_SITTING_MS of the newest rating amends
 * that rating (`replaced` is it as it was, for the undo); otherwise a new rating is added.
 */
export async function setLevel(
  db: LedgerDb,
  competencyId: string,
  which: 'current' | 'target',
  level: number | null,
  now: Date,
): Promise<{ replaced: SkillSnapshot | undefined; snapshot: SkillSnapshot }> {
  return db.transaction('rw', db.competencies, db.skillSnapshots, async () => {
    if (!(await db.competencies.get(competencyId))) throw new Error('That competency no longer exists.');
    const latest = await db.skillSnapshots
      .where('[competencyId+recordedAt]')
      .between([competencyId, ''], [competencyId, '\uffff'])
      .last();
    const state = {
      current: latest?.current ?? null,
      target: latest?.target ?? null,
      note: latest?.note ?? '',
      [which]: level,
    };
    const age = latest ? now.getTime() - Date.parse(latest.recordedAt) : Infinity;
    if (!latest || age < 0 || age >= RATING_SITTING_MS) {
      return { replaced: undefined, snapshot: await recordSkill(db, competencyId, state, now) };
    }
    const snapshot = skillSnapshotSchema.parse({
      ...latest,
      current: state.current,
      target: state.target,
      recordedAt: new Date(Math.max(now.getTime(), Date.parse(latest.recordedAt))).toISOString(),
    });
    await db.skillSnapshots.put(snapshot);
    return { replaced: latest, snapshot };
  });
}

/**
 * Takes back a level set in the grid (its undo): the rating it amended goes back as it was, or the rating
 * it added goes, so the one before it is the competency's state again.
 */
export async function undoSetLevel(
  db: LedgerDb,
  change: { replaced: SkillSnapshot | undefined; snapshot: SkillSnapshot },
): Promise<void> {
  await db.transaction('rw', db.skillSnapshots, async () => {
    if (change.replaced) await db.skillSnapshots.put(change.replaced);
    else await db.skillSnapshots.delete(change.snapshot.id);
  });
}

export async function listSnapshots(
  db: LedgerDb,
  competencyIds: readonly string[],
): Promise<SkillSnapshot[]> {
  if (competencyIds.length === 0) return [];
  return db.skillSnapshots
    .where('competencyId')
    .anyOf([...competencyIds])
    .toArray();
}

/** Per competency, the newest snapshot recorded before `cutoff`: the state when the window opens. */
export async function baselineSnapshots(
  db: LedgerDb,
  competencyIds: readonly string[],
  cutoff: string,
): Promise<SkillSnapshot[]> {
  const found = await Promise.all(
    competencyIds.map((id) =>
      db.skillSnapshots
        .where('[competencyId+recordedAt]')
        .between([id, ''], [id, cutoff], true, false)
        .last(),
    ),
  );
  return found.filter((s): s is SkillSnapshot => s !== undefined);
}

/**
 * Every snapshot recorded from `cutoff` on, of the given competencies: one `[competencyId+recordedAt]`
 * range each, so ratings of other frameworks' competencies are never read. Grouped by competency,
 * oldest first within each.
 */
export async function windowSnapshots(
  db: LedgerDb,
  competencyIds: readonly string[],
  cutoff: string,
): Promise<SkillSnapshot[]> {
  const found = await Promise.all(
    competencyIds.map((id) =>
      db.skillSnapshots
        .where('[competencyId+recordedAt]')
        .between([id, cutoff], [id, Dexie.maxKey], true, true)
        .toArray(),
    ),
  );
  return found.flat();
}

// ── Actions ────────────────────────────────────────────────────────────────────────────────────────

export interface ActionDraft {
  title: string;
  dueDate: string | null;
  status?: Action['status'];
}

export async function addAction(
  db: LedgerDb,
  competencyId: string | null,
  draft: ActionDraft,
  now: Date,
): Promise<Action> {
  const stamp = now.toISOString();
  const status = draft.status ?? 'todo';
  const action = actionSchema.parse({
    id: newId(),
    competencyId,
    title: draft.title.trim(),
    status,
    dueDate: draft.dueDate || null,
    doneAt: status === 'done' ? stamp : null,
    source: null,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.transaction('rw', db.actions, async () => {
    await db.actions.add(action);
  });
  return action;
}

export async function updateAction(
  db: LedgerDb,
  actionId: string,
  patch: Partial<Pick<Action, 'title' | 'status' | 'dueDate'>>,
  now: Date,
): Promise<Action> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.actions, async () => {
    const action = await db.actions.get(actionId);
    if (!action) throw new Error('That action no longer exists.');
    const status = patch.status ?? action.status;
    const doneAt = status === 'done' ? (action.status === 'done' ? action.doneAt : stamp) : null;
    await db.actions.put(
      actionSchema.parse({
        ...action,
        ...patch,
        title: (patch.title ?? action.title).trim(),
        dueDate: patch.dueDate === undefined ? action.dueDate : patch.dueDate || null,
        status,
        doneAt,
        updatedAt: stamp,
      }),
    );
    // As it was, for an undo (db/put-back.ts).
    return action;
  });
}

/** Deletes an action; returns it as it was, for an undo (db/put-back.ts). */
export async function deleteAction(db: LedgerDb, actionId: string): Promise<RecordSnapshot> {
  return db.transaction('rw', db.actions, async () => {
    const action = await db.actions.get(actionId);
    await db.actions.delete(actionId);
    return { actions: action ? [action] : [] };
  });
}

// ── Promotion checklist ────────────────────────────────────────────────────────────────────────────

export async function addPromotionItem(db: LedgerDb, title: string, now: Date): Promise<PromotionItem> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.promotionItems, async () => {
    const last = await db.promotionItems.orderBy('order').last();
    const item = promotionItemSchema.parse({
      id: newId(),
      title: title.trim(),
      status: 'todo',
      note: '',
      order: last ? last.order + 1 : 0,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.promotionItems.add(item);
    return item;
  });
}

export async function updatePromotionItem(
  db: LedgerDb,
  itemId: string,
  patch: Partial<Pick<PromotionItem, 'title' | 'status' | 'note'>>,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.promotionItems, async () => {
    const item = await db.promotionItems.get(itemId);
    if (!item) throw new Error('That checklist item no longer exists.');
    await db.promotionItems.put(
      promotionItemSchema.parse({ ...item, ...patch, updatedAt: now.toISOString() }),
    );
  });
}

/**
 * Deletes a checklist item and takes its evidence off it (dropChecklistLinks); returns what it changed,
 * as it was, for an undo.
 */
export async function deletePromotionItem(db: LedgerDb, itemId: string, now: Date): Promise<RecordSnapshot> {
  return db.transaction('rw', [db.promotionItems, db.evidence], async () => {
    const item = await db.promotionItems.get(itemId);
    await db.promotionItems.delete(itemId);
    const evidence = await dropChecklistLinks(db, itemId, now);
    return { promotionItems: item ? [item] : [], evidence };
  });
}

// ── Buy-in on the checklist (issue 18, the manager loop) ─────────────────────────────────────────────

export interface BuyInDraft {
  who: string;
  relation: BuyIn['relation'];
}

/** Adds someone of the management chain to the checklist's buy-in, not asked yet, last in the list. */
export async function addBuyIn(db: LedgerDb, draft: BuyInDraft, now: Date): Promise<BuyIn> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.buyIns, async () => {
    const last = await db.buyIns.orderBy('order').last();
    const record = buyInSchema.parse({
      id: newId(),
      who: draft.who.trim(),
      relation: draft.relation,
      status: 'not-asked',
      on: null,
      note: '',
      order: last ? last.order + 1 : 0,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.buyIns.add(record);
    return record;
  });
}

export type BuyInPatch = Partial<Pick<BuyIn, 'who' | 'relation' | 'status' | 'on' | 'note'>>;

/**
 * Changes a buy-in. A new status without a day of its own is dated `today` (the day the user records
 * it); "not asked yet" has no day.
 */
export async function updateBuyIn(
  db: LedgerDb,
  id: string,
  patch: BuyInPatch,
  today: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.buyIns, async () => {
    const existing = await db.buyIns.get(id);
    if (!existing) throw new Error('That person is no longer on the list.');
    const next = { ...existing, ...patch, updatedAt: now.toISOString() };
    if (patch.status !== undefined && patch.status !== existing.status && patch.on === undefined)
      next.on = patch.status === 'not-asked' ? null : today;
    await db.buyIns.put(buyInSchema.parse(next));
  });
}

/** Removes someone from the buy-in list; returns the record as it was, for an undo. */
export async function deleteBuyIn(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', db.buyIns, async () => {
    const existing = await db.buyIns.get(id);
    await db.buyIns.delete(id);
    return { buyIns: existing ? [existing] : [] };
  });
}

// ── Staff-level projects (issue 18) ─────────────────────────────────────────────────────────────────

/** What the user edits on a project: everything but its id, order and timestamps. */
export type ProjectPatch = Partial<Omit<Project, 'id' | 'order' | 'createdAt' | 'updatedAt'>>;

/** Adds a candidate project, its case still to write, last in the pipeline. */
export async function addProject(db: LedgerDb, name: string, now: Date): Promise<Project> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.projects, async () => {
    const last = await db.projects.orderBy('order').last();
    const project = projectSchema.parse({
      id: newId(),
      name: name.trim(),
      status: 'candidate',
      scope: '',
      ambiguity: '',
      teams: '',
      impact: '',
      role: '',
      whyPicked: '',
      wins: '',
      tellWho: '',
      retroId: null,
      order: last ? last.order + 1 : 0,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.projects.add(project);
    return project;
  });
}

/**
 * Changes a project: any of its fields, merged into the record as stored now (the texts autosave while
 * the status may change from the same card). Returns the project as it was.
 */
export async function updateProject(
  db: LedgerDb,
  id: string,
  patch: ProjectPatch,
  now: Date,
): Promise<Project> {
  return db.transaction('rw', db.projects, async () => {
    const project = await db.projects.get(id);
    if (!project) throw new Error('That project no longer exists.');
    const name = patch.name === undefined ? project.name : patch.name.trim();
    await db.projects.put(projectSchema.parse({ ...project, ...patch, name, updatedAt: now.toISOString() }));
    return project;
  });
}

/**
 * Deletes a project and its evidence links (those with text of their own stay, see dropLinksOf); its
 * retrospective stays, as a journal entry of its own. Returns what it removed, as it was, for an undo.
 */
export async function deleteProject(db: LedgerDb, id: string): Promise<RecordSnapshot> {
  return db.transaction('rw', [db.projects, db.evidence], async () => {
    const project = await db.projects.get(id);
    await db.projects.delete(id);
    const evidence = await dropLinksOf(db, { kind: 'project', id });
    return { projects: project ? [project] : [], evidence };
  });
}

/**
 * Starts the retrospective of a project as a draft retro named after it, with the user's role, and
 * points the project at it; returns the retro's id. A project whose retro exists already gets that one
 * (a second click opens it rather than starting another).
 */
export async function startProjectRetro(db: LedgerDb, projectId: string, now: Date): Promise<string> {
  const stamp = now.toISOString();
  return db.transaction('rw', [db.projects, db.retros], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    if (project.retroId !== null && (await db.retros.get(project.retroId))) return project.retroId;
    const retro = await createRetro(db, now, { project: project.name, role: project.role.trim() });
    await db.projects.put(projectSchema.parse({ ...project, retroId: retro.id, updatedAt: stamp }));
    return retro.id;
  });
}
