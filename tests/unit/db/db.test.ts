import fc from 'fast-check';
import Dexie from 'dexie';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupStore, type BackupStore } from '@main/services/backup/backup-store';
import { freshDb, uniqueDbName } from '../support/fresh-db';
import { createBackup, parseBackup, serializeBackup } from '@shared/domain/backup';
import { backupText } from '@shared/domain/backup-content';
import { emptyAuditDigest } from '@shared/domain/audit-digest';
import { CARRIED_ANSWER_ID } from '@shared/domain/manager-loop';
import { CURRENT_SCHEMA_VERSION, migrateTables } from '@shared/domain/backup-migrations';
import { EMPTY_PROFILE_DRAFT } from '@shared/domain/profile';
import { emptyTableData, type TableData } from '@shared/types/entities';
import { TABLE_NAMES } from '@shared/types/tables';
import { LedgerDb, requestPersistentStorage } from '@renderer/db/db';
import { DERIVED_TABLE_NAMES, schemaVersions } from '@renderer/db/schema';
import { countAllTables, jsonSize, readAllTables, writeAllTables } from '@renderer/db/tables';
import { generateDataset } from '@scripts/dataset';
import { saveProfile } from '@renderer/features/profile/model/repo';
import { EDGE_NUMBERS, LONE_SURROGATES, PROTOTYPE_KEYS, tableDataArb } from '../support/arbitraries';
import { runs } from '../support/property';

const FIXTURES = join(import.meta.dirname, '../../fixtures/backups');

/** The schema version that added a backed-up table, where it is not the first. */
// managerAnswers is filled from version 1 on: every fixture's profile holds an answer, which version 8
// carries into the history.
const TABLE_SINCE: Partial<Record<(typeof TABLE_NAMES)[number], number>> = {
  tombstones: 3,
  handovers: 6,
  buyIns: 8,
  projects: 9,
  people: 10,
};

/**
 * A database written at schema `version` (that version's stores, and the upgrades up to it) holding
 * `tables` as that version wrote them, then opened by the app, which upgrades it to the current version.
 * Derived tables are not in backups: they start empty, as in a real database of that version.
 */
async function upgradedFrom(
  version: number,
  tables: Record<string, unknown[]>,
  label: string,
): Promise<LedgerDb> {
  const name = uniqueDbName(label);
  const old = new Dexie(name);
  for (const step of schemaVersions.filter((s) => s.version <= version)) {
    const v = old.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of old.tables.filter((t) => TABLE_NAMES.includes(t.name as never)))
      await table.bulkAdd(tables[table.name] ?? []);
  });
  old.close();
  const current = freshDb(name);
  await current.open();
  expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
  return current;
}

const byKey = (tables: TableData): TableData =>
  Object.fromEntries(
    TABLE_NAMES.map((name) => [
      name,
      [...tables[name]].sort((a, b) => {
        const ka = 'id' in a ? a.id : a.key;
        const kb = 'id' in b ? b.id : b.key;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      }),
    ]),
  ) as unknown as TableData;

