import { useState } from 'react';
import { BUILT_IN_FRAMEWORKS, type BuiltInFrameworkKey } from '@shared/content/frameworks';
import type { Framework, Profile } from '@shared/types/entities';
import { Field } from '@renderer/ui/Field';
import { setActiveFramework, startBlankFramework, startFromBuiltIn } from '../model/actions';
import { useRun } from '@renderer/ui/useRun';
import { Badge } from '@renderer/ui/Badge';

type Choice = BuiltInFrameworkKey | 'blank';

/** First use (or no active framework): pick a built-in framework or start from a blank one. */
export function ChooseFramework({
  frameworks,
  profile,
}: {
  frameworks: Framework[];
  profile: Profile | null;
}) {
  const run = useRun();
  const recommended: Choice = profile?.targetTrack === 'em' ? 'engineering-manager' : 'senior-to-staff';
  const [choice, setChoice] = useState<Choice>(recommended);
  const [blankName, setBlankName] = useState('My framework');
  const [busy, setBusy] = useState(false);
  const existing = frameworks.filter((f) => !f.archived);

  const start = async () => {
    setBusy(true);
    await run(
      'The framework could not be set up',
      () => (choice === 'blank' ? startBlankFramework(blankName) : startFromBuiltIn(choice)),
      'Your growth plan is ready. Rate where you are today to see your skill map.',
    );
    setBusy(false);
  };

  return (
    <div className="stack gp">
      <section className="card card--intro">
        <h2>Start your growth plan</h2>
        <p>
          A plan starts from a framework: the competencies that matter for the role you are growing into, each
          with five levels from “just starting” to “a model for others”. Pick one to begin. You get your own
          copy to rename, reorder and extend — the built-in version stays available.
        </p>
      </section>

      <form
        className="card stack"
        aria-label="Choose a framework"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <fieldset className="gp-choices">
          <legend>Choose a framework</legend>
          <div className="choice-list">
            {BUILT_IN_FRAMEWORKS.map((f) => (
              <label key={f.key} className={`choice ${choice === f.key ? 'choice--selected' : ''}`}>
                <input
                  type="radio"
                  name="gp-framework"
                  value={f.key}
                  checked={choice === f.key}
                  onChange={() => setChoice(f.key)}
                />
                <span>
                  <span className="choice__label">
                    {f.name}
                    {f.key === recommended && profile?.targetTrack !== 'undecided' && profile ? (
                      <>
                        {' '}
                        <Badge tone="accent">Matches your target track</Badge>
                      </>
                    ) : null}
                  </span>
                  <span className="choice__hint">
                    {f.competencies.length} competencies. {f.description}
                  </span>
                </span>
              </label>
            ))}
            <label className={`choice ${choice === 'blank' ? 'choice--selected' : ''}`}>
              <input
                type="radio"
                name="gp-framework"
                value="blank"
                checked={choice === 'blank'}
                onChange={() => setChoice('blank')}
              />
              <span>
                <span className="choice__label">Start from a blank framework</span>
                <span className="choice__hint">
                  For your company’s own ladder: you add the competencies yourself.
                </span>
              </span>
            </label>
          </div>
        </fieldset>
        {choice === 'blank' ? (
          <Field label="Name of your framework">
            {(props) => (
              <input
                {...props}
                value={blankName}
                maxLength={200}
                onChange={(e) => setBlankName(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <div className="row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {choice === 'blank' ? 'Create my framework' : 'Use this framework'}
          </button>
        </div>
      </form>

      {existing.length > 0 ? (
        <section className="card stack" aria-labelledby="gp-existing">
          <h2 id="gp-existing">Or go back to one of yours</h2>
          <ul className="gp-plain-list">
            {existing.map((f) => (
              <li key={f.id} className="row">
                <span>{f.name}</span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    void run('The framework could not be opened', () => setActiveFramework(f.id))
                  }
                >
                  Open {f.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
