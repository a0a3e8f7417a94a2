/**
 * The Dexie schema, version by version. Append-only: a shipped version is never edited.
 *
 * To change the schema: add `{ version: N, stores: {...changed stores only...}, upgrade }` below, raise
 * CURRENT_SCHEMA_VERSION in shared/domain/backup-migrations.ts, add the matching backup migration there,
 * and add a fixture database/backup of version N-1 to tests/fixtures with a test that upgrades it.
 * Only primary keys and indexed fields are listed; record shapes live in shared/types/entities.ts.
 * Booleans and nulls are not valid IndexedDB keys, so they are never indexed.
 */
import type { Transaction } from 'dexie';
import type { TableName } from '@shared/types/entities';

export interface SchemaVersion {
  version: number;
  stores: Partial<Record<TableName, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profile: 'id',
      frameworks: 'id, track',
      competencies: 'id, frameworkId, [frameworkId+order]',
      skillSnapshots: 'id, competencyId, recordedAt, [competencyId+recordedAt]',
      actions: 'id, competencyId, status, dueDate',
      evidence: 'id, competencyId, date',
      promotionItems: 'id, order',
      selfAssessments: 'id, startedAt, completedAt',
      decisions: 'id, date',
      trials: 'id, track, startDate',
      audits: 'id, status, startDate',
      auditCategories: 'id, order',
      categoryRules: 'id, categoryId',
      auditEntries: 'id, auditId, date, [auditId+date], importKey',
      weeklyReflections: 'id, auditId, weekStart',
      retros: 'id, endDate, updatedAt, *competencyIds',
      bragEntries: 'id, date, kind, *competencyIds',
      feedback: 'id, askedOn, receivedOn, *competencyIds',
      settings: 'key',
    },
  },
];
