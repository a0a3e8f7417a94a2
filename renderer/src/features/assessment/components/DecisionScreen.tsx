import { format } from 'date-fns';
import { useState } from 'react';
import {
  FRAMING_TRACK,
  FRAMINGS,
  READING_TEXTS,
  TRACK_NAMES,
  type Framing,
} from '@shared/content/assessment';
import {
  DECISION_MAX_LENGTH,
  decisionAdvice,
  looksLikeSeveralSentences,
  type Reading,
} from '@shared/domain/assessment';
import type { Decision } from '@shared/types/entities';
import { useStore } from '@renderer/store/store';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';
import { useDecisionData } from '../hooks/useAssessmentData';
import { saveDecision } from '../model/actions';
import { Loading } from './Loading';
import { errorMessage } from '@shared/errors';
import { linkTo } from '@renderer/navigation';
import { KeptDraftNote, useDraft } from '@renderer/ui/useDraft';

function Advice({ decision, latestReading }: { decision: Decision; latestReading: Reading | null }) {
  const advice = decisionAdvice(decision, latestReading);
  const track = TRACK_NAMES[advice.track];
  const reading = latestReading ? READING_TEXTS[latestReading].summary : '';
  return (
    <>
      {advice.suggestTrial ? (
        <div className="note note--warning">
          <p>
            <strong>It does not feel energising yet — that is worth listening to.</strong> Before you commit,
            run a small {track} trial for a few weeks and see how the real work feels.
          </p>
          <p>
            <a href={linkTo('assessmentTrials')}>Plan a trial</a>
          </p>
        </div>
      ) : (
        <p className="note">
          It feels energising: a good sign. Put it into your growth plan and tell your manager.
        </p>
      )}
      {advice.agreement === 'agrees' ? (
        <p className="muted small">Your latest assessment reads the same way ({reading}).</p>
      ) : advice.agreement === 'differs' ? (
        <p className="muted small">
          Your latest assessment leans the other way ({reading}). A trial can settle which one is right for
          you.
        </p>
      ) : advice.agreement === 'close' ? (
        <p className="muted small">Your latest assessment was close, so either framing can fit — for now.</p>
      ) : (
        <p className="muted small">
          Take the <a href={linkTo('assessment')}>assessment</a> to compare this with your answers.
        </p>
      )}
    </>
  );
}

export function DecisionScreen() {
  const data = useDecisionData();
  if (!data) return <Loading />;
  return <DecisionView decisions={data.decisions} latestReading={data.latestReading} />;
}

interface DecisionViewProps {
  /** Newest first. */
  decisions: Decision[];
  latestReading: Reading | null;
}

interface DecisionDraft {
  statement: string;
  framing: Framing | null;
  energising: boolean | null;
}

const EMPTY_DECISION: DecisionDraft = { statement: '', framing: null, energising: null };

function DecisionView({ decisions, latestReading }: DecisionViewProps) {
  const pushToast = useStore((s) => s.pushToast);
  // A decision is saved on purpose, as a dated record; until then what was typed is kept (ui/drafts.ts).
  const form = useDraft<DecisionDraft>({ key: 'decision', initial: EMPTY_DECISION });
  const { statement, framing, energising } = form.value;
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const latest = decisions[0];

  const submit = async () => {
    if (statement.trim().length === 0) return setProblem('Write your decision in one sentence first.');
    if (framing === null) return setProblem('Choose which framing feels truer.');
    if (energising === null) return setProblem('Say whether it feels energising.');
    setProblem('');
    setSaving(true);
    try {
      await saveDecision({ statement, framing, energising }, format(new Date(), 'yyyy-MM-dd'), new Date());
      form.resetIfUnchanged({ statement, framing, energising }, EMPTY_DECISION);
      pushToast('success', 'Decision saved.');
    } catch (error) {
      pushToast('error', `The decision could not be saved: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="stack">
      {latest ? (
        <section className="card" aria-labelledby="decision-latest">
          <div className="card__header">
            <h2 id="decision-latest">Your decision</h2>
            <span className="muted small">{formatDay(latest.date)}</span>
          </div>
          <blockquote className="assessment-quote">{latest.statement}</blockquote>
          <p className="small">
            {FRAMINGS.find((f) => f.value === latest.framing)?.label}{' '}
            <span className="muted">
              · {latest.energising ? 'Feels energising' : 'Does not feel energising'}
            </span>
          </p>
          <Advice decision={latest} latestReading={latestReading} />
        </section>
      ) : null}

      <form
        className="card"
        aria-labelledby="decision-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id="decision-form-title">{latest ? 'Revisit your decision' : 'Your decision in one sentence'}</h2>
        <p className="muted">
          Say where you want to take your career next, in your own words. Writing it down makes it easier to
          notice whether it still feels right in a few months.
        </p>
        <Field
          label="Your decision"
          hint={
            looksLikeSeveralSentences(statement)
              ? 'That reads like more than one sentence — can you say it in one?'
              : 'One sentence, for example what you want the next two years to be about.'
          }
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              maxLength={DECISION_MAX_LENGTH}
              value={statement}
              onChange={(e) => form.update({ statement: e.target.value })}
            />
          )}
        </Field>
        <fieldset className="assessment-fieldset">
          <legend>Which of these feels truer?</legend>
          <div className="choice-list">
            {FRAMINGS.map((f) => (
              <label key={f.value} className={`choice ${framing === f.value ? 'choice--selected' : ''}`}>
                <input
                  type="radio"
                  name="decision-framing"
                  checked={framing === f.value}
                  onChange={() => form.update({ framing: f.value })}
                />
                <span className="choice__label">{f.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="assessment-fieldset">
          <legend>Reading it back, does it feel energising?</legend>
          <div className="row">
            {(
              [
                [true, 'Yes, it does'],
                [false, 'Not really'],
              ] as const
            ).map(([value, label]) => (
              <label key={label} className={`choice ${energising === value ? 'choice--selected' : ''}`}>
                <input
                  type="radio"
                  name="decision-energising"
                  checked={energising === value}
                  onChange={() => form.update({ energising: value })}
                />
                <span className="choice__label">{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {problem ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
        <KeptDraftNote restored={form.restored} onClear={() => form.reset(EMPTY_DECISION)} />
        <div className="row">
          <button type="submit" className="button button--primary" disabled={saving}>
            Save decision
          </button>
        </div>
      </form>

      {decisions.length > 1 ? (
        <section className="card" aria-labelledby="decision-earlier">
          <h2 id="decision-earlier">Earlier decisions</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Decision</th>
                <th scope="col">Framing</th>
                <th scope="col">Energising</th>
              </tr>
            </thead>
            <tbody>
              {decisions.slice(1).map((d) => (
                <tr key={d.id}>
                  <th scope="row">{formatDay(d.date)}</th>
                  <td>{d.statement}</td>
                  <td>{TRACK_NAMES[FRAMING_TRACK[d.framing]]}</td>
                  <td>{d.energising ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
