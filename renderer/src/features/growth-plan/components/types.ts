import type {
  RankedGap,
  Readiness,
  PlanTrend,
  ReadinessPoint,
  SkillHistory,
  SkillState,
} from '@shared/domain/growth-plan';
import type { BuiltInCompetency } from '@shared/content/frameworks';
import type { Competency, Framework, TargetTrack } from '@shared/types/entities';

/** The growth plan as the views see it: stored data plus what the domain derives from it. */
export interface PlanModel {
  framework: Framework;
  /** Competencies in the plan (not archived), in order. */
  active: Competency[];
  archived: Competency[];
  /** Every competency of the framework (active and archived), in order. */
  all: Competency[];
  history: SkillHistory;
  states: ReadonlyMap<string, SkillState>;
  ranked: RankedGap[];
  readiness: Readiness;
  /** Readiness at the end of each of the last 12 months, and now. */
  series: ReadinessPoint[];
  /** Now compared with three months ago (or the first ratings), when there is enough history. */
  trend: PlanTrend;
  gaps: ReadonlyMap<string, number | null>;
  targetTrack: TargetTrack;
  /** The competencies the plan's Staff archetype leans on (ranked first among equal needs). */
  emphasised: ReadonlySet<string>;
  /** What the newer version of the built-in framework would add to this plan. */
  missing: readonly BuiltInCompetency[];
}
