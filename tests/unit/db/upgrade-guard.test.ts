/**
 * Issue 14: a backup before every schema upgrade. Each released schema version's fixture is built into a
 * real database at that version (fake-indexeddb), and the app's own start step (`openDatabase`, as
 * main.tsx calls it) runs on it with main's real backup store behind an injected save port.
 */
import Dexie from 'dexie';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, type BackupStore } from '@main/services/backup/backup-store';
import { parseBackup } from '@shared/domain/backup';
import { backedUpTablesAt } from '@shared/domain/backup-before-upgrade';
import { unpackBackup } from '@shared/domain/backup-content';
import { CURRENT_SCHEMA_VERSION, type RawTables } from '@shared/domain/backup-migrations';
import type { TableData } from '@shared/types/entities';
import type { SaveBackupResult } from '@shared/ipc/contract';
import { DERIVED_TABLE_NAMES, schemaVersions } from '@renderer/db/schema';
import { readAllTables } from '@renderer/db/tables';
import { LedgerDb } from '@renderer/db/db';
import {
  SCHEMA_VERSION_KEY,
  UpgradeBackupError,
  knownCurrent,
  openDatabase,
  type UpgradePorts,
} from '@renderer/db/upgrade-guard';
import { freshDb, uniqueDbName } from '../support/fresh-db';

const FIXTURES = join(import.meta.dirname, '../../fixtures/backups');

/** Every fixture of a released version older than the current one, found on disk (not listed by hand). */
const OLDER_FIXTURES = readdirSync(FIXTURES)
  .flatMap((file) => {
    const match = /^schema-v(\d+)\.json$/.exec(file);
    return match ? [{ version: Number(match[1]), file: join(FIXTURES, file) }] : [];
  })
  .filter(({ version }) => version < CURRENT_SCHEMA_VERSION)
  .sort((a, b) => a.version - b.version);

/** Each table's records in key order: IndexedDB returns them so, a fixture need not list them so. */
function byKey(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  const key = (record: unknown) => {
    const r = record as { id?: string; key?: string; auditId?: string };
    return r.id ?? r.key ?? r.auditId ?? '';
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, records]) => [
      name,
      [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
    ]),
  );
}

/** A fixture's tables exactly as that version stored them (its own text, not migrated). */
function fixtureTables(file: string): { schemaVersion: number; tables: RawTables; text: string } {
  const text = readFileSync(file, 'utf8');
  const { schemaVersion, tables } = JSON.parse(text) as { schemaVersion: number; tables: RawTables };
  return { schemaVersion, tables, text };
}

/** Writes `tables` into a new database `name` declared with the schema steps up to `version` only. */
async function buildDatabaseAt(name: string, version: number, tables: RawTables): Promise<void> {
  const older = new Dexie(name);
  for (const step of schemaVersions.filter((s) => s.version <= version)) {
    const declared = older.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
  await older.open();
  await older.transaction('rw', older.tables, async () => {
    for (const table of older.tables) await table.bulkAdd(tables[table.name] ?? []);
  });
  older.close();
}

/** The IndexedDB version of database `name` now, or null when it does not exist. */
async function storedVersion(name: string): Promise<number | null> {
  const info = (await indexedDB.databases()).find((database) => database.name === name);
  return info?.version ?? null;
}

/** What an older database holds, read without upgrading it. */
async function readAsItIs(name: string, version: number): Promise<RawTables> {
  const older = new Dexie(name);
  await older.open();
  try {
    const names = backedUpTablesAt(schemaVersions, version, DERIVED_TABLE_NAMES);
    const entries = await Promise.all(
      names.map(async (n): Promise<[string, unknown[]]> => [n, await older.table(n).toArray()]),
    );
    return Object.fromEntries(entries);
  } finally {
    older.close();
  }
}

let backupsDir: string;
let store: BackupStore;
beforeEach(async () => {
  backupsDir = await mkdtemp(join(tmpdir(), 'gl-pre-upgrade-'));
  store = createBackupStore({ dir: backupsDir });
});
afterEach(() => rm(backupsDir, { recursive: true, force: true }));

const NOW = new Date(2026, 11, 2, 9, 30, 0, 0);

/** The ports as the app wires them, with main's real backup store (as the `backup:save` handler does). */
function ports(overrides: Partial<UpgradePorts> = {}) {
  const storage = new Map<string, string>();
  const databases = vi.fn(() => indexedDB.databases());
  const saves: { versionAtSave: number | null }[] = [];
  let name = '';
  const save = vi.fn(async (packed: Uint8Array): Promise<SaveBackupResult> => {
    // The database must still be at its old version while its backup is written.
    saves.push({ versionAtSave: await storedVersion(name) });
    return store.save(await unpackBackup(packed), 'pre-upgrade', NOW);
  });
  const value: UpgradePorts = {
    save,
    appVersion: async () => '9.9.9-test',
    factory: { databases },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, v) => storage.set(key, v) },
    now: () => NOW,
    ...overrides,
  };
  return { ports: value, storage, databases, save, saves, forDatabase: (db: string) => (name = db) };
}

