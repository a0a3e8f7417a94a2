/**
 * Copy and numbers that read at a glance (issue 16): counts in the right number, no trend without a
 * history, no big "0%" on an empty plan, score bars as long as their text says.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentHistory } from '@shared/domain/assessment';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { fitReading } from '@shared/domain/audit-fit';
import { currentStates, planTrend, readiness, SkillHistory, UNRATED } from '@shared/domain/growth-plan';
import type { Competency, SkillSnapshot } from '@shared/types/entities';
import { ResultView } from '@renderer/features/assessment/components/ResultView';
import { ResultsView } from '@renderer/features/audit/components/ResultsView';
import { ReadinessCard } from '@renderer/features/growth-plan/components/SkillMap';
import type { PlanModel } from '@renderer/features/growth-plan/components/types';

afterEach(cleanup);

const NOW = new Date('2026-06-15T12:00:00.000Z');

function competency(id: string): Competency {
  return {
    id,
    frameworkId: 'f',
    name: `Competency ${id}`,
    group: 'Technical',
    description: '',
    levels: ['1', '2', '3', '4', '5'],
    priority: 1,
    order: 0,
    builtInKey: null,
    archived: false,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

/** The model the Skill map's readiness card reads, built as GrowthPlanPage builds it. */
function model(snapshots: SkillSnapshot[], ids = ['a', 'b', 'c', 'd']): PlanModel {
  const history = new SkillHistory(snapshots);
  const states = currentStates(snapshots);
  return {
    active: ids.map(competency),
    states,
    history,
    readiness: readiness(ids, states),
    series: [],
    trend: planTrend(history, ids, NOW),
  } as unknown as PlanModel;
}

const snap = (competencyId: string, recordedAt: string, current: number, target: number): SkillSnapshot => ({
  id: `${competencyId}@${recordedAt}`,
  competencyId,
  recordedAt,
  current,
  target,
  note: '',
});

describe('readiness card', () => {
  it('says nothing about a trend minutes after the first ratings', () => {
    render(
      <ReadinessCard
        model={model([
          snap('a', '2026-06-15T11:50:00.000Z', 3, 3),
          snap('b', '2026-06-15T11:51:00.000Z', 2, 4),
          snap('c', '2026-06-15T11:52:00.000Z', 2, 4),
          snap('d', '2026-06-15T11:53:00.000Z', 1, 3),
        ])}
      />,
    );
    expect(screen.getByTestId('gp-readiness').textContent).toBe('25%');
    const trend = screen.getByTestId('gp-trend').textContent ?? '';
    expect(trend).not.toMatch(/Up|points|three months/);
    expect(trend).toMatch(/^First ratings on .*A trend shows once you rate again in 3 weeks or more\.$/);
  });

  it('teaches what readiness is on an empty plan instead of a large "0%"', () => {
    render(<ReadinessCard model={model([])} />);
    expect(screen.queryByTestId('gp-readiness')).toBeNull();
    expect(screen.queryByText(/0%/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Nothing to measure yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rate competencies' })).toBeTruthy();
    expect(UNRATED.current).toBeNull();
  });
});

describe('assessment score bars', () => {
  it('fill as much of the bar as the "/ 30" text says', () => {
    // Staff answers sum to 6 (all 1s), EM answers to 18 (all 3s).
    const point = assessmentHistory([
      {
        id: 't',
        startedAt: '2026-06-01T10:00:00.000Z',
        completedAt: '2026-06-01T10:10:00.000Z',
        answers: [1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3],
      },
    ]).points[0];
    if (!point) throw new Error('the take was not scored');
    expect([point.staff, point.em]).toEqual([6, 18]);
    const { container } = render(
      <ResultView
        title="Your result"
        point={point}
        previous={undefined}
        targetTrack={null}
        onUseForPlan={() => undefined}
        onRetake={() => undefined}
      />,
    );
    const widths = [...container.querySelectorAll<HTMLElement>('.assessment-score__fill')].map(
      (fill) => fill.style.width,
    );
    expect(widths).toEqual(['20%', '60%']);
    expect(container.querySelector('.assessment-score__value')?.textContent).toBe('6 / 30');
  });
});

describe('the Staff-or-EM result and the audit', () => {
  it('says at the top of the result when the newest audit disagrees with it', () => {
    const point = assessmentHistory([
      {
        id: 't',
        startedAt: '2026-06-01T10:00:00.000Z',
        completedAt: '2026-06-01T10:10:00.000Z',
        // Staff 27, EM 12: a clear Staff lean.
        answers: [5, 5, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2],
      },
    ]).points[0];
    if (!point) throw new Error('the take was not scored');
    const lean = (minutes: number, avgEnergy: number) => ({
      count: 1,
      minutes,
      ratedMinutes: minutes,
      avgEnergy,
    });
    const empty = { count: 0, minutes: 0, ratedMinutes: 0, avgEnergy: null };
    // Energy rose clearly more in EM-leaning work.
    const fit = fitReading(
      { byLean: { staff: lean(12 * 60, -0.5), em: lean(12 * 60, 1), neutral: empty, unassigned: empty } },
      { id: point.id, completedAt: point.completedAt, staff: point.staff, em: point.em },
    );
    render(
      <ResultView
        title="Your result"
        point={point}
        previous={undefined}
        targetTrack={null}
        auditFit={fit}
        onUseForPlan={() => undefined}
        onRetake={() => undefined}
      />,
    );
    const note = screen.getByTestId('assessment-audit-fit');
    expect(note.getAttribute('role')).toBe('note');
    expect(note.textContent).toMatch(
      /^The audit and your self-assessment disagree: your energy rose more in EM-leaning work, while your self-assessment leans Staff\./,
    );
    expect(screen.getByRole('link', { name: 'Plan a trial' })).toBeTruthy();
  });
});

describe('audit results', () => {
  it('counts one activity as "1 activity"', () => {
    const categories = [{ id: 'c', name: 'Design', lean: 'staff' as const, color: '#000', order: 0 }];
    const summary = summariseAudit(
      { startDate: '2026-06-01', weeks: 4 },
      [
        {
          date: '2026-06-02',
          startTime: null,
          minutes: 90,
          categoryId: 'c',
          energy: 1,
          mostImportant: true,
          delegable: false,
          title: 'Design review',
        },
      ],
      categories,
    );
    const { container } = render(
      <ResultsView
        auditId="a1"
        summary={summary}
        fit={fitReading(summary, null)}
        signals={[]}
        onExport={() => Promise.resolve({ status: 'cancelled' })}
      />,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('1 activity');
    expect(text).toContain('1 activity without a start time is not placed.');
    expect(text).not.toMatch(/\b1 activities/);
  });
});
