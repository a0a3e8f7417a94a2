/**
 * The database's tables, by name, in restore order, with their human names; and the profile's fixed id.
 * No zod here: the app's first screen and its shell name tables without loading the record schemas
 * (shared/types/entities.ts, which checks that it has a schema for exactly these tables).
 *
 * Adding a table means: add it here and in entities.ts, in the Dexie schema (a new version), and in a
 * backup migration.
 */

/** Human names of the tables, for previews and messages; their order is the restore order. */
export const TABLE_LABELS = {
  profile: 'Profile',
  managerAnswers: "Your manager's answers (excellent in six months)",
  frameworks: 'Frameworks',
  competencies: 'Competencies',
  skillSnapshots: 'Skill ratings (history)',
  actions: 'Actions',
  evidence: 'Evidence',
  promotionItems: 'Promotion checklist items',
  buyIns: 'Buy-in on the promotion checklist',
  projects: 'Staff-level projects',
  selfAssessments: 'Self-assessments',
  decisions: 'Decision statements',
  trials: 'Trials',
  audits: 'Calendar audits',
  auditCategories: 'Audit categories',
  categoryRules: 'Category rules',
  auditEntries: 'Logged activities',
  weeklyReflections: 'Weekly reflections',
  handovers: 'Handovers (delegation ledger)',
  retros: 'Retrospectives',
  bragEntries: 'Brag entries',
  feedback: 'Feedback',
  people: 'People around you',
  settings: 'Settings',
  tombstones: 'Deletions (so deleted items stay deleted)',
} as const satisfies Record<string, string>;

export type TableName = keyof typeof TABLE_LABELS;
export const TABLE_NAMES = Object.keys(TABLE_LABELS) as TableName[];

/**
 * The table of deletions (schema version 3): one tombstone per deleted record, so that a merge
 * (shared/domain/merge.ts) does not bring a deleted record back from an older backup. It is backed up
 * like the others; every other backed-up table holds the user's records, its *data tables*.
 */
export const TOMBSTONE_TABLE = 'tombstones';
export type DataTableName = Exclude<TableName, typeof TOMBSTONE_TABLE>;
export const DATA_TABLE_NAMES = TABLE_NAMES.filter((name): name is DataTableName => name !== TOMBSTONE_TABLE);

/** The id of the tombstone of record `recordId` of `table` (zod-free, so the first screen's database code can use it). */
export function tombstoneId(table: DataTableName, recordId: string): string {
  return `${table}:${recordId}`;
}

/** The id of the one profile record. */
export const PROFILE_ID = 'me';