describe('the Dexie schema', () => {
  it('has exactly one table per entity (and the derived tables), at the current schema version', async () => {
    const db = freshDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES, ...DERIVED_TABLE_NAMES].sort());
    expect(db.allTables().map((t) => t.name)).toEqual([...TABLE_NAMES]);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(schemaVersions.at(-1)?.version).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('declared with its last version only, has exactly the tables and indexes of every version in turn', async () => {
    const shape = (db: LedgerDb) =>
      db.tables
        .map((table) => ({
          name: table.name,
          key: table.schema.primKey.src,
          indexes: table.schema.indexes.map((index) => index.src).sort(),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    const everyVersion = freshDb();
    await everyVersion.open();
    const name = uniqueDbName('latest-only');
    const latest = new LedgerDb(name, { versions: 'latest' });
    await latest.open();
    try {
      expect(latest.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(shape(latest)).toEqual(shape(everyVersion));
      // And the stores IndexedDB made are the same.
      const stores = (db: LedgerDb) => [...db.backendDB().objectStoreNames].sort();
      expect(stores(latest)).toEqual(stores(everyVersion));
    } finally {
      latest.close();
      await Dexie.delete(name);
    }
  });

  it('lists versions in increasing order, each once', () => {
    const versions = schemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('indexes what the features query by', async () => {
    const db = freshDb();
    await db.open();
    expect(db.auditEntries.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['auditId', 'date', '[auditId+date]', 'importKey']),
    );
    // The evidence graph: links by competency, by checklist item, and by the record they point at.
    expect(db.evidence.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['competencyId', 'promotionItemId', 'date', '[ref.kind+ref.id]']),
    );
    expect(db.bragEntries.schema.indexes.map((i) => i.name)).not.toContain('competencyIds');
    // The delegation ledger: a handover's audit, and the open follow-ups due by a day.
    expect(db.handovers.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['auditId', '[status+followUpOn]']),
    );
    expect(db.settings.schema.primKey.name).toBe('key');
  });
});

let backups: BackupStore;
let backupsDir: string;
beforeAll(async () => {
  backupsDir = await mkdtemp(join(tmpdir(), 'gl-db-backups-'));
  backups = createBackupStore({ dir: backupsDir });
});
afterAll(() => rm(backupsDir, { recursive: true, force: true }));

/**
 * The whole way a backup goes: read every table from a real database, write the backup text, have main
 * check it and save it as a file, read that file back, check it again and restore it into a second
 * database. Returns what the second database then holds.
 */
async function exportThenImport(tables: TableData): Promise<TableData> {
  const source = freshDb();
  await writeAllTables(source, tables);
  const text = serializeBackup(
    await createBackup(await readAllTables(source), {
      appVersion: 't',
      createdAt: new Date(0).toISOString(),
    }),
  );
  const saved = await backups.save(text, 'manual', new Date(0));
  if (saved.status !== 'saved') throw new Error(`backup not saved: ${saved.reason}`);
  const parsed = await parseBackup(backupText(await backups.read(saved.fileName)));
  if (!parsed.ok) throw parsed.error;
  const target = freshDb();
  await writeAllTables(target, parsed.backup.tables);
  return readAllTables(target);
}

describe('whole-database backup and restore', () => {
  it('export → import gives identical data, through a real database (property)', async () => {
    await fc.assert(
      fc.asyncProperty(tableDataArb, async (tables) => {
        expect(byKey(await exportThenImport(tables))).toEqual(byKey(tables));
      }),
      { numRuns: runs(25) },
    );
  });

  it('writes a new database in batches, each its own transaction, and every record once', async () => {
    const db = freshDb();
    const tables = emptyTableData();
    for (let i = 0; i < 30; i += 1) {
      tables.decisions.push({
        id: `d${i}`,
        date: '2026-11-20',
        statement: 'x'.repeat(100),
        framing: 'technical-direction',
        energising: true,
        createdAt: '2026-11-20T10:00:00.000Z',
        updatedAt: '2026-11-20T10:00:00.000Z',
      });
    }
    const batches: number[] = [];
    // About 250 characters a record: batches of up to 1,000 characters hold four records each.
    await writeAllTables(db, tables, { batchChars: 1_000, onBatch: (records) => batches.push(records) });
    expect(batches).toEqual([4, 4, 4, 4, 4, 4, 4, 2]);
    expect(byKey(await readAllTables(db))).toEqual(byKey(tables));
  });

  it('stops at a record the database refuses (the restore then deletes the unfinished database)', async () => {
    const db = freshDb();
    const incoming = emptyTableData();
    const entry = {
      id: 'dup',
      date: '2026-11-02',
      title: 'A',
      impact: '',
      numbers: '',
      link: '',
      kind: 'delivery' as const,
      competencyIds: [],
      createdAt: '2026-11-02T10:00:00.000Z',
      updatedAt: '2026-11-02T10:00:00.000Z',
    };
    incoming.bragEntries.push(entry, { ...entry });
    await expect(writeAllTables(db, incoming)).rejects.toThrow();
  });

  it('counts every table', async () => {
    const db = freshDb();
    await saveProfile(db, { ...EMPTY_PROFILE_DRAFT, name: 'Ada' }, new Date());
    const counts = await countAllTables(db);
    expect(Object.keys(counts).sort()).toEqual([...TABLE_NAMES].sort());
    expect(counts.profile).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b)).toBe(1);
  });
});

/**
 * Named regression examples for the round trip: each value here was, or is close to, a counterexample
 * that a property run found. Every one goes through the real database, main's backup store and a file.
 */
describe('jsonSize (how a restore sizes its batches without building JSON)', () => {
  it('is within a few percent of the JSON length, over every table of a seeded year of data', () => {
    const data = generateDataset({ years: 0.25, seed: 7, end: '2026-12-01' });
    for (const name of TABLE_NAMES) {
      const records: readonly unknown[] = data[name];
      if (records.length === 0) continue;
      const exact = records.reduce<number>((sum, record) => sum + JSON.stringify(record).length, 0);
      const approx = records.reduce<number>((sum, record) => sum + jsonSize(record), 0);
      expect(approx / exact, name).toBeGreaterThan(0.9);
      expect(approx / exact, name).toBeLessThan(1.2);
    }
  });

  it('property: never far from the JSON length of any stored record', () => {
    fc.assert(
      fc.property(tableDataArb, (tables) => {
        for (const name of TABLE_NAMES) {
          for (const record of tables[name] as readonly unknown[]) {
            const exact = JSON.stringify(record).length;
            const approx = jsonSize(record);
            // Strings count without their escapes and every number as 8 characters: a record is sized
            // within half and twice its length, which is all a batch boundary needs.
            expect(approx).toBeGreaterThan(exact / 2);
            expect(approx).toBeLessThan(exact * 2);
          }
        }
      }),
      { numRuns: runs(25) },
    );
  });
});

describe('backup round trip keeps every stored value', () => {
  const MEGABYTE_STRING = 'x'.repeat(1024 * 1024);

  async function roundTripSettings(values: [key: string, value: unknown][]) {
    const tables = emptyTableData();
    tables.settings.push(...values.map(([key, value]) => ({ key, value }) as TableData['settings'][number]));
    const back = await exportThenImport(tables);
    return new Map(back.settings.map((row) => [row.key, row.value as unknown]));
  }

  it('keeps a settings value {"__proto__": ""} (found by a property run, issue 11)', async () => {
    const value = JSON.parse('{"__proto__": ""}') as unknown;
    const back = (await roundTripSettings([['x', value]])).get('x') as object;
    expect(Object.keys(back)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toBe('');
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });

  it.each(PROTOTYPE_KEYS)('keeps own keys named %s, nested, without changing any prototype', async (key) => {
    const value = JSON.parse(
      `{"${key}": {"${key}": {"polluted": true}}, "list": [{"${key}": 1}]}`,
    ) as unknown;
    const back = await roundTripSettings([[key, value]]);
    const restored = back.get(key) as Record<string, unknown>;
    expect(JSON.stringify(restored)).toBe(JSON.stringify(value));
    expect(Object.keys(restored)).toEqual([key, 'list']);
    expect(Object.getPrototypeOf(restored)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps lone surrogates in keys and strings', async () => {
    const value = Object.fromEntries(LONE_SURROGATES.map((s, i) => [s, [s, `${i}${s}`]]));
    const back = await roundTripSettings([['\ud800key', value]]);
    expect(back.get('\ud800key')).toEqual(value);
  });

  it('keeps -0, at the top and nested', async () => {
    const back = await roundTripSettings([
      ['zero', -0],
      ['nested', { a: -0, b: [0, -0] }],
      ['marker-like', '\u0000negative-zero-0\u0000'],
    ]);
    expect(Object.is(back.get('zero'), -0)).toBe(true);
    const nested = back.get('nested') as { a: number; b: number[] };
    expect(Object.is(nested.a, -0)).toBe(true);
    expect(Object.is(nested.b[0], 0)).toBe(true);
    expect(Object.is(nested.b[1], -0)).toBe(true);
    // A string that looks like the writer's marker stays a string.
    expect(back.get('marker-like')).toBe('\u0000negative-zero-0\u0000');
  });

  it('keeps numbers at the edges of a double', async () => {
    const back = await roundTripSettings(EDGE_NUMBERS.map((n, i) => [`n${i}`, n]));
    EDGE_NUMBERS.forEach((n, i) => expect(Object.is(back.get(`n${i}`), n)).toBe(true));
  });

  it('keeps a 1 MB string, alone and inside an object', async () => {
    const back = await roundTripSettings([
      ['big', MEGABYTE_STRING],
      ['big-nested', { note: MEGABYTE_STRING, other: [MEGABYTE_STRING.slice(1)] }],
    ]);
    expect(back.get('big')).toBe(MEGABYTE_STRING);
    expect((back.get('big-nested') as { note: string }).note).toBe(MEGABYTE_STRING);
  });
});

/**
 * The upgrade convention: every schema version N has a fixture backup tests/fixtures/backups/schema-vN.json
 * and a database written with that version's stores. Both must open and restore in the current schema
 * with nothing lost. A new version adds its fixture; this loop then covers the upgrade from it.
 */
describe('upgrades from every schema version', () => {
  for (const { version } of schemaVersions) {
    it(`restores the schema-v${version} fixture backup into the current schema`, async () => {
      const parsed = await parseBackup(await readFile(join(FIXTURES, `schema-v${version}.json`), 'utf8'));
      if (!parsed.ok) throw parsed.error;
      const db = freshDb();
      await writeAllTables(db, parsed.backup.tables);
      const counts = await countAllTables(db);
      // A table is filled from the version that added it; an older backup's copy of it is empty.
      for (const name of TABLE_NAMES) {
        if (version >= (TABLE_SINCE[name] ?? 1)) expect(counts[name], name).toBeGreaterThan(0);
        else expect(counts[name], name).toBe(0);
      }
    });

    it(`opens a database written at schema v${version} and keeps its data`, async () => {
      const text = await readFile(join(FIXTURES, `schema-v${version}.json`), 'utf8');
      const parsed = await parseBackup(text);
      if (!parsed.ok) throw parsed.error;
      // The database holds the records as that version wrote them (the fixture's own), and its upgrades
      // must leave them as the backup migrations do (the parsed backup).
      const raw = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
      const current = await upgradedFrom(version, raw, `upgrade-from-v${version}`);
      expect(byKey(await readAllTables(current))).toEqual(byKey(parsed.backup.tables));
    });
  }
});

describe('derived tables (schema v2: auditTotals)', () => {
  const totals = (auditId: string) => ({
    auditId,
    version: 1,
    startDate: '2026-01-05',
    weeks: 4,
    categories: [],
  });

  it('upgrading a v1 database adds an empty auditTotals table and keeps every record', async () => {
    const text = await readFile(join(FIXTURES, 'schema-v1.json'), 'utf8');
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw parsed.error;
    // Written as that version wrote them; upgraded, they must equal the migrated backup.
    const raw = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
    const current = await upgradedFrom(1, raw, 'upgrade-v1-totals');
    expect(await current.auditTotals.count()).toBe(0);
    expect(current.auditTotals.schema.primKey.name).toBe('auditId');
    expect(byKey(await readAllTables(current))).toEqual(byKey(parsed.backup.tables));
  });

  it('are left out of backups', async () => {
    const db = freshDb();
    await db.auditTotals.put(totals('a1'));
    const read = await readAllTables(db);
    expect(Object.keys(read).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.keys(await countAllTables(db))).not.toContain('auditTotals');
  });
});

describe('derived tables (schema v11: auditDigests)', () => {
  it('upgrading a v10 database adds an empty auditDigests table and keeps every record', async () => {
    const text = await readFile(join(FIXTURES, 'schema-v10.json'), 'utf8');
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw parsed.error;
    const raw = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
    const current = await upgradedFrom(10, raw, 'upgrade-v10-digests');
    expect(await current.auditDigests.count()).toBe(0);
    expect(current.auditDigests.schema.primKey.name).toBe('auditId');
    expect(byKey(await readAllTables(current))).toEqual(byKey(parsed.backup.tables));
  });

  it('are left out of backups', async () => {
    const db = freshDb();
    await db.auditDigests.put(emptyAuditDigest({ id: 'a1', startDate: '2026-01-05', weeks: 4 }));
    expect(Object.keys(await readAllTables(db)).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.keys(await countAllTables(db))).not.toContain('auditDigests');
  });
});

describe('tombstones (schema v3)', () => {
  it('upgrading a v2 database adds an empty tombstones table, and the v2 backup migrates to match', async () => {
    const text = await readFile(join(FIXTURES, 'schema-v2.json'), 'utf8');
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw parsed.error;
    // Written as that version wrote them; upgraded, they must equal the migrated backup.
    const raw = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
    // The migrated v2 backup carries an empty tombstones table (the migration 2 → 3) and every record.
    expect(parsed.backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(parsed.backup.tables.tombstones).toEqual([]);
    const name = uniqueDbName('upgrade-v2-tombstones');
    const old = new Dexie(name);
    for (const step of schemaVersions.filter((s) => s.version <= 2))
      old.version(step.version).stores(step.stores);
    await old.open();
    expect(old.tables.map((t) => t.name)).not.toContain('tombstones');
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables.filter((t) => TABLE_NAMES.includes(t.name as never)))
        await table.bulkAdd(raw[table.name] ?? []);
    });
    old.close();

    const current = freshDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(current.tombstones.schema.primKey.name).toBe('id');
    expect(await current.tombstones.count()).toBe(0);
    expect(byKey(await readAllTables(current))).toEqual(byKey(parsed.backup.tables));
  });

  it('are backed up, and a backup with a tombstone that does not match its record is refused', async () => {
    const parsed = await parseBackup(await readFile(join(FIXTURES, 'schema-v3.json'), 'utf8'));
    if (!parsed.ok) throw parsed.error;
    expect(parsed.backup.tables.tombstones.map((t) => t.id)).toEqual([
      'bragEntries:br2',
      'settings:journal.lastView',
    ]);
    const tables = { ...parsed.backup.tables };
    tables.tombstones = [{ ...tables.tombstones[0]!, recordId: 'br3' }];
    const text = serializeBackup(
      await createBackup(tables, { appVersion: '0.3.0', createdAt: '2026-12-02T10:00:00.000Z' }),
    );
    const refused = await parseBackup(text);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('<table>:<recordId>');
  });
});

describe('Today’s indexes (schema v4)', () => {
  it('upgrading a v3 database indexes its retros by status and end date, its actions by status and due date', async () => {
    // The v4 fixture's records (v3's plus a draft retro and an action to do), written at version 3.
    const text = await readFile(join(FIXTURES, 'schema-v4.json'), 'utf8');
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw parsed.error;
    // Written as that version wrote them; upgraded, they must equal the migrated backup.
    const raw = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
    const current = await upgradedFrom(3, raw, 'upgrade-v3-indexes');
    const drafts = await current.retros
      .where('[status+endDate]')
      .between(['draft', ''], ['draft', '\uffff'])
      .primaryKeys();
    expect(drafts).toEqual(['rt2']);
    const toDo = await current.actions
      .where('[status+dueDate]')
      .between(['todo', ''], ['todo', '2026-12-31'], true, true)
      .primaryKeys();
    expect(toDo).toEqual(['ac2']);
    expect(byKey(await readAllTables(current))).toEqual(byKey(parsed.backup.tables));
  });
});

describe('profile repository', () => {
  it('creates the profile once and keeps createdAt on later saves', async () => {
    const db = freshDb();
    const first = await saveProfile(
      db,
      { ...EMPTY_PROFILE_DRAFT, name: ' Ada ' },
      new Date('2026-11-01T10:00:00Z'),
    );
    const second = await saveProfile(
      db,
      { ...EMPTY_PROFILE_DRAFT, name: 'Ada L.', targetTrack: 'em' },
      new Date('2026-11-05T10:00:00Z'),
    );
    expect(first.name).toBe('Ada');
    expect(second.createdAt).toBe('2026-11-01T10:00:00.000Z');
    expect(second.updatedAt).toBe('2026-11-05T10:00:00.000Z');
    expect(await db.profile.count()).toBe(1);
  });

  it('refuses an invalid profile and writes nothing', async () => {
    const db = freshDb();
    await expect(
      saveProfile(db, { ...EMPTY_PROFILE_DRAFT, targetDate: '2026-13-01' }, new Date()),
    ).rejects.toThrow();
    expect(await db.profile.count()).toBe(0);
  });
});

describe('persistent storage', () => {
  it('asks for persistence only when not already granted', async () => {
    let asked = 0;
    expect(
      await requestPersistentStorage({ persisted: async () => true, persist: async () => (asked++, true) }),
    ).toBe(true);
    expect(asked).toBe(0);
    expect(
      await requestPersistentStorage({ persisted: async () => false, persist: async () => (asked++, false) }),
    ).toBe(false);
    expect(asked).toBe(1);
  });
});

describe('the evidence graph (schema v5)', () => {
  it('upgrading a v4 database turns tags and checklist lists into links, none lost and none twice', async () => {
    // The v4 fixture as a v4 database holds it: an evidence note on brag entry br1 for cp1, and br1 also
    // tagged with cp1; tagged retros and feedback; a checklist item listing br1.
    const text = await readFile(join(FIXTURES, 'schema-v4.json'), 'utf8');
    const raw = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
    const current = await upgradedFrom(4, raw, 'upgrade-v4-evidence');
    const links = await current.evidence.toArray();
    const pairs = links
      .map(
        (l) =>
          `${l.ref ? `${l.ref.kind}:${l.ref.id}` : 'note'} -> ${l.competencyId ?? `checklist ${l.promotionItemId}`}`,
      )
      .sort();
    expect(pairs).toEqual([
      'brag:br1 -> checklist pi1',
      'brag:br1 -> cp1',
      'feedback:fb1 -> cp1',
      'retro:rt1 -> cp1',
      'retro:rt2 -> cp1',
    ]);
    expect(links.find((l) => l.id === 'ev1')?.note).toBe('Led the review');
    for (const record of [
      ...(await current.retros.toArray()),
      ...(await current.bragEntries.toArray()),
      ...(await current.feedback.toArray()),
    ])
      expect(record).not.toHaveProperty('competencyIds');
    for (const item of await current.promotionItems.toArray()) expect(item).not.toHaveProperty('evidence');
    // The new indexes answer: links of a record, of a competency, of a checklist item.
    expect(await current.evidence.where('[ref.kind+ref.id]').equals(['brag', 'br1']).count()).toBe(2);
    expect(await current.evidence.where('competencyId').equals('cp1').count()).toBe(4);
    expect(await current.evidence.where('promotionItemId').equals('pi1').count()).toBe(1);

    // The same backup restored through the backup migration holds exactly the same records.
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw parsed.error;
    expect(byKey(await readAllTables(current))).toEqual(byKey(parsed.backup.tables));
  });
});

describe('the delegation ledger (schema v6)', () => {
  it('upgrading a v5 database adds an empty handovers table, as the backup migration does', async () => {
    const text = await readFile(join(FIXTURES, 'schema-v5.json'), 'utf8');
    const raw = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
    const current = await upgradedFrom(5, raw, 'upgrade-v5-handovers');
    expect(await current.handovers.count()).toBe(0);
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw parsed.error;
    expect(parsed.backup.tables.handovers).toEqual([]);
    expect(byKey(await readAllTables(current))).toEqual(byKey(parsed.backup.tables));
  });

  it('finds the open follow-ups due by a day through [status+followUpOn], and a handover by its audit', async () => {
    const parsed = await parseBackup(await readFile(join(FIXTURES, 'schema-v6.json'), 'utf8'));
    if (!parsed.ok) throw parsed.error;
    const db = freshDb();
    await writeAllTables(db, parsed.backup.tables);
    const due = await db.handovers
      .where('[status+followUpOn]')
      .between(['open', ''], ['open', '2026-03-20'], true, true)
      .primaryKeys();
    expect(due).toEqual(['ho-open']);
    expect(
      await db.handovers
        .where('[status+followUpOn]')
        .between(['open', ''], ['open', '2026-03-19'], true, true)
        .count(),
    ).toBe(0);
    expect((await db.handovers.where('auditId').equals('au1').primaryKeys()).sort()).toEqual([
      'ho-done',
      'ho-open',
    ]);
  });
});

describe('built-in framework versions and the Staff archetype (schema v7)', () => {
  it('upgrading a v6 database records version 1 of the built-in framework, no archetype, and the built-in competencies still named as shipped', async () => {
    const text = await readFile(join(FIXTURES, 'schema-v6.json'), 'utf8');
    const raw = (JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> }).tables;
    // A second competency of the copy that kept its shipped name (in another case), and a framework of
    // the user's own, as a v6 database holds them: without the fields version 7 added.
    const kept = { ...raw.competencies![0], id: 'cp-amb', name: '  handling AMBIGUITY ', order: 1 };
    const own = { ...raw.frameworks![0], id: 'fw-own', name: 'Mine', builtInKey: null, track: 'custom' };
    const v6Tables: Record<string, Record<string, unknown>[]> = {
      ...raw,
      frameworks: [...raw.frameworks!, own],
      competencies: [...raw.competencies!, kept, { ...kept, id: 'cp-own', frameworkId: 'fw-own' }],
    };
    const current = await upgradedFrom(6, v6Tables, 'upgrade-v6-framework-versions');
    const frameworks = new Map((await current.frameworks.toArray()).map((f) => [f.id, f]));
    expect(frameworks.get('fw1')).toMatchObject({ builtInVersion: 1, archetype: null });
    expect(frameworks.get('fw-own')).toMatchObject({ builtInVersion: null, archetype: null });
    const keys = Object.fromEntries((await current.competencies.toArray()).map((c) => [c.id, c.builtInKey]));
    // Renamed by the user ('Technical direction'): theirs now. Kept its name: matched. Not a copy: none.
    expect(keys).toEqual({ cp1: null, 'cp-amb': 'ambiguity', 'cp-own': null });
    // Every record is valid in the current schema, and the backup migration gives the same.
    const migrated = migrateTables(v6Tables, 6) as unknown as TableData;
    expect(byKey(await readAllTables(current))).toEqual(byKey(migrated));
  });
});

describe('the manager loop (schema v8)', () => {
  it('upgrading a v7 database moves the profile’s answer into the history, as the backup migration does', async () => {
    const text = await readFile(join(FIXTURES, 'schema-v7.json'), 'utf8');
    const raw = (JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> }).tables;
    const current = await upgradedFrom(7, raw, 'upgrade-v7-manager-loop');
    const profile = await current.profile.get('me');
    expect(profile).toBeDefined();
    expect(profile).not.toHaveProperty('excellentAnswer');
    expect(profile).not.toHaveProperty('excellentAnsweredOn');
    expect(await current.managerAnswers.toArray()).toEqual([
      {
        id: CARRIED_ANSWER_ID,
        askedOn: '2026-02-20',
        answer: 'Drive the payments re-architecture.',
        concrete: null,
        nextStep: '',
        createdAt: raw.profile![0]!.updatedAt,
        updatedAt: raw.profile![0]!.updatedAt,
      },
    ]);
    expect(await current.buyIns.count()).toBe(0);
    const migrated = migrateTables(raw, 7) as unknown as TableData;
    expect(byKey(await readAllTables(current))).toEqual(byKey(migrated));
  });
});
