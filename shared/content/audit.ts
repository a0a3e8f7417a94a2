/**
 * Built-in content of the calendar audit: the starting category set (each with a lean toward the Staff or
 * the EM path, or neither) and keyword rules that pre-sort imported calendar events. Users edit all of it;
 * these are only seeded into the database when the first audit starts.
 */
import type { Lean } from '../types/entities';

export interface BuiltInCategory {
  /** Stable key, used only to connect the default rules to their category while seeding. */
  key: string;
  name: string;
  lean: Lean;
  color: string;
}

export const BUILT_IN_CATEGORIES: readonly BuiltInCategory[] = [
  // Staff-leaning: technical direction and cross-team technical leverage.
  { key: 'design-reviews', name: 'Design & architecture reviews', lean: 'staff', color: '#2f6fdb' },
  { key: 'rfcs', name: 'RFCs & strategy writing', lean: 'staff', color: '#1b8fb0' },
  { key: 'alignment', name: 'Cross-team technical alignment', lean: 'staff', color: '#5b5fd6' },
  { key: 'investigation', name: 'Deep investigation & debugging', lean: 'staff', color: '#0f7f74' },
  { key: 'mentoring', name: 'Mentoring & unblocking', lean: 'staff', color: '#3d8f3a' },
  // EM-leaning: people, plans and the team as a system.
  { key: 'one-on-ones', name: '1:1s & coaching', lean: 'em', color: '#c2410c' },
  { key: 'planning', name: 'Planning, roadmaps & staffing', lean: 'em', color: '#b7791f' },
  { key: 'stakeholders', name: 'Stakeholder syncs & reporting', lean: 'em', color: '#be3a6c' },
  { key: 'hiring', name: 'Hiring & performance', lean: 'em', color: '#9b4dca' },
  { key: 'team-health', name: 'Process & team health', lean: 'em', color: '#a8550f' },
  // Neutral: part of either job.
  { key: 'coding', name: 'Focused coding', lean: 'neutral', color: '#64748b' },
  { key: 'messages', name: 'Email & chat', lean: 'neutral', color: '#7c8798' },
  { key: 'admin', name: 'Admin & chores', lean: 'neutral', color: '#8a7f72' },
  { key: 'learning', name: 'Learning', lean: 'neutral', color: '#6b7f3a' },
];

export interface BuiltInRule {
  keyword: string;
  categoryKey: string;
}

/** Checked in this order; the first keyword found in an event title wins (case-insensitive). */
export const DEFAULT_RULES: readonly BuiltInRule[] = [
  { keyword: '1:1', categoryKey: 'one-on-ones' },
  { keyword: '1-1', categoryKey: 'one-on-ones' },
  { keyword: 'one on one', categoryKey: 'one-on-ones' },
  { keyword: 'coaching', categoryKey: 'one-on-ones' },
  { keyword: 'interview', categoryKey: 'hiring' },
  { keyword: 'debrief', categoryKey: 'hiring' },
  { keyword: 'perf review', categoryKey: 'hiring' },
  { keyword: 'design review', categoryKey: 'design-reviews' },
  { keyword: 'architecture', categoryKey: 'design-reviews' },
  { keyword: 'rfc', categoryKey: 'rfcs' },
  { keyword: 'strategy', categoryKey: 'rfcs' },
  { keyword: 'planning', categoryKey: 'planning' },
  { keyword: 'roadmap', categoryKey: 'planning' },
  { keyword: 'staffing', categoryKey: 'planning' },
  { keyword: 'status', categoryKey: 'stakeholders' },
  { keyword: 'stakeholder', categoryKey: 'stakeholders' },
  { keyword: 'retro', categoryKey: 'team-health' },
  { keyword: 'standup', categoryKey: 'team-health' },
  { keyword: 'stand-up', categoryKey: 'team-health' },
  { keyword: 'sync', categoryKey: 'alignment' },
  { keyword: 'incident', categoryKey: 'investigation' },
  { keyword: 'postmortem', categoryKey: 'investigation' },
  { keyword: 'pairing', categoryKey: 'mentoring' },
  { keyword: 'office hours', categoryKey: 'mentoring' },
  { keyword: 'focus', categoryKey: 'coding' },
  { keyword: 'learning', categoryKey: 'learning' },
  { keyword: 'training', categoryKey: 'learning' },
];

export const LEAN_LABELS: Record<Lean, string> = {
  staff: 'Staff-leaning',
  em: 'EM-leaning',
  neutral: 'Neutral',
};

export const ENERGY_LABELS: Record<number, string> = {
  [-2]: 'Drained',
  [-1]: 'A bit drained',
  0: 'Neutral',
  1: 'A bit energised',
  2: 'Energised',
};

/** The audit lengths offered, in weeks. */
export const AUDIT_LENGTHS = [4, 5, 6] as const;
