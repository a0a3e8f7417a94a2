import { useMemo } from 'react';
import { format } from 'date-fns';
import {
  currentStates,
  gapOf,
  monthlyInstants,
  planTrend,
  rankGaps,
  readiness,
  readinessSeries,
  SkillHistory,
} from '@shared/domain/growth-plan';
import { emphasisedBy, missingBuiltIns } from '@shared/domain/framework-versions';
import { TabPage } from '@renderer/ui/TabPage';
import { usePlanData, type PlanData } from '../hooks/usePlanData';
import { ActionsView } from './ActionsView';
import { ChooseFramework } from './ChooseFramework';
import { CompetenciesView } from './CompetenciesView';
import { CompetencyDetail } from './CompetencyDetail';
import { FrameworkEditor } from './FrameworkEditor';
import { ProjectsView } from './ProjectsView';
import { PromotionView } from './PromotionView';
import { SkillMap } from './SkillMap';
import type { PlanModel } from './types';
import '../growth-plan.css';
import { PacketView } from '@renderer/features/packet';

/** Everything the views derive from the stored data: current map, ranking, readiness and its trend. */
export function buildModel(data: PlanData, now: Date): PlanModel | null {
  const framework = data.framework;
  if (!framework) return null;
  const active = data.competencies.filter((c) => !c.archived);
  const ids = active.map((c) => c.id);
  const history = new SkillHistory(data.snapshots);
  const states = currentStates(data.snapshots);
  const targetTrack = data.profile?.targetTrack ?? 'undecided';
  const emphasised = emphasisedBy(framework.archetype, active);
  const ranked = rankGaps(active, states, framework.track, targetTrack, emphasised);
  const ready = readiness(ids, states);
  const series = readinessSeries(history, ids, monthlyInstants(now, 12));
  const gaps = new Map(active.map((c) => [c.id, gapOf(states.get(c.id) ?? { current: null, target: null })]));
  return {
    framework,
    active,
    archived: data.competencies.filter((c) => c.archived),
    all: data.competencies,
    history,
    states,
    ranked,
    readiness: ready,
    series,
    trend: planTrend(history, ids, now),
    gaps,
    targetTrack,
    emphasised,
    missing: missingBuiltIns(framework, data.competencies),
  };
}

export function GrowthPlanPage() {
  const data = usePlanData();
  // One clock reading per change of the data; the domain functions get it passed in. The data changes
  // with the framework, its competencies or its ratings only (actions are read by the views that show
  // them), so editing an action does not rebuild the history, readiness and trend.
  const derived = useMemo(() => {
    const now = new Date();
    return { now, model: data ? buildModel(data, now) : null };
  }, [data]);
  const { now, model } = derived;
  const today = format(now, 'yyyy-MM-dd');

  if (data === undefined) return <p className="muted">Loading your growth plan…</p>;
  if (!model) return <ChooseFramework frameworks={data.frameworks} profile={data.profile} />;

  return (
    <TabPage
      scope="gp"
      tabs={[
        {
          route: 'plan',
          label: 'Skill map',
          render: () => <SkillMap model={model} profile={data.profile} now={now} today={today} />,
        },
        {
          route: 'planCompetencies',
          label: 'Rate competencies',
          render: () => <CompetenciesView model={model} />,
        },
        {
          route: 'planActions',
          label: 'Actions',
          render: () => <ActionsView model={model} today={today} />,
        },
        { route: 'planPromotion', label: 'Promotion checklist', render: () => <PromotionView /> },
        { route: 'planProjects', label: 'Projects', render: () => <ProjectsView /> },
        { route: 'planPacket', label: 'Promotion packet', render: () => <PacketView /> },
        {
          route: 'planFramework',
          label: 'Framework',
          render: () => <FrameworkEditor model={model} frameworks={data.frameworks} />,
        },
      ]}
      tabsLabel="Growth plan"
      tabsExtra={
        <span className="gp-tabs__framework muted small">
          Framework: <strong>{model.framework.name}</strong>
        </span>
      }
      detail={{
        route: 'competency',
        render: ({ id }) => <CompetencyDetail model={model} competencyId={id} today={today} />,
      }}
    />
  );
}
