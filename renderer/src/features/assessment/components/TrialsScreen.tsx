import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import {
  ENERGY_LABELS,
  READING_TEXTS,
  TRACK_NAMES,
  TRIAL_IDEAS,
  type TrialIdea,
} from '@shared/content/assessment';
import {
  allowedTrialActions,
  buildTimeline,
  signalQuestionOf,
  trialEnergyByTrack,
  trialPhase,
  type HistoryPoint,
  type TimelineEvent,
  type TrialDraft,
} from '@shared/domain/assessment';
import type { Decision, Track, Trial } from '@shared/types/entities';
import { useStore } from '@renderer/store/store';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDay, formatEnergy } from '@renderer/ui/format';
import { useTrialsData } from '../hooks/useAssessmentData';
import { changeTrialStatus, deleteTrial, saveTrial } from '../model/actions';
import { Loading } from './Loading';
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog';
import { FinishTrialDialog, TrialDialog, trialDraftKey } from './TrialDialogs';
import { errorMessage } from '@shared/errors';
import { Badge } from '@renderer/ui/Badge';
import { CountsAsEvidence } from '@renderer/features/evidence';
import { RecordPeople } from '@renderer/features/people';

const energyText = (energy: number) =>
  `${energy > 0 ? '+' : energy < 0 ? '−' : ''}${Math.abs(energy)} (${ENERGY_LABELS[energy]})`;

const PHASE_TEXT = {
  planned: 'Planned',
  'due-to-start': 'Planned — its start date has come',
  running: 'Running',
  'due-to-finish': 'Running — past its end date: time to answer its signal question',
  done: 'Done',
} as const;

function newDraft(today: string, idea?: TrialIdea, track: Track = 'staff'): TrialDraft {
  return {
    track: idea?.track ?? track,
    title: idea?.title ?? '',
    ideaKey: idea?.key ?? null,
    startDate: today,
    endDate: null,
    status: 'planned',
    notes: '',
    energy: null,
    signalAnswer: '',
  };
}

interface TrialCardProps {
  trial: Trial;
  today: string;
  onStart: () => void;
  onFinish: () => void;
  onReopen: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

function TrialCard({ trial, today, onStart, onFinish, onReopen, onEdit, onDelete }: TrialCardProps) {
  const actions = allowedTrialActions(trial.status);
  const phase = trialPhase(trial, today);
  return (
    <article className="assessment-trial" aria-labelledby={`trial-${trial.id}`}>
      <div className="assessment-trial__head">
        <h4 id={`trial-${trial.id}`}>{trial.title}</h4>
        <Badge tone={trial.track === 'staff' ? 'accent' : 'warm'}>{TRACK_NAMES[trial.track]}</Badge>
      </div>
      <p className="muted small">
        {formatDay(trial.startDate)}
        {trial.endDate ? ` – ${formatDay(trial.endDate)}` : ''} · {PHASE_TEXT[phase]}
      </p>
      {trial.notes ? <p className="assessment-trial__notes">{trial.notes}</p> : null}
      <p className="small">
        <span className="muted">Signal question: </span>
        {signalQuestionOf(trial)}
      </p>
      {trial.status === 'done' ? (
        <dl className="meta small">
          <dt>Energy</dt>
          <dd>{trial.energy === null ? 'Not rated' : energyText(trial.energy)}</dd>
          <dt>Your answer</dt>
          <dd className="assessment-trial__answer">{trial.signalAnswer || 'Not answered'}</dd>
        </dl>
      ) : null}
      <div className="row">
        {actions.includes('start') ? (
          <button type="button" className="button button--small" onClick={onStart}>
            Start now
          </button>
        ) : null}
        {actions.includes('finish') ? (
          <button type="button" className="button button--small button--primary" onClick={onFinish}>
            Finish…
          </button>
        ) : null}
        {actions.includes('reopen') ? (
          <button type="button" className="button button--small" onClick={onReopen}>
            Reopen
          </button>
        ) : null}
        <button type="button" className="button button--small button--ghost" onClick={onEdit}>
          Edit…
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onDelete}>
          Delete…
        </button>
      </div>
      <CountsAsEvidence
        source={{ kind: 'trial', id: trial.id }}
        collapsed={{ title: trial.title }}
        hint="A trial is real work: tick the competencies it grew or showed."
      />
      <RecordPeople source={{ kind: 'trial', id: trial.id }} what={`the trial ${trial.title}`} />
    </article>
  );
}

