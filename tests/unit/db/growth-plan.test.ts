import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addNote,
  linkNoteToChecklist,
  removeFromCompetency,
  setLinkNote,
  unlinkFromChecklist,
} from '@renderer/db/evidence-links';
import { freshDb } from '../support/fresh-db';
import { ENGINEERING_MANAGER, SENIOR_TO_STAFF } from '@shared/content/frameworks';
import { currentStates, SkillHistory } from '@shared/domain/growth-plan';
import { tableSchemas } from '@shared/types/entities';
import type { LedgerDb } from '@renderer/db/db';
import { readAllTables } from '@renderer/db/tables';
import {
  activateFrameworkForTrack,
  listActiveCompetencies,
  useActiveCompetencies,
} from '@renderer/features/growth-plan';
import {
  ACTIVE_FRAMEWORK_KEY,
  addAction,
  addCompetency,
  addPromotionItem,
  archiveCompetency,
  baselineSnapshots,
  deleteAction,
  duplicateFramework,
  getActiveFramework,
  getActiveFrameworkId,
  listCompetencies,
  listSnapshots,
  moveCompetency,
  recordSkill,
  renameFramework,
  restoreCompetency,
  setActiveFramework,
  setArchetype,
  startBlankFramework,
  startFromBuiltIn,
  takeBuiltInUpdate,
  updateAction,
  updateCompetency,
  updatePromotionItem,
  windowSnapshots,
} from '@renderer/features/growth-plan/model/repo';
import { runs } from '../support/property';

const T0 = new Date('2026-01-05T09:00:00.000Z');
const T1 = new Date('2026-03-05T09:00:00.000Z');
const T2 = new Date('2026-06-05T09:00:00.000Z');

/** Every record in the database passes its schema (what a backup restore would check). */
async function expectAllValid(db: LedgerDb) {
  const tables = await readAllTables(db);
  for (const [name, rows] of Object.entries(tables)) {
    for (const row of rows) tableSchemas[name as keyof typeof tableSchemas].parse(row);
  }
}

describe('activateFrameworkForTrack', () => {
  it('creates the built-in copy once, activates it and reuses it afterwards', async () => {
    const db = freshDb();
    const staffId = await activateFrameworkForTrack(db, 'staff', T0);
    expect(await getActiveFrameworkId(db)).toBe(staffId);
    expect((await db.settings.get(ACTIVE_FRAMEWORK_KEY))?.value).toBe(staffId);
    const staff = await listCompetencies(db, staffId);
    expect(staff.map((c) => c.name)).toEqual(SENIOR_TO_STAFF.competencies.map((c) => c.name));
    expect(staff.map((c) => c.order)).toEqual(staff.map((_, i) => i));

    const emId = await activateFrameworkForTrack(db, 'em', T1);
    expect(emId).not.toBe(staffId);
    expect(await getActiveFrameworkId(db)).toBe(emId);
    expect(await listActiveCompetencies(db)).toHaveLength(ENGINEERING_MANAGER.competencies.length);

    // Back to Staff: the same copy (with its history), not a new one.
    expect(await activateFrameworkForTrack(db, 'staff', T2)).toBe(staffId);
    expect(await db.frameworks.count()).toBe(2);
    expect(await db.competencies.count()).toBe(
      SENIOR_TO_STAFF.competencies.length + ENGINEERING_MANAGER.competencies.length,
    );
    await expectAllValid(db);
  });

  it('is exported from the feature index with the competency hook', () => {
    expect(typeof useActiveCompetencies).toBe('function');
  });
});

