import { useId, useState } from 'react';
import { BUILT_IN_FRAMEWORKS, builtInFramework, LEVEL_NAMES } from '@shared/content/frameworks';
import type { Competency, Framework } from '@shared/types/entities';
import { Dialog } from '@renderer/ui/Dialog';
import { Field } from '@renderer/ui/Field';
import { useRun } from '../hooks/useRun';
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
import { clearIfUnchanged } from '@renderer/ui/forms';

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
      <FrameworkHeader framework={framework} originName={origin?.name} />

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
        <AddCompetencyForm frameworkId={framework.id} groupListId={groupListId} />
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
          competency={editing}
          groupListId={groupListId}
          onClose={() => setEditing(null)}
          onSave={async (patch) => {
            const ok = await run(
              'The competency could not be saved',
              () => updateCompetency(framework.id, editing.id, patch),
              'Competency saved.',
            );
            if (ok) setEditing(null);
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
  const [name, setName] = useState(framework.name);
  const [copyName, setCopyName] = useState(`${framework.name} (my version)`);
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
          void run(
            'The framework could not be renamed',
            () => renameFramework(framework.id, name),
            'Framework renamed.',
          );
        }}
      >
        <div className="field gp-grow">
          <label htmlFor="gp-fw-name" className="field__label">
            Name
          </label>
          <input id="gp-fw-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={!name.trim() || name.trim() === framework.name}>
          Rename
        </button>
      </form>
      <form
        className="row gp-add-action"
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            'The framework could not be duplicated',
            () => duplicateFramework(framework.id, copyName),
            'Copy made and opened. The original is unchanged.',
          );
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
            onChange={(e) => setCopyName(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Duplicate framework
        </button>
      </form>
      <p className="muted small">
        A copy takes the competencies but starts without ratings — handy to try a different ladder without
        touching this plan.
      </p>
    </section>
  );
}

function AddCompetencyForm({ frameworkId, groupListId }: { frameworkId: string; groupListId: string }) {
  const run = useRun();
  const [name, setName] = useState('');
  const [group, setGroup] = useState('');
  const [description, setDescription] = useState('');
  return (
    <form
      className="stack gp-fw-add"
      aria-label="Add a competency"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        void run(
          'The competency could not be added',
          () => addCompetency(frameworkId, { name, group, description }),
          `“${name.trim()}” added.`,
        ).then((ok) => {
          if (ok) {
            setName(clearIfUnchanged(name));
            setDescription(clearIfUnchanged(description));
          }
        });
      }}
    >
      <h3>Add a competency</h3>
      <div className="grid-2">
        <Field label="Name">
          {(props) => (
            <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Field label="Group" hint="e.g. Technical, Influence, People">
          {(props) => (
            <input
              {...props}
              list={groupListId}
              value={group}
              maxLength={200}
              onChange={(e) => setGroup(e.target.value)}
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
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
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

function EditCompetencyDialog({
  competency,
  groupListId,
  onClose,
  onSave,
}: {
  competency: Competency;
  groupListId: string;
  onClose: () => void;
  onSave: (patch: { name: string; group: string; description: string; levels: string[] }) => Promise<void>;
}) {
  const [name, setName] = useState(competency.name);
  const [group, setGroup] = useState(competency.group);
  const [description, setDescription] = useState(competency.description);
  const [levels, setLevels] = useState<string[]>([...competency.levels]);
  const formId = useId();
  return (
    <Dialog
      open
      title={`Edit “${competency.name}”`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
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
          void onSave({ name, group, description, levels });
        }}
      >
        <p className="muted small">
          Renaming keeps the competency’s history: it is the same skill with a new name.
        </p>
        <Field label="Name">
          {(props) => (
            <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Field label="Group">
          {(props) => (
            <input
              {...props}
              list={groupListId}
              value={group}
              maxLength={200}
              onChange={(e) => setGroup(e.target.value)}
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
              onChange={(e) => setDescription(e.target.value)}
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
                onChange={(e) => setLevels((all) => all.map((l, j) => (j === i ? e.target.value : l)))}
              />
            )}
          </Field>
        ))}
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
