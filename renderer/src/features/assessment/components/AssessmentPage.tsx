import { useRoute, useSubRoute } from '@renderer/navigation';
import { useAssessmentState, useDecisions, useTrials } from '../hooks/useAssessmentData';
import '../assessment.css';
import { OverviewScreen, ResultScreen, TakeScreen } from './AssessmentScreens';
import { DecisionScreen } from './DecisionScreen';
import { HistoryScreen } from './HistoryScreen';
import { SubNav } from './SubNav';
import { TrialsScreen } from './TrialsScreen';

/**
 * The Staff-or-EM section. Pages under /assessment: the overview (start, resume, latest result), take,
 * result/<id>, history, decision and trials.
 */
export function AssessmentPage() {
  const path = useRoute();
  const state = useAssessmentState();
  const decisions = useDecisions();
  const trials = useTrials();
  const sub = useSubRoute('assessment');

  let screen;
  if (!state || !decisions || !trials) {
    screen = <p className="muted">Loading…</p>;
  } else if (sub[0] === 'take') {
    screen = <TakeScreen state={state} />;
  } else if (sub[0] === 'result' && sub[1]) {
    screen = <ResultScreen key={sub[1]} state={state} takeId={sub[1]} />;
  } else if (sub[0] === 'history') {
    screen = <HistoryScreen state={state} />;
  } else if (sub[0] === 'decision') {
    screen = <DecisionScreen decisions={decisions} latestReading={state.latest?.reading ?? null} />;
  } else if (sub[0] === 'trials') {
    screen = <TrialsScreen trials={trials} points={state.history.points} decisions={decisions} />;
  } else {
    screen = <OverviewScreen state={state} />;
  }

  return (
    <div className="stack assessment">
      <SubNav path={path} />
      {screen}
    </div>
  );
}
