import { useId, useState } from 'react';
import { STAFF_ARCHETYPES, archetypeText, type StaffArchetype } from '@shared/content/archetypes';
import { LADDER, ladderStep, ladderTarget } from '@shared/content/levels';
import { errorMessage } from '@shared/errors';
import type { Profile } from '@shared/types/entities';
import { Badge } from '@renderer/ui/Badge';
import { formatList, plural } from '@renderer/ui/format';
import { linkTo } from '@renderer/navigation';
import { setArchetype, takeBuiltInUpdate } from '../model/actions';
import type { PlanModel } from './types';

/**
 * Where the user stands on the scope ladder and where they aim (issue 18), with what changes at each
 * step; and, for a Staff plan, the kind of Staff work they aim for, which weights the ranking of gaps.
 */
export function PathCard({ model, profile }: { model: PlanModel; profile: Profile | null }) {
  const here = ladderStep(profile?.currentLevel ?? '');
  const aim = ladderTarget(model.targetTrack);
  const level = profile?.currentLevel.trim() ?? '';
  return (
    <section className="card stack gp-path" aria-labelledby="gp-path-title">
      <h2 id="gp-path-title">Your path</h2>
      {here === null ? (
        <p className="muted small">
          {level ? (
            <>
              Your level, “{level}”, is not a step of this ladder; ladders differ between companies, so read
              it as a guide.{' '}
            </>
          ) : (
            <>Set your current level in your profile to see where you stand. </>
          )}
          <a href={linkTo('profile')}>Edit your profile</a>
        </p>
      ) : null}
      <ol className="gp-ladder" aria-label="Scope ladder">
        {LADDER.map((step) => {
          const isHere = here?.code === step.code;
          const isAim = aim?.code === step.code;
          return (
            <li
              key={step.code}
              className={`gp-ladder__step${isHere ? ' gp-ladder__step--here' : ''}${isAim ? ' gp-ladder__step--aim' : ''}`}
              aria-current={isHere ? 'step' : undefined}
            >
              <p className="gp-ladder__title">
                <strong>
                  {step.code} · {step.title}
                </strong>
                {isHere ? <Badge>You are here</Badge> : null}
                {isAim ? <Badge tone="accent">Your aim</Badge> : null}
              </p>
              <p className="small">{step.scope}</p>
              <p className="muted small">
                {step.change}{' '}
                <span className="gp-ladder__horizon">Horizon: {step.horizon.toLowerCase()}.</span>
              </p>
            </li>
          );
        })}
      </ol>
      {model.framework.track === 'em' ? null : <ArchetypeChoice model={model} />}
    </section>
  );
}

function ArchetypeChoice({ model }: { model: PlanModel }) {
  const name = useId();
  const [problem, setProblem] = useState<string | null>(null);
  // The choice as the user left it until the database answers with it (a radio that flicked back while
  // the write is on its way would read as refused); a failed write shows the stored one again.
  // `over` is the stored choice the pick was made over: once the stored one is another (the database
  // answered, whoever changed it), the stored one is shown again.
  const [picked, setPicked] = useState<{
    archetype: StaffArchetype | null;
    over: StaffArchetype | null;
  } | null>(null);
  const stored = model.framework.archetype;
  const chosen = picked && picked.over === stored ? picked.archetype : stored;
  const choose = (archetype: StaffArchetype | null) => {
    setProblem(null);
    setPicked({ archetype, over: stored });
    setArchetype(model.framework.id, archetype).catch((error: unknown) => {
      setPicked(null);
      setProblem(`Your choice was not saved: ${errorMessage(error)}`);
    });
  };
  const weighted = model.active.filter((c) => model.emphasised.has(c.id)).map((c) => c.name);
  return (
    <fieldset className="stack gp-archetype">
      <legend>The kind of Staff work you aim for</legend>
      <p className="muted small">
        Staff engineers reach the level through different kinds of work. Pick yours, and the plan ranks the
        competencies it relies on first among equal gaps.
      </p>
      <label className="gp-archetype__option">
        <input type="radio" name={name} checked={chosen === null} onChange={() => choose(null)} />
        <span>
          <strong>No particular kind</strong>
          <span className="muted small"> The plan ranks gaps by size and the track’s priorities only.</span>
        </span>
      </label>
      {STAFF_ARCHETYPES.map((archetype) => (
        <label key={archetype.key} className="gp-archetype__option">
          <input
            type="radio"
            name={name}
            checked={chosen === archetype.key}
            onChange={() => choose(archetype.key)}
          />
          <span>
            <strong>{archetype.name}</strong>
            <span className="muted small"> {archetype.summary}</span>
          </span>
        </label>
      ))}
      {chosen === null ? null : (
        <p className="small" data-testid="gp-weighting">
          {weighted.length > 0 ? (
            <>
              Weighted for {archetypeText(chosen).name.toLowerCase()}: {formatList(weighted)}{' '}
              {weighted.length === 1 ? 'ranks' : 'rank'} as if{' '}
              {weighted.length === 1 ? 'its gap were' : 'their gaps were'} one level larger. Choose “No
              particular kind” to undo.
            </>
          ) : (
            <>
              None of this plan’s competencies comes from the built-in Senior → Staff framework under its
              original name, so there is nothing to weight. Choose “No particular kind” to undo.
            </>
          )}
        </p>
      )}
      {problem ? (
        <p role="alert" className="error-text">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Offers the competencies a newer version of the plan's built-in framework adds, or to keep the plan. */
export function FrameworkUpdateNotice({ model }: { model: PlanModel }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (model.missing.length === 0) return null;
  const take = (add: boolean) => {
    setBusy(true);
    setProblem(null);
    takeBuiltInUpdate(model.framework.id, add)
      .catch((error: unknown) => setProblem(`Nothing was changed: ${errorMessage(error)}`))
      .finally(() => setBusy(false));
  };
  return (
    <section className="card stack gp-update" aria-labelledby="gp-update-title">
      <h2 id="gp-update-title">A newer version of {model.framework.name}</h2>
      <p>
        It adds {plural(model.missing.length, 'competency', 'competencies')}:{' '}
        {formatList(model.missing.map((c) => c.name))}. Adding them keeps your competencies, ratings and
        history exactly as they are; the new ones start unrated.
      </p>
      <div className="row">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => take(true)}>
          Add {model.missing.length === 1 ? 'it' : 'them'} to my plan
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => take(false)}>
          Keep my plan as it is
        </button>
      </div>
      {problem ? (
        <p role="alert" className="error-text">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
