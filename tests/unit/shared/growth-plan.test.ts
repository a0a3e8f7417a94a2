import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/property';
import { BUILT_IN_FRAMEWORKS, ENGINEERING_MANAGER, SENIOR_TO_STAFF } from '@shared/content/frameworks';
import {
  addCompetencyOp,
  archiveCompetencyOp,
  checklistProgress,
  currentStates,
  gapLabel,
  gapOf,
  gapStatus,
  groupCompetencies,
  planTrend,
  TREND_MIN_DAYS,
  isOverdue,
  monthlyInstants,
  monthsBefore,
  moveCompetencyOp,
  rankGaps,
  readiness,
  readinessSeries,
  readinessTrend,
  restoreCompetencyOp,
  SkillHistory,
  sortOpenActions,
  statesAt,
  tiePriority,
  UNRATED,
  updateCompetencyOp,
  type SkillState,
  belongsToPlan,
  openActionsFirst,
  sortDoneActions,
  sortEvidenceNewestFirst,
} from '@shared/domain/growth-plan';
import { competencySchema, type Action, type Competency, type SkillSnapshot } from '@shared/types/entities';
import { action as actionRecord } from '../support/journal-fixtures';

const NOW = new Date('2026-06-15T12:00:00.000Z');
const STAMP = NOW.toISOString();

