import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME } from '@shared/app-identity';
import type {
  Action,
  Audit,
  AuditCategory,
  AuditEntry,
  BragEntry,
  CategoryRule,
  Competency,
  Decision,
  Evidence,
  Feedback,
  Framework,
  Handover,
  BuyIn,
  ManagerAnswer,
  Profile,
  Person,
  Project,
  PromotionItem,
  Retro,
  SelfAssessment,
  Setting,
  SkillSnapshot,
  Tombstone,
  Trial,
  WeeklyReflection,
} from '@shared/types/entities';
import { TABLE_NAMES, type TableName } from '@shared/types/tables';
import type { AuditDigest } from '@shared/domain/audit-digest';
import type { AuditTotals } from '@shared/domain/audit-totals';
import { activeDatabaseName } from './generations';
import { LATEST_SCHEMA_VERSION, latestStores, schemaVersions } from './schema';
import { tombstoneMiddleware } from './tombstones';
import { knownCurrent } from './upgrade-guard';

export interface LedgerDbOptions {
  /**
   * Record every delete of a data table as a tombstone (tombstones.ts). On unless turned off, so that no
   * database a feature writes can forget one; off only for the backup worker, which copies a backup's
   * tombstones as they are and must neither add nor drop one.
   */
  recordDeletions?: boolean;
  /** The clock of `deletedAt` (tests pass a fixed one). */
  now?: () => Date;
  /**
   * Which schema versions to declare. `'all'` (the default) declares every version with its upgrade
   * step, which any database needs that may be older than the app. `'latest'` declares only the last
   * version, whole: for a database known to be at it already (the start's cache says so,
   * upgrade-guard.ts), which then needs no upgrade step. Dexie works through every declared version on
   * each start (reading each table's definition again and setting up every table for each version),
   * 3 ms warm and several times that on a cold start's first run, for nothing when no version changes.
   * Should such a database turn out older after all, its open fails with SchemaBehindError before any
   * record is touched, and the start opens it again with every version (`openDatabase`).
   */
  versions?: 'all' | 'latest';
}

/**
 * The database is older than a `versions: 'latest'` declaration said: the open was stopped before the
 * upgrade could change anything (Dexie aborts the upgrade, so the database keeps its version and data).
 */
export class SchemaBehindError extends Error {
  constructor() {
    super('The database is at an older version than expected; it was left as it was.');
    this.name = 'SchemaBehindError';
  }
}

// Dexie turns on its debug aids (an async stack task for every table call and promise callback) for any
// page served from localhost. The app itself (`npm start`, the installed app) is served from app://, so
// they are off there, but the end-to-end tests and bench:app serve the built renderer over local HTTP and
// would test and measure a slower app than users get. Only the development server keeps them. (Node,
// where bench and scripts load this module through tsx, has no import.meta.env.)
Dexie.debug = (import.meta.env as ImportMetaEnv | undefined)?.DEV ?? false;

export class LedgerDb extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  managerAnswers!: EntityTable<ManagerAnswer, 'id'>;
  frameworks!: EntityTable<Framework, 'id'>;
  competencies!: EntityTable<Competency, 'id'>;
  skillSnapshots!: EntityTable<SkillSnapshot, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  promotionItems!: EntityTable<PromotionItem, 'id'>;
  buyIns!: EntityTable<BuyIn, 'id'>;
  projects!: EntityTable<Project, 'id'>;
  people!: EntityTable<Person, 'id'>;
  selfAssessments!: EntityTable<SelfAssessment, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  trials!: EntityTable<Trial, 'id'>;
  audits!: EntityTable<Audit, 'id'>;
  auditCategories!: EntityTable<AuditCategory, 'id'>;
  categoryRules!: EntityTable<CategoryRule, 'id'>;
  auditEntries!: EntityTable<AuditEntry, 'id'>;
  weeklyReflections!: EntityTable<WeeklyReflection, 'id'>;
  handovers!: EntityTable<Handover, 'id'>;
  retros!: EntityTable<Retro, 'id'>;
  bragEntries!: EntityTable<BragEntry, 'id'>;
  feedback!: EntityTable<Feedback, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  /** Deletions (schema.ts, version 3), written by the tombstone middleware only. */
  tombstones!: EntityTable<Tombstone, 'id'>;
  /** Derived (schema.ts, version 2): per-audit totals, never backed up. Not among allTables(). */
  auditTotals!: EntityTable<AuditTotals, 'auditId'>;
  /** Derived (schema.ts, version 11): per-audit digests, never backed up. Not among allTables(). */
  auditDigests!: EntityTable<AuditDigest, 'auditId'>;

  constructor(
    name: string = DB_NAME,
    { recordDeletions = true, now, versions = 'all' }: LedgerDbOptions = {},
  ) {
    // 'strict' makes Chromium flush each transaction to disk before reporting success, so a crash or
    // power cut right after "Saved" cannot lose the write. 'immutable': live query results are frozen and
    // shared instead of deep-cloned for every subscriber (so never sort or edit a query result in place:
    // copy it first, or let the index give the order).
    super(name, { chromeTransactionDurability: 'strict', cache: 'immutable' });
    if (versions === 'latest') {
      // Upgrade steps run only for a database older than this version (never for a new one): here that
      // means the cache was wrong, and nothing may run without the steps in between.
      this.version(LATEST_SCHEMA_VERSION)
        .stores(latestStores())
        .upgrade(() => {
          throw new SchemaBehindError();
        });
    } else {
      for (const step of schemaVersions) {
        const version = this.version(step.version).stores(step.stores);
        if (step.upgrade) version.upgrade(step.upgrade);
      }
    }
    if (recordDeletions) this.use(tombstoneMiddleware(now));
  }

  /** Every table, in the order of shared/types/entities.ts. */
  allTables() {
    return TABLE_NAMES.map((name) => this.table(name));
  }

  tableOf(name: TableName) {
    return this.table(name);
  }
}

/**
 * The app's database: the generation in use (generations.ts; a restore moves the app to a new one).
 * Tests create their own `LedgerDb` with a unique name instead. Declared with its last version only when
 * the start's cache says it is at that version already (upgrade-guard.ts).
 */
const activeName = activeDatabaseName();
export const db = new LedgerDb(activeName, { versions: knownCurrent(activeName) ? 'latest' : 'all' });

/** Ask the browser engine not to evict our data under storage pressure. */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = navigator.storage,
): Promise<boolean> {
  if (!storage) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
