import { useState } from 'react';
import { isOverdue, sortOpenActions } from '@shared/domain/growth-plan';
import type { Action } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { plural } from '@renderer/ui/format';
import { ActionList } from './ActionList';
import type { PlanModel } from './types';
import { linkTo } from '@renderer/navigation';

/** Every open action in one list: soonest due first, then the largest gap. Done ones below, on request. */
export function ActionsView({
  model,
  actions,
  today,
}: {
  model: PlanModel;
  actions: Action[];
  today: string;
}) {
  const [showDone, setShowDone] = useState(false);
  const names = new Map([...model.active, ...model.archived].map((c) => [c.id, c.name]));
  const open = sortOpenActions(actions, model.gaps);
  const done = actions
    .filter((a) => a.status === 'done')
    .sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));
  const overdue = open.filter((a) => isOverdue(a, today)).length;
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="gp-open-actions">
        <div className="card__header">
          <h2 id="gp-open-actions">Open actions</h2>
          <span className="muted small">
            {plural(open.length, 'open action')}
            {overdue > 0 ? `, ${overdue} overdue` : ''}
          </span>
        </div>
        {open.length === 0 ? (
          <EmptyState
            title="Nothing open"
            action={
              <a className="button" href={linkTo('plan')}>
                See your gaps
              </a>
            }
          >
            <p>
              Actions live with a competency. Open one of your largest gaps and add a step you can take soon.
            </p>
          </EmptyState>
        ) : (
          <>
            <p className="muted small">
              Soonest due first; on the same day, the larger gap first. Undated ones last.
            </p>
            <ActionList actions={open} today={today} competencyNames={names} />
          </>
        )}
      </section>
      {done.length > 0 ? (
        <section className="card stack" aria-labelledby="gp-done-actions">
          <div className="card__header">
            <h2 id="gp-done-actions">Done</h2>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-expanded={showDone}
              onClick={() => setShowDone((v) => !v)}
            >
              {showDone ? 'Hide' : `Show ${plural(done.length, 'finished action')}`}
            </button>
          </div>
          {showDone ? <ActionList actions={done} today={today} competencyNames={names} /> : null}
        </section>
      ) : null}
    </div>
  );
}
