import { useCallback, useEffect, useRef, useState } from 'react';
import { OVER_ENGINEERED_LABELS, type OverEngineered } from '@shared/content/journal';
import { retroTitle } from '@shared/domain/journal';
import type { Retro } from '@shared/types/entities';
import { linkTo, navigate } from '@renderer/navigation';
import { EmptyState } from '@renderer/ui/EmptyState';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';
import {
  useCompetencies,
  useRetro,
  useRetroActions,
  useToday,
  type CompetencyData,
} from '../hooks/useJournal';
import { exportRetroFile, removeRetro, saveRetroDraft, sendRetroAction } from '../model/actions';
import { toDraft, type RetroDraft } from '../model/repo';
import {
  BackLink,
  bindText,
  CompetencyChecklist,
  CompetencySelect,
  exportMessage,
  NoCompetencies,
  useRunner,
} from './common';
import { DeleteDialog } from './dialogs';
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
  const [draft, setDraft] = useState<RetroDraft>(() => toDraft(retro));
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
    const saved = await run('The retrospective could not be saved', () => saveRetroDraft(id, next));
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
    ...bindText(draft, update, key),
    rows: 4,
    maxLength: 20_000,
  });

  /** Deletes the retro; nothing typed is written after that. */
  const remove = () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    return removeRetro(id);
  };

  const doExport = async () => {
    if (!(await saveNow())) return;
    await run('The retrospective could not be exported', () => exportRetroFile(id, today), exportMessage);
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
            {(p) => <input {...p} {...bindText(draft, update, 'project')} maxLength={200} />}
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
        <DeleteDialog
          title="Delete this retrospective?"
          failure="The retrospective could not be deleted"
          success="Retrospective deleted."
          remove={remove}
          onCancel={() => setConfirmDelete(false)}
          onDone={(ok) => {
            setConfirmDelete(false);
            if (ok) navigate('retros');
          }}
        >
          <p>
            “{retroTitle(draft)}” and its evidence links will be removed. Actions you already sent to the
            growth plan stay there.
          </p>
        </DeleteDialog>
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

  const send = async () => {
    const sent = await run(
      'The action could not be sent to the growth plan',
      () => sendRetroAction({ retroId, competencyId, title, dueDate: dueDate || null }),
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
          <Field label="On competency">
            {(p) => (
              <CompetencySelect
                id={p.id}
                groups={competencies.groups}
                value={competencyId}
                onChange={setCompetencyId}
                emptyLabel="Choose a competency"
                required
              />
            )}
          </Field>
          <DateField label="Due (optional)" value={dueDate} onChange={(date) => setDueDate(date ?? '')} />
          <button type="submit" className="button" disabled={!title.trim() || !competencyId}>
            Send to growth plan
          </button>
        </form>
      )}
    </section>
  );
}
