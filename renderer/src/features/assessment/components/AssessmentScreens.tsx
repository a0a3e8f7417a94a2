import { useState } from 'react';
import { TRACK_NAMES } from '@shared/content/assessment';
import {
  ASSESSMENT_STATEMENT_COUNT,
  answeredCount,
  type AssessmentHistory,
  type HistoryPoint,
} from '@shared/domain/assessment';
import type { TargetTrack, Track } from '@shared/types/entities';
import { navigate } from '@renderer/navigation';
import { useStore } from '@renderer/store/store';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDateTime } from '@renderer/ui/format';
import { useProfile } from '@renderer/features/profile';
import { useAuditFit, useOverviewData, useTakeData, useTakeResult } from '../hooks/useAssessmentData';
import { applyResultToPlan, completeTake, saveAnswer, startOrResumeTake } from '../model/actions';
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog';
import { Loading } from './Loading';
import { ResultView } from './ResultView';
import { TakeFlow, type TakeMode } from './TakeFlow';
import { errorMessage } from '@shared/errors';
import { linkTo } from '@renderer/navigation';

/** Starts a new take (or resumes the unfinished one) and opens it. */
function useStartTake() {
  const pushToast = useStore((state) => state.pushToast);
  return async () => {
    try {
      await startOrResumeTake(new Date());
      navigate('assessmentTake');
    } catch (error) {
      pushToast('error', `The assessment could not be started: ${errorMessage(error)}`);
    }
  };
}

function UseForPlanDialog({ track, onClose }: { track: Track; onClose: () => void }) {
  const pushToast = useStore((state) => state.pushToast);
  const [busy, setBusy] = useState(false);
  return (
    <ConfirmDialog
      title="Use this result for your plan?"
      confirmLabel={`Yes, target ${TRACK_NAMES[track]}`}
      busy={busy}
      onCancel={onClose}
      onConfirm={() => {
        setBusy(true);
        applyResultToPlan(track, new Date()).then(
          () => {
            pushToast('success', `Your plan now targets ${TRACK_NAMES[track]}.`);
            onClose();
          },
          (error: unknown) => {
            setBusy(false);
            pushToast('error', `Your plan could not be updated: ${errorMessage(error)}`);
          },
        );
      }}
    >
      <p>
        This sets the target track in your profile to <strong>{TRACK_NAMES[track]}</strong> and switches your
        growth plan to the {TRACK_NAMES[track]} framework.
      </p>
      <p className="muted">
        Nothing else changes: your ratings, actions and notes stay as they are, and you can switch back at any
        time.
      </p>
    </ConfirmDialog>
  );
}

interface ResultWithPlanProps {
  /** Scored completed takes, oldest first. */
  points: HistoryPoint[];
  /** A take id, or undefined for the latest completed take. */
  takeId?: string;
  /** Whether the take `takeId` exists, finished or not. */
  takeExists?: boolean;
  justFinished?: boolean;
}

function ResultWithPlan({ points, takeId, takeExists = false, justFinished = false }: ResultWithPlanProps) {
  const profile = useProfile();
  const startTake = useStartTake();
  const [planTrack, setPlanTrack] = useState<Track | null>(null);
  const at = takeId === undefined ? points.length - 1 : points.findIndex((p) => p.id === takeId);
  const point = points[at];
  const auditFit = useAuditFit(point);
  if (!point && takeId !== undefined && takeExists) {
    // Just finished: the live query has not caught up with the completed take yet.
    return <p className="muted">Scoring your answers…</p>;
  }
  if (!point) {
    return (
      <EmptyState
        title="This take is not here"
        action={<a href={linkTo('assessment')}>Back to the assessment</a>}
      >
        <p>It may have been deleted, or it was never finished.</p>
      </EmptyState>
    );
  }
  const targetTrack: TargetTrack | null = profile?.targetTrack ?? null;
  return (
    <>
      <ResultView
        title={at === points.length - 1 ? 'Your latest result' : 'Result of an earlier take'}
        point={point}
        previous={points[at - 1]}
        targetTrack={targetTrack}
        focusOnMount={justFinished}
        auditFit={auditFit}
        onUseForPlan={setPlanTrack}
        onRetake={() => void startTake()}
      />
      {planTrack ? <UseForPlanDialog track={planTrack} onClose={() => setPlanTrack(null)} /> : null}
    </>
  );
}

