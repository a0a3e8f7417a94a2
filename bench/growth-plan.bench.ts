/**
 * The growth plan at its extreme: 200 competencies rated monthly for 10 years (24,000 snapshots).
 * Everything the skill map derives on each change: history index, current state, gap ranking,
 * readiness and its 12-month trend, and the map on a past date (the radar's "N months ago").
 * Printed, never asserted: wall-clock time depends on the machine.
 */
import {
  currentStates,
  monthlyInstants,
  monthsBefore,
  rankGaps,
  readiness,
  readinessSeries,
  SkillHistory,
} from '@shared/domain/growth-plan';
import type { Competency, SkillSnapshot } from '@shared/types/entities';
import { measure, printTable } from './harness';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const STAMP = NOW.toISOString();

function bigPlan(competencyCount: number, months: number) {
  const groups = ['Technical', 'Execution', 'Influence', 'People'];
  const competencies: Competency[] = Array.from({ length: competencyCount }, (_, i) => ({
    id: `c${i}`,
    frameworkId: 'fw',
    group: groups[i % groups.length] ?? 'Technical',
    name: `Competency ${i}`,
    description: '',
    levels: ['1', '2', '3', '4', '5'],
    order: i,
    priority: (i * 7) % competencyCount,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  const snapshots: SkillSnapshot[] = [];
  for (let m = 0; m < months; m++) {
    for (const c of competencies) {
      const recordedAt = new Date(Date.UTC(2016, 11 + m, 1 + (c.order % 27), 9)).toISOString();
      const current = 1 + Math.min(4, Math.floor((m + c.order) / 30) % 5);
      snapshots.push({
        id: `${c.id}-${m}`,
        competencyId: c.id,
        recordedAt,
        current,
        target: 1 + ((c.order + 3) % 5),
        note: m % 12 === 0 ? 'Yearly check-in with my manager.' : '',
      });
    }
  }
  return { competencies, snapshots };
}

export async function runGrowthPlanBench() {
  const { competencies, snapshots } = bigPlan(200, 120);
  const ids = competencies.map((c) => c.id);
  const history = new SkillHistory(snapshots);
  const states = currentStates(snapshots);
  const past = monthsBefore(NOW, 6);
  const instants = monthlyInstants(NOW, 12);

  printTable(
    `Growth plan: ${competencies.length} competencies, ${snapshots.length} snapshots (10 years, monthly)`,
    [
      await measure('index the history (SkillHistory)', () => new SkillHistory(snapshots)),
      await measure('current state of every competency', () => currentStates(snapshots)),
      await measure('rank the gaps (ties by track priority)', () =>
        rankGaps(competencies, states, 'custom', 'staff'),
      ),
      await measure('readiness now', () => readiness(ids, states)),
      await measure('history at a date: the map 6 months ago', () => history.mapAt(ids, past)),
      await measure('readiness trend: 13 monthly points', () => readinessSeries(history, ids, instants)),
      await measure('whole skill map after a change (all of the above)', () => {
        const h = new SkillHistory(snapshots);
        const now = currentStates(snapshots);
        rankGaps(competencies, now, 'custom', 'staff');
        readiness(ids, now);
        readinessSeries(h, ids, instants);
        readiness(ids, h.mapAt(ids, monthsBefore(NOW, 3)));
        h.mapAt(ids, past);
      }),
    ],
  );
}