function eventText(event: TimelineEvent): string {
  switch (event.kind) {
    case 'take':
      return `Assessment: ${READING_TEXTS[event.reading].summary} (Staff ${event.staff}, EM ${event.em})`;
    case 'trial-start':
      return `${event.status === 'planned' ? 'Trial planned to start' : 'Trial started'}: ${event.title}`;
    case 'trial-end':
      return `${event.status === 'done' ? 'Trial finished' : 'Trial planned to end'}: ${event.title}${
        event.energy !== null && event.status === 'done' ? ` — energy ${energyText(event.energy)}` : ''
      }`;
    case 'decision':
      return `Decision: “${event.statement}”${event.energising ? '' : ' (not energising yet)'}`;
  }
}

function eventTone(event: TimelineEvent): string {
  if (event.kind === 'take') return event.reading;
  if (event.kind === 'decision') return 'decision';
  return event.track;
}

function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <section className="card" aria-labelledby="assessment-timeline-title">
      <h2 id="assessment-timeline-title">Timeline</h2>
      {events.length === 0 ? (
        <p className="muted">
          Your takes, trials and decisions will line up here, so you can see what moved what.
        </p>
      ) : (
        <ol className="assessment-timeline">
          {events.map((event) => (
            <li
              key={`${event.kind}-${event.id}`}
              className={`assessment-timeline__item assessment-timeline__item--${eventTone(event)}`}
            >
              <time dateTime={event.date} className="assessment-timeline__date">
                {formatDay(event.date)}
              </time>
              <span>{eventText(event)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type Open =
  | { kind: 'edit'; draft: TrialDraft & { id?: string } }
  | { kind: 'finish'; trial: Trial }
  | { kind: 'delete'; trial: Trial }
  | null;

export function TrialsScreen() {
  const data = useTrialsData();
  if (!data) return <Loading />;
  return <TrialsView trials={data.trials} points={data.points} decisions={data.decisions} />;
}

interface TrialsViewProps {
  /** By start date. */
  trials: Trial[];
  points: HistoryPoint[];
  decisions: Decision[];
}

function TrialsView({ trials, points, decisions }: TrialsViewProps) {
  const pushToast = useStore((s) => s.pushToast);
  const [open, setOpen] = useState<Open>(null);
  const today = format(new Date(), 'yyyy-MM-dd');
  const close = () => setOpen(null);

  /** Resolves true when the work was done (a dialog then drops the text it kept until then). */
  const run = async (work: () => Promise<unknown>, success: string, failure: string) => {
    try {
      await work();
      pushToast('success', success);
      close();
      return true;
    } catch (error) {
      pushToast('error', `${failure}: ${errorMessage(error)}`);
      return false;
    }
  };

  const groups = (['running', 'planned', 'done'] as const).map((status) => ({
    status,
    trials: trials.filter((t) => t.status === status),
  }));
  const energy = trialEnergyByTrack(trials).flatMap((s) =>
    s.averageEnergy === null ? [] : [{ ...s, averageEnergy: s.averageEnergy }],
  );
  const events = buildTimeline(points, trials, decisions, (iso) => format(parseISO(iso), 'yyyy-MM-dd'));

  return (
    <div className="stack">
      <section className="card" aria-labelledby="assessment-trials-title">
        <div className="card__header">
          <h2 id="assessment-trials-title">Your trials</h2>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setOpen({ kind: 'edit', draft: newDraft(today) })}
          >
            Plan a trial…
          </button>
        </div>
        <p className="muted">
          A trial is a few weeks of doing a slice of the job on purpose, before you commit to it. At the end,
          rate how it felt and answer its signal question.
        </p>
        {energy.length > 0 ? (
          <p className="note">
            {energy
              .map(
                (s) =>
                  `${TRACK_NAMES[s.track]} trials: average energy ${formatEnergy(s.averageEnergy)} over ${s.done} done`,
              )
              .join(' · ')}
          </p>
        ) : null}
        {trials.length === 0 ? (
          <EmptyState title="No trials yet">
            <p>
              Pick one of the ideas below, or plan your own. One trial of each kind makes a fair comparison.
            </p>
          </EmptyState>
        ) : (
          groups
            .filter((g) => g.trials.length > 0)
            .map((g) => (
              <div key={g.status} className="stack assessment-trial-group">
                <h3>{g.status === 'running' ? 'Running' : g.status === 'planned' ? 'Planned' : 'Done'}</h3>
                {g.trials.map((trial) => (
                  <TrialCard
                    key={trial.id}
                    trial={trial}
                    today={today}
                    onStart={() =>
                      void run(
                        () => changeTrialStatus(trial.id, 'start', today, new Date()),
                        `“${trial.title}” is running.`,
                        'The trial could not be started',
                      )
                    }
                    onFinish={() => setOpen({ kind: 'finish', trial })}
                    onReopen={() =>
                      void run(
                        () => changeTrialStatus(trial.id, 'reopen', today, new Date()),
                        `“${trial.title}” is running again.`,
                        'The trial could not be reopened',
                      )
                    }
                    onEdit={() => setOpen({ kind: 'edit', draft: trial })}
                    onDelete={() => setOpen({ kind: 'delete', trial })}
                  />
                ))}
              </div>
            ))
        )}
      </section>

      <section className="card" aria-labelledby="assessment-ideas-title">
        <h2 id="assessment-ideas-title">Ideas to try</h2>
        <div className="grid-2">
          {(['staff', 'em'] as const).map((track) => (
            <div key={track} className="stack assessment-ideas">
              <h3>{TRACK_NAMES[track]}</h3>
              <ul className="assessment-idea-list">
                {TRIAL_IDEAS.filter((idea) => idea.track === track).map((idea) => (
                  <li key={idea.key} className="assessment-idea">
                    <p className="assessment-idea__title">{idea.title}</p>
                    <p className="muted small">{idea.description}</p>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Plan this: ${idea.title}`}
                      onClick={() => setOpen({ kind: 'edit', draft: newDraft(today, idea) })}
                    >
                      Plan this
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <Timeline events={events} />

      {open?.kind === 'edit' ? (
        <TrialDialog
          key={trialDraftKey(open.draft)}
          initial={open.draft}
          onCancel={close}
          onSave={(draft) =>
            run(
              () => saveTrial(draft, new Date()),
              draft.id ? 'Trial saved.' : 'Trial planned.',
              'The trial could not be saved',
            )
          }
        />
      ) : null}
      {open?.kind === 'finish' ? (
        <FinishTrialDialog
          key={open.trial.id}
          trial={open.trial}
          today={today}
          onCancel={close}
          onFinish={(input) =>
            run(
              () => changeTrialStatus(open.trial.id, 'finish', today, new Date(), input),
              `“${open.trial.title}” is done.`,
              'The trial could not be finished',
            )
          }
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete this trial?"
          tone="danger"
          confirmLabel="Delete the trial"
          onCancel={close}
          onConfirm={() =>
            void run(
              () => deleteTrial(open.trial.id),
              'The trial was deleted.',
              'The trial could not be deleted',
            )
          }
        >
          <p>“{open.trial.title}” and its notes will be removed. A backup made earlier still has it.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
