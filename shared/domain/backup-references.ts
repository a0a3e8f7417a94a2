/**
 * The references between records that must resolve, checked before a restore's preview (issue 14).
 *
 * Only references the app itself keeps whole are listed: it never deletes frameworks, competencies,
 * audits or audit categories, so a record pointing at one that is missing means the file was edited or
 * damaged, and restoring it would give screens a rating, an action or an activity that belongs to
 * nothing. Links to records that can be deleted (an action's or a piece of evidence's source, the
 * active framework setting) are allowed to dangle: the app shows them as gone.
 */
import type { TableData } from '../types/entities';
import type { TableName } from '../types/tables';

interface Reference {
  table: TableName;
  field: string;
  target: 'frameworks' | 'competencies' | 'audits' | 'auditCategories' | 'promotionItems';
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
  { table: 'handovers', field: 'auditId', target: 'audits' },
  { table: 'handovers', field: 'categoryId', target: 'auditCategories' },
  // Deleting a checklist item takes its links with it (features/evidence), so a link to a missing item
  // means damage too.
  { table: 'evidence', field: 'promotionItemId', target: 'promotionItems' },
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
      // null where the schema allows no reference (an action or a link without a competency).
      const id = records[index]?.[reference.field];
      if (typeof id === 'string' && !known.has(id))
        return { table: reference.table, index, field: reference.field, target: reference.target, id };
    }
  }
  return null;
}
