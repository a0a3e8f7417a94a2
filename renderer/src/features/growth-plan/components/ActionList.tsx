import { useId } from 'react';
import { isOverdue } from '@shared/domain/growth-plan';
import type { Action } from '@shared/types/entities';
import { formatDay } from '@renderer/ui/format';
import { useRun } from '@renderer/ui/useRun';
import { addAction, deleteAction, updateAction } from '../model/actions';
import { linkTo } from '@renderer/navigation';
import { useDraft } from '@renderer/ui/useDraft';
import { DATE_INPUT_RANGE } from '@shared/types/date-range';
import { CountsAsEvidence } from '@renderer/features/evidence';

const STATUS_LABELS: Record<Action['status'], string> = { todo: 'To do', doing: 'Doing', done: 'Done' };

/** Actions with their status, due date and an overdue flag; each can be moved on or removed. */
export function ActionList({
  actions,
  today,
  competencyNames,
}: {
  actions: Action[];
  today: string;
  /** When given, each action shows which competency it serves. */
  competencyNames?: ReadonlyMap<string, string>;
}) {
  const run = useRun();
  return (
    <ul className="gp-actions">
      {actions.map((a) => {
        const overdue = isOverdue(a, today);
        return (
          <li key={a.id} className={`gp-action ${a.status === 'done' ? 'gp-action--done' : ''}`}>
            <div className="gp-action__main">
              <span className="gp-action__title">{a.title}</span>
              {competencyNames && a.competencyId ? (
                <a className="small" href={linkTo('competency', { id: a.competencyId })}>
                  {competencyNames.get(a.competencyId) ?? 'Archived competency'}
                </a>
              ) : null}
              {a.dueDate ? (
                overdue ? (
                  <span className="gp-overdue">Overdue · was due {formatDay(a.dueDate)}</span>
                ) : (
                  <span className="muted small">Due {formatDay(a.dueDate)}</span>
                )
              ) : null}
            </div>
            <div className="gp-action__controls">
              <label className="visually-hidden" htmlFor={`gp-status-${a.id}`}>
                Status of {a.title}
              </label>
              <select
                id={`gp-status-${a.id}`}
                value={a.status}
                onChange={(e) =>
                  void run('The action could not be updated', () =>
                    updateAction(a.id, { status: e.target.value as Action['status'] }),
                  )
                }
              >
                {Object.entries(STATUS_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <label className="visually-hidden" htmlFor={`gp-due-${a.id}`}>
                Due date of {a.title}
              </label>
              <input
                id={`gp-due-${a.id}`}
                type="date"
                {...DATE_INPUT_RANGE}
                value={a.dueDate ?? ''}
                onChange={(e) =>
                  void run('The due date could not be changed', () =>
                    updateAction(a.id, { dueDate: e.target.value || null }),
                  )
                }
              />
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => void run('The action could not be removed', () => deleteAction(a.id))}
              >
                Remove<span className="visually-hidden"> {a.title}</span>
              </button>
            </div>
            {a.status === 'done' ? (
              <CountsAsEvidence
                source={{ kind: 'action', id: a.id }}
                collapsed={{ title: a.title }}
                hint="A finished action is proof of growth: tick the competencies it shows."
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function AddActionForm({
  competencyId,
  competencyName,
}: {
  competencyId: string;
  competencyName: string;
}) {
  const run = useRun();
  // Added on purpose; until then what was typed is kept (ui/drafts.ts). Remounts per competency (key).
  const draft = useDraft({ key: `new-action:${competencyId}`, initial: { title: '', due: '' } });
  const { title, due } = draft.value;
  const titleId = useId();
  const dueId = useId();
  return (
    <form
      className="row gp-add-action"
      aria-label={`New action for ${competencyName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) return;
        void run(
          'The action could not be added',
          () => addAction(competencyId, { title, dueDate: due || null }),
          'Action added.',
        ).then(({ ok }) => {
          if (ok) draft.resetIfUnchanged({ title, due }, { title: '', due: '' });
        });
      }}
    >
      <div className="field gp-grow">
        <label htmlFor={titleId} className="field__label">
          New action
        </label>
        <input
          id={titleId}
          value={title}
          maxLength={200}
          placeholder="A concrete step, e.g. “Write the RFC for the cache migration”"
          onChange={(e) => draft.update({ title: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={dueId} className="field__label">
          Due (optional)
        </label>
        <input
          id={dueId}
          type="date"
          {...DATE_INPUT_RANGE}
          value={due}
          onChange={(e) => draft.update({ due: e.target.value })}
        />
      </div>
      <button type="submit" className="button" disabled={!title.trim()}>
        Add action
      </button>
    </form>
  );
}
