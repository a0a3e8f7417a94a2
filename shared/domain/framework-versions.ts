/**
 * Built-in frameworks by version, and the Staff archetype's weighting (issue 18, schema v7).
 *
 * A plan copied from a built-in framework records which version it copied and, per competency, which
 * built-in competency it came from. A later version only adds competencies, so an older plan keeps its
 * competencies and their history, and can take the added ones when the user wants them. The archetype
 * finds the competencies it leans on by that built-in key, whatever the user renamed them to.
 */
import { STAFF_ARCHETYPES, type StaffArchetype } from '../content/archetypes';
import { addedSince, builtInFramework, type BuiltInCompetency } from '../content/frameworks';
import type { Competency, Framework } from '../types/entities';

type RawRecord = Record<string, unknown>;
type RawTables = Record<string, unknown[]>;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The migration to schema version 7, for the Dexie upgrade and for older backups alike: frameworks
 * copied from a built-in one hold its version 1 (the only one before), no archetype is chosen, and each
 * competency of such a copy is matched to the built-in competency of the same name (one the user renamed
 * keeps no match: it is theirs now). Other tables are left as they are.
 */
export function migrateToFrameworkVersions(tables: RawTables): RawTables {
  const frameworks = (tables.frameworks ?? []) as RawRecord[];
  const builtInOf = new Map<string, string>();
  for (const f of frameworks) {
    if (typeof f.id === 'string' && typeof f.builtInKey === 'string') builtInOf.set(f.id, f.builtInKey);
  }
  const competencies = ((tables.competencies ?? []) as RawRecord[]).map((c) => {
    const key = typeof c.frameworkId === 'string' ? builtInOf.get(c.frameworkId) : undefined;
    const builtIn = key === undefined ? undefined : builtInFramework(key);
    const match =
      builtIn && typeof c.name === 'string'
        ? builtIn.competencies.find((b) => (b.since ?? 1) === 1 && sameName(b.name, c.name as string))
        : undefined;
    return { ...c, builtInKey: match?.key ?? null };
  });
  return {
    ...tables,
    frameworks: frameworks.map((f) => ({
      ...f,
      builtInVersion: typeof f.builtInKey === 'string' ? 1 : null,
      archetype: null,
    })),
    competencies,
  };
}

/**
 * The competencies the built-in framework's newer version added that `framework` does not have yet: none
 * for a framework of the user's own or one already at the newest version. One already in the plan (added
 * by hand under the same name) is not offered twice.
 */
export function missingBuiltIns(
  framework: Pick<Framework, 'builtInKey' | 'builtInVersion'>,
  competencies: readonly Pick<Competency, 'builtInKey' | 'name'>[],
): BuiltInCompetency[] {
  const builtIn = framework.builtInKey === null ? undefined : builtInFramework(framework.builtInKey);
  if (!builtIn || framework.builtInVersion === null || framework.builtInVersion >= builtIn.version) return [];
  return addedSince(builtIn, framework.builtInVersion).filter(
    (b) => !competencies.some((c) => c.builtInKey === b.key || sameName(c.name, b.name)),
  );
}

/** The ids of the plan's competencies the archetype leans on (found by their built-in key). */
export function emphasisedBy(
  archetype: StaffArchetype | null,
  competencies: readonly Pick<Competency, 'id' | 'builtInKey'>[],
): Set<string> {
  if (archetype === null) return new Set();
  const keys = STAFF_ARCHETYPES.find((a) => a.key === archetype)?.emphasis ?? [];
  return new Set(
    competencies.flatMap((c) => (c.builtInKey !== null && keys.includes(c.builtInKey) ? [c.id] : [])),
  );
}
