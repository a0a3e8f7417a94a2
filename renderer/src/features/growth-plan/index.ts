/** The growth plan's public surface: other features import only from here. */
import { createElement, lazy, Suspense } from 'react';

export {
  activateFrameworkForTrack,
  addAction as addPlanAction,
  listActiveCompetencies,
  ACTIVE_FRAMEWORK_KEY,
} from './model/repo';
export { useActiveCompetencies } from './hooks/usePlanData';

const LazyGrowthPlanPage = lazy(() =>
  import('./components/GrowthPlanPage').then((module) => ({ default: module.GrowthPlanPage })),
);

/**
 * The page, loaded on first visit. Loading it lazily keeps this index free of the app store (whose
 * bridge needs a window), so other features' model code — and their node tests — can import
 * `activateFrameworkForTrack` from here; it also keeps the chart code out of the first load.
 */
export function GrowthPlanPage() {
  return createElement(
    Suspense,
    { fallback: createElement('p', { className: 'muted' }, 'Loading your growth plan…') },
    createElement(LazyGrowthPlanPage),
  );
}
