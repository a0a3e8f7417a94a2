import { useCallback, useEffect, useRef, useState } from 'react';
import type { Tagged } from '@shared/domain/evidence-links';
import { OVER_ENGINEERED_LABELS, type OverEngineered } from '@shared/content/journal';
import { isBlankRetro, retroTitle } from '@shared/domain/journal';
import type { Retro } from '@shared/types/entities';
import { linkTo, navigate } from '@renderer/navigation';
import { useToday } from '@renderer/ui/useToday';
import { EmptyState } from '@renderer/ui/EmptyState';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';
import { exportMessage } from '@renderer/ui/ExportButton';
import { useRun } from '@renderer/ui/useRun';
import { useCompetencies, useRetro, useRetroActions, type CompetencyData } from '../hooks/useJournal';
import { exportRetroFile, leaveRetro, removeRetro, saveRetroDraft, sendRetroAction } from '../model/actions';
import { toDraft, type RetroDraft } from '../model/repo';
import { BackLink, bindText, CompetencySelect } from './common';
import { CompetencyPicker, NoCompetencies } from '@renderer/features/evidence';
import { RecordPeople } from '@renderer/features/people';
import { KeptDraftNote, SaveState, useDraft } from '@renderer/ui/useDraft';
import { Badge } from '@renderer/ui/Badge';

export function RetroEditor({ id }: { id: string }) {
  const retro = useRetro(id);
  const competencies = useCompetencies();
  if (retro === undefined || competencies === undefined)
    return <p className="muted">Loading the retrospective…</p>;
  if (retro === null) {
    return (
      <EmptyState
        title="This retrospective is not here"
        action={<a href={linkTo('retros')}>See all retrospectives</a>}
      >
        <p>It may have been deleted, or replaced by a restore.</p>
      </EmptyState>
    );
  }
  return <RetroForm retro={retro} competencies={competencies} />;
}

function RetroForm({ retro, competencies }: { retro: Tagged<Retro>; competencies: CompetencyData }) {
  const id = retro.id;
  const run = useRun();
  const today = useToday();
  const save = useCallback(
    async (next: RetroDraft) =>
      (await run('The retrospective could not be saved', () => saveRetroDraft(id, next))).ok,
    [id, run],
  );
  const form = useDraft<RetroDraft>({ key: `retro:${id}`, initial: toDraft(retro), save });
  const draft = form.value;
  const { flush } = form;

  // A new retro (Ctrl/Cmd+Shift+N, "New retrospective") opens with the cursor in its first field.
  const projectField = useRef<HTMLInputElement>(null);
  const [openedBlank] = useState(() => isBlankRetro(retro));
  useEffect(() => {
    if (openedBlank) projectField.current?.focus();
  }, [openedBlank]);

  // One rule for empty retros (issue 15): a retro left with nothing in it is not kept. Leaving writes
  // what was typed last, then removes the retro if the stored copy is still blank; one the window closed
  // on is removed at the next start (AfterFirstScreen). The check waits a task, so StrictMode's
  // unmount-and-mount again in development is not taken for leaving.
  const shown = useRef(false);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
      setTimeout(() => {
        if (shown.current) return;
        void flush().then((saved) =>
          saved
            ? leaveRetro(id).catch((error: unknown) =>
                console.warn('An empty retrospective could not be removed', error),
              )
            : undefined,
        );
      }, 0);
    };
  }, [id, flush]);
  const update = (patch: Partial<RetroDraft>, immediately = false) => {
    form.update(patch);
    if (immediately) void form.flush();
  };

  const text = (key: 'wentWell' | 'didNotGoWell' | 'prevention' | 'change' | 'overEngineeredNote') => ({
    ...bindText(draft, update, key),
    rows: 4,
    maxLength: 20_000,
  });

  /** Deletes the retro; nothing typed is written after that. */
  const remove = () => {
    form.reset(draft);
    return removeRetro(id);
  };

  const doExport = async () => {
    if (!(await form.flush())) return;
    await run('The retrospective could not be exported', () => exportRetroFile(id, today), exportMessage);
  };

  return (
    // Leaving any field writes what was typed at once (focusout bubbles; React's onBlur listens to it).
    <div className="stack" onBlur={() => void form.flush()}>
      <div className="journal-editor-bar">
        <BackLink href={linkTo('retros')}>All retrospectives</BackLink>
        <SaveState status={form.status} prefix={draft.status === 'draft' ? 'Draft · ' : ''} />
      </div>

      <section className="card" aria-labelledby="retro-project">
        <h2 id="retro-project">
          {draft.project.trim() ? `Retrospective: ${retroTitle(draft)}` : 'New retrospective'}
        </h2>
        <div className="grid-2 journal-grid-wide">
          <Field label="Project name">
            {(p) => (
              <input {...p} ref={projectField} {...bindText(draft, update, 'project')} maxLength={200} />
            )}
          </Field>
          <Field label="My role" hint="For example “tech lead”, “one of four engineers”, “reviewer”.">
            {(p) => <input {...p} {...bindText(draft, update, 'role')} maxLength={200} />}
          </Field>
          <DateField
            label="Started on"
            value={draft.startDate}
            onChange={(startDate) => update({ startDate })}
          />
          <DateField label="Ended on" value={draft.endDate} onChange={(endDate) => update({ endDate })} />
        </div>
        <RecordPeople
          source={{ kind: 'retro', id: retro.id }}
          what={`the retrospective ${retroTitle(draft)}`}
        />
      </section>

      <section className="card" aria-labelledby="retro-looking-back">
        <h2 id="retro-looking-back">Looking back</h2>
        <Field label="What went well" hint="What should you do again, and more of, on the next project?">
          {(p) => <textarea {...p} {...text('wentWell')} />}
        </Field>
        <Field label="What didn't go well">{(p) => <textarea {...p} {...text('didNotGoWell')} />}</Field>
        <Field
          label="How could it have been prevented upfront?"
          hint="Which question, check or conversation at the start would have caught it?"
        >
          {(p) => <textarea {...p} {...text('prevention')} />}
        </Field>
        <Field label="What will you change next time?">
          {(p) => <textarea {...p} {...text('change')} />}
        </Field>
      </section>

      <fieldset className="card">
        <legend>Did we over-engineer it? Could it have shipped sooner?</legend>
        <p className="muted journal-clear">
          A launch where nothing broke is good news, and also a hint: maybe a smaller version could have gone
          out earlier.
        </p>
        <div className="choice-list">
          {(Object.keys(OVER_ENGINEERED_LABELS) as OverEngineered[]).map((value) => (
            <label
              key={value}
              className={`choice ${draft.overEngineered === value ? 'choice--selected' : ''}`}
            >
              <input
                type="radio"
                name="overEngineered"
                value={value}
                checked={draft.overEngineered === value}
                onChange={() => update({ overEngineered: value })}
              />
              <span className="choice__label">{OVER_ENGINEERED_LABELS[value]}</span>
            </label>
          ))}
        </div>
        <Field label="What could have been left out or shipped earlier?">
          {(p) => <textarea {...p} {...text('overEngineeredNote')} rows={3} />}
        </Field>
      </fieldset>

      <section className="card" aria-labelledby="retro-evidence">
        <h2 id="retro-evidence">Evidence for your growth plan</h2>
        <CompetencyPicker
          legend="Competencies this project showed"
          hint="The retrospective will appear as evidence on each competency you tick."
          groups={competencies.groups}
          value={draft.competencyIds}
          onChange={(ids) => update({ competencyIds: ids })}
        />
      </section>

      <RetroActions retroId={id} competencies={competencies} />

      <div className="form-footer journal-footer">
        <button
          type="button"
          className="button button--ghost journal-danger"
          onClick={() =>
            // No "Are you sure?": the delete is offered for undo (the undo bar, Ctrl/Cmd+Z), which the
            // app shell keeps showing on the list this goes back to.
            void run('The retrospective could not be deleted', remove).then((done) => {
              if (done.ok) navigate('retros');
            })
          }
        >
          Delete
        </button>
        <button type="button" className="button" onClick={() => void doExport()}>
          Export as Markdown…
        </button>
        {draft.status === 'draft' ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => update({ status: 'done' }, true)}
          >
            Mark as done
          </button>
        ) : (
          <button type="button" className="button" onClick={() => update({ status: 'draft' }, true)}>
            Reopen as draft
          </button>
        )}
      </div>
    </div>
  );
}

