import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { OVER_ENGINEERED_LABELS, type OverEngineered } from '@shared/content/journal';
import { retroTitle } from '@shared/domain/journal';
import type { Retro } from '@shared/types/entities';
import { linkTo, navigate } from '@renderer/navigation';
import { db } from '@renderer/db/db';
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';
import {
  useCompetencies,
  useRetro,
  useRetroActions,
  useToday,
  type CompetencyData,
} from '../hooks/useJournal';
import { exportRetro } from '../model/exports';
import { addRetroAction, deleteRetro, saveRetro, toRetroDraft, type RetroDraft } from '../model/repo';
import {
  BackLink,
  CompetencyChecklist,
  CompetencySelect,
  exportMessage,
  NoCompetencies,
  useRunner,
} from './common';
import { clearIfUnchanged } from '@renderer/ui/forms';

/** How long typing must pause before a draft is written. */
const AUTOSAVE_MS = 700;

type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  error: 'Not saved — see the message',
};

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

function RetroForm({ retro, competencies }: { retro: Retro; competencies: CompetencyData }) {
  const id = retro.id;
  const run = useRunner();
  const today = useToday();
  const [draft, setDraft] = useState<RetroDraft>(() => toRetroDraft(retro));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<RetroDraft | null>(null);

  /** Writes the latest unsaved draft now (if any). */
  const saveNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return true;
    pending.current = null;
    setStatus('saving');
    const saved = await run('The retrospective could not be saved', () =>
      saveRetro(db, id, next, new Date()),
    );
    setStatus(saved.ok ? (pending.current ? 'pending' : 'saved') : 'error');
    return saved.ok;
  }, [id, run]);

  // Leaving the page writes what was typed last.
  useEffect(() => () => void saveNow(), [saveNow]);

  const update = (patch: Partial<RetroDraft>, immediately = false) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    pending.current = next;
    setStatus('pending');
    if (timer.current) clearTimeout(timer.current);
    if (immediately) void saveNow();
    else timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  };

  const text = (key: 'wentWell' | 'didNotGoWell' | 'prevention' | 'change' | 'overEngineeredNote') => ({
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLTextAreaElement>) => update({ [key]: e.target.value }),
    rows: 4,
    maxLength: 20_000,
  });

  const remove = async () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    const done = await run(
      'The retrospective could not be deleted',
      () => deleteRetro(db, id),
      () => 'Retrospective deleted.',
    );
    setConfirmDelete(false);
    if (done.ok) navigate('retros');
  };

  const doExport = async () => {
    if (!(await saveNow())) return;
    await run('The retrospective could not be exported', () => exportRetro(db, id, today), exportMessage);
  };

  return (
    <div className="stack">
      <div className="journal-editor-bar">
        <BackLink href={linkTo('retros')}>All retrospectives</BackLink>
        <span className={`journal-save journal-save--${status}`} role="status">
          {draft.status === 'draft' ? 'Draft · ' : ''}
          {STATUS_TEXT[status]}
        </span>
      </div>

      <section className="card" aria-labelledby="retro-project">
        <h2 id="retro-project">
          {draft.project.trim() ? `Retrospective: ${retroTitle(draft)}` : 'New retrospective'}
        </h2>
        <div className="grid-2 journal-grid-wide">
          <Field label="Project name">
            {(p) => (
              <input
                {...p}
                value={draft.project}
                maxLength={200}
                onChange={(e) => update({ project: e.target.value })}
              />
            )}
          </Field>
          <Field label="My role" hint="For example “tech lead”, “one of four engineers”, “reviewer”.">
            {(p) => (
              <input
                {...p}
                value={draft.role}
                maxLength={200}
                onChange={(e) => update({ role: e.target.value })}
              />
            )}
          </Field>
          <Field label="Started on">
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.startDate ?? ''}
                onChange={(e) => update({ startDate: e.target.value || null })}
              />
            )}
          </Field>
          <Field label="Ended on">
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.endDate ?? ''}
                onChange={(e) => update({ endDate: e.target.value || null })}
              />
            )}
          </Field>
        </div>
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
        <CompetencyChecklist
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
          onClick={() => setConfirmDelete(true)}
        >
          Delete…
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

      {confirmDelete ? (
        <ConfirmDialog
          title="Delete this retrospective?"
          tone="danger"
          confirmLabel="Delete"
          cancelLabel="Keep it"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void remove()}
        >
          <p>
            “{retroTitle(draft)}” and its evidence links will be removed. Actions you already sent to the
            growth plan stay there.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function RetroActions({ retroId, competencies }: { retroId: string; competencies: CompetencyData }) {
  const actions = useRetroActions(retroId);
  const run = useRunner();
  const [title, setTitle] = useState('');
  const [competencyId, setCompetencyId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const competencyFieldId = useId();

  const send = async () => {
    const sent = await run(
      'The action could not be sent to the growth plan',
      () => addRetroAction(db, { retroId, competencyId, title, dueDate: dueDate || null }, new Date()),
      (a) => `“${a.title}” is now an action in your growth plan.`,
    );
    if (sent.ok) {
      setTitle(clearIfUnchanged(title));
      setDueDate(clearIfUnchanged(dueDate));
    }
  };

  return (
    <section className="card" aria-labelledby="retro-actions">
      <h2 id="retro-actions">Actions for your growth plan</h2>
      <p className="muted">Turn a lesson into a concrete step, on the competency it grows.</p>
      {actions && actions.length > 0 ? (
        <ul className="journal-actions" aria-label="Actions sent from this retrospective">
          {actions.map((a) => (
            <li key={a.id}>
              <span className="journal-badge">
                {a.status === 'done' ? 'Done' : a.status === 'doing' ? 'In progress' : 'To do'}
              </span>{' '}
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
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
          <div className="field">
            <label className="field__label" htmlFor={competencyFieldId}>
              On competency
            </label>
            <CompetencySelect
              id={competencyFieldId}
              groups={competencies.groups}
              value={competencyId}
              onChange={setCompetencyId}
              emptyLabel="Choose a competency"
              required
            />
          </div>
          <Field label="Due (optional)">
            {(p) => <input {...p} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
          </Field>
          <button type="submit" className="button" disabled={!title.trim() || !competencyId}>
            Send to growth plan
          </button>
        </form>
      )}
    </section>
  );
}
