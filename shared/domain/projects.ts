/**
 * Staff-level projects (issue 18, schema v9): a short pipeline of candidate projects, each with the case
 * for it being staff-level work, the user's role, why they picked it and the wins to tell. Pure and
 * zod-free.
 *
 * The sources describe staff-level work by four things: how far its effect reaches, how unclear the
 * problem and the way through are, how many teams it takes, and what it changes for the business. They
 * also ask the engineer to be able to say why they chose a project, and to tell people about its wins.
 */
import type { Project } from '../types/entities';

export type ProjectStatus = Project['status'];

export const PROJECT_STATUSES: Record<ProjectStatus, string> = {
  candidate: 'Candidate',
  active: 'Under way',
  done: 'Done',
  dropped: 'Dropped',
};

/** The four reasons a project is staff-level work, each with the question that draws it out. */
export const STAFF_LEVEL_SIGNALS = [
  {
    field: 'scope',
    label: 'Scope',
    prompt: 'How far does its effect reach: one team, a group, the whole engineering org?',
  },
  {
    field: 'ambiguity',
    label: 'Ambiguity',
    prompt: 'What is unclear about the problem or the way through, that you would have to work out?',
  },
  {
    field: 'teams',
    label: 'Teams involved',
    prompt: 'Which teams have to agree or change something for it to land?',
  },
  {
    field: 'impact',
    label: 'Business impact',
    prompt: 'What changes for customers or for the business when it is done, and how would you show it?',
  },
] as const satisfies readonly { field: keyof Project; label: string; prompt: string }[];

export type StaffLevelSignal = (typeof STAFF_LEVEL_SIGNALS)[number]['field'];

/** How much of the case is written: the reasons given, and those still to think through. */
export function staffLevelCase(project: Pick<Project, StaffLevelSignal>): {
  given: StaffLevelSignal[];
  missing: StaffLevelSignal[];
} {
  const given: StaffLevelSignal[] = [];
  const missing: StaffLevelSignal[] = [];
  for (const { field } of STAFF_LEVEL_SIGNALS) (project[field].trim() ? given : missing).push(field);
  return { given, missing };
}

/**
 * What the user should still do for a project, in a line, or null when nothing is pending: explain the
 * choice before taking it on, tell people about its wins once there are some, hold its retrospective
 * once it is done.
 */
export function projectNextStep(
  project: Pick<Project, 'status' | 'whyPicked' | 'wins' | 'tellWho' | 'retroId' | StaffLevelSignal>,
): string | null {
  if (project.status === 'dropped') return null;
  if (project.status === 'candidate') {
    const { missing } = staffLevelCase(project);
    if (missing.length === STAFF_LEVEL_SIGNALS.length) return 'Write down why it is staff-level work.';
    if (!project.whyPicked.trim()) return 'Write why you would pick it: you will be asked.';
    return null;
  }
  if (project.wins.trim() && !project.tellWho.trim()) return 'Note who should hear about its wins.';
  if (project.status === 'done' && project.retroId === null) return 'Hold its retrospective.';
  return null;
}

/** The pipeline in the user's order: under way first, then candidates, then done, then dropped. */
export function orderedProjects<P extends Pick<Project, 'status' | 'order'>>(projects: readonly P[]): P[] {
  const rank: Record<ProjectStatus, number> = { active: 0, candidate: 1, done: 2, dropped: 3 };
  return [...projects].sort((a, b) => rank[a.status] - rank[b.status] || a.order - b.order);
}