function competency(id: string, extra: Partial<Competency> = {}): Competency {
  return {
    id,
    frameworkId: 'fw',
    group: 'Technical',
    name: `Competency ${id}`,
    description: '',
    levels: ['1', '2', '3', '4', '5'],
    order: 0,
    priority: 0,
    builtInKey: null,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

function snap(
  competencyId: string,
  recordedAt: string,
  current: number | null,
  target: number | null,
): SkillSnapshot {
  return { id: `${competencyId}@${recordedAt}`, competencyId, recordedAt, current, target, note: '' };
}

const state = (current: number | null, target: number | null): SkillState => ({
  current,
  target,
  note: '',
  recordedAt: STAMP,
});

describe('built-in frameworks', () => {
  it('has 15 Staff and 8 EM competencies, each complete and valid', () => {
    expect(SENIOR_TO_STAFF.competencies).toHaveLength(15);
    expect(ENGINEERING_MANAGER.competencies).toHaveLength(8);
    for (const framework of BUILT_IN_FRAMEWORKS) {
      const keys = new Set(framework.competencies.map((c) => c.key));
      expect(keys.size).toBe(framework.competencies.length);
      const priorities = framework.competencies.map((c) => c.priority).sort((a, b) => a - b);
      expect(priorities).toEqual(framework.competencies.map((_, i) => i));
      framework.competencies.forEach(({ key, since: _since, ...c }, order) => {
        expect(c.levels.every((l) => l.length > 10)).toBe(true);
        expect(c.description.length).toBeGreaterThan(10);
        expect(c.group).not.toBe('');
        // Each built-in competency must be storable as it is.
        competencySchema.parse({ ...competency('x'), ...c, levels: [...c.levels], order, builtInKey: key });
      });
    }
  });
});

describe('skill history', () => {
  const snapshots = [
    snap('a', '2026-01-10T09:00:00.000Z', 2, 4),
    snap('a', '2026-03-10T09:00:00.000Z', 3, 4),
    snap('b', '2026-02-01T09:00:00.000Z', 1, 3),
    snap('a', '2026-05-01T09:00:00.000Z', 4, 5),
  ];

  it('current state is the newest snapshot per competency, in any input order', () => {
    const states = currentStates([...snapshots].reverse());
    expect(states.get('a')).toMatchObject({ current: 4, target: 5 });
    expect(states.get('b')).toMatchObject({ current: 1, target: 3 });
  });

  it('replays the map on any past instant', () => {
    const history = new SkillHistory(snapshots);
    expect(history.stateAt('a', Date.parse('2026-01-01T00:00:00Z'))).toBe(UNRATED);
    expect(history.stateAt('a', Date.parse('2026-01-10T09:00:00.000Z'))).toMatchObject({ current: 2 });
    expect(history.stateAt('a', Date.parse('2026-04-01T00:00:00Z'))).toMatchObject({ current: 3, target: 4 });
    expect(history.stateAt('b', Date.parse('2026-01-31T00:00:00Z'))).toBe(UNRATED);
    expect(history.stateAt('missing', NOW.getTime())).toBe(UNRATED);
    expect(history.timeline('a').map((s) => s.current)).toEqual([2, 3, 4]);
    expect(statesAt(snapshots, ['a', 'b'], Date.parse('2026-02-15T00:00:00Z'))).toEqual(
      new Map([
        ['a', expect.objectContaining({ current: 2, target: 4 })],
        ['b', expect.objectContaining({ current: 1, target: 3 })],
      ]),
    );
  });

  it('compares instants, not strings, so offsets do not confuse the order', () => {
    const history = new SkillHistory([
      snap('a', '2026-01-10T10:00:00+02:00', 1, 2), // 08:00Z
      snap('a', '2026-01-10T09:00:00Z', 3, 4),
    ]);
    expect(history.stateAt('a', Date.parse('2026-01-10T08:30:00Z'))).toMatchObject({ current: 1 });
    expect(currentStates(history.timeline('a')).get('a')).toMatchObject({ current: 3 });
  });

  const snapshotsArb = fc.array(
    fc.record({
      competencyId: fc.constantFrom('a', 'b', 'c', 'd'),
      at: fc.integer({ min: Date.parse('2016-01-01T00:00:00Z'), max: NOW.getTime() }),
      current: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      target: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    }),
    { maxLength: 60 },
  );

  it('property: replaying the snapshots at "now" gives the current state', () => {
    fc.assert(
      fc.property(snapshotsArb, (raw) => {
        const snapshots = raw.map((r, i) => ({
          ...snap(r.competencyId, new Date(r.at).toISOString(), r.current, r.target),
          id: String(i),
        }));
        const current = currentStates(snapshots);
        const replayed = new SkillHistory(snapshots).mapAt(['a', 'b', 'c', 'd'], NOW.getTime());
        for (const id of ['a', 'b', 'c', 'd']) {
          expect(replayed.get(id)).toEqual(current.get(id) ?? UNRATED);
        }
      }),
    );
  });

  it('property: the state at an instant is the newest snapshot not after it', () => {
    fc.assert(
      fc.property(
        snapshotsArb,
        fc.integer({ min: Date.parse('2016-01-01T00:00:00Z'), max: NOW.getTime() }),
        (raw, at) => {
          const snapshots = raw.map((r, i) => ({
            ...snap(r.competencyId, new Date(r.at).toISOString(), r.current, r.target),
            id: String(i),
          }));
          const history = new SkillHistory(snapshots);
          for (const id of ['a', 'b', 'c', 'd']) {
            const before = snapshots.filter((s) => s.competencyId === id && Date.parse(s.recordedAt) <= at);
            const expected = currentStates(before).get(id) ?? UNRATED;
            expect(history.stateAt(id, at)).toEqual(expected);
          }
        },
      ),
    );
  });
});

describe('gap ranking', () => {
  const comps = [
    competency('a', { priority: 2, order: 0, group: 'People' }),
    competency('b', { priority: 0, order: 1, group: 'Technical' }),
    competency('c', { priority: 1, order: 2, group: 'Influence' }),
    competency('d', { priority: 3, order: 3, group: 'Team' }),
  ];

  it('puts the largest gap first and breaks ties by the framework priority', () => {
    const states = new Map([
      ['a', state(2, 4)],
      ['b', state(3, 4)],
      ['c', state(2, 3)],
      ['d', state(1, 4)],
    ]);
    const ranked = rankGaps(comps, states, 'staff', 'staff');
    expect(ranked.map((r) => r.competency.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(ranked.map((r) => r.gap)).toEqual([3, 2, 1, 1]);
  });

  it('puts unrated competencies last and keeps above-target ones after open gaps', () => {
    const states = new Map([
      ['a', state(5, 3)],
      ['b', state(null, 4)],
      ['c', state(2, 3)],
    ]);
    const ranked = rankGaps(comps, states, 'staff', 'undecided');
    expect(ranked.map((r) => r.competency.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(ranked.map((r) => r.gap)).toEqual([1, -2, null, null]);
  });

  it('uses the target track’s group order when the framework is for the other track', () => {
    const states = new Map(comps.map((c) => [c.id, state(2, 3)]));
    // Staff framework, but the user is aiming for EM: People and Team come first.
    expect(rankGaps(comps, states, 'staff', 'em').map((r) => r.competency.id)).toEqual(['a', 'd', 'c', 'b']);
    // Same framework aiming for Staff: the framework's own priorities.
    expect(rankGaps(comps, states, 'staff', 'staff').map((r) => r.competency.id)).toEqual([
      'b',
      'c',
      'a',
      'd',
    ]);
    // A custom framework aiming for Staff: Technical, Influence, …
    expect(rankGaps(comps, states, 'custom', 'staff').map((r) => r.competency.id)).toEqual([
      'b',
      'c',
      'a',
      'd',
    ]);
  });

  it('ranks groups it does not know after the known ones', () => {
    expect(tiePriority(competency('x', { group: 'Craft' }), 'custom', 'em')[0]).toBe(6);
    expect(tiePriority(competency('x', { group: ' people ' }), 'custom', 'em')[0]).toBe(0);
  });

  it('property: ranking is a permutation of the input, ordered by gap', () => {
    const arb = fc.array(
      fc.record({
        priority: fc.nat(20),
        group: fc.constantFrom('Technical', 'People', 'Team', 'Other', ''),
        current: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        target: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom('staff', 'em', 'custom' as const),
        fc.constantFrom('staff', 'em', 'undecided' as const),
        (rows, fwTrack, target) => {
          const list = rows.map((r, i) =>
            competency(`c${i}`, { priority: r.priority, group: r.group, order: i }),
          );
          const states = new Map(rows.map((r, i) => [`c${i}`, state(r.current, r.target)]));
          const ranked = rankGaps(list, states, fwTrack, target);
          expect(ranked.map((r) => r.competency.id).sort()).toEqual(list.map((c) => c.id).sort());
          const gaps = ranked.map((r) => r.gap);
          for (let i = 1; i < gaps.length; i++) {
            const prev = gaps[i - 1] ?? null;
            const cur = gaps[i] ?? null;
            if (prev === null) expect(cur).toBeNull();
            else if (cur !== null) expect(prev).toBeGreaterThanOrEqual(cur);
          }
        },
      ),
    );
  });

  it('gapOf needs both levels', () => {
    expect(gapOf({ current: 2, target: 5 })).toBe(3);
    expect(gapOf({ current: null, target: 5 })).toBeNull();
    expect(gapOf({ current: 2, target: null })).toBeNull();
  });
});

describe('readiness', () => {
  it('is the share of rated competencies at or above target', () => {
    const states = new Map([
      ['a', state(4, 4)],
      ['b', state(5, 4)],
      ['c', state(2, 4)],
      ['d', state(null, 4)],
    ]);
    expect(readiness(['a', 'b', 'c', 'd', 'e'], states)).toEqual({ value: 2 / 3, met: 2, total: 3 });
    expect(readiness([], states)).toEqual({ value: 0, met: 0, total: 0 });
  });

  it('property: readiness is always within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            current: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
            target: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
          }),
        ),
        (rows) => {
          const states = new Map(rows.map((r, i) => [String(i), state(r.current, r.target)]));
          const r = readiness([...states.keys()], states);
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(1);
          expect(r.met).toBeLessThanOrEqual(r.total);
        },
      ),
    );
  });

  it('has a trend over time from the history', () => {
    const history = new SkillHistory([
      snap('a', '2026-01-01T00:00:00.000Z', 2, 4),
      snap('b', '2026-01-01T00:00:00.000Z', 2, 3),
      snap('b', '2026-05-20T00:00:00.000Z', 3, 3),
    ]);
    const instants = monthlyInstants(NOW, 3);
    expect(instants).toHaveLength(4);
    expect(instants.at(-1)).toBe(NOW.getTime());
    const series = readinessSeries(history, ['a', 'b'], instants);
    expect(series.map((p) => p.readiness.value)).toEqual([0, 0, 0, 0.5]);
    expect(readinessTrend(series[0]!.readiness, series[3]!.readiness)).toEqual({
      direction: 'up',
      points: 50,
    });
    expect(readinessTrend(series[3]!.readiness, series[0]!.readiness)).toEqual({
      direction: 'down',
      points: -50,
    });
    expect(readinessTrend(series[0]!.readiness, series[1]!.readiness).direction).toBe('flat');
  });

  it('has no trend minutes after the first ratings (not "up 25 points over three months")', () => {
    // Four competencies rated a few minutes ago, one of them at its target: readiness 25%.
    const history = new SkillHistory([
      snap('a', '2026-06-15T11:50:00.000Z', 3, 3),
      snap('b', '2026-06-15T11:51:00.000Z', 2, 4),
      snap('c', '2026-06-15T11:52:00.000Z', 2, 4),
      snap('d', '2026-06-15T11:53:00.000Z', 1, 3),
    ]);
    const trend = planTrend(history, ['a', 'b', 'c', 'd'], NOW);
    expect(trend).toEqual({ direction: 'none', firstRatedAt: Date.parse('2026-06-15T11:50:00.000Z') });
    expect(planTrend(new SkillHistory([]), ['a'], NOW)).toEqual({ direction: 'none', firstRatedAt: null });
  });

  it(`compares with the first ratings once they are ${TREND_MIN_DAYS} days old, and with three months ago after that`, () => {
    const first = [snap('a', '2026-05-01T09:00:00.000Z', 2, 3), snap('b', '2026-05-01T09:05:00.000Z', 2, 3)];
    const later = [...first, snap('a', '2026-06-10T09:00:00.000Z', 3, 3)];
    // 20 days after the first ratings: still no trend.
    expect(
      planTrend(new SkillHistory(later), ['a', 'b'], new Date('2026-05-21T09:00:00.000Z')).direction,
    ).toBe('none');
    // 45 days after: up 50 points since the first ratings (there was nothing three months ago).
    expect(planTrend(new SkillHistory(later), ['a', 'b'], NOW)).toMatchObject({
      direction: 'up',
      points: 50,
      sinceFirstRatings: true,
    });
    // Ratings older than three months: the usual three-month comparison.
    const old = [snap('a', '2026-01-01T09:00:00.000Z', 2, 3), snap('b', '2026-01-01T09:00:00.000Z', 2, 3)];
    expect(planTrend(new SkillHistory([...old, ...later]), ['a', 'b'], NOW)).toMatchObject({
      direction: 'up',
      points: 50,
      sinceFirstRatings: false,
      since: monthsBefore(NOW, 3),
    });
  });

  it('monthsBefore clamps to the end of a shorter month', () => {
    const d = new Date(monthsBefore(new Date(2026, 4, 31, 10, 0), 3));
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2026, 1, 28]);
  });
});

