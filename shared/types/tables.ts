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
  frameworks: 'Frameworks',
  competencies: 'Competencies',
  skillSnapshots: 'Skill ratings (history)',
  actions: 'Actions',
  evidence: 'Evidence',
  promotionItems: 'Promotion checklist items',
  selfAssessments: 'Self-assessments',
  decisions: 'Decision statements',
  trials: 'Trials',
  audits: 'Calendar audits',
  auditCategories: 'Audit categories',
  categoryRules: 'Category rules',
  auditEntries: 'Logged activities',
  weeklyReflections: 'Weekly reflections',
  retros: 'Retrospectives',
  bragEntries: 'Brag entries',
  feedback: 'Feedback',
  settings: 'Settings',
} as const satisfies Record<string, string>;

export type TableName = keyof typeof TABLE_LABELS;
export const TABLE_NAMES = Object.keys(TABLE_LABELS) as TableName[];

/** The id of the one profile record. */
export const PROFILE_ID = 'me';
