/**
 * Issue 18: built-in frameworks by version, the Staff archetypes' weighting and the scope ladder. The
 * migration to schema v7 is the one the Dexie upgrade and the backup migration share; the weighting must
 * be visible (each weighted gap is marked) and undone by choosing no archetype.
 */
import { describe, expect, it } from 'vitest';
import { STAFF_ARCHETYPES } from '@shared/content/archetypes';
import { addedSince, SENIOR_TO_STAFF } from '@shared/content/frameworks';
import { LADDER, ladderStep, ladderTarget } from '@shared/content/levels';
import { emphasisedBy, migrateToFrameworkVersions, missingBuiltIns } from '@shared/domain/framework-versions';
import { rankGaps, type SkillState } from '@shared/domain/growth-plan';
import { growthPlanMarkdown } from '@shared/domain/markdown';
import { competency, framework } from '../support/journal-fixtures';

const builtInKeys = new Set(SENIOR_TO_STAFF.competencies.map((c) => c.key));

describe('the Senior → Staff framework, version 2', () => {
  it('adds the three traits the sources stress, and only adds', () => {
    expect(SENIOR_TO_STAFF.version).toBe(2);
    expect(addedSince(SENIOR_TO_STAFF, 1).map((c) => c.key)).toEqual([
      'craft',
      'calculated-risk',
      'seeking-feedback',
    ]);
    expect(addedSince(SENIOR_TO_STAFF, 2)).toEqual([]);
    // Not the reliability "risk management" of version 1: a different competency with its own key.
    expect(builtInKeys.has('risk-management')).toBe(true);
    expect(new Set(SENIOR_TO_STAFF.competencies.map((c) => c.name)).size).toBe(
      SENIOR_TO_STAFF.competencies.length,
    );
  });

  it('names only its own competencies in every archetype', () => {
    for (const archetype of STAFF_ARCHETYPES) {
      for (const key of archetype.emphasis)
        expect(builtInKeys.has(key), `${archetype.key}: ${key}`).toBe(true);
    }
  });
});

describe('migrateToFrameworkVersions (schema v7)', () => {
  it('records version 1 for built-in copies, no archetype, and matches competencies by their shipped name', () => {
    const tables = {
      frameworks: [
        { id: 'fw1', builtInKey: 'senior-to-staff', name: 'Senior → Staff' },
        { id: 'fw2', builtInKey: null, name: 'Mine' },
      ],
      competencies: [
        { id: 'a', frameworkId: 'fw1', name: ' handling ambiguity' },
        { id: 'b', frameworkId: 'fw1', name: 'Ambiguity, my way' },
        { id: 'c', frameworkId: 'fw2', name: 'Handling ambiguity' },
        // A version-2 name cannot be in a version-1 copy: never matched by the migration.
        { id: 'd', frameworkId: 'fw1', name: 'Technical excellence & craft' },
      ],
      retros: [{ id: 'r1' }],
    };
    const after = migrateToFrameworkVersions(tables);
    expect(after.frameworks).toEqual([
      {
        id: 'fw1',
        builtInKey: 'senior-to-staff',
        name: 'Senior → Staff',
        builtInVersion: 1,
        archetype: null,
      },
      { id: 'fw2', builtInKey: null, name: 'Mine', builtInVersion: null, archetype: null },
    ]);
    expect((after.competencies as { builtInKey: unknown }[]).map((c) => c.builtInKey)).toEqual([
      'ambiguity',
      null,
      null,
      null,
    ]);
    expect(after.retros).toBe(tables.retros);
  });
});

describe('missingBuiltIns', () => {
  const v1 = framework({ builtInKey: 'senior-to-staff', builtInVersion: 1 });

  it('offers a version-1 plan the three new competencies, but not one it already has by key or name', () => {
    expect(missingBuiltIns(v1, []).map((c) => c.key)).toEqual([
      'craft',
      'calculated-risk',
      'seeking-feedback',
    ]);
    const has = [
      competency({ builtInKey: 'craft', name: 'Craft (renamed)' }),
      competency({ builtInKey: null, name: 'seeking feedback & self-improvement' }),
    ];
    expect(missingBuiltIns(v1, has).map((c) => c.key)).toEqual(['calculated-risk']);
  });

  it('offers nothing to a plan at the newest version or of the user’s own', () => {
    expect(missingBuiltIns({ ...v1, builtInVersion: 2 }, [])).toEqual([]);
    expect(missingBuiltIns(framework({ builtInKey: null, builtInVersion: null }), [])).toEqual([]);
  });
});