describe('actions', () => {
  const action = (extra: Partial<Action>): Action =>
    actionRecord({ id: 'x', competencyId: null, title: 't', createdAt: STAMP, updatedAt: STAMP, ...extra });

  it('is overdue only when open and due before today', () => {
    expect(isOverdue(action({ dueDate: '2026-06-14' }), '2026-06-15')).toBe(true);
    expect(isOverdue(action({ dueDate: '2026-06-15' }), '2026-06-15')).toBe(false);
    expect(isOverdue(action({ dueDate: '2026-06-14', status: 'done' }), '2026-06-15')).toBe(false);
    expect(isOverdue(action({ dueDate: '2026-06-14', status: 'doing' }), '2026-06-15')).toBe(true);
    expect(isOverdue(action({}), '2026-06-15')).toBe(false);
  });

  it('sorts open actions by due date, then gap, then age; done ones are left out', () => {
    const gaps = new Map<string, number | null>([
      ['small', 1],
      ['big', 3],
    ]);
    const list = [
      action({ id: 'undated-big', competencyId: 'big' }),
      action({ id: 'later', dueDate: '2026-07-01', competencyId: 'big' }),
      action({ id: 'soon-small', dueDate: '2026-06-20', competencyId: 'small' }),
      action({ id: 'soon-big', dueDate: '2026-06-20', competencyId: 'big' }),
      action({ id: 'soon-none', dueDate: '2026-06-20' }),
      action({ id: 'done', dueDate: '2026-01-01', status: 'done' }),
    ];
    expect(sortOpenActions(list, gaps).map((a) => a.id)).toEqual([
      'soon-big',
      'soon-small',
      'soon-none',
      'later',
      'undated-big',
    ]);
  });
});

