import { memo } from 'react';
import { gapOf, groupCompetencies, UNRATED, type SkillState } from '@shared/domain/growth-plan';
import type { Competency } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { useRun } from '../hooks/useRun';
import { recordSkill } from '../model/actions';
import { RatingForm } from './RatingForm';
import type { PlanModel } from './types';
import { linkTo } from '@renderer/navigation';

/** Every competency with its current and target level, rated in place; open one for the details. */
export function CompetenciesView({ model }: { model: PlanModel }) {
  if (model.active.length === 0) {
    return (
      <EmptyState
        title="No competencies to rate yet"
        action={
          <a className="button button--primary" href={linkTo('planFramework')}>
            Add competencies
          </a>
        }
      >
        <p>Your framework is empty. Add the competencies that matter for your next level first.</p>
      </EmptyState>
    );
  }
  return (
    <div className="stack">
      <p className="muted">
        Pick where you are today and where you want to be for each competency, then save. Open a competency to
        read what each level looks like, write a note, and plan actions.
      </p>
      {groupCompetencies(model.active).map(({ group, competencies }, index) => (
        <section key={group} className="card" aria-labelledby={`gp-group-${index}`}>
          <h2 id={`gp-group-${index}`}>{group}</h2>
          <ul className="gp-rate-list">
            {competencies.map((c) => (
              <RateRow key={c.id} competency={c} state={model.states.get(c.id) ?? UNRATED} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * One competency's row. Memoised on what it shows: with hundreds of competencies, saving one rating
 * re-renders one row, not all of them.
 */
const RateRow = memo(
  function RateRow({ competency: c, state }: { competency: Competency; state: SkillState }) {
    const run = useRun();
    const gap = gapOf(state);
    return (
      <li className="gp-rate-row">
        <div className="gp-rate-row__name">
          <a href={linkTo('competency', { id: c.id })}>{c.name}</a>
          <span className="muted small">{c.description}</span>
        </div>
        <RatingForm
          key={state.recordedAt ?? 'unrated'}
          competency={c}
          state={state}
          compact
          onSave={(draft) =>
            run('The rating could not be saved', () => recordSkill(c.id, { ...draft, note: state.note }))
          }
        />
        <span className="gp-rate-row__gap small">
          {gap === null ? 'Not rated' : gap > 0 ? `Gap ${gap}` : 'On target'}
        </span>
      </li>
    );
  },
  (before, after) =>
    before.competency.id === after.competency.id &&
    before.competency.updatedAt === after.competency.updatedAt &&
    before.state.recordedAt === after.state.recordedAt,
);