describe('frameworks', () => {
  it('starts from a blank framework and a fresh built-in copy', async () => {
    const db = freshDb();
    expect(await getActiveFramework(db)).toBeNull();
    expect(await listActiveCompetencies(db)).toEqual([]);
    const blank = await startBlankFramework(db, '  Our ladder ', T0);
    expect(await getActiveFramework(db)).toMatchObject({ id: blank, name: 'Our ladder', track: 'custom' });
    expect(await listActiveCompetencies(db)).toEqual([]);

    const first = await startFromBuiltIn(db, 'senior-to-staff', T0);
    const second = await startFromBuiltIn(db, 'senior-to-staff', T1);
    expect(first).not.toBe(second);
    expect(await getActiveFrameworkId(db)).toBe(second);
    await setActiveFramework(db, first);
    expect(await getActiveFrameworkId(db)).toBe(first);
    await expect(setActiveFramework(db, 'nope')).rejects.toThrow(/no longer exists/);
    await renameFramework(db, first, 'Staff at Acme', T1);
    expect((await getActiveFramework(db))?.name).toBe('Staff at Acme');
  });

  it('duplicates a framework without touching the original or its history', async () => {
    const db = freshDb();
    const original = await activateFrameworkForTrack(db, 'staff', T0);
    const [firstComp] = await listCompetencies(db, original);
    await recordSkill(db, firstComp!.id, { current: 2, target: 4, note: '' }, T0);
    const copy = await duplicateFramework(db, original, 'My Staff', T1);
    expect(await getActiveFrameworkId(db)).toBe(copy);
    const copied = await listCompetencies(db, copy);
    expect(copied.map((c) => c.name)).toEqual(SENIOR_TO_STAFF.competencies.map((c) => c.name));
    expect(copied.every((c) => c.frameworkId === copy)).toBe(true);
    // The copy starts unrated; the original keeps its snapshot.
    expect(
      await listSnapshots(
        db,
        copied.map((c) => c.id),
      ),
    ).toEqual([]);
    expect(await listSnapshots(db, [firstComp!.id])).toHaveLength(1);
    expect(await listCompetencies(db, original)).toHaveLength(SENIOR_TO_STAFF.competencies.length);
    await expectAllValid(db);
  });

  it('edits competencies: add, rename, regroup, reorder, archive and restore, never deleting', async () => {
    const db = freshDb();
    const fw = await startBlankFramework(db, 'Mine', T0);
    const a = await addCompetency(db, fw, { name: 'Architecture', group: 'Technical', description: '' }, T0);
    const b = await addCompetency(
      db,
      fw,
      { name: 'Coaching', group: 'People', description: 'Grow others' },
      T0,
    );
    const c = await addCompetency(db, fw, { name: 'Writing', group: '', description: '' }, T0);
    expect(a.levels.every((l) => l.length > 0)).toBe(true);
    await expect(addCompetency(db, fw, { name: ' ', group: '', description: '' }, T0)).rejects.toThrow(
      /name/,
    );

    await updateCompetency(db, fw, c.id, { name: 'Written communication', group: 'Influence' }, T1);
    await moveCompetency(db, fw, c.id, -1, T1);
    let list = await listCompetencies(db, fw);
    expect(list.map((x) => x.name)).toEqual(['Architecture', 'Written communication', 'Coaching']);

    await recordSkill(db, b.id, { current: 1, target: 3, note: 'new to it' }, T1);
    await addAction(db, b.id, { title: 'Mentor an intern', dueDate: null }, T1);
    await archiveCompetency(db, fw, b.id, T2);
    expect((await listActiveCompetencies(db)).map((x) => x.name)).toEqual([
      'Architecture',
      'Written communication',
    ]);
    // Archived: history and actions are still there.
    expect(await listSnapshots(db, [b.id])).toHaveLength(1);
    expect(await db.actions.where('competencyId').equals(b.id).count()).toBe(1);
    expect(await db.competencies.count()).toBe(3);

    await restoreCompetency(db, fw, b.id, T2);
    list = await listCompetencies(db, fw);
    expect(list.filter((x) => !x.archived).map((x) => x.name)).toEqual([
      'Architecture',
      'Written communication',
      'Coaching',
    ]);
    await expectAllValid(db);
  });
});

