import { useId } from 'react';
import { LEVEL_NAMES } from '@shared/content/frameworks';
import { gapLabel, gapOf, UNRATED } from '@shared/domain/growth-plan';
import { DataTable } from '@renderer/ui/DataTable';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDateTime } from '@renderer/ui/format';
import { useCompetencyActions, useCompetencyTimeline } from '../hooks/useCompetencyDetail';
import { useRun } from '@renderer/ui/useRun';
import { recordSkill } from '../model/actions';
import { ActionList, AddActionForm } from './ActionList';
import { CompetencyEvidence } from '@renderer/features/evidence';
import { addNote } from '@renderer/features/evidence';
import { RatingForm } from './RatingForm';
import { ShowMore, usePageLimit } from '@renderer/ui/ShowMore';
import type { PlanModel } from './types';
import { linkTo } from '@renderer/navigation';
import { DATE_INPUT_RANGE } from '@shared/types/date-range';
import { KeptDraftNote, useDraft } from '@renderer/ui/useDraft';

interface CompetencyDetailProps {
  model: PlanModel;
  competencyId: string;
  today: string;
}

/** One competency: its levels, its rating and history, its actions and its evidence. */
export function CompetencyDetail({ model, competencyId, today }: CompetencyDetailProps) {
  const run = useRun();
  // The newest page of this one competency's history (the plan itself only reads the recent window).
  const timelinePage = usePageLimit(competencyId);
  const fullTimeline = useCompetencyTimeline(competencyId, timelinePage.limit);
  // This competency's actions, open ones first; none shown while they load.
  const actions = useCompetencyActions(competencyId) ?? [];
  const actionsPage = usePageLimit(competencyId);
  const competency = model.all.find((c) => c.id === competencyId);
  if (!competency) {
    return (
      <EmptyState
        title="This competency is not in your current framework"
        action={
          <a className="button" href={linkTo('planCompetencies')}>
            Back to the competencies
          </a>
        }
      >
        <p>It may belong to another framework. Switch frameworks on the Framework tab to see it.</p>
      </EmptyState>
    );
  }
  const state = model.states.get(competency.id) ?? UNRATED;
  const gap = gapOf(state);
  // Until the page is read, the recent window the plan already has (newest first) stands in for it.
  const timeline =
    fullTimeline?.rows ?? [...model.history.timeline(competency.id)].reverse().slice(0, timelinePage.limit);
  const timelineTotal = fullTimeline?.total ?? timeline.length;

  return (
    <div className="stack">
      <p>
        <a href={linkTo('planCompetencies')}>← All competencies</a>
      </p>
      <section className="card stack" aria-labelledby="gp-detail-title">
        <div>
          <p className="muted small gp-eyebrow">{competency.group || 'Ungrouped'}</p>
          <h2 id="gp-detail-title">{competency.name}</h2>
          {competency.description ? <p>{competency.description}</p> : null}
          {competency.archived ? (
            <p className="note" role="note">
              Archived: it no longer counts in your plan, but its history is kept. Restore it on the Framework
              tab.
            </p>
          ) : null}
        </div>
        <h3>What each level looks like</h3>
        <ol className="gp-levels">
          {competency.levels.map((text, i) => {
            const n = i + 1;
            const marks = [
              n === state.current ? 'you today' : null,
              n === state.target ? 'your target' : null,
            ].filter(Boolean);
            return (
              <li
                key={n}
                className={`gp-level ${n === state.current ? 'gp-level--current' : ''} ${n === state.target ? 'gp-level--target' : ''}`}
              >
                <span className="gp-level__n">
                  {n} · {LEVEL_NAMES[i]}
                </span>
                <span>{text || <span className="muted">No description yet.</span>}</span>
                {marks.length > 0 ? <span className="gp-level__mark">{marks.join(' · ')}</span> : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section className="card stack" aria-labelledby="gp-rating-title">
        <div className="card__header">
          <h2 id="gp-rating-title">Your rating</h2>
          <span className="muted small">{gap === null ? 'Not rated yet' : gapLabel(state)}</span>
        </div>
        <RatingForm
          key={state.recordedAt ?? 'unrated'}
          competency={competency}
          state={state}
          onSave={async (draft) =>
            (
              await run(
                'The rating could not be saved',
                () => recordSkill(competency.id, draft),
                'Rating saved.',
              )
            ).ok
          }
        />
        <h3>History</h3>
        {timeline.length === 0 ? (
          <p className="muted">Every rating you save appears here with its date.</p>
        ) : (
          <DataTable
            testId="gp-history"
            caption={`Every saved rating of ${competency.name}, newest first`}
            rows={timeline}
            rowKey={(s) => s.id}
            columns={[
              { header: 'Saved', cell: (s) => formatDateTime(s.recordedAt) },
              { header: 'Current', numeric: true, cell: (s) => s.current ?? '–' },
              { header: 'Target', numeric: true, cell: (s) => s.target ?? '–' },
              { header: 'Note', className: 'gp-history__note', cell: (s) => s.note },
            ]}
          />
        )}
        <ShowMore shown={timeline.length} total={timelineTotal} noun="ratings" onMore={timelinePage.more} />
      </section>

      <section className="card stack" aria-labelledby="gp-actions-title">
        <h2 id="gp-actions-title">Actions</h2>
        {actions.length === 0 ? (
          <p className="muted">No actions yet. What is one step that would move you toward the next level?</p>
        ) : (
          <>
            <ActionList actions={actions.slice(0, actionsPage.limit)} today={today} />
            <ShowMore
              shown={Math.min(actionsPage.limit, actions.length)}
              total={actions.length}
              noun="actions"
              onMore={actionsPage.more}
            />
          </>
        )}
        {!competency.archived ? (
          <AddActionForm key={competency.id} competencyId={competency.id} competencyName={competency.name} />
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="gp-evidence-title">
        <h2 id="gp-evidence-title">Evidence</h2>
        <p className="muted small">
          Things you did that show this competency: handy at review time and when you rate yourself again.
        </p>
        <CompetencyEvidence competencyId={competency.id} name={competency.name} />
        <NoteForm
          key={competency.id}
          competencyId={competency.id}
          today={today}
          onAdd={async (text, date) =>
            (await run('The note could not be saved', () => addNote(competency.id, { text, date }))).ok
          }
        />
      </section>
    </div>
  );
}

/** A new evidence note: added on purpose, and kept as a draft until then (ui/drafts.ts). */
function NoteForm({
  competencyId,
  today,
  onAdd,
}: {
  competencyId: string;
  today: string;
  onAdd: (text: string, date: string) => Promise<boolean>;
}) {
  const draft = useDraft({ key: `evidence-note:${competencyId}`, initial: { text: '', date: today } });
  const { text, date } = draft.value;
  const textId = useId();
  const dateId = useId();
  return (
    <form
      className="stack gp-note-form"
      aria-label="New evidence note"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim() || !date) return;
        void onAdd(text, date).then((ok) => {
          if (ok) draft.resetIfUnchanged({ text, date }, { text: '', date });
        });
      }}
    >
      <div className="row gp-note-form__row">
        <div className="field gp-grow">
          <label htmlFor={textId} className="field__label">
            New evidence note
          </label>
          <textarea
            id={textId}
            rows={2}
            maxLength={20_000}
            value={text}
            placeholder="e.g. Led the design review for the billing split; two teams adopted the plan."
            onChange={(e) => draft.update({ text: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={dateId} className="field__label">
            Date
          </label>
          <input
            id={dateId}
            type="date"
            {...DATE_INPUT_RANGE}
            value={date}
            required
            onChange={(e) => draft.update({ date: e.target.value })}
          />
        </div>
      </div>
      <KeptDraftNote restored={draft.restored} onClear={() => draft.reset({ text: '', date: today })} />
      <div className="row">
        <button type="submit" className="button" disabled={!text.trim() || !date}>
          Add note
        </button>
      </div>
    </form>
  );
}
