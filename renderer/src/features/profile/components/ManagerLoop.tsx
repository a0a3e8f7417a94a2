import { useCallback, useId, useState } from 'react';
import {
  askAgainDay,
  excellentAnswerRisk,
  type Concreteness,
  type ExcellentAnswerRisk,
} from '@shared/domain/manager-loop';
import { pathTo } from '@shared/routes';
import type { ManagerAnswer } from '@shared/types/entities';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';
import { KeptDraftNote, SaveState, useDraft } from '@renderer/ui/useDraft';
import { useRun } from '@renderer/ui/useRun';
import { useManagerAnswers } from '../hooks/useManagerAnswers';
import { addManagerAnswer, deleteManagerAnswer, updateManagerAnswer } from '../model/actions';
import '../profile.css';

const CONCRETENESS: Record<Concreteness, { label: string; hint: string }> = {
  concrete: {
    label: 'Concrete enough',
    hint: 'In six months you could tell whether you got there.',
  },
  vague: {
    label: 'Too vague',
    hint: 'It names a quality (“more ownership”) rather than a result you could point to.',
  },
};

function riskText(risk: NonNullable<ExcellentAnswerRisk>): string {
  switch (risk.kind) {
    case 'missing':
      return 'No answer yet. Ask your manager in your next 1:1: without a shared picture of “excellent”, it is easy to work hard on the wrong things.';
    case 'stale':
      return `The last answer is from ${formatDay(risk.askedOn)}, six months ago or more. Priorities move: ask again and add the new answer below.`;
    case 'vague':
      return `The last answer was vague, and a vague picture makes it likely that you and your manager mean different things by “excellent”. Ask again by ${formatDay(risk.askAgainOn)}.`;
  }
}

/**
 * The manager loop (issue 18): every answer to "what does excellent look like in six months?" with its
 * day, newest first; whether the latest was concrete enough, with what to do when it was not; when to
 * ask again. A new answer is added, never written over the last one.
 */
