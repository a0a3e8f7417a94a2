/**
 * The references between records that must resolve, checked before a restore's preview (issue 14).
 *
 * Only references the app itself keeps whole are listed: it never deletes frameworks, competencies,
 * audits or audit categories, so a record pointing at one that is missing means the file was edited or
 * damaged, and restoring it would give screens a rating, an action or an activity that belongs to
 * nothing. Links to records that can be deleted (an action's or a piece of evidence's source, the
 * checklist's evidence, the active framework setting) are allowed to dangle: the app shows them as gone.
 */
import type { TableData } from '../types/entities';
import type { TableName } from '../types/tables';

interface Reference {
  table: TableName;
  field: string;
  target: 'frameworks' | 'competencies' | 'audits' | 'auditCategories';
  /** The field holds a list of ids rather than one (null allowed where the schema allows it). */
  list?: boolean;
}

export const REFERENCES: readonly Reference[] = [
  { table: 'competencies', field: 'frameworkId', target: 'frameworks' },
  { table: 'skillSnapshots', field: 'competencyId', target: 'competencies' },
  { table: 'actions', field: 'competencyId', target: 'competencies' },
  { table: 'evidence', field: 'competencyId', target: 'competencies' },
  { table: 'categoryRules', field: 'categoryId', target: 'auditCategories' },
  { table: 'auditEntries', field: 'auditId', target: 'audits' },
  { table: 'auditEntries', field: 'categoryId', target: 'auditCategories' },
  { table: 'weeklyReflections', field: 'auditId', target: 'audits' },
  { table: 'retros', field: 'competencyIds', target: 'competencies', list: true },
  { table: 'bragEntries', field: 'competencyIds', target: 'competencies', list: true },
  { table: 'feedback', field: 'competencyIds', target: 'competencies', list: true },
];

export interface DanglingReference {
  table: TableName;
  /** 0-based position of the record in its table. */
  index: number;
  field: string;
  target: Reference['target'];
  id: string;
}

/** The first reference in `tables` (already validated record by record) that points at nothing. */
export function danglingReference(tables: TableData): DanglingReference | null {
  const ids = new Map<Reference['target'], Set<string>>();
  const idsOf = (target: Reference['target']) => {
    let set = ids.get(target);
    if (!set) {
      set = new Set(tables[target].map((record) => record.id));
      ids.set(target, set);
    }
    return set;
  };
  for (const reference of REFERENCES) {
    const known = idsOf(reference.target);
    const records = tables[reference.table] as readonly Record<string, unknown>[];
    for (let index = 0; index < records.length; index += 1) {
      const value = records[index]?.[reference.field];
      const values = reference.list ? (value as readonly string[]) : [value];
      for (const id of values) {
        if (typeof id === 'string' && !known.has(id)) {
          return { table: reference.table, index, field: reference.field, target: reference.target, id };
        }
      }
    }
  }
  return null;
}
