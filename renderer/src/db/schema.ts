/**
 * The Dexie schema, version by version. Append-only: a shipped version is never edited.
 *
 * To change the schema: add `{ version: N, stores: {...changed stores only...}, upgrade }` below, raise
 * CURRENT_SCHEMA_VERSION in shared/domain/backup-migrations.ts, add the matching backup migration there,
 * and add a fixture database/backup of version N-1 to tests/fixtures with a test that upgrades it.
 * Only primary keys and indexed fields are listed; record shapes live in shared/types/entities.ts.
 * Booleans and nulls are not valid IndexedDB keys, so they are never indexed.
 *
 * Derived tables (DERIVED_TABLE_NAMES) hold numbers computed from the other tables, to keep screens fast.
 * They are not in TABLE_NAMES, so backups never carry them and a restore clears them; each is kept
 * correct by the writes it derives from (see its comment) and recomputed when a row is missing.
 */
import type { Transaction } from 'dexie';
import { migrateToEvidenceLinks } from '@shared/domain/evidence-links';
import { migrateToManagerLoop } from '@shared/domain/manager-loop';
import { migrateToFrameworkVersions } from '@shared/domain/framework-versions';
import type { TableName } from '@shared/types/tables';

/**
 * - auditTotals (version 2): per-audit totals for "All audits" (shared/domain/audit-totals.ts), keyed by
 *   audit id. Every write of an activity adjusts its audit's row in the same transaction
 *   (features/audit/model/repo.ts); the screen computes missing or stale rows one audit at a time.
 * - auditDigests (version 11): per-audit digest for the audit's Results and the delegation ledger
 *   (shared/domain/audit-digest.ts), keyed by audit id. Adjusted in the same transactions as auditTotals
 *   (db/audit-digests.ts), written empty when an audit starts; a screen that finds its audit's row
 *   missing or stale computes it (after an upgrade or a restore).
 */
export const DERIVED_TABLE_NAMES = ['auditTotals', 'auditDigests'] as const;
export type DerivedTableName = (typeof DERIVED_TABLE_NAMES)[number];