const backupFiles = async () => (await readdir(backupsDir)).sort();

describe('a backup before every schema upgrade', () => {
  it('has a fixture for every released version below the current one', () => {
    expect(OLDER_FIXTURES.map((f) => f.version)).toEqual(
      schemaVersions.map((s) => s.version).filter((v) => v < CURRENT_SCHEMA_VERSION),
    );
  });

  for (const { version, file } of OLDER_FIXTURES) {
    describe(`from schema v${version} (fixture schema-v${version}.json)`, () => {
      it('saves exactly one pre-upgrade backup of the data as it was, then upgrades', async () => {
        const fixture = fixtureTables(file);
        expect(fixture.schemaVersion).toBe(version);
        const name = uniqueDbName(`pre-upgrade-v${version}`);
        await buildDatabaseAt(name, version, fixture.tables);
        const setup = ports();
        setup.forDatabase(name);
        const db = freshDb(name);

        const check = await openDatabase(db, setup.ports);

        // One backup, taken while the database was still at the old version, named for the new one.
        expect(setup.save).toHaveBeenCalledTimes(1);
        expect(setup.saves).toEqual([{ versionAtSave: version * 10 }]);
        const files = await backupFiles();
        expect(files).toEqual([`pre-upgrade-v${CURRENT_SCHEMA_VERSION}-2026-12-02T09-30-00-000.json`]);
        expect(check).toMatchObject({
          status: 'saved',
          from: version,
          to: CURRENT_SCHEMA_VERSION,
          fileName: files[0],
        });

        // The backup is the old version's data, exactly, and says which version that was.
        const text = await readFile(join(backupsDir, files[0] ?? ''), 'utf8');
        const saved = JSON.parse(text) as { schemaVersion: number; appVersion: string; tables: RawTables };
        expect(saved.schemaVersion).toBe(version);
        expect(saved.appVersion).toBe('9.9.9-test');
        expect(byKey(saved.tables)).toEqual(byKey(fixture.tables));

        // Restoring it (the real check and migration) gives the upgraded data...
        const restored = await parseBackup(text);
        if (!restored.ok) throw restored.error;
        const upgradedFixture = await parseBackup(fixture.text);
        if (!upgradedFixture.ok) throw upgradedFixture.error;
        expect(byKey(restored.backup.tables as unknown as RawTables)).toEqual(
          byKey(upgradedFixture.backup.tables as unknown as RawTables),
        );

        // ...which is also what the app's database holds, now at the current version.
        expect(db.isOpen()).toBe(true);
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        expect(await storedVersion(name)).toBe(CURRENT_SCHEMA_VERSION * 10);
        const upgraded: TableData = await readAllTables(db);
        expect(byKey(upgraded as unknown as RawTables)).toEqual(
          byKey(upgradedFixture.backup.tables as unknown as RawTables),
        );
        expect(setup.storage.get(SCHEMA_VERSION_KEY)).toBe(`${CURRENT_SCHEMA_VERSION}:${name}`);
      });

      it('when the backup cannot be saved, does not upgrade and says what to do', async () => {
        const fixture = fixtureTables(file);
        const name = uniqueDbName(`pre-upgrade-fails-v${version}`);
        await buildDatabaseAt(name, version, fixture.tables);
        const diskFull = new Error(
          'The disk is full, so nothing was saved and your data is as it was. Free some space on this computer (or choose another drive), then try again.',
        );
        const setup = ports({ save: vi.fn(() => Promise.reject(diskFull)) });
        const db = freshDb(name);

        const error = await openDatabase(db, setup.ports).then(
          () => null,
          (e: unknown) => e,
        );

        expect(error).toBeInstanceOf(UpgradeBackupError);
        const message = (error as Error).message;
        expect(message).toContain(diskFull.message);
        expect(message).toMatch(/your data was left exactly as it was/);
        expect(message).toMatch(/Try again/);
        // Main's message says what to do; the screen does not say it a second time.
        expect(message.match(/Free some space/g)).toHaveLength(1);
        expect(error).toMatchObject({ from: version, to: CURRENT_SCHEMA_VERSION });
        // Not opened, not upgraded, not changed; nothing remembered, so the next start tries again.
        expect(db.isOpen()).toBe(false);
        expect(await storedVersion(name)).toBe(version * 10);
        expect(byKey(await readAsItIs(name, version))).toEqual(byKey(fixture.tables));
        expect(setup.storage.has(SCHEMA_VERSION_KEY)).toBe(false);
        expect(await backupFiles()).toEqual([]);

        // The next start, with room on the disk, backs up and upgrades.
        const retry = ports({ storage: setup.ports.storage ?? null });
        expect(await openDatabase(freshDb(name), retry.ports)).toMatchObject({ status: 'saved' });
        expect(await storedVersion(name)).toBe(CURRENT_SCHEMA_VERSION * 10);
      });

      it('when the cache wrongly says current: stops before any change, forgets the cache, starts again', async () => {
        const fixture = fixtureTables(file);
        const name = uniqueDbName(`stale-cache-v${version}`);
        await buildDatabaseAt(name, version, fixture.tables);
        const restart = vi.fn();
        const setup = ports({ restart });
        setup.storage.set(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION}:${name}`);
        expect(knownCurrent(name, setup.ports.storage)).toBe(true);
        // As db.ts declares it when the cache says current: the last version only, with no steps.
        const db = new LedgerDb(name, { versions: 'latest' });

        expect(await openDatabase(db, setup.ports)).toEqual({ status: 'cached' });
        await vi.waitFor(() => expect(restart).toHaveBeenCalledTimes(1));

        // Nothing ran: the version and every record are as they were.
        expect(db.isOpen()).toBe(false);
        expect(await storedVersion(name)).toBe(version * 10);
        expect(byKey(await readAsItIs(name, version))).toEqual(byKey(fixture.tables));
        expect(knownCurrent(name, setup.ports.storage)).toBe(false);

        // The start after the restart checks the real version, backs up, and upgrades with every step.
        const again = ports({ storage: setup.ports.storage ?? null });
        again.forDatabase(name);
        expect(await openDatabase(freshDb(name), again.ports)).toMatchObject({
          status: 'saved',
          from: version,
        });
        expect(await storedVersion(name)).toBe(CURRENT_SCHEMA_VERSION * 10);
      });
    });
  }

  it('refuses to upgrade when main skips the backup instead of saving it', async () => {
    const { version, file } = OLDER_FIXTURES[0] ?? { version: 0, file: '' };
    const name = uniqueDbName('pre-upgrade-skipped');
    await buildDatabaseAt(name, version, fixtureTables(file).tables);
    const setup = ports({ save: async () => ({ status: 'skipped', reason: 'unsupported' }) });
    await expect(openDatabase(freshDb(name), setup.ports)).rejects.toThrow(/did not take it: unsupported/);
    expect(await storedVersion(name)).toBe(version * 10);
  });

  it('does not open the database when its version cannot be read', async () => {
    const { version, file } = OLDER_FIXTURES[0] ?? { version: 0, file: '' };
    const name = uniqueDbName('version-unreadable');
    await buildDatabaseAt(name, version, fixtureTables(file).tables);
    const setup = ports({
      factory: { databases: () => Promise.reject(new Error('The storage is busy')) },
    });
    const db = freshDb(name);
    const error = await openDatabase(db, setup.ports).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpgradeBackupError);
    expect((error as Error).message).toContain('The storage is busy');
    expect(setup.save).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);
    expect(await storedVersion(name)).toBe(version * 10);
  });

  it('at the current version, as the cache says: no backup and no look at IndexedDB', async () => {
    const name = uniqueDbName('current');
    const existing = freshDb(name);
    await existing.profile.put({
      id: 'me',
      name: 'Ada',
      currentLevel: '',
      role: '',
      targetTrack: 'staff',
      targetDate: null,
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
    });
    existing.close();
    const setup = ports();
    setup.storage.set(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION}:${name}`);
    // As db.ts declares it when the cache says current: the last version only.
    const db = new LedgerDb(name, { versions: 'latest' });

    const opening = openDatabase(db, setup.ports);
    expect(await opening).toEqual({ status: 'cached' });
    await db.open();
    expect(await db.profile.count()).toBe(1);
    db.close();
    expect(setup.databases).not.toHaveBeenCalled();
    expect(setup.save).not.toHaveBeenCalled();
    expect(await backupFiles()).toEqual([]);
  });

  it('at the current version, as the cache says: opens when `openWhen` says, or at the first read', async () => {
    const name = uniqueDbName('current-open-later');
    await freshDb(name).open();
    freshDb(name).close();
    let openLater: (() => void) | null = null;
    const setup = ports({ openWhen: (open) => (openLater = open) });
    setup.storage.set(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION}:${name}`);
    const db = new LedgerDb(name, { versions: 'latest' });

    expect(await openDatabase(db, setup.ports)).toEqual({ status: 'cached' });
    expect(db.isOpen()).toBe(false);
    expect(openLater).not.toBeNull();
    // A read before then opens it (the start screen's, when nothing was remembered).
    expect(await db.profile.count()).toBe(0);
    expect(db.isOpen()).toBe(true);
    // The open asked for later finds it open, and changes nothing.
    openLater!();
    await vi.waitFor(() =>
      expect(setup.storage.get(SCHEMA_VERSION_KEY)).toBe(`${CURRENT_SCHEMA_VERSION}:${name}`),
    );
    expect(db.isOpen()).toBe(true);
    db.close();
    expect(setup.databases).not.toHaveBeenCalled();
    expect(setup.save).not.toHaveBeenCalled();
  });

  it('a wrong cache and an open left for later: a read first fails and changes nothing, then the open starts again', async () => {
    const { version, file } = OLDER_FIXTURES[0] ?? { version: 0, file: '' };
    const fixture = fixtureTables(file);
    const name = uniqueDbName('stale-cache-open-later');
    await buildDatabaseAt(name, version, fixture.tables);
    const restart = vi.fn();
    let openLater: (() => void) | null = null;
    const setup = ports({ restart, openWhen: (open) => (openLater = open) });
    setup.storage.set(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION}:${name}`);
    const db = new LedgerDb(name, { versions: 'latest' });

    expect(await openDatabase(db, setup.ports)).toEqual({ status: 'cached' });
    await expect(db.profile.count()).rejects.toThrow();
    expect(await storedVersion(name)).toBe(version * 10);
    expect(restart).not.toHaveBeenCalled();
    openLater!();
    await vi.waitFor(() => expect(restart).toHaveBeenCalledTimes(1));
    expect(db.isOpen()).toBe(false);
    expect(await storedVersion(name)).toBe(version * 10);
    expect(byKey(await readAsItIs(name, version))).toEqual(byKey(fixture.tables));
    expect(knownCurrent(name, setup.ports.storage)).toBe(false);
  });

  it('at the current version without the cache (a restored generation): checks, saves nothing, remembers', async () => {
    const name = uniqueDbName('current-uncached');
    await freshDb(name).open();
    freshDb(name).close();
    const setup = ports();
    const db = freshDb(name);
    expect(await openDatabase(db, setup.ports)).toEqual({
      status: 'current',
      version: CURRENT_SCHEMA_VERSION,
    });
    expect(setup.databases).toHaveBeenCalledTimes(1);
    expect(setup.save).not.toHaveBeenCalled();
    expect(setup.storage.get(SCHEMA_VERSION_KEY)).toBe(`${CURRENT_SCHEMA_VERSION}:${name}`);
  });

  it('a cache for another generation does not count for this one', async () => {
    const { version, file } = OLDER_FIXTURES[0] ?? { version: 0, file: '' };
    const name = uniqueDbName('other-generation');
    await buildDatabaseAt(name, version, fixtureTables(file).tables);
    const setup = ports();
    setup.storage.set(SCHEMA_VERSION_KEY, `${CURRENT_SCHEMA_VERSION}:${name}@1`);
    expect(await openDatabase(freshDb(name), setup.ports)).toMatchObject({ status: 'saved', from: version });
  });

  it('a new install (no database): no backup, the database is created at the current version', async () => {
    const name = uniqueDbName('new-install');
    const setup = ports();
    const db = freshDb(name);
    expect(await openDatabase(db, setup.ports)).toEqual({ status: 'new' });
    expect(setup.save).not.toHaveBeenCalled();
    expect(await backupFiles()).toEqual([]);
    expect(await storedVersion(name)).toBe(CURRENT_SCHEMA_VERSION * 10);
    expect(setup.storage.get(SCHEMA_VERSION_KEY)).toBe(`${CURRENT_SCHEMA_VERSION}:${name}`);
  });

  it('an older database without a single record: nothing to save, it upgrades', async () => {
    const { version } = OLDER_FIXTURES[0] ?? { version: 0 };
    const name = uniqueDbName('older-empty');
    await buildDatabaseAt(name, version, {});
    const setup = ports();
    const db = freshDb(name);
    expect(await openDatabase(db, setup.ports)).toEqual({
      status: 'empty',
      from: version,
      to: CURRENT_SCHEMA_VERSION,
    });
    expect(setup.save).not.toHaveBeenCalled();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('does not save a second copy when an earlier start saved one and the upgrade did not finish', async () => {
    const { version, file } = OLDER_FIXTURES[0] ?? { version: 0, file: '' };
    const name = uniqueDbName('saved-before');
    await buildDatabaseAt(name, version, fixtureTables(file).tables);
    const setup = ports();
    setup.storage.set(SCHEMA_VERSION_KEY, `${version}>${CURRENT_SCHEMA_VERSION}:${name}`);
    expect(await openDatabase(freshDb(name), setup.ports)).toEqual({
      status: 'saved-before',
      from: version,
      to: CURRENT_SCHEMA_VERSION,
    });
    expect(setup.save).not.toHaveBeenCalled();
    expect(await storedVersion(name)).toBe(CURRENT_SCHEMA_VERSION * 10);
  });
});

describe('backedUpTablesAt', () => {
  it('follows the steps: added tables join, deleted ones leave, derived ones are never backed up', () => {
    const steps = [
      { version: 1, stores: { a: 'id', b: 'id' } },
      { version: 2, stores: { derived: 'id', c: 'id' } },
      { version: 3, stores: { b: null, a: 'id, x' } },
    ];
    expect(backedUpTablesAt(steps, 1, ['derived'])).toEqual(['a', 'b']);
    expect(backedUpTablesAt(steps, 2, ['derived'])).toEqual(['a', 'b', 'c']);
    expect(backedUpTablesAt(steps, 3, ['derived'])).toEqual(['a', 'c']);
  });

  it('at the current version, lists exactly the tables a backup carries', async () => {
    const { TABLE_NAMES } = await import('@shared/types/tables');
    expect([...backedUpTablesAt(schemaVersions, CURRENT_SCHEMA_VERSION, DERIVED_TABLE_NAMES)].sort()).toEqual(
      [...TABLE_NAMES].sort(),
    );
  });
});