describe('promotion checklist', () => {
  it('counts met and in-progress items', () => {
    expect(checklistProgress([])).toEqual({ met: 0, inProgress: 0, total: 0, share: 0 });
    expect(
      checklistProgress([
        { status: 'met' },
        { status: 'in-progress' },
        { status: 'todo' },
        { status: 'met' },
      ]),
    ).toEqual({
      met: 2,
      inProgress: 1,
      total: 4,
      share: 0.5,
    });
  });
});

describe('framework edits', () => {
  const later = new Date('2026-06-16T00:00:00.000Z');
  const list = [
    competency('a', { order: 0, priority: 0 }),
    competency('b', { order: 1, priority: 1, group: 'People' }),
    competency('c', { order: 2, priority: 2 }),
    competency('z', { order: 3, priority: 3, archived: true }),
  ];

  it('adds at the end with the lowest priority and trimmed text', () => {
    const added = addCompetencyOp(
      list,
      { name: '  New one ', group: ' Craft ', description: ' d ' },
      'fw',
      'n',
      later,
    );
    expect(added).toMatchObject({
      id: 'n',
      name: 'New one',
      group: 'Craft',
      description: 'd',
      order: 4,
      priority: 4,
    });
    expect(() => addCompetencyOp(list, { name: '  ', group: '', description: '' }, 'fw', 'n', later)).toThrow(
      /name/,
    );
    competencySchema.parse({ ...added, levels: ['1', '2', '3', '4', '5'] });
  });

  it('renames and regroups in place, keeping the id', () => {
    const renamed = updateCompetencyOp(list, 'b', { name: 'Coaching', group: 'Team' }, later);
    expect(renamed).toMatchObject({
      id: 'b',
      name: 'Coaching',
      group: 'Team',
      updatedAt: later.toISOString(),
    });
    expect(() => updateCompetencyOp(list, 'nope', { name: 'x' }, later)).toThrow();
  });

  it('moves among active competencies and keeps archived ones at the end', () => {
    const changed = moveCompetencyOp(list, 'c', -1, later);
    const merged = list.map((c) => changed.find((x) => x.id === c.id) ?? c).sort((a, b) => a.order - b.order);
    expect(merged.map((c) => c.id)).toEqual(['a', 'c', 'b', 'z']);
    expect(changed.map((c) => c.id).sort()).toEqual(['b', 'c']);
    expect(moveCompetencyOp(list, 'a', -1, later)).toEqual([]);
  });

  it('archives without removing, and restores after the active ones', () => {
    const archived = archiveCompetencyOp(list, 'a', later);
    expect(archived).toMatchObject({ id: 'a', archived: true });
    const afterArchive = list.map((c) => (c.id === 'a' ? archived : c));
    expect(afterArchive).toHaveLength(list.length);
    const restored = restoreCompetencyOp(afterArchive, 'z', later);
    const merged = afterArchive
      .map((c) => restored.find((x) => x.id === c.id) ?? c)
      .sort((a, b) => a.order - b.order);
    expect(merged.map((c) => [c.id, c.archived])).toEqual([
      ['b', false],
      ['c', false],
      ['z', false],
      ['a', true],
    ]);
  });

  it('property: no sequence of edits loses a competency', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('move' as const),
        i: fc.nat(9),
        dir: fc.constantFrom(-1 as const, 1 as const),
      }),
      fc.record({ kind: fc.constant('archive' as const), i: fc.nat(9) }),
      fc.record({ kind: fc.constant('restore' as const), i: fc.nat(9) }),
      fc.record({ kind: fc.constant('add' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let current = [...list];
        let added = 0;
        for (const o of ops) {
          const target = current[o.kind === 'add' ? 0 : o.i % current.length]!;
          const changed =
            o.kind === 'move'
              ? moveCompetencyOp(current, target.id, o.dir, later)
              : o.kind === 'archive'
                ? [archiveCompetencyOp(current, target.id, later)]
                : o.kind === 'restore'
                  ? restoreCompetencyOp(current, target.id, later)
                  : [
                      addCompetencyOp(
                        current,
                        { name: 'x', group: '', description: '' },
                        'fw',
                        `n${added++}`,
                        later,
                      ),
                    ];
          const byId = new Map(current.map((c) => [c.id, c]));
          for (const c of changed) byId.set(c.id, c);
          current = [...byId.values()];
        }
        expect(current).toHaveLength(list.length + added);
        // Active competencies keep distinct orders.
        const orders = current.filter((c) => !c.archived).map((c) => c.order);
        expect(new Set(orders).size).toBe(orders.length);
      }),
    );
  });

  it('groups in order of first appearance', () => {
    expect(groupCompetencies(list).map((g) => [g.group, g.competencies.map((c) => c.id)])).toEqual([
      ['Technical', ['a', 'c', 'z']],
      ['People', ['b']],
    ]);
    expect(groupCompetencies([competency('q', { group: '' })])[0]?.group).toBe('Ungrouped');
  });
});