const NEW_RETRO_ACTION = { title: '', competencyId: '', dueDate: '' };

function RetroActions({ retroId, competencies }: { retroId: string; competencies: CompetencyData }) {
  const actions = useRetroActions(retroId);
  const run = useRun();
  // Sent on the button; until then what was typed is kept per retro (ui/drafts.ts). The editor is keyed
  // by the retro's id, so another retro mounts its own.
  const draft = useDraft({ key: `retro-action:${retroId}`, initial: NEW_RETRO_ACTION });
  const { title, competencyId, dueDate } = draft.value;

  const send = async () => {
    const submitted = draft.value;
    const sent = await run(
      'The action could not be sent to the growth plan',
      () => sendRetroAction({ retroId, competencyId, title, dueDate: dueDate || null }),
      (a) => `“${a.title}” is now an action in your growth plan.`,
    );
    // The competency stays chosen for the next action, as before.
    if (sent.ok)
      draft.resetIfUnchanged(submitted, { ...NEW_RETRO_ACTION, competencyId: submitted.competencyId });
  };

  return (
    <section className="card" aria-labelledby="retro-actions">
      <h2 id="retro-actions">Actions for your growth plan</h2>
      <p className="muted">Turn a lesson into a concrete step, on the competency it grows.</p>
      {actions && actions.length > 0 ? (
        <ul className="journal-actions" aria-label="Actions sent from this retrospective">
          {actions.map((a) => (
            <li key={a.id}>
              <Badge>{a.status === 'done' ? 'Done' : a.status === 'doing' ? 'In progress' : 'To do'}</Badge>{' '}
              {a.title}
              <span className="muted small">
                {a.competencyId ? ` · ${competencies.names.get(a.competencyId) ?? 'removed competency'}` : ''}
                {a.dueDate ? ` · due ${formatDay(a.dueDate)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {competencies.groups.length === 0 ? (
        <NoCompetencies />
      ) : (
        <form
          className="journal-action-form"
          aria-label="New action"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <Field label="Action">
            {(p) => (
              <input
                {...p}
                value={title}
                maxLength={200}
                required
                onChange={(e) => draft.update({ title: e.target.value })}
              />
            )}
          </Field>
          <Field label="On competency">
            {(p) => (
              <CompetencySelect
                id={p.id}
                groups={competencies.groups}
                value={competencyId}
                onChange={(id) => draft.update({ competencyId: id })}
                emptyLabel="Choose a competency"
                required
              />
            )}
          </Field>
          <DateField
            label="Due (optional)"
            value={dueDate}
            onChange={(date) => draft.update({ dueDate: date ?? '' })}
          />
          <button type="submit" className="button" disabled={!title.trim() || !competencyId}>
            Send to growth plan
          </button>
        </form>
      )}
      {/* Outside the form: its grid holds one row of fields. */}
      <KeptDraftNote restored={draft.restored} onClear={() => draft.reset(NEW_RETRO_ACTION)} />
    </section>
  );
}