export interface SchemaVersion {
  version: number;
  stores: Partial<Record<TableName | DerivedTableName, string | null>>;
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
  {
    // A derived table only: the backed-up tables and their records are unchanged, so the backup format
    // is the same and its migration to version 2 changes nothing (shared/domain/backup-migrations.ts).
    // No upgrade step either: the table starts empty and "All audits" fills it lazily.
    version: 2,
    stores: { auditTotals: 'auditId' },
  },
  {
    // The backed-up table of deletions (shared/types/entities.ts, tombstoneSchema), which a merge needs
    // so that a deleted record does not come back (shared/domain/merge.ts). Indexed by deletedAt so that
    // old tombstones can be found without a scan, should they ever be pruned. No upgrade step: what was
    // deleted before this version left no trace, so the table starts empty (as the backup migration).
    version: 3,
    stores: { tombstones: 'id, deletedAt' },
  },
  {
    // Two indexes, for the start screen (features/today/hooks/reads.ts, issue 13): the retros still in
    // draft whose project has ended, and the open actions that have a due date, each one key range, so
    // Today reads only what it shows instead of every ended retro (290 of them at five years) and every
    // open action. Indexes only: the records and the backup format are unchanged (its migration to
    // version 4 changes nothing), and no upgrade step (IndexedDB fills a new index itself). A record
    // without an end or due date (null) is simply not in the index.
    version: 4,
    stores: {
      retros: 'id, endDate, updatedAt, *competencyIds, [status+endDate]',
      actions: 'id, competencyId, status, dueDate, [status+dueDate]',
    },
  },
  {
    // The evidence graph (issue 17): one kind of link between a record and a competency or a checklist
    // item, where version 4 had evidence notes, `competencyIds` tags on retros, brag entries and
    // feedback, and the checklist's own lists. The upgrade turns the tags and lists into links, merging
    // a tag into the note that already links the same record (shared/domain/evidence-links.ts, which the
    // backup migration to version 5 runs too), and the tags' indexes go. Links are found by competency,
    // by checklist item, and by the record they point at (to list "counts as evidence for…" on it).
    version: 5,
    stores: {
      evidence: 'id, competencyId, promotionItemId, date, [ref.kind+ref.id]',
      retros: 'id, endDate, updatedAt, [status+endDate]',
      bragEntries: 'id, date, kind',
      feedback: 'id, askedOn, receivedOn',
    },
    upgrade: async (tx) => {
      const names = ['evidence', 'retros', 'bragEntries', 'feedback', 'promotionItems'] as const;
      const before = Object.fromEntries(
        await Promise.all(names.map(async (name) => [name, await tx.table(name).toArray()] as const)),
      );
      const after = migrateToEvidenceLinks(before);
      for (const name of names) {
        await tx.table(name).clear();
        await tx.table(name).bulkAdd(after[name] ?? []);
      }
    },
  },
  {
    // The delegation ledger (issue 17): work handed over from an audit. Open follow-ups are found by
    // [status+followUpOn] (Today and the reminders read only those due), a handover's activity by auditId
    // (the hours it frees). No upgrade step: nothing was handed over before, so the table starts empty,
    // as the backup migration to version 6 leaves it.
    version: 6,
    stores: { handovers: 'id, auditId, [status+followUpOn]' },
  },
  {
    // Built-in frameworks by version, and the Staff archetype (issue 18): a framework copied from a
    // built-in one records the version it copied (1, the only one before) and the archetype its plan is
    // weighted for (none yet); each of its competencies, the built-in competency it came from (matched by
    // name; a renamed one is the user's own now). New fields only, no index: the upgrade rewrites the two
    // tables with the same function the backup migration to version 7 runs
    // (shared/domain/framework-versions.ts).
    version: 7,
    stores: {},
    upgrade: async (tx) => {
      const frameworks = await tx.table('frameworks').toArray();
      const competencies = await tx.table('competencies').toArray();
      const after = migrateToFrameworkVersions({ frameworks, competencies });
      await tx.table('frameworks').bulkPut(after.frameworks ?? []);
      await tx.table('competencies').bulkPut(after.competencies ?? []);
    },
  },
  {
    // The manager loop (issue 18): every answer to "what does excellent look like in six months?" with
    // its day, where the profile held one (found newest first by askedOn), and the management chain's
    // buy-in on the promotion checklist (in the order the user lists the chain). The upgrade moves the
    // profile's answer into the history with the same function the backup migration to version 8 runs
    // (shared/domain/manager-loop.ts).
    version: 8,
    stores: { managerAnswers: 'id, askedOn', buyIns: 'id, order' },
    upgrade: async (tx) => {
      const profile = await tx.table('profile').toArray();
      const after = migrateToManagerLoop({ profile });
      await tx.table('profile').clear();
      await tx.table('profile').bulkAdd(after.profile ?? []);
      await tx.table('managerAnswers').bulkAdd(after.managerAnswers ?? []);
    },
  },
  {
    // Staff-level projects (issue 18): a short pipeline of candidates, in the user's order. No upgrade
    // step: there were none before, so the table starts empty, as the backup migration to version 9
    // leaves it. Evidence may now point at a project (`ref.kind: 'project'`), found by the existing
    // [ref.kind+ref.id] index.
    version: 9,
    stores: { projects: 'id, order' },
  },
  {
    // People around you (issue 18): mentors, people the user is growing, sponsors and stakeholders, in the
    // order added. `*links` (multi-entry, `kind:id` keys) lets a feedback item, retro, trial or handover
    // find its people without reading the list; `from` on feedback and `to` on handovers let a person's
    // page suggest the records that name them. No upgrade step: the table starts empty, as the backup
    // migration to version 10 leaves it, and Dexie builds the two new indexes itself.
    version: 10,
    stores: {
      people: 'id, order, *links',
      feedback: 'id, askedOn, receivedOn, from',
      handovers: 'id, auditId, [status+followUpOn], to',
    },
  },
  {
    // A derived table only (issue 13: the audit's Results and the delegation ledger read one digest per
    // audit instead of its ~1,200 activities): the backed-up tables and records are unchanged, so the
    // backup format is the same and its migration to version 11 changes nothing. No upgrade step either:
    // the table starts empty, and each audit's row is computed the first time a screen needs it.
    version: 11,
    stores: { auditDigests: 'auditId' },
  },
];

/** The last version above: the one the app's database is at once opened. */
export const LATEST_SCHEMA_VERSION = Math.max(...schemaVersions.map((step) => step.version));

/**
 * Every table's definition as of the last version: each version's changed stores applied in order, a
 * null dropping its table. What a database at the last version has, declared as one version
 * (db.ts, `versions: 'latest'`).
 */
export function latestStores(): SchemaVersion['stores'] {
  const stores = new Map<string, string>();
  for (const step of schemaVersions) {
    for (const [name, definition] of Object.entries(step.stores)) {
      if (definition === null || definition === undefined) stores.delete(name);
      else stores.set(name, definition);
    }
  }
  return Object.fromEntries(stores);
}