describe('ratings, actions, evidence and the checklist', () => {
  it('keeps every rating as a dated snapshot, replayable at any date', async () => {
    const db = freshDb();
    await activateFrameworkForTrack(db, 'em', T0);
    const [coaching, feedback] = await listActiveCompetencies(db);
    await recordSkill(db, coaching!.id, { current: 2, target: 4, note: ' first try ' }, T0);
    await recordSkill(db, feedback!.id, { current: 3, target: 3, note: '' }, T0);
    await recordSkill(db, coaching!.id, { current: 3, target: 4, note: 'ran growth check-ins' }, T1);
    // Same instant twice: the second still sorts after the first.
    const again = await recordSkill(db, coaching!.id, { current: 4, target: 4, note: '' }, T1);
    expect(Date.parse(again.recordedAt)).toBe(T1.getTime() + 1);

    const snapshots = await listSnapshots(db, [coaching!.id, feedback!.id]);
    expect(snapshots).toHaveLength(4);
    expect(
      snapshots.find((s) => s.recordedAt === T0.toISOString() && s.competencyId === coaching!.id)?.note,
    ).toBe('first try');
    const history = new SkillHistory(snapshots);
    expect(history.stateAt(coaching!.id, Date.parse('2026-02-01T00:00:00Z'))).toMatchObject({ current: 2 });
    expect(history.stateAt(coaching!.id, T2.getTime())).toMatchObject({ current: 4, target: 4 });
    expect(currentStates(snapshots).get(coaching!.id)).toMatchObject({ current: 4 });
    await expect(recordSkill(db, 'missing', { current: 1, target: 1, note: '' }, T0)).rejects.toThrow();
    await expect(recordSkill(db, coaching!.id, { current: 6, target: 1, note: '' }, T0)).rejects.toThrow();
  });

  it('tracks actions through their statuses and stamps when they are done', async () => {
    const db = freshDb();
    await activateFrameworkForTrack(db, 'staff', T0);
    const [comp] = await listActiveCompetencies(db);
    const action = await addAction(db, comp!.id, { title: '  Write the RFC ', dueDate: '2026-02-01' }, T0);
    expect(action).toMatchObject({ title: 'Write the RFC', status: 'todo', doneAt: null, source: null });
    await updateAction(db, action.id, { status: 'doing' }, T1);
    await updateAction(db, action.id, { status: 'done' }, T1);
    expect(await db.actions.get(action.id)).toMatchObject({ status: 'done', doneAt: T1.toISOString() });
    await updateAction(db, action.id, { status: 'done', dueDate: '' }, T2);
    expect(await db.actions.get(action.id)).toMatchObject({ doneAt: T1.toISOString(), dueDate: null });
    await updateAction(db, action.id, { status: 'todo' }, T2);
    expect((await db.actions.get(action.id))?.doneAt).toBeNull();
    await expect(addAction(db, comp!.id, { title: '   ', dueDate: null }, T0)).rejects.toThrow();
    await deleteAction(db, action.id);
    expect(await db.actions.count()).toBe(0);
  });

  it('stores free evidence notes, says what a linked record shows, and takes evidence off a competency', async () => {
    const db = freshDb();
    await activateFrameworkForTrack(db, 'staff', T0);
    const [comp] = await listActiveCompetencies(db);
    const note = await addNote(db, comp!.id, { text: '  Led the review ', date: '2026-01-04' }, T0);
    expect(note).toMatchObject({ ref: null, note: 'Led the review', promotionItemId: null });
    await expect(addNote(db, comp!.id, { text: 'x', date: '2026-02-30' }, T0)).rejects.toThrow();
    await expect(addNote(db, 'nope', { text: 'x', date: '2026-01-04' }, T0)).rejects.toThrow(
      /no longer exists/,
    );

    const before = await setLinkNote(db, note.id, 'Led the design review for billing', T1);
    expect(before.note).toBe('Led the review');
    expect((await db.evidence.get(note.id))?.note).toBe('Led the design review for billing');

    // On a checklist item too: taken off the competency, it stays on the checklist.
    const item = await addPromotionItem(db, 'Leads reviews', T0);
    expect(await linkNoteToChecklist(db, item.id, note.id, T1)).toEqual({ added: true });
    await removeFromCompetency(db, note.id, T1);
    expect(await db.evidence.get(note.id)).toMatchObject({ competencyId: null, promotionItemId: item.id });
    await unlinkFromChecklist(db, note.id, T1);
    expect(await db.evidence.count()).toBe(0);
  });

  it('keeps the promotion checklist in order with status and evidence', async () => {
    const db = freshDb();
    const first = await addPromotionItem(db, 'Leads a cross-team initiative', T0);
    const second = await addPromotionItem(db, 'Writes the area strategy', T0);
    expect([first.order, second.order]).toEqual([0, 1]);
    await updatePromotionItem(db, first.id, { status: 'met', note: 'Payments migration' }, T1);
    expect(await db.promotionItems.get(first.id)).toMatchObject({
      status: 'met',
      note: 'Payments migration',
    });
    await expect(updatePromotionItem(db, 'nope', { status: 'met' }, T1)).rejects.toThrow();
    await expectAllValid(db);
  });
});

