import { useId, useState } from 'react';
import { BUILT_IN_FRAMEWORKS, builtInFramework, LEVEL_NAMES } from '@shared/content/frameworks';
import type { Competency, Framework } from '@shared/types/entities';
import { Dialog } from '@renderer/ui/Dialog';
import { Field } from '@renderer/ui/Field';
import { useRun } from '@renderer/ui/useRun';
import {
  addCompetency,
  archiveCompetency,
  duplicateFramework,
  moveCompetency,
  renameFramework,
  restoreCompetency,
  setActiveFramework,
  startBlankFramework,
  startFromBuiltIn,
  updateCompetency,
} from '../model/actions';
import type { PlanModel } from './types';
import { linkTo } from '@renderer/navigation';
import { FrameworkUpdateNotice } from './PathCard';
import { DiscardButton, KeptDraftNote, useDraft } from '@renderer/ui/useDraft';

/** Edit the active framework: rename it, add, edit, reorder, regroup and archive competencies, or switch. */
export function FrameworkEditor({ model, frameworks }: { model: PlanModel; frameworks: Framework[] }) {
  const run = useRun();
  const { framework } = model;
  const [editing, setEditing] = useState<Competency | null>(null);
  const groups = [...new Set([...model.active, ...model.archived].map((c) => c.group).filter(Boolean))];
  const origin = framework.builtInKey ? builtInFramework(framework.builtInKey) : undefined;
  const groupListId = useId();

  return (
    <div className="stack">
      {/* Keyed: the drafts inside belong to one framework, and opening another starts its own. */}
      <FrameworkHeader key={framework.id} framework={framework} originName={origin?.name} />
      <FrameworkUpdateNotice model={model} />

      <section className="card stack" aria-labelledby="gp-fw-competencies">
        <h2 id="gp-fw-competencies">Competencies</h2>
        <p className="muted small">
          The order here is the order of the radar and, for equal gaps, of your gap list. Archiving hides a
          competency from the plan but keeps its ratings, actions and evidence.
        </p>
        {model.active.length === 0 ? (
          <p className="muted">No competencies yet. Add the first one below.</p>
        ) : (
          <table className="table gp-fw-table">
            <caption className="visually-hidden">Competencies of {framework.name}, in order</caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Group</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">Changes</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {model.active.map((c, index) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.group || <span className="muted">None</span>}</td>
                  <td className="actions">
                    <div className="gp-fw-buttons">
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        disabled={index === 0}
                        onClick={() =>
                          void run('The competency could not be moved', () =>
                            moveCompetency(framework.id, c.id, -1),
                          )
                        }
                      >
                        <span aria-hidden="true">↑</span>
                        <span className="visually-hidden">Move {c.name} up</span>
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        disabled={index === model.active.length - 1}
                        onClick={() =>
                          void run('The competency could not be moved', () =>
                            moveCompetency(framework.id, c.id, 1),
                          )
                        }
                      >
                        <span aria-hidden="true">↓</span>
                        <span className="visually-hidden">Move {c.name} down</span>
                      </button>
                      <button type="button" className="button button--small" onClick={() => setEditing(c)}>
                        Edit<span className="visually-hidden"> {c.name}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        onClick={() =>
                          void run(
                            'The competency could not be archived',
                            () => archiveCompetency(framework.id, c.id),
                            `“${c.name}” archived. Its history is kept.`,
                          )
                        }
                      >
                        Archive<span className="visually-hidden"> {c.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <datalist id={groupListId}>
          {groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <AddCompetencyForm key={framework.id} frameworkId={framework.id} groupListId={groupListId} />
      </section>

      {model.archived.length > 0 ? (
        <section className="card stack" aria-labelledby="gp-fw-archived">
          <h2 id="gp-fw-archived">Archived</h2>
          <ul className="gp-plain-list">
            {model.archived.map((c) => (
              <li key={c.id} className="row">
                <a href={linkTo('competency', { id: c.id })}>{c.name}</a>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    void run('The competency could not be restored', () =>
                      restoreCompetency(framework.id, c.id),
                    )
                  }
                >
                  Restore<span className="visually-hidden"> {c.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <OtherFrameworks current={framework} frameworks={frameworks} />

      {editing ? (
        <EditCompetencyDialog
          key={editing.id}
          competency={editing}
          groupListId={groupListId}
          onClose={() => setEditing(null)}
          onSave={async (patch) => {
            const { ok } = await run(
              'The competency could not be saved',
              () => updateCompetency(framework.id, editing.id, patch),
              'Competency saved.',
            );
            if (ok) setEditing(null);
            return ok;
          }}
        />
      ) : null}
    </div>
  );
}

function FrameworkHeader({
  framework,
  originName,
}: {
  framework: Framework;
  originName: string | undefined;
}) {
  const run = useRun();
  // Renaming and copying happen on the button; until then what was typed is kept (ui/drafts.ts).
  const rename = useDraft({ key: `framework-name:${framework.id}`, initial: framework.name });
  const name = rename.value;
  const copyStart = `${framework.name} (my version)`;
  const copy = useDraft({ key: `framework-copy-name:${framework.id}`, initial: copyStart });
  const copyName = copy.value;
  return (
    <section className="card stack" aria-labelledby="gp-fw-title">
      <h2 id="gp-fw-title">Your framework</h2>
      <p className="muted">
        {originName
          ? `Your own copy of the built-in “${originName}” framework: change anything. The original stays available, so you can always start again from it.`
          : 'A framework of your own.'}
      </p>
      <form
        className="row gp-add-action"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          const submitted = name;
          void run(
            'The framework could not be renamed',
            () => renameFramework(framework.id, submitted),
            'Framework renamed.',
          ).then(({ ok }) => {
            if (ok) rename.resetIfUnchanged(submitted, submitted.trim());
          });
        }}
      >
        <div className="field gp-grow">
          <label htmlFor="gp-fw-name" className="field__label">
            Name
          </label>
          <input id="gp-fw-name" value={name} maxLength={200} onChange={(e) => rename.set(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={!name.trim() || name.trim() === framework.name}>
          Rename
        </button>
      </form>
      <KeptDraftNote restored={rename.restored} onClear={() => rename.reset(framework.name)} />
      <form
        className="row gp-add-action"
        onSubmit={(event) => {
          event.preventDefault();
          const submitted = copyName;
          void run(
            'The framework could not be duplicated',
            () => duplicateFramework(framework.id, submitted),
            'Copy made and opened. The original is unchanged.',
          ).then(({ ok }) => {
            // The copy is open now, in a header of its own; this framework's copy name starts again.
            if (ok) copy.reset(copyStart);
          });
        }}
      >
        <div className="field gp-grow">
          <label htmlFor="gp-fw-copy" className="field__label">
            Name of a copy
          </label>
          <input
            id="gp-fw-copy"
            value={copyName}
            maxLength={200}
            onChange={(e) => copy.set(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Duplicate framework
        </button>
      </form>
      <KeptDraftNote restored={copy.restored} onClear={() => copy.reset(copyStart)} />
      <p className="muted small">
        A copy takes the competencies but starts without ratings — handy to try a different ladder without
        touching this plan.
      </p>
    </section>
  );
}

const NEW_COMPETENCY = { name: '', group: '', description: '' };

/** Adds a competency on the button; until then what was typed is kept (ui/drafts.ts), per framework. */
export function AddCompetencyForm({
  frameworkId,
  groupListId,
}: {
  frameworkId: string;
  groupListId: string;
}) {
  const run = useRun();
  const draft = useDraft({ key: `new-competency:${frameworkId}`, initial: NEW_COMPETENCY });
  const { name, group, description } = draft.value;
  return (
    <form
      className="stack gp-fw-add"
      aria-label="Add a competency"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        const submitted = draft.value;
        void run(
          'The competency could not be added',
          () => addCompetency(frameworkId, submitted),
          `“${name.trim()}” added.`,
        ).then(({ ok }) => {
          // The group stays for the next competency, as before.
          if (ok) draft.resetIfUnchanged(submitted, { ...NEW_COMPETENCY, group: submitted.group });
        });
      }}
    >
      <h3>Add a competency</h3>
      <div className="grid-2">
        <Field label="Name">
          {(props) => (
            <input
              {...props}
              value={name}
              maxLength={200}
              onChange={(e) => draft.update({ name: e.target.value })}
            />
          )}
        </Field>
        <Field label="Group" hint="e.g. Technical, Influence, People">
          {(props) => (
            <input
              {...props}
              list={groupListId}
              value={group}
              maxLength={200}
              onChange={(e) => draft.update({ group: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="Short description">
        {(props) => (
          <input
            {...props}
            value={description}
            maxLength={2000}
            onChange={(e) => draft.update({ description: e.target.value })}
          />
        )}
      </Field>
      <KeptDraftNote restored={draft.restored} onClear={() => draft.reset(NEW_COMPETENCY)} />
      <div className="row">
        <button type="submit" className="button button--primary" disabled={!name.trim()}>
          Add competency
        </button>
        <span className="muted small">
          It starts with generic level descriptions; edit them to match your ladder.
        </span>
      </div>
    </form>
  );
}

interface CompetencyEdit {
  name: string;
  group: string;
  description: string;
  levels: string[];
}

function EditCompetencyDialog({
  competency,
  groupListId,
  onClose,
  onSave,
}: {
  competency: Competency;
  groupListId: string;
  onClose: () => void;
  /** Resolves true when the competency was saved. */
  onSave: (patch: CompetencyEdit) => Promise<boolean>;
}) {
  const stored: CompetencyEdit = {
    name: competency.name,
    group: competency.group,
    description: competency.description,
    levels: [...competency.levels],
  };
  // Saved on the button; closing the dialog any other way keeps what was typed (ui/drafts.ts) for the
  // next time this competency is edited. Cancel with changes is the explicit way to drop them.
  const form = useDraft<CompetencyEdit>({ key: `competency:${competency.id}`, initial: stored });
  const { name, group, description, levels } = form.value;
  const formId = useId();
  return (
    <Dialog
      open
      title={`Edit “${competency.name}”`}
      onClose={onClose}
      actions={
        <>
          <DiscardButton draft={form} start={stored} onDone={onClose} />
          <button type="submit" form={formId} className="button button--primary" disabled={!name.trim()}>
            Save
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const submitted = form.value;
          void onSave(submitted).then((saved) => {
            if (saved) form.reset(submitted);
          });
        }}
      >
        <p className="muted small">
          Renaming keeps the competency’s history: it is the same skill with a new name.
        </p>
        <Field label="Name">
          {(props) => (
            <input
              {...props}
              value={name}
              maxLength={200}
              onChange={(e) => form.update({ name: e.target.value })}
            />
          )}
        </Field>
        <Field label="Group">
          {(props) => (
            <input
              {...props}
              list={groupListId}
              value={group}
              maxLength={200}
              onChange={(e) => form.update({ group: e.target.value })}
            />
          )}
        </Field>
        <Field label="Short description">
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={description}
              maxLength={20_000}
              onChange={(e) => form.update({ description: e.target.value })}
            />
          )}
        </Field>
        {levels.map((text, i) => (
          <Field key={i} label={`Level ${i + 1} · ${LEVEL_NAMES[i]}`}>
            {(props) => (
              <input
                {...props}
                value={text}
                maxLength={2000}
                onChange={(e) => {
                  const text = e.target.value;
                  form.set((d) => ({ ...d, levels: d.levels.map((l, j) => (j === i ? text : l)) }));
                }}
              />
            )}
          </Field>
        ))}
        {/* Last: opening the dialog focuses its first control, which is the name, not "Clear it". */}
        <KeptDraftNote restored={form.restored} onClear={() => form.reset(stored)} />
      </form>
    </Dialog>
  );
}

function OtherFrameworks({ current, frameworks }: { current: Framework; frameworks: Framework[] }) {
  const run = useRun();
  const others = frameworks.filter((f) => f.id !== current.id && !f.archived);
  const [pick, setPick] = useState(others[0]?.id ?? '');
  const pickId = useId();
  return (
    <section className="card stack" aria-labelledby="gp-fw-other">
      <h2 id="gp-fw-other">Other frameworks</h2>
      {others.length > 0 ? (
        <div className="row gp-add-action">
          <div className="field gp-grow">
            <label htmlFor={pickId} className="field__label">
              Switch to
            </label>
            <select id={pickId} value={pick} onChange={(e) => setPick(e.target.value)}>
              {others.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={!pick}
            onClick={() => void run('The framework could not be opened', () => setActiveFramework(pick))}
          >
            Open
          </button>
        </div>
      ) : null}
      <p className="muted small">
        Starting another framework keeps this one and all its history; you can come back to it here.
      </p>
      <div className="row">
        {BUILT_IN_FRAMEWORKS.map((f) => (
          <button
            key={f.key}
            type="button"
            className="button"
            onClick={() =>
              void run(
                'The framework could not be created',
                () => startFromBuiltIn(f.key),
                `Started a fresh “${f.name}”.`,
              )
            }
          >
            Start a fresh {f.name}
          </button>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(
              'The framework could not be created',
              () => startBlankFramework('My framework'),
              'Started a blank framework.',
            )
          }
        >
          Start a blank framework
        </button>
      </div>
    </section>
  );
}
