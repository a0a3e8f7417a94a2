/**
 * Which IndexedDB database holds the user's data. A restore never rewrites that database in place: it
 * writes the backup into a new database, a *generation*, and the app moves to it.
 *
 * Why: a restore must be all or nothing, and one transaction over 30 MB is all or nothing too, but
 * Chromium commits a transaction that large with an undo log on disk, and the deleted log stays in the
 * files: measured, every later cold start spent 300–470 ms stepping over it (5 years of data). Written
 * in small transactions, the same data opens in under 30 ms. Small transactions are not atomic as a
 * whole, so the atomic step is the switch from one generation to the next.
 *
 * - The first generation is named `DB_NAME`; a restore writes `DB_NAME@<ms since 1970>`.
 * - A generation is complete once its marker database `<name>.ready` exists: the restore creates it
 *   after the last record is written (with strict durability), and that is the restore's commit point.
 *   A crash before it leaves the previous generation in use, untouched.
 * - The app uses the newest complete generation. Its name is cached in localStorage so `db` can be
 *   created synchronously at start; after start, `planGenerations` checks the cache against the names
 *   IndexedDB lists (the truth), and superseded or unfinished generations are deleted only when the
 *   cache was right.
 */
import { DB_NAME } from '@shared/app-identity';
import { webStorage } from '@renderer/platform/web-storage';

export const ACTIVE_DATABASE_KEY = 'growth-ledger.database';
const READY_SUFFIX = '.ready';
const GENERATION = new RegExp(`^${DB_NAME}@(\\d{1,16})$`);

/** Where the cached name lives: localStorage in the app, a Map in tests. */
export type NameStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or null where it is disabled: then the first generation, as on a first start. */
const localStorageOrNull = (): NameStorage | null => webStorage('localStorage');

/** The name of the generation a restore started at `at` writes. */
export function generationName(at: Date): string {
  return `${DB_NAME}@${at.getTime()}`;
}

/** The marker whose existence says that generation `name` was written completely. */
export function readyMarkerName(name: string): string {
  return `${name}${READY_SUFFIX}`;
}

/** The generation's timestamp (0 for the first), or null when `name` is not a generation's name. */
function stampOf(name: string): number | null {
  if (name === DB_NAME) return 0;
  const match = GENERATION.exec(name);
  return match ? Number(match[1]) : null;
}

/**
 * Whether IndexedDB database `name` is one of the app's: a generation or a generation's `.ready` marker.
 * "Delete all my data" deletes exactly these.
 */
export function isAppDatabase(name: string): boolean {
  if (stampOf(name) !== null) return true;
  return name.endsWith(READY_SUFFIX) && stampOf(name.slice(0, -READY_SUFFIX.length)) !== null;
}

/** The database the app opens now: the cached name when it is a generation's, else the first. */
export function activeDatabaseName(storage: NameStorage | null = localStorageOrNull()): string {
  try {
    const cached = storage?.getItem(ACTIVE_DATABASE_KEY) ?? null;
    return cached !== null && stampOf(cached) !== null ? cached : DB_NAME;
  } catch {
    return DB_NAME;
  }
}

export function rememberActiveDatabase(name: string, storage: NameStorage | null = localStorageOrNull()) {
  storage?.setItem(ACTIVE_DATABASE_KEY, name);
}

export interface GenerationPlan {
  /** The newest complete generation: the one the app must use. */
  active: string;
  /** True when the app opened another one (the cache was lost or stale): switch before deleting. */
  switchTo: string | null;
  /** Databases to delete: older generations, unfinished ones, and their markers. Empty while switching. */
  remove: string[];
}

/**
 * What to use and what to delete, from the database names IndexedDB lists and the one the app opened.
 * Pure: every case is in tests/unit/db/generations.test.ts.
 */
export function planGenerations(names: readonly string[], opened: string): GenerationPlan {
  const present = new Set(names);
  const generations = names.filter((name) => stampOf(name) !== null);
  const complete = generations.filter((name) => name === DB_NAME || present.has(readyMarkerName(name)));
  const stamp = (name: string) => stampOf(name) ?? -1;
  const active = complete.reduce<string | null>(
    (best, name) => (best === null || stamp(name) > stamp(best) ? name : best),
    null,
  );
  if (active === null) return { active: opened, switchTo: null, remove: [] };
  if (active !== opened) return { active, switchTo: active, remove: [] };
  const markers = names.filter(
    (name) => name.endsWith(READY_SUFFIX) && stampOf(name.slice(0, -READY_SUFFIX.length)) !== null,
  );
  const keep = new Set([active, readyMarkerName(active)]);
  return { active, switchTo: null, remove: [...generations, ...markers].filter((name) => !keep.has(name)) };
}

type Factory = Pick<IDBFactory, 'databases' | 'deleteDatabase'>;

/** The generation change running now (a restore, or the clean-up after start); the next waits for it. */
let running: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` when no other generation change is running. A restore writes a new, unfinished generation
 * for seconds, and the clean-up after start deletes unfinished generations: overlapping, the clean-up
 * deleted the restore's database while it was being written (seen in CI as an InvalidStateError when a
 * restore began right after start).
 */
export function withGenerationChange<T>(work: () => Promise<T>): Promise<T> {
  const turn = running.then(work, work);
  running = turn.catch(() => undefined);
  return turn;
}

/**
 * Run once after start: if the app opened the wrong generation, remembers the right one and calls
 * `reload`; otherwise deletes the databases the plan lists (a deletion waits, without failing, while
 * another connection still holds that database open).
 */
export async function settleGenerations({
  opened,
  reload,
  factory = indexedDB,
  storage = localStorageOrNull(),
}: {
  opened: string;
  reload: () => void;
  factory?: Factory;
  storage?: NameStorage | null;
}): Promise<GenerationPlan> {
  return withGenerationChange(() => settle(opened, reload, factory, storage));
}

async function settle(
  opened: string,
  reload: () => void,
  factory: Factory,
  storage: NameStorage | null,
): Promise<GenerationPlan> {
  const names = (await factory.databases()).flatMap((info) => (info.name ? [info.name] : []));
  const plan = planGenerations(names, opened);
  if (plan.switchTo !== null) {
    rememberActiveDatabase(plan.switchTo, storage);
    reload();
    return plan;
  }
  if (storage?.getItem(ACTIVE_DATABASE_KEY) !== plan.active) rememberActiveDatabase(plan.active, storage);
  await Promise.all(
    plan.remove.map(
      (name) =>
        new Promise<void>((done) => {
          const request = factory.deleteDatabase(name);
          request.onsuccess = () => done();
          request.onerror = () => done(); // Left for the next start.
          request.onblocked = () => done(); // Deleted once its last connection closes.
        }),
    ),
  );
  return plan;
}

/** Creates the marker that completes generation `name` (see the header). */
export async function markGenerationReady(name: string, factory: Pick<IDBFactory, 'open'> = indexedDB) {
  await new Promise<void>((done, fail) => {
    const request = factory.open(readyMarkerName(name));
    request.onsuccess = () => {
      request.result.close();
      done();
    };
    request.onerror = () => fail(request.error ?? new Error('The new database could not be completed.'));
  });
}