describe('the recent window the plan reads', () => {
  it('property: baseline + window answer like the full history for any instant inside the window', async () => {
    const cutoff = '2025-06-01T00:00:00.000Z';
    const from = Date.parse('2020-01-01T00:00:00Z');
    const to = Date.parse('2026-11-01T00:00:00Z');
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            c: fc.constantFrom('a', 'b', 'c'),
            at: fc.integer({ min: from, max: to }),
            current: fc.integer({ min: 1, max: 5 }),
          }),
          { maxLength: 40 },
        ),
        fc.array(fc.integer({ min: Date.parse(cutoff), max: to + 1 }), { minLength: 1, maxLength: 5 }),
        async (rows, instants) => {
          const db = freshDb();
          await db.skillSnapshots.bulkAdd(
            rows.map((r, i) => ({
              id: `s${i}`,
              competencyId: r.c,
              recordedAt: new Date(r.at).toISOString(),
              current: r.current,
              target: 5,
              note: '',
            })),
          );
          const ids = ['a', 'b', 'c'];
          const all = await db.skillSnapshots.toArray();
          const partial = [
            ...(await baselineSnapshots(db, ids, cutoff)),
            ...(await windowSnapshots(db, ids, cutoff)),
          ];
          expect(partial.length).toBeLessThanOrEqual(all.length);
          const full = new SkillHistory(all);
          const windowed = new SkillHistory(partial);
          for (const at of instants) expect(windowed.mapAt(ids, at)).toEqual(full.mapAt(ids, at));
          db.close();
        },
      ),
      { numRuns: runs(25) },
    );
  });
});

describe('built-in framework versions and the Staff archetype (issue 18)', () => {
  it('a new plan from the built-in framework is at its newest version, each competency with its key', async () => {
    const db = freshDb();
    const id = await startFromBuiltIn(db, 'senior-to-staff', T0);
    expect(await db.frameworks.get(id)).toMatchObject({ builtInVersion: 2, archetype: null });
    expect((await listCompetencies(db, id)).map((c) => c.builtInKey)).toEqual(
      SENIOR_TO_STAFF.competencies.map((c) => c.key),
    );
  });

  it('a version-1 plan takes the new competencies after its own, keeping their ratings and history', async () => {
    const db = freshDb();
    const id = await startFromBuiltIn(db, 'senior-to-staff', T0);
    // As a plan copied from version 1 holds it: without the three competencies version 2 added.
    const added = (await listCompetencies(db, id)).filter((c) =>
      ['craft', 'calculated-risk', 'seeking-feedback'].includes(c.builtInKey ?? ''),
    );
    await db.competencies.bulkDelete(added.map((c) => c.id));
    await db.frameworks.update(id, { builtInVersion: 1 });
    const [first] = await listCompetencies(db, id);
    await recordSkill(db, first!.id, { current: 2, target: 4, note: 'before the update' }, T0);
    const before = await readAllTables(db);

    expect(await takeBuiltInUpdate(db, id, true, T1)).toBe(3);
    const after = await listCompetencies(db, id);
    expect(after.slice(-3).map((c) => [c.name, c.builtInKey, c.order])).toEqual([
      ['Technical excellence & craft', 'craft', 12],
      ['Calculated bets & cutting losses', 'calculated-risk', 13],
      ['Seeking feedback & self-improvement', 'seeking-feedback', 14],
    ]);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.slice(0, -3))).toEqual(byId(before.competencies.filter((c) => c.frameworkId === id)));
    expect(await db.skillSnapshots.toArray()).toEqual(before.skillSnapshots);
    expect((await db.frameworks.get(id))?.builtInVersion).toBe(2);
    // Offered once: a second take adds nothing.
    expect(await takeBuiltInUpdate(db, id, true, T2)).toBe(0);
  });

  it('keeping the plan as it is records the version and adds nothing', async () => {
    const db = freshDb();
    const id = await startFromBuiltIn(db, 'senior-to-staff', T0);
    await db.frameworks.update(id, { builtInVersion: 1 });
    const count = await db.competencies.count();
    expect(await takeBuiltInUpdate(db, id, false, T1)).toBe(0);
    expect(await db.competencies.count()).toBe(count);
    expect((await db.frameworks.get(id))?.builtInVersion).toBe(2);
  });

  it('chooses an archetype and undoes it, touching nothing but the choice', async () => {
    const db = freshDb();
    const id = await startFromBuiltIn(db, 'senior-to-staff', T0);
    const before = await readAllTables(db);
    await setArchetype(db, id, 'domain-expert', T1);
    expect((await db.frameworks.get(id))?.archetype).toBe('domain-expert');
    await setArchetype(db, id, null, T2);
    const after = await readAllTables(db);
    expect(after.frameworks.map(({ updatedAt: _u, ...f }) => f)).toEqual(
      before.frameworks.map(({ updatedAt: _u, ...f }) => f),
    );
    expect(after.competencies).toEqual(before.competencies);
    await expect(setArchetype(db, 'gone', 'tech-lead', T1)).rejects.toThrow(/no longer exists/);
  });
});
