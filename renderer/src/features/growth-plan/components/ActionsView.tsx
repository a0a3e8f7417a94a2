import { useMemo, useState } from 'react';
import { isOverdue, sortOpenActions } from '@shared/domain/growth-plan';
import { EmptyState } from '@renderer/ui/EmptyState';
import { plural } from '@renderer/ui/format';
import { useDoneActions, useOpenActions } from '../hooks/usePlanData';
import { ActionList } from './ActionList';
import { ShowMore, usePageLimit } from '@renderer/ui/ShowMore';
import type { PlanModel } from './types';
import { linkTo } from '@renderer/navigation';

/**
 * Every open action in one list: soonest due first, then the largest gap. Done ones below, on request:
 * until then only their number is read. Both lists show a page at a time.
 */
export function ActionsView({ model, today }: { model: PlanModel; today: string }) {
  const [showDone, setShowDone] = useState(false);
  const openActions = useOpenActions(model.all);
  const done = useDoneActions(model.all, showDone);
  const openPage = usePageLimit();
  const donePage = usePageLimit();
  const names = useMemo(() => new Map(model.all.map((c) => [c.id, c.name])), [model.all]);
  const open = useMemo(() => sortOpenActions(openActions ?? [], model.gaps), [openActions, model.gaps]);
  const overdue = useMemo(() => open.filter((a) => isOverdue(a, today)).length, [open, today]);
  if (openActions === undefined) return <p className="muted">Loading your actions…</p>;
  const doneCount = done?.count ?? 0;
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
            <ActionList actions={open.slice(0, openPage.limit)} today={today} competencyNames={names} />
            <ShowMore
              shown={Math.min(openPage.limit, open.length)}
              total={open.length}
              noun="open actions"
              onMore={openPage.more}
            />
          </>
        )}
      </section>
      {doneCount > 0 ? (
        <section className="card stack" aria-labelledby="gp-done-actions">
          <div className="card__header">
            <h2 id="gp-done-actions">Done</h2>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-expanded={showDone}
              onClick={() => setShowDone((v) => !v)}
            >
              {showDone ? 'Hide' : `Show ${plural(doneCount, 'finished action')}`}
            </button>
          </div>
          {showDone && done?.actions ? (
            <>
              <ActionList
                actions={done.actions.slice(0, donePage.limit)}
                today={today}
                competencyNames={names}
              />
              <ShowMore
                shown={Math.min(donePage.limit, done.actions.length)}
                total={done.actions.length}
                noun="finished actions"
                onMore={donePage.more}
              />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