export function ManagerLoop({ today }: { today: string }) {
  const answers = useManagerAnswers();
  const latest = answers?.[0] ?? null;
  const risk = answers === undefined ? null : excellentAnswerRisk(latest, today);
  const earlier = answers?.slice(1) ?? [];
  return (
    <section className="card stack manager-loop" aria-labelledby="profile-excellent">
      <h2 id="profile-excellent">What does excellent look like in six months?</h2>
      <p className="muted">
        Ask your manager this question and write the answer down in their words, with the day they gave it.
        Every answer is kept, so you can see how their picture of your next step moves.
      </p>
      {risk ? (
        <p className="note note--warning" role="note">
          <strong>Worth a conversation: </strong>
          {riskText(risk)}
        </p>
      ) : null}
      {latest ? <LatestAnswer key={latest.id} answer={latest} /> : null}
      <NewAnswerForm today={today} first={answers !== undefined && latest === null} />
      {earlier.length > 0 ? (
        <div className="stack">
          <h3 id="profile-earlier-answers">Earlier answers</h3>
          <ol className="manager-loop__history" aria-labelledby="profile-earlier-answers">
            {earlier.map((answer) => (
              <li key={answer.id} className="manager-loop__earlier">
                <AnswerText answer={answer} />
                {answer.nextStep.trim() ? (
                  <p className="small">
                    <span className="muted">Your next step then: </span>
                    {answer.nextStep}
                  </p>
                ) : null}
                <RemoveAnswer answer={answer} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}

function AnswerText({ answer }: { answer: ManagerAnswer }) {
  return (
    <>
      <blockquote className="manager-loop__quote">{answer.answer}</blockquote>
      <p className="muted small">
        Asked on {formatDay(answer.askedOn)}
        {answer.concrete ? ` · ${CONCRETENESS[answer.concrete].label}` : ''}
      </p>
    </>
  );
}

function RemoveAnswer({ answer }: { answer: ManagerAnswer }) {
  const run = useRun();
  return (
    <div className="row">
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => void run('The answer could not be removed', () => deleteManagerAnswer(answer.id))}
      >
        Remove<span className="visually-hidden"> the answer of {formatDay(answer.askedOn)}</span>
      </button>
    </div>
  );
}

/** The answer in force: how concrete it was, what to do about it, and when to ask again. */
function LatestAnswer({ answer }: { answer: ManagerAnswer }) {
  const run = useRun();
  const base = useId();
  // The user's pick shows at once and holds until the database answers with it (as PathCard's radios).
  // The pick remembers what it was made over: once the stored value moves, the stored value shows.
  const [picked, setPicked] = useState<{ value: Concreteness; over: Concreteness | null } | null>(null);
  const concrete = picked && picked.over === answer.concrete ? picked.value : answer.concrete;
  const saveNextStep = useCallback(
    async (nextStep: string) =>
      (await run('Your next step could not be saved', () => updateManagerAnswer(answer.id, { nextStep }))).ok,
    [run, answer.id],
  );
  const nextStep = useDraft({
    key: `manager-answer-next:${answer.id}`,
    initial: answer.nextStep,
    save: saveNextStep,
  });
  const vague = concrete === 'vague';

  return (
    <div className="stack manager-loop__latest">
      <h3>The latest answer</h3>
      <AnswerText answer={answer} />
      <fieldset className="manager-loop__concrete">
        <legend>Was it concrete enough to work toward?</legend>
        <p className="muted small">
          Two checks: could you tell, six months from now, whether you did it? Does it name a result, a scope
          or the people who would notice, rather than a quality?
        </p>
        <div className="choice-list choice-list--row">
          {(Object.keys(CONCRETENESS) as Concreteness[]).map((value) => (
            <label key={value} className={`choice ${concrete === value ? 'choice--selected' : ''}`}>
              <input
                type="radio"
                name={`${base}-concrete`}
                value={value}
                checked={concrete === value}
                onChange={() => {
                  setPicked({ value, over: answer.concrete });
                  void run('Your answer could not be saved', () =>
                    updateManagerAnswer(answer.id, { concrete: value }),
                  ).then(({ ok }) => {
                    if (!ok) setPicked(null);
                  });
                }}
              />
              <span className="choice__label">{CONCRETENESS[value].label}</span>
              <span className="choice__hint">{CONCRETENESS[value].hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {vague ? (
        <div className="note" role="note" aria-labelledby={`${base}-advice`}>
          <p id={`${base}-advice`}>
            <strong>When the answer is vague</strong>
          </p>
          <ul className="manager-loop__advice">
            <li>
              At your next 1:1, ask for specifics: what would they expect to see from you by then, and how
              would they know you got there?
            </li>
            <li>
              Ask for an example: someone at the next level, or a piece of work, that shows what they mean.
            </li>
            <li>
              If the answer is that working it out is part of the level, that is fair: ask where to look,
              write your own version of “excellent”, and check it with them.
            </li>
          </ul>
        </div>
      ) : concrete === 'concrete' ? (
        <p className="small">
          Good: plan around it. Turn its parts into expectations on your{' '}
          <a href={`#${pathTo('planPromotion')}`}>promotion checklist</a>.
        </p>
      ) : null}
      <Field
        label="Your next step"
        hint={vague ? 'The sharper question you will ask, or the example you will look for.' : 'Optional.'}
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={20_000}
            value={nextStep.value}
            onChange={(e) => nextStep.set(e.target.value)}
            onBlur={() => void nextStep.flush()}
          />
        )}
      </Field>
      {nextStep.edited || nextStep.status !== 'saved' ? <SaveState status={nextStep.status} /> : null}
      <p className="muted small">
        Ask again around {formatDay(askAgainDay(answer.askedOn, vague))}: a reminder comes that day unless you
        turn it off in Settings.
      </p>
      <RemoveAnswer answer={answer} />
    </div>
  );
}

interface NewAnswer {
  askedOn: string | null;
  answer: string;
}

/** A new answer is a kept draft until added (ui/drafts.ts): nothing typed is lost on leaving. */
function NewAnswerForm({ today, first }: { today: string; first: boolean }) {
  const run = useRun();
  const empty: NewAnswer = { askedOn: today, answer: '' };
  const form = useDraft<NewAnswer>({ key: 'manager-answer:new', initial: empty });
  const draft = form.value;
  const ready = draft.answer.trim().length > 0 && draft.askedOn !== null;
  return (
    <form
      className="stack manager-loop__new"
      aria-label="New answer from your manager"
      onSubmit={(event) => {
        event.preventDefault();
        const askedOn = draft.askedOn;
        if (!ready || !askedOn) return;
        const submitted = draft;
        void run('The answer could not be added', () =>
          addManagerAnswer({ askedOn, answer: submitted.answer }),
        ).then(({ ok }) => {
          if (ok) form.resetIfUnchanged(submitted, empty);
        });
      }}
    >
      <h3>{first ? 'Their answer' : 'A new answer'}</h3>
      <Field
        label="Your manager's answer"
        hint={first ? undefined : 'The earlier answers stay as they were.'}
      >
        {(props) => (
          <textarea
            {...props}
            rows={4}
            maxLength={20_000}
            value={draft.answer}
            onChange={(e) => form.update({ answer: e.target.value })}
          />
        )}
      </Field>
      <DateField
        label="Asked on"
        value={draft.askedOn}
        onChange={(askedOn) => form.update({ askedOn })}
        today={{ date: today }}
        required
      />
      <div className="form-footer">
        <KeptDraftNote restored={form.restored} onClear={() => form.reset(empty)} />
        <button type="submit" className="button button--primary" disabled={!ready}>
          Add the answer
        </button>
      </div>
    </form>
  );
}
