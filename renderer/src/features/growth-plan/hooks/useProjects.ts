import { useLiveQuery } from 'dexie-react-hooks';
import { retroTitle } from '@shared/domain/journal';
import type { Project } from '@shared/types/entities';
import { db as appDb, type LedgerDb } from '@renderer/db/db';

export interface ProjectsData {
  /** The pipeline in its stored order (the view sorts it by status with `orderedProjects`). */
  projects: Project[];
  /** The title of each project's retrospective that still exists, by retro id; a missing id was deleted since. */
  retroTitles: ReadonlyMap<string, string>;
}

/**
 * The projects through the order index, and the titles of their retrospectives read by id (never the
 * whole journal), in one query so a project and its retro link always agree.
 */
export async function readProjects(db: LedgerDb): Promise<ProjectsData> {
  const projects = await db.projects.orderBy('order').toArray();
  const retroIds = [...new Set(projects.flatMap((p) => (p.retroId === null ? [] : [p.retroId])))];
  const retros = retroIds.length > 0 ? await db.retros.bulkGet(retroIds) : [];
  const retroTitles = new Map(
    retros.flatMap((retro) => (retro ? [[retro.id, retroTitle(retro)] as const] : [])),
  );
  return { projects, retroTitles };
}

/** The staff-level projects and their retros' titles, live; `undefined` while loading. */
export function useProjects(): ProjectsData | undefined {
  return useLiveQuery(() => readProjects(appDb), []);
}
