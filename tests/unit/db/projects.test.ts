/**
 * Staff-level projects (issue 18) in the growth plan's repo: added as candidates in order, changed
 * through validated patches, deleted with their evidence links (and put back by the undo), and their
 * retrospective started as a draft retro the project points at.
 */
import { describe, expect, it } from 'vitest';
import { putBack } from '@renderer/db/put-back';
import {
  addProject,
  deleteProject,
  startProjectRetro,
  updateProject,
} from '@renderer/features/growth-plan/model/repo';
import { freshDb } from '../support/fresh-db';
import { link } from '../support/journal-fixtures';

const T0 = new Date('2026-03-01T09:00:00.000Z');
const T1 = new Date('2026-03-02T09:00:00.000Z');
const T2 = new Date('2026-03-03T09:00:00.000Z');

describe('staff-level projects', () => {
  it('adds candidates last in the pipeline, with the name trimmed and the case still to write', async () => {
    const db = freshDb();
    const first = await addProject(db, '  Unify the deploy pipelines ', T0);
    const second = await addProject(db, 'Retire the legacy billing API', T1);

    expect(first).toMatchObject({
      name: 'Unify the deploy pipelines',
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
      order: 0,
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    });
    expect(second.order).toBe(1);
    expect((await db.projects.orderBy('order').toArray()).map((p) => p.name)).toEqual([
      'Unify the deploy pipelines',
      'Retire the legacy billing API',
    ]);
  });

  it('refuses a project without a name', async () => {
    const db = freshDb();
    await expect(addProject(db, '   ', T0)).rejects.toThrow();
    expect(await db.projects.count()).toBe(0);
  });

  it('merges a patch into the stored project, validated, and returns the project as it was', async () => {
    const db = freshDb();
    const project = await addProject(db, 'Unify the deploy pipelines', T0);
    await updateProject(db, project.id, { scope: 'All twelve product teams', role: 'Lead' }, T1);
    const before = await updateProject(db, project.id, { status: 'active' }, T2);

    expect(before).toMatchObject({ status: 'candidate', scope: 'All twelve product teams' });
    expect(await db.projects.get(project.id)).toMatchObject({
      status: 'active',
      scope: 'All twelve product teams',
      role: 'Lead',
      createdAt: T0.toISOString(),
      updatedAt: T2.toISOString(),
    });

    await expect(updateProject(db, project.id, { name: ' ' }, T2)).rejects.toThrow();
    await expect(updateProject(db, project.id, { role: 'x'.repeat(201) }, T2)).rejects.toThrow();
    await expect(updateProject(db, 'nope', { status: 'done' }, T2)).rejects.toThrow(/no longer exists/);
    expect((await db.projects.get(project.id))?.role).toBe('Lead');
  });

  it('deletes a project with its links (those with text of their own stay), and the undo puts both back', async () => {
    const db = freshDb();
    const project = await addProject(db, 'Unify the deploy pipelines', T0);
    const ref = { kind: 'project', id: project.id } as const;
    await db.evidence.bulkAdd([
      link(ref, 'c1', { id: 'plain' }),
      link(ref, 'c2', { id: 'noted', note: 'Got four teams to agree on one pipeline' }),
      link({ kind: 'retro', id: 'r1' }, 'c1', { id: 'other' }),
    ]);

    const snapshot = await deleteProject(db, project.id);

    expect(await db.projects.get(project.id)).toBeUndefined();
    expect((await db.evidence.toArray()).map((l) => l.id).sort()).toEqual(['noted', 'other']);
    expect(snapshot.projects).toEqual([project]);
    expect(snapshot.evidence?.map((l) => l.id)).toEqual(['plain']);

    await putBack(db, snapshot, T2);
    expect(await db.projects.get(project.id)).toEqual({ ...project, updatedAt: T2.toISOString() });
    expect((await db.evidence.toArray()).map((l) => l.id).sort()).toEqual(['noted', 'other', 'plain']);
  });

  it('deleting a project that is gone already changes nothing', async () => {
    const db = freshDb();
    expect(await deleteProject(db, 'nope')).toEqual({ projects: [], evidence: [] });
  });

  it('starts its retrospective as a draft named after it, with the role, and points the project at it', async () => {
    const db = freshDb();
    const project = await addProject(db, 'Unify the deploy pipelines', T0);
    await updateProject(db, project.id, { status: 'done', role: ' Technical lead ' }, T1);

    const retroId = await startProjectRetro(db, project.id, T2);

    expect(await db.retros.get(retroId)).toMatchObject({
      id: retroId,
      project: 'Unify the deploy pipelines',
      role: 'Technical lead',
      status: 'draft',
      wentWell: '',
      startDate: null,
      endDate: null,
      createdAt: T2.toISOString(),
    });
    expect(await db.projects.get(project.id)).toMatchObject({ retroId, updatedAt: T2.toISOString() });

    // A second start opens the same retro rather than another.
    expect(await startProjectRetro(db, project.id, T2)).toBe(retroId);
    expect(await db.retros.count()).toBe(1);
  });

  it('starts a new retrospective when the one it pointed at was deleted since', async () => {
    const db = freshDb();
    const project = await addProject(db, 'Unify the deploy pipelines', T0);
    const first = await startProjectRetro(db, project.id, T1);
    await db.retros.delete(first);

    const second = await startProjectRetro(db, project.id, T2);

    expect(second).not.toBe(first);
    expect((await db.projects.get(project.id))?.retroId).toBe(second);
    await expect(startProjectRetro(db, 'nope', T2)).rejects.toThrow(/no longer exists/);
  });
});
