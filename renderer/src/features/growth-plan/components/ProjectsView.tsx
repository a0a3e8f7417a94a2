import { useCallback, useId } from 'react';
import {
  orderedProjects,
  PROJECT_STATUSES,
  projectNextStep,
  STAFF_LEVEL_SIGNALS,
  staffLevelCase,
  type ProjectStatus,
} from '@shared/domain/projects';
import type { Project } from '@shared/types/entities';
import { recordPath } from '@shared/routes';
import { CountsAsEvidence } from '@renderer/features/evidence';
import { navigateToPath } from '@renderer/navigation';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Field } from '@renderer/ui/Field';
import { NameField, withoutBlankName } from '@renderer/ui/NameField';
import { SaveState, useDraft } from '@renderer/ui/useDraft';
import { useRun } from '@renderer/ui/useRun';
import { useProjects } from '../hooks/useProjects';
import { addProject, deleteProject, startProjectRetro, updateProject } from '../model/actions';

/** The texts of one project, autosaved together as one draft. */
type ProjectTexts = Pick<
  Project,
  'name' | 'scope' | 'ambiguity' | 'teams' | 'impact' | 'role' | 'whyPicked' | 'wins' | 'tellWho'
>;

function textsOf(project: Project): ProjectTexts {
  const { name, scope, ambiguity, teams, impact, role, whyPicked, wins, tellWho } = project;
  return { name, scope, ambiguity, teams, impact, role, whyPicked, wins, tellWho };
}

