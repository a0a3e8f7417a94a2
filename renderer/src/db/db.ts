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
  Profile,
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
import type { AuditTotals } from '@shared/domain/audit-totals';
import { activeDatabaseName } from './generations';
import { schemaVersions } from './schema';
import { tombstoneMiddleware } from './tombstones';

export interface LedgerDbOptions {
  /**
   * Record every delete of a data table as a tombstone (tombstones.ts). On unless turned off, so that no
   * database a feature writes can forget one; off only for the backup worker, which copies a backup's
   * tombstones as they are and must neither add nor drop one.
   */
  recordDeletions?: boolean;
  /** The clock of `deletedAt` (tests pass a fixed one). */
  now?: () => Date;
}

// Dexie turns on its debug aids (an async stack task for every table call and promise callback) for any
// page served from localhost. The app itself (`npm start`, the installed app) is served from app://, so
// they are off there, but the end-to-end tests and bench:app serve the built renderer over local HTTP and
// would test and measure a slower app than users get. Only the development server keeps them. (Node,
// where bench and scripts load this module through tsx, has no import.meta.env.)
Dexie.debug = (import.meta.env as ImportMetaEnv | undefined)?.DEV ?? false;

export class LedgerDb extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  frameworks!: EntityTable<Framework, 'id'>;
  competencies!: EntityTable<Competency, 'id'>;
  skillSnapshots!: EntityTable<SkillSnapshot, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  promotionItems!: EntityTable<PromotionItem, 'id'>;
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

  constructor(name: string = DB_NAME, { recordDeletions = true, now }: LedgerDbOptions = {}) {
    // 'strict' makes Chromium flush each transaction to disk before reporting success, so a crash or
    // power cut right after "Saved" cannot lose the write. 'immutable': live query results are frozen and
    // shared instead of deep-cloned for every subscriber (so never sort or edit a query result in place:
    // copy it first, or let the index give the order).
    super(name, { chromeTransactionDurability: 'strict', cache: 'immutable' });
    for (const step of schemaVersions) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
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
 * Tests create their own `LedgerDb` with a unique name instead.
 */
export const db = new LedgerDb(activeDatabaseName());

/** Ask the browser engine not to evict our data under storage pressure. */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = navigator.storage,
): Promise<boolean> {
  if (!storage) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