describe('rankGaps weighted for an archetype', () => {
  const state = (current: number, target: number): SkillState => ({
    current,
    target,
    note: '',
    recordedAt: '2026-01-01T00:00:00.000Z',
  });
  const list = [
    competency({ id: 'dir', name: 'Direction', builtInKey: 'technical-direction', priority: 0 }),
    competency({ id: 'align', name: 'Alignment', builtInKey: 'cross-team-alignment', priority: 2 }),
    competency({ id: 'talk', name: 'Communication', builtInKey: 'communication', priority: 6 }),
    competency({ id: 'own', name: 'Own one', builtInKey: null, priority: 1 }),
    competency({ id: 'met', name: 'Influence', builtInKey: 'influence', priority: 3 }),
  ];
  const states = new Map([
    ['dir', state(2, 4)],
    ['align', state(3, 4)],
    ['talk', state(2, 3)],
    ['own', state(3, 4)],
    ['met', state(4, 4)],
  ]);
  const order = (emphasised: ReadonlySet<string>) =>
    rankGaps(list, states, 'staff', 'staff', emphasised).map(
      (r) => `${r.competency.id}${r.boosted ? '*' : ''}`,
    );

  it('without an archetype: by gap, then the framework’s priorities', () => {
    expect(order(emphasisedBy(null, list))).toEqual(['dir', 'own', 'align', 'talk', 'met']);
  });

  it('the cross-team driver: what it relies on ranks as if its gap were one larger, and is marked', () => {
    const emphasised = emphasisedBy('cross-team', list);
    expect([...emphasised].sort()).toEqual(['align', 'met', 'talk']);
    // align (1+1) ties dir (2) and goes first as weighted; talk (1+1) too; a met target is not weighted.
    expect(order(emphasised)).toEqual(['align*', 'talk*', 'dir', 'own', 'met']);
  });

  it('undoing (no archetype) gives back exactly the unweighted ranking', () => {
    expect(order(emphasisedBy(null, list))).toEqual(order(new Set()));
  });
});

describe('the scope ladder', () => {
  it('finds the step a free-text level names, and none for another ladder', () => {
    const cases: [string, string | null][] = [
      ['E5 · Senior engineer', 'E5'],
      ['e6 – staff', 'E6'],
      ['Level E4', 'E4'],
      ['M1 · Engineering manager', 'M1'],
      ['E7 · Principal', null],
      ['SE2', null],
      ['Senior II', null],
      ['', null],
    ];
    for (const [level, code] of cases) expect(ladderStep(level)?.code ?? null, level).toBe(code);
  });

  it('aims Staff at E6 and managers at M1, and says what changes at every step', () => {
    expect(ladderTarget('staff')?.code).toBe('E6');
    expect(ladderTarget('em')?.code).toBe('M1');
    expect(ladderTarget('undecided')).toBeNull();
    for (const step of LADDER) expect(step.change.length, step.code).toBeGreaterThan(20);
  });
});

describe('the growth plan in Markdown', () => {
  it('says where the user stands and aims, and what the archetype ranks first', () => {
    const md = growthPlanMarkdown({
      frameworks: [
        framework({ id: 'fw1', builtInKey: 'senior-to-staff', builtInVersion: 2, archetype: 'tech-lead' }),
      ],
      competencies: [
        competency({
          id: 'c1',
          frameworkId: 'fw1',
          name: 'Direction, our way',
          builtInKey: 'technical-direction',
        }),
        competency({ id: 'c2', frameworkId: 'fw1', name: 'Glue', builtInKey: 'glue-work', order: 1 }),
      ],
      snapshots: [],
      actions: [],
      promotionItems: [],
      checklistEvidence: new Map(),
      managerAnswers: [],
      buyIns: [],
      projects: [],
      exportedOn: '2026-12-04',
      profile: { currentLevel: 'E5 · Senior engineer', targetTrack: 'staff' },
    });
    expect(md).toContain('**Level:** E5 · Senior engineer, aiming for E6 · Staff engineer');
    expect(md).toContain('Aiming for the **Technical lead** kind of Staff work');
    expect(md).toContain('Ranked first among equal gaps: Direction, our way.');
    expect(md).not.toContain('Ranked first among equal gaps: Direction, our way, Glue');
  });
});