/** A short pipeline of staff-level projects (issue 18): the case for each, the role, the choice, the wins. */
export function ProjectsView() {
  const run = useRun();
  // `undefined` while loading: the heading and the form show at once, the list once it is read.
  const data = useProjects();
  // Added on purpose; until then what was typed is kept (ui/drafts.ts).
  const newProject = useDraft({ key: 'project:new', initial: '' });
  const name = newProject.value;
  const nameId = useId();

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="gp-projects-title">
        <h2 id="gp-projects-title">Staff-level projects</h2>
        <p className="muted">
          Staff-level work reaches past your own team, starts out unclear, and changes something the business
          cares about. Keep a short list of candidates, be ready to say why you picked the one you take on,
          and make sure the right people hear about its wins.
        </p>
        <form
          className="row gp-add-action"
          aria-label="New project"
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) return;
            void run('The project could not be added', () => addProject(name)).then(({ ok }) => {
              if (ok) newProject.resetIfUnchanged(name, '');
            });
          }}
        >
          <div className="field gp-grow">
            <label htmlFor={nameId} className="field__label">
              Project name
            </label>
            <input
              id={nameId}
              value={name}
              maxLength={200}
              placeholder="e.g. Move every team’s deploys to one pipeline"
              onChange={(e) => newProject.set(e.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={!name.trim()}>
            Add project
          </button>
        </form>
      </section>
      {data === undefined ? null : data.projects.length === 0 ? (
        <EmptyState title="No projects yet">
          <p>
            A project is staff-level when it reaches further than one team, nobody has the answer yet, several
            teams have to change something for it to land, and the business would notice the result. For
            example: “cut the time from merge to production from a day to an hour”, which takes the build, the
            test and the release teams, and whose way through nobody knows yet.
          </p>
          <p>Write down two or three candidates, then make the case for each below.</p>
        </EmptyState>
      ) : (
        <ul className="gp-plain-list gp-projects">
          {orderedProjects(data.projects).map((project) => (
            // Keyed by id alone: the texts are a draft that autosaves, and a remount on every save would
            // take the focus out of the field being typed in.
            <ProjectCard
              key={project.id}
              project={project}
              retroTitle={
                project.retroId === null ? undefined : (data.retroTitles.get(project.retroId) ?? null)
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface ProjectCardProps {
  project: Project;
  /** The title of its retrospective; null when that retro was deleted since, undefined when it has none. */
  retroTitle: string | null | undefined;
}

function ProjectCard({ project, retroTitle }: ProjectCardProps) {
  const run = useRun();
  const base = useId();
  const { id } = project;
  // Every text of the card autosaves as one draft (ui/drafts.ts), and at once when a field is left. A
  // name cleared by mistake is not saved: the stored one stays, and the field says so.
  const save = useCallback(
    async (draft: ProjectTexts) =>
      (await run('The project could not be saved', () => updateProject(id, withoutBlankName(draft)))).ok,
    [run, id],
  );
  const texts = useDraft<ProjectTexts>({ key: `project:${id}`, initial: textsOf(project), save });
  const name = texts.value.name.trim() || project.name;
  // The case and the next step follow what is typed, before it is saved.
  const current = { ...project, ...texts.value };
  const { given } = staffLevelCase(current);
  const next = projectNextStep(current);

  const holdRetro = () =>
    void run('The retrospective could not be started', async () => {
      // The retro starts with the role as typed, so that is saved first (a failed save has said so).
      if (!(await texts.flush())) return;
      navigateToPath(recordPath('retro', await startProjectRetro(id)));
    });

  const remove = () =>
    void run('The project could not be removed', async () => {
      // Saved first: the undo puts the project back with everything typed in it.
      if (!(await texts.flush())) return;
      await deleteProject(id);
    });

  return (
    <li className={`card stack gp-project gp-project--${project.status}`}>
      <div className="card__header">
        <h3 className="gp-project__name">{name}</h3>
        <div className="row gp-project__controls">
          <label htmlFor={`${base}-status`} className="visually-hidden">
            Status of {name}
          </label>
          <select
            id={`${base}-status`}
            value={project.status}
            onChange={(e) =>
              void run('The project could not be saved', () =>
                updateProject(id, { status: e.target.value as ProjectStatus }),
              )
            }
          >
            {Object.entries(PROJECT_STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button type="button" className="button button--ghost button--small" onClick={remove}>
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      <p className="gp-project__case small">
        <span className="muted">
          {given.length} of {STAFF_LEVEL_SIGNALS.length} reasons written
        </span>
        {next ? <strong className="gp-project__next">{next}</strong> : null}
      </p>
      <div className="stack" onBlur={() => void texts.flush()}>
        <NameField record="A project" value={texts.value.name} onChange={(name) => texts.update({ name })} />
        <fieldset className="gp-project__signals">
          <legend>Why it is staff-level</legend>
          {STAFF_LEVEL_SIGNALS.map((signal) => (
            <Field key={signal.field} label={signal.label} hint={signal.prompt}>
              {(props) => (
                <textarea
                  {...props}
                  rows={2}
                  maxLength={20_000}
                  value={texts.value[signal.field]}
                  onChange={(e) => texts.update({ [signal.field]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <Field label="Your role" hint="What you would own or lead, in a line.">
          {(props) => (
            <input
              {...props}
              maxLength={200}
              value={texts.value.role}
              onChange={(e) => texts.update({ role: e.target.value })}
            />
          )}
        </Field>
        <Field label="Why I picked this" hint="You will be asked: say it in a few sentences.">
          {(props) => (
            <textarea
              {...props}
              rows={2}
              maxLength={20_000}
              value={texts.value.whyPicked}
              onChange={(e) => texts.update({ whyPicked: e.target.value })}
            />
          )}
        </Field>
        <div className="gp-project__pair">
          <Field label="Wins to tell">
            {(props) => (
              <textarea
                {...props}
                rows={2}
                maxLength={20_000}
                value={texts.value.wins}
                onChange={(e) => texts.update({ wins: e.target.value })}
              />
            )}
          </Field>
          <Field label="Who should hear about them">
            {(props) => (
              <textarea
                {...props}
                rows={2}
                maxLength={20_000}
                value={texts.value.tellWho}
                onChange={(e) => texts.update({ tellWho: e.target.value })}
              />
            )}
          </Field>
        </div>
        {texts.edited || texts.status !== 'saved' ? <SaveState status={texts.status} /> : null}
      </div>
      <CountsAsEvidence source={{ kind: 'project', id }} collapsed={{ title: name }} />
      <RetroLine project={project} retroTitle={retroTitle} onHold={holdRetro} />
    </li>
  );
}

/** The project's retrospective: a link once held, the offer to hold it once the project is done. */
function RetroLine({
  project,
  retroTitle,
  onHold,
}: {
  project: Project;
  retroTitle: string | null | undefined;
  onHold: () => void;
}) {
  const hold =
    project.status === 'done' ? (
      <button type="button" className="button button--small" onClick={onHold}>
        Hold its retrospective<span className="visually-hidden"> ({project.name})</span>
      </button>
    ) : null;
  if (project.retroId !== null && typeof retroTitle === 'string')
    return (
      <p className="gp-project__retro">
        <a href={`#${recordPath('retro', project.retroId)}`}>
          Open its retrospective<span className="visually-hidden"> ({project.name})</span>
        </a>
      </p>
    );
  if (project.retroId !== null)
    return (
      <div className="row gp-project__retro">
        <span className="muted small">Its retrospective (deleted since)</span>
        {hold}
      </div>
    );
  return hold ? <div className="row gp-project__retro">{hold}</div> : null;
}