export function OverviewScreen() {
  const startTake = useStartTake();
  const data = useOverviewData();
  if (!data) return <Loading />;
  const { unfinished, history, latest } = data;
  return (
    <div className="stack">
      {unfinished ? (
        <section className="card card--intro" aria-labelledby="assessment-resume">
          <h2 id="assessment-resume">Pick up where you left off</h2>
          <p>
            You started a take on {formatDateTime(unfinished.startedAt)} and answered{' '}
            {answeredCount(unfinished.answers)} of {ASSESSMENT_STATEMENT_COUNT} statements. Your answers are
            saved.
          </p>
          <div className="row">
            <button type="button" className="button button--primary" onClick={() => void startTake()}>
              Continue the assessment
            </button>
          </div>
        </section>
      ) : latest ? null : (
        <section className="card card--intro" aria-labelledby="assessment-intro">
          <h2 id="assessment-intro">Staff engineer or engineering manager?</h2>
          <p>
            Twelve statements about the work you enjoy — six describe Staff work, six describe management. Say
            how much each one sounds like you. It takes about five minutes, every answer is saved as you go,
            and you can retake it whenever you like to see how you change.
          </p>
          <EmptyState
            title="No result yet"
            action={
              <button type="button" className="button button--primary" onClick={() => void startTake()}>
                Start the assessment
              </button>
            }
          >
            <p>Answer honestly for the work you do today, not the job you think you should want.</p>
          </EmptyState>
        </section>
      )}
      {latest ? <ResultWithPlan points={history.points} /> : null}
      {history.invalid.length > 0 ? <InvalidTakesNote invalid={history.invalid} /> : null}
    </div>
  );
}

export function InvalidTakesNote({ invalid }: { invalid: AssessmentHistory['invalid'] }) {
  return (
    <p className="note note--warning" role="note">
      <strong>Some takes could not be scored: </strong>
      {invalid.map((take) => `${formatDateTime(take.completedAt)} — ${take.error}`).join(' ')} They are left
      out of your results rather than counted as zero.
    </p>
  );
}

export function ResultScreen({ takeId }: { takeId: string }) {
  const data = useTakeResult(takeId);
  if (!data) return <Loading />;
  return <ResultWithPlan points={data.points} takeId={takeId} takeExists={data.takeExists} justFinished />;
}

export function TakeScreen() {
  const pushToast = useStore((s) => s.pushToast);
  const startTake = useStartTake();
  const [mode, setMode] = useState<TakeMode>('single');
  const data = useTakeData();
  if (!data) return <Loading />;
  const take = data.unfinished;
  if (!take) {
    return (
      <EmptyState
        title="No take in progress"
        action={
          <button type="button" className="button button--primary" onClick={() => void startTake()}>
            {data.hasResult ? 'Retake the assessment' : 'Start the assessment'}
          </button>
        }
      >
        <p>Start a take to answer the twelve statements. Your answers are saved as you go.</p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="assessment-take-title" className="stack">
      <h2 id="assessment-take-title">{data.hasResult ? 'Retake the assessment' : 'The assessment'}</h2>
      <p className="muted">
        How much does each statement sound like you today? There are no right answers, and you can change any
        answer before you finish.
      </p>
      <TakeFlow
        key={take.id}
        take={take}
        mode={mode}
        onModeChange={setMode}
        onAnswer={async (index, value) => {
          try {
            await saveAnswer(take.id, index, value);
          } catch (error) {
            pushToast('error', `Your answer to statement ${index + 1} was not saved: ${errorMessage(error)}`);
            throw error;
          }
        }}
        onComplete={async () => {
          try {
            const done = await completeTake(take.id, new Date());
            navigate('assessmentResult', { id: done.id });
          } catch (error) {
            pushToast('error', `The take could not be finished: ${errorMessage(error)}`);
          }
        }}
      />
    </section>
  );
}