describe('ordering helpers never touch their (maybe frozen) input', () => {
  const action = (extra: Partial<Action>): Action =>
    Object.freeze(
      actionRecord({ id: 'x', competencyId: null, title: 't', createdAt: STAMP, updatedAt: STAMP, ...extra }),
    );

  it('sorts frozen lists into new arrays, ties broken by id whatever the read order', () => {
    const list = Object.freeze([
      action({ id: 'b', dueDate: '2026-06-20' }),
      action({ id: 'a', dueDate: '2026-06-20' }),
      action({ id: 'd', status: 'done', doneAt: '2026-01-01T00:00:00.000Z' }),
      action({ id: 'c', status: 'done', doneAt: '2026-01-01T00:00:00.000Z' }),
      action({ id: 'e', status: 'done', doneAt: '2026-03-01T00:00:00.000Z' }),
    ]);
    expect(sortOpenActions(list, new Map()).map((a) => a.id)).toEqual(['a', 'b']);
    expect(sortOpenActions([...list].reverse(), new Map()).map((a) => a.id)).toEqual(['a', 'b']);
    expect(sortDoneActions(list).map((a) => a.id)).toEqual(['e', 'c', 'd']);
    expect(openActionsFirst(list).map((a) => a.id)).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(belongsToPlan(list[0]!, new Set())).toBe(true);
    expect(belongsToPlan(action({ competencyId: 'k' }), new Set(['k']))).toBe(true);
    expect(belongsToPlan(action({ competencyId: 'k' }), new Set(['other']))).toBe(false);
  });

  it('property: evidence newest first, the same as sorting a copy of the list', () => {
    const note = fc.record({
      date: fc.constantFrom('2026-01-01', '2026-01-02', '2025-12-31'),
      createdAt: fc.constantFrom('2026-01-01T09:00:00.000Z', '2026-01-03T09:00:00.000Z'),
      n: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(note, { maxLength: 30 }), (notes) => {
        const frozen = Object.freeze(notes.map((x) => Object.freeze(x)));
        const sorted = sortEvidenceNewestFirst(frozen);
        expect(sorted).toEqual(
          [...notes].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
        );
        expect(frozen).toEqual(notes);
      }),
      { numRuns: runs(50) },
    );
  });
});

describe('gap status', () => {
  it('says a target below the current level is below current, not "On target"', () => {
    expect(gapStatus(state(4, 2))).toEqual({ kind: 'below-current', levels: 2 });
    expect(gapLabel(state(4, 2))).toBe('Target below current: review it');
    expect(gapLabel(state(3, 3))).toBe('On target');
    expect(gapLabel(state(2, 3))).toBe('Gap: 1 level');
    expect(gapLabel(state(1, 4))).toBe('Gap: 3 levels');
    expect(gapLabel(state(null, 4))).toBe('Not rated');
  });
});
