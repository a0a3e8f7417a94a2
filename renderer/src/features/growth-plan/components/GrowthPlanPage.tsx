import { useMemo } from 'react';
import { format } from 'date-fns';
import {
  currentStates,
  gapOf,
  monthlyInstants,
  monthsBefore,
  rankGaps,
  readiness,
  readinessSeries,
  readinessTrend,
  SkillHistory,
} from '@shared/domain/growth-plan';
import { matchRoute, ROUTES, useRoute } from '@renderer/navigation';
import { usePlanData, type PlanData } from '../hooks/usePlanData';
import { ActionsView } from './ActionsView';
import { ChooseFramework } from './ChooseFramework';
import { CompetenciesView } from './CompetenciesView';
import { CompetencyDetail } from './CompetencyDetail';
import { FrameworkEditor } from './FrameworkEditor';
import { PromotionView } from './PromotionView';
import { SkillMap } from './SkillMap';
import type { PlanModel } from './types';
import '../growth-plan.css';

const TABS = [
  { route: ROUTES.plan, label: 'Skill map' },
  { route: ROUTES.planCompetencies, label: 'Rate competencies' },
  { route: ROUTES.planActions, label: 'Actions' },
  { route: ROUTES.planPromotion, label: 'Promotion checklist' },
  { route: ROUTES.planFramework, label: 'Framework' },
] as const;

/** Everything the views derive from the stored data: current map, ranking, readiness and its trend. */
function buildModel(data: PlanData, now: Date): PlanModel | null {
  const framework = data.framework;
  if (!framework) return null;
  const active = data.competencies.filter((c) => !c.archived);
  const ids = active.map((c) => c.id);
  const history = new SkillHistory(data.snapshots);
  const states = currentStates(data.snapshots);
  const targetTrack = data.profile?.targetTrack ?? 'undecided';
  const ranked = rankGaps(active, states, framework.track, targetTrack);
  const ready = readiness(ids, states);
  const series = readinessSeries(history, ids, monthlyInstants(now, 12));
  const threeMonthsAgo = readiness(ids, history.mapAt(ids, monthsBefore(now, 3)));
  const gaps = new Map(active.map((c) => [c.id, gapOf(states.get(c.id) ?? { current: null, target: null })]));
  return {
    framework,
    active,
    archived: data.competencies.filter((c) => c.archived),
    history,
    states,
    ranked,
    readiness: ready,
    series,
    trend: readinessTrend(threeMonthsAgo, ready),
    gaps,
    targetTrack,
  };
}

export function GrowthPlanPage() {
  const data = usePlanData();
  const route = useRoute();
  // One clock reading per change of the data; the domain functions get it passed in.
  const derived = useMemo(() => {
    const now = new Date();
    return { now, model: data ? buildModel(data, now) : null };
  }, [data]);
  const { now, model } = derived;
  const today = format(now, 'yyyy-MM-dd');

  if (data === undefined) return <p className="muted">Loading your growth plan…</p>;
  if (!model) return <ChooseFramework frameworks={data.frameworks} profile={data.profile} />;

  const detailId = matchRoute('competency', route)?.id;
  const tab = TABS.find((t) => t.route === route) ?? (detailId ? TABS[1] : TABS[0]);

  return (
    <div className="stack gp">
      <nav className="gp-tabs" aria-label="Growth plan">
        {TABS.map((t) => (
          <a
            key={t.route}
            href={`#${t.route}`}
            className="gp-tabs__link"
            aria-current={t === tab && !detailId ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
        <span className="gp-tabs__framework muted small">
          Framework: <strong>{model.framework.name}</strong>
        </span>
      </nav>

      {detailId ? (
        <CompetencyDetail
          model={model}
          competencyId={detailId}
          actions={data.actions}
          evidence={data.evidence}
          today={today}
        />
      ) : tab.route === ROUTES.planCompetencies ? (
        <CompetenciesView model={model} />
      ) : tab.route === ROUTES.planActions ? (
        <ActionsView model={model} actions={data.actions} today={today} />
      ) : tab.route === ROUTES.planPromotion ? (
        <PromotionView items={data.promotionItems} />
      ) : tab.route === ROUTES.planFramework ? (
        <FrameworkEditor model={model} frameworks={data.frameworks} />
      ) : (
        <SkillMap model={model} profile={data.profile} actions={data.actions} now={now} today={today} />
      )}
    </div>
  );
}
