import { useRoute, useSubRoute } from '@renderer/navigation';
import '../assessment.css';
import { OverviewScreen, ResultScreen, TakeScreen } from './AssessmentScreens';
import { DecisionScreen } from './DecisionScreen';
import { HistoryScreen } from './HistoryScreen';
import { SubNav } from './SubNav';
import { TrialsScreen } from './TrialsScreen';

/**
 * The Staff-or-EM section. Pages under /assessment: the overview (start, resume, latest result), take,
 * result/<id>, history, decision and trials. Each screen reads its own data (../hooks) and shows
 * "Loading…" until it has it.
 */
export function AssessmentPage() {
  const path = useRoute();
  const sub = useSubRoute('assessment');

  let screen;
  if (sub[0] === 'take') {
    screen = <TakeScreen />;
  } else if (sub[0] === 'result' && sub[1]) {
    screen = <ResultScreen key={sub[1]} takeId={sub[1]} />;
  } else if (sub[0] === 'history') {
    screen = <HistoryScreen />;
  } else if (sub[0] === 'decision') {
    screen = <DecisionScreen />;
  } else if (sub[0] === 'trials') {
    screen = <TrialsScreen />;
  } else {
    screen = <OverviewScreen />;
  }

  return (
    <div className="stack assessment">
      <SubNav path={path} />
      {screen}
    </div>
  );
}
