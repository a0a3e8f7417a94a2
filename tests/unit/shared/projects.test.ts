/** Staff-level projects (issue 18, schema v9): the case for each, what to do next, and their order. */
import { describe, expect, it } from 'vitest';
import { backupMigrations } from '@shared/domain/backup-migrations';
import {
  orderedProjects,
  projectNextStep,
  staffLevelCase,
  STAFF_LEVEL_SIGNALS,
} from '@shared/domain/projects';
import { project } from '../support/journal-fixtures';

describe('the case for a staff-level project', () => {
  it('names the four reasons the sources give, each with a question of its own', () => {
    expect(STAFF_LEVEL_SIGNALS.map((s) => s.label)).toEqual([
      'Scope',
      'Ambiguity',
      'Teams involved',
      'Business impact',
    ]);
    for (const signal of STAFF_LEVEL_SIGNALS) expect(signal.prompt).toMatch(/\?$/);
  });
  it('counts the reasons written, blank ones as missing', () => {
    expect(
      staffLevelCase(project({ scope: 'The payments group', teams: '  ', impact: 'Fewer failures' })),
    ).toEqual({
      given: ['scope', 'impact'],
      missing: ['ambiguity', 'teams'],
    });
  });
});

describe('the next step on a project', () => {
  it('asks a candidate for its case, then for why it was picked', () => {
    expect(projectNextStep(project())).toBe('Write down why it is staff-level work.');
    expect(projectNextStep(project({ scope: 'Org-wide' }))).toBe(
      'Write why you would pick it: you will be asked.',
    );
    expect(projectNextStep(project({ scope: 'Org-wide', whyPicked: 'Nobody owns it' }))).toBeNull();
  });
  it('asks who should hear about the wins, and for a retrospective once done', () => {
    expect(projectNextStep(project({ status: 'active', wins: 'Latency halved' }))).toBe(
      'Note who should hear about its wins.',
    );
    expect(projectNextStep(project({ status: 'done', wins: 'Latency halved', tellWho: 'My director' }))).toBe(
      'Hold its retrospective.',
    );
    expect(projectNextStep(project({ status: 'done', retroId: 'rt1' }))).toBeNull();
    expect(projectNextStep(project({ status: 'dropped' }))).toBeNull();
  });
});

describe('the pipeline', () => {
  it('lists what is under way, then candidates, then done, then dropped, each in the user’s order', () => {
    const list = orderedProjects([
      project({ id: 'd', status: 'dropped', order: 0 }),
      project({ id: 'c2', status: 'candidate', order: 3 }),
      project({ id: 'a', status: 'active', order: 4 }),
      project({ id: 'c1', status: 'candidate', order: 1 }),
      project({ id: 'x', status: 'done', order: 2 }),
    ]);
    expect(list.map((p) => p.id)).toEqual(['a', 'c1', 'c2', 'x', 'd']);
  });
  it('starts empty in an older backup, as the Dexie upgrade leaves it', () => {
    expect(backupMigrations[9]!({ retros: [{ id: 'r' }] })).toEqual({ retros: [{ id: 'r' }], projects: [] });
  });
});
