import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_ID,
  countRecords,
  createBackup,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  nestingDepth,
  parseBackup,
  restorePreview,
  serializeBackup,
  sha256Hex,
  type BackupProblemCode,
  type BackupProgress,
} from '@shared/domain/backup';
import {
  BackupContentError,
  backupContent,
  backupText,
  packBackup,
  unpackBackup,
} from '@shared/domain/backup-content';
import { CURRENT_SCHEMA_VERSION, migrateTables } from '@shared/domain/backup-migrations';
import { emptyTableData, type TableData } from '@shared/types/entities';
import { TABLE_LABELS, TABLE_NAMES } from '@shared/types/tables';
import { danglingReference, REFERENCES } from '@shared/domain/backup-references';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableDataArb } from '../support/arbitraries';
import { runs } from '../support/property';

const META = { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' };

function sampleTables(): TableData {
  const tables = emptyTableData();
  tables.profile.push({
    id: 'me',
    name: 'Ada',
    currentLevel: 'E5',
    role: 'Senior engineer',
    targetTrack: 'staff',
    targetDate: '2027-06-30',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  });
  tables.decisions.push({
    id: 'd1',
    date: '2026-11-20',
    statement: 'My impact comes from technical direction.',
    framing: 'technical-direction',
    energising: true,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
  });
  return tables;
}

async function sampleText(tables = sampleTables()) {
  return serializeBackup(await createBackup(tables, META));
}

async function expectProblem(text: string, code: BackupProblemCode, message: RegExp) {
  const result = await parseBackup(text);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  }
}

/** Rewrites a backup's tables and recomputes a matching checksum, so only record validation can object. */
async function withTables(text: string, edit: (tables: Record<string, unknown[]>) => void): Promise<string> {
  const envelope = JSON.parse(text) as { tables: Record<string, unknown[]>; checksum: { value: string } };
  edit(envelope.tables);
  envelope.checksum.value = await sha256Hex(JSON.stringify(envelope.tables));
  return JSON.stringify(envelope);
}

describe('backup format', () => {
  it('round-trips any valid database exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(tableDataArb, async (tables) => {
        const text = serializeBackup(await createBackup(tables, META));
        const parsed = await parseBackup(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.backup.tables).toEqual(tables);
      }),
      { numRuns: runs(150) },
    );
  });

  it('writes the envelope fields the format promises', async () => {
    const backup = await createBackup(sampleTables(), META);
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT_ID,
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
      createdAt: META.createdAt,
      checksum: { algorithm: 'sha-256' },
    });
    expect(backup.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(backup.tables)).toEqual(TABLE_NAMES);
    expect(countRecords(backup.tables)).toBe(2);
  });

  it('computes sha-256 like everyone else', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('refuses an empty file', () => expectProblem('  \n', 'empty', /empty/));
  it('refuses malformed JSON', () => expectProblem('{"format": "growth', 'not-json', /not valid JSON/));
  it('refuses a truncated backup', async () => {
    const text = await sampleText();
    await expectProblem(text.slice(0, text.length - 40), 'not-json', /truncated/);
  });
  it('refuses JSON that is not a backup', () =>
    expectProblem('[1,2,3]', 'not-a-backup', /not a Growth Ledger backup/));
  it('refuses another app’s file', () =>
    expectProblem('{"format":"other","formatVersion":1}', 'not-a-backup', /not a Growth Ledger/));
  it('refuses a newer format version', async () => {
    const text = (await sampleText()).replace('"formatVersion": 1', '"formatVersion": 2');
    await expectProblem(text, 'newer-format', /format version 2.*newer Growth Ledger/);
  });
  it('refuses a newer schema version', async () => {
    const [current, newer] = [CURRENT_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION + 1];
    const text = (await sampleText()).replace(`"schemaVersion": ${current}`, `"schemaVersion": ${newer}`);
    await expectProblem(text, 'newer-schema', new RegExp(`data version ${newer}.*up to version ${current}`));
  });
  it('refuses a damaged header', async () => {
    const text = (await sampleText()).replace(
      '"createdAt": "2026-11-28T10:00:00.000Z"',
      '"createdAt": "yesterday"',
    );
    await expectProblem(text, 'bad-envelope', /header is damaged \(createdAt/);
  });
  it('refuses a tampered record (checksum mismatch)', async () => {
    const text = (await sampleText()).replace('"role": "Senior engineer"', '"role": "Senior engineer!"');
    await expectProblem(text, 'checksum-mismatch', /checksum does not match/);
  });
  // Found by the hostile-backup run (tests/reliability/backups.test.ts, case 9628, "missing
  // bragEntries.competencyIds"): a field a migration consumes was not checked, because the record is
  // validated only after the migration has dropped it.
  it('refuses an older record without a field a migration consumes (regression: case 9628)', async () => {
    const v4 = await readFile(join(import.meta.dirname, '../../fixtures/backups/schema-v4.json'), 'utf8');
    const withoutTags = await withTables(v4, (tables) => {
      delete (tables.bragEntries![0] as Record<string, unknown>).competencyIds;
    });
    await expectProblem(
      withoutTags,
      'invalid-record',
      /^Brag entries, record 1: competencyIds: is missing\. The file was edited or damaged/,
    );
    const v7 = await readFile(join(import.meta.dirname, '../../fixtures/backups/schema-v7.json'), 'utf8');
    const withoutAnswer = await withTables(v7, (tables) => {
      delete (tables.profile![0] as Record<string, unknown>).excellentAnswer;
    });
    await expectProblem(withoutAnswer, 'invalid-record', /^Profile, record 1: excellentAnswer: is missing\./);
    // The same files whole are accepted.
    expect((await parseBackup(v4)).ok).toBe(true);
    expect((await parseBackup(v7)).ok).toBe(true);
  });
  it('refuses a tampered checksum', async () => {
    const text = (await sampleText()).replace(/"value": "[0-9a-f]{64}"/, `"value": "${'0'.repeat(64)}"`);
    await expectProblem(text, 'checksum-mismatch', /changed or damaged/);
  });
  it('refuses an invalid record and names table, record and field', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      (tables.decisions![0] as { framing: string }).framing = 'both';
    });
    await expectProblem(text, 'invalid-record', /^Decision statements, record 1: framing: /);
  });
  it('refuses a record with an unknown field', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      (tables.profile![0] as Record<string, unknown>).isAdmin = true;
    });
    await expectProblem(text, 'invalid-record', /Profile, record 1/);
  });
  it('refuses an impossible calendar date', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      (tables.decisions![0] as { date: string }).date = '2026-02-30';
    });
    await expectProblem(text, 'invalid-record', /date: not a real calendar date/);
  });
  it('refuses an unknown table', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      tables.secrets = [{ id: 'x' }];
    });
    await expectProblem(text, 'bad-envelope', /tables this app does not know: secrets/);
  });
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses an extra table named %s instead of dropping it',
    async (name) => {
      const text = await withTables(await sampleText(), (tables) => {
        // defineProperty: plain assignment of "__proto__" would set the prototype, not add a table.
        Object.defineProperty(tables, name, { value: [{ id: 'x' }], enumerable: true, writable: true });
      });
      expect(text).toContain(`"${name}":[{"id":"x"}]`);
      await expectProblem(text, 'bad-envelope', new RegExp(`tables this app does not know: ${name}`));
    },
  );
  it('refuses a record with an own "__proto__" field', async () => {
    const text = (await sampleText()).replace(
      '"name": "Ada",',
      '"name": "Ada", "__proto__": {"isAdmin": true},',
    );
    const withChecksum = await withTables(text, () => undefined);
    await expectProblem(withChecksum, 'invalid-record', /Profile, record 1/);
  });
  // Issue 14, item 3: the checksum walked the data recursively and threw "Maximum call stack size exceeded".
  it.each([
    ['a setting’s value', '"settings":[', (deep: string) => `"settings":[{"key":"deep","value":${deep}}`],
    ['a record’s field', '"name":"Ada",', (deep: string) => `"name":"Ada","notes":${deep},`],
    ['the envelope', '"tables":{', (deep: string) => `"extra":${deep},"tables":{`],
  ])(
    'refuses data nested 100,000 levels deep in %s with a message, never a stack overflow',
    async (_, at, put) => {
      const text = JSON.stringify(JSON.parse(await sampleText()));
      expect(text).toContain(at);
      const deep = '['.repeat(100_000) + '1' + ']'.repeat(100_000);
      await expectProblem(
        text.replace(at, put(deep)),
        'too-deep',
        /more than 64 levels deep.*Choose a backup/,
      );
    },
  );
  it('accepts a setting nested to the depth limit, and refuses one level more', async () => {
    // envelope → tables → settings → record → value: the value's own levels start at 5.
    const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    const text = async (levels: number) =>
      withTables(await sampleText(), (tables) => {
        tables.settings = [{ key: 'deep', value: JSON.parse(nested(levels)) as unknown }];
      });
    const within = await parseBackup(await text(MAX_BACKUP_DEPTH - 4));
    expect(within.ok).toBe(true);
    await expectProblem(await text(MAX_BACKUP_DEPTH - 3), 'too-deep', /more than 64 levels/);
  });
  it('nestingDepth counts levels without recursion and stops past its limit', () => {
    expect(nestingDepth(1)).toBe(0);
    expect(nestingDepth(null)).toBe(0);
    expect(nestingDepth([])).toBe(1);
    expect(nestingDepth({ a: [1, { b: 'x' }], c: {} })).toBe(3);
    let deep: unknown = 0;
    for (let i = 0; i < 1_000_000; i += 1) deep = [deep];
    expect(nestingDepth(deep)).toBe(1_000_000);
    expect(nestingDepth(deep, 10)).toBe(11);
  });
  // Issue 14, item 4: an audit starting 9999-12-31 passed, then broke the weekly reflection screen.
  it.each([
    [
      'startDate',
      '9999-12-31',
      /Calendar audits, record 1: startDate: expected a date between 1900 and 2199/,
    ],
    [
      'startDate',
      '1899-12-31',
      /Calendar audits, record 1: startDate: expected a date between 1900 and 2199/,
    ],
    [
      'createdAt',
      '9999-12-31T00:00:00.000Z',
      /Calendar audits, record 1: createdAt: expected a date between 1900/,
    ],
  ])('refuses an audit whose %s is %s, naming the record and the field', async (field, value, message) => {
    const text = await withTables(await sampleText(), (tables) => {
      tables.audits = [
        {
          id: 'a1',
          startDate: '2026-01-05',
          weeks: 4,
          status: 'finished',
          createdAt: '2026-01-05T09:00:00.000Z',
          updatedAt: '2026-01-05T09:00:00.000Z',
          [field]: value,
        },
      ];
    });
    await expectProblem(text, 'invalid-record', message);
  });
  // Issue 14, item 1: duplicate ids passed the check and showed a normal preview, then failed at apply.
  it('refuses two records with the same id in one table, naming both, before any preview', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      const decision = tables.decisions?.[0] as Record<string, unknown>;
      tables.decisions = [decision, { ...decision, statement: 'A second one' }];
    });
    await expectProblem(
      text,
      'invalid-record',
      /Decision statements, record 2: its id "d1" is also the id of record 1, and each record needs its own\..*choose another backup/,
    );
  });
  it('refuses two settings with the same key', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      tables.settings = [
        { key: 'theme', value: 'dark' },
        { key: 'theme', value: 'light' },
      ];
    });
    await expectProblem(text, 'invalid-record', /record 2: its key "theme" is also the key of record 1/);
  });
  it('accepts the same id in different tables', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      tables.promotionItems = [
        {
          id: 'd1',
          title: 'Lead a cross-team design',
          status: 'todo',
          note: '',
          order: 0,
          createdAt: '2026-11-20T09:00:00.000Z',
          updatedAt: '2026-11-20T09:00:00.000Z',
        },
      ];
    });
    const parsed = await parseBackup(text);
    expect(parsed.ok ? null : parsed.error.message).toBeNull();
  });
  // Issue 14, item 5: a real backup whose version field was damaged was called "not a Growth Ledger backup".
  it.each(['"formatVersion": "one"', '"formatVersion": 0', '"formatVersion": 1.5', '"formatVersion": null'])(
    'calls a backup with a damaged format version (%s) damaged, not foreign',
    async (damaged) => {
      const text = (await sampleText()).replace('"formatVersion": 1', damaged);
      await expectProblem(
        text,
        'bad-envelope',
        /format version is missing or damaged.*choose another backup/,
      );
    },
  );
  // Issue 14, item 5: zod's generic "Invalid input" said neither what was wrong nor what to do.
  it.each<[string, (record: Record<string, unknown>) => void, RegExp]>([
    ['a missing field', (r) => delete r.statement, /statement: is missing\./],
    ['a wrong type', (r) => (r.energising = 'yes'), /energising: should be true or false, not text\./],
    ['a value outside a list', (r) => (r.framing = 'both'), /framing: should be one of "/],
    [
      'an over-long text',
      (r) => (r.statement = 'x'.repeat(501)),
      /statement: should be at most 500 characters long/,
    ],
  ])('names %s in plain words and says what to do', async (_, edit, message) => {
    const text = await withTables(await sampleText(), (tables) =>
      edit(tables.decisions?.[0] as Record<string, unknown>),
    );
    const result = await parseBackup(text);
    const said = result.ok ? '' : result.error.message;
    expect(said).toMatch(message);
    expect(said).not.toMatch(/Invalid (input|option)|received|expected \w+, /);
    expect(said).toMatch(/choose another backup/);
  });
  it('names the accepted values of a fixed-value field (an audit lasts 4, 5 or 6 weeks)', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      tables.audits = [
        {
          id: 'a1',
          startDate: '2026-01-05',
          weeks: 9,
          status: 'active',
          createdAt: META.createdAt,
          updatedAt: META.createdAt,
        },
      ];
    });
    await expectProblem(
      text,
      'invalid-record',
      /^Calendar audits, record 1: weeks: should be one of 4, 5, 6\./,
    );
  });
  it('every refusal says what to do', async () => {
    const valid = await sampleText();
    const refusals = [
      '',
      '{"format": "growth',
      '[1]',
      valid.replace('"formatVersion": 1', '"formatVersion": 2'),
      valid.replace('"createdAt": "2026-11-28T10:00:00.000Z"', '"createdAt": "yesterday"'),
      valid.replace('"role": "Senior engineer"', '"role": "Senior engineer!"'),
      await withTables(valid, (tables) => (tables.secrets = [])),
      await withTables(valid, (tables) => delete (tables.decisions?.[0] as Record<string, unknown>).date),
    ];
    for (const text of refusals) {
      const result = await parseBackup(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/Choose|choose|Update the app/);
    }
  });
  it('refuses text over the size limit without parsing it', async () => {
    await expectProblem(' '.repeat(MAX_BACKUP_BYTES + 1), 'too-large', /larger than 100 MB/);
  });
  it('treats a missing table as empty', async () => {
    const text = await withTables(await sampleText(), (tables) => {
      delete tables.feedback;
    });
    const parsed = await parseBackup(text);
    expect(parsed.ok && parsed.backup.tables.feedback).toEqual([]);
  });
});

// Issue 14, item 1: references the app keeps whole must resolve, found before the preview.
describe('backup references', () => {
  /**
   * The current schema's fixture: records in every table, all linked, as the app writes them. The
   * newest one, since an older fixture has no records of the tables added after it (handovers, v6)
   * whose references these tests break.
   */
  async function fixtureTables(): Promise<TableData> {
    const name = `schema-v${CURRENT_SCHEMA_VERSION}.json`;
    const fixture = JSON.parse(
      await readFile(join(import.meta.dirname, '../../fixtures/backups', name), 'utf8'),
    ) as { schemaVersion: number; tables: Record<string, unknown[]> };
    return migrateTables(fixture.tables, fixture.schemaVersion) as unknown as TableData;
  }
  const textOf = async (tables: TableData) => serializeBackup(await createBackup(tables, META));

  it('accepts the fixture, whose references all resolve', async () => {
    const parsed = await parseBackup(await textOf(await fixtureTables()));
    expect(parsed.ok ? null : parsed.error.message).toBeNull();
  });

  it.each(REFERENCES.map((reference) => [`${reference.table}.${reference.field}`, reference] as const))(
    'refuses %s pointing at a record that is not in the backup',
    async (_, reference) => {
      const tables = await fixtureTables();
      const record = tables[reference.table][0] as unknown as Record<string, unknown>;
      expect(record).toBeDefined();
      record[reference.field] = 'gone';
      const label = TABLE_LABELS[reference.table].replace(/[()]/g, '\\$&');
      await expectProblem(
        await textOf(tables),
        'invalid-record',
        new RegExp(
          `^${label}, record 1: ${reference.field} points to the [a-z ]+ "gone", which is not in the backup\\..*choose another backup`,
        ),
      );
    },
  );

  it('accepts links to records the app lets the user delete (a source retro, a brag entry)', async () => {
    const tables = await fixtureTables();
    tables.retros = [];
    tables.bragEntries = [];
    const parsed = await parseBackup(await textOf(tables));
    expect(parsed.ok ? null : parsed.error.message).toBeNull();
  });

  it('every generated database has its references whole (the arbitraries add the parents)', () => {
    fc.assert(
      fc.property(tableDataArb, (tables) => {
        expect(danglingReference(tables)).toBeNull();
      }),
      { numRuns: runs(50) },
    );
  });
});

describe('backup check progress', () => {
  it('reports parsing, checksum, then validation up to every record, in order', async () => {
    const tables = sampleTables();
    for (let i = 0; i < 12_000; i += 1) {
      tables.decisions.push({ ...tables.decisions[0]!, id: `d-${String(i).padStart(5, '0')}` });
    }
    const progress: BackupProgress[] = [];
    const result = await parseBackup(await sampleText(tables), (p) => progress.push(p));
    expect(result.ok).toBe(true);
    const total = countRecords(tables);
    expect(progress.slice(0, 3)).toEqual([
      { phase: 'parsing', done: 0, total: 1 },
      { phase: 'checksum', done: 0, total: 1 },
      { phase: 'validating', done: 0, total },
    ]);
    const validating = progress.slice(2).map((p) => p.done);
    expect(validating).toEqual([...validating].sort((a, b) => a - b));
    expect(validating.length).toBeGreaterThan(3); // some within the big table, not only per table
    expect(progress.at(-1)).toEqual({ phase: 'validating', done: total, total });
  });

  it('stops reporting at the first problem', async () => {
    const progress: BackupProgress[] = [];
    await parseBackup('{"format": "growth', (p) => progress.push(p));
    expect(progress).toEqual([{ phase: 'parsing', done: 0, total: 1 }]);
  });
});

describe('restore preview', () => {
  it('lists only tables that have data now or in the backup', () => {
    const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<
      (typeof TABLE_NAMES)[number],
      number
    >;
    counts.retros = 4;
    const rows = restorePreview(counts, sampleTables());
    expect(rows).toEqual([
      { table: 'profile', label: 'Profile', current: 0, incoming: 1 },
      { table: 'decisions', label: 'Decision statements', current: 0, incoming: 1 },
      { table: 'retros', label: 'Retrospectives', current: 4, incoming: 0 },
    ]);
  });
});

describe('backup migrations', () => {
  it('leaves current-version tables untouched', () => {
    const tables = { profile: [{ id: 'me' }] };
    expect(migrateTables(tables, CURRENT_SCHEMA_VERSION)).toBe(tables);
  });
  it('fails loudly when a migration step is missing', () => {
    expect(() => migrateTables({}, 0)).toThrow(/No backup migration to schema version 1/);
  });
});

describe('backup content (the bytes that cross to main and to disk)', () => {
  it('round-trips any text, and reads a file saved with a byte-order mark', async () => {
    const text = serializeBackup(await createBackup(emptyTableData(), META_FOR_CONTENT));
    expect(backupText(backupContent(text))).toBe(text);
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...backupContent(text)]);
    expect(backupText(withMark)).toBe(text);
    const parsed = await parseBackup(backupText(withMark));
    expect(parsed.ok).toBe(true);
  });

  it('turns bytes that are not UTF-8 into replacement characters, which the check then refuses', async () => {
    const text = serializeBackup(await createBackup(emptyTableData(), META_FOR_CONTENT));
    const damaged = backupContent(text);
    damaged[damaged.length - 5] = 0xff;
    const read = backupText(damaged);
    expect(read).toContain('\uFFFD');
    expect((await parseBackup(read)).ok).toBe(false);
  });

  it('keeps characters outside ASCII and lone surrogates as the JSON wrote them', () => {
    const text = JSON.stringify({ note: 'Zoë → 東京 🚀', odd: '\uD800' });
    expect(JSON.parse(backupText(backupContent(text)))).toEqual({ note: 'Zoë → 東京 🚀', odd: '\uD800' });
  });
});

describe('packed backups (how a new backup travels from the page to main)', () => {
  it('unpacks to the very text that was packed, at a fraction of its size', async () => {
    const text = serializeBackup(await createBackup(emptyTableData(), META_FOR_CONTENT)).repeat(50);
    const packed = await packBackup(text);
    expect(packed.byteLength).toBeLessThan(backupContent(text).byteLength / 5);
    expect(await unpackBackup(packed)).toBe(text);
    const unicode = '{"note":"Zoë → 東京 🚀"}';
    expect(await unpackBackup(await packBackup(unicode))).toBe(unicode);
  });

  it('refuses data that is not gzip, or cut short, with a message', async () => {
    const packed = await packBackup('{"a":1}'.repeat(1000));
    for (const bad of [
      backupContent('{"a":1}'),
      packed.slice(0, packed.byteLength - 10),
      new Uint8Array(0),
    ]) {
      const error = await unpackBackup(bad).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupContentError);
      expect((error as Error).message).toMatch(/damaged/);
    }
  });

  it('stops unpacking past the size cap (a small packed file cannot fill the memory)', async () => {
    const bomb = await packBackup('0'.repeat(2 * 1024 * 1024));
    expect(bomb.byteLength).toBeLessThan(10_000);
    await expect(unpackBackup(bomb, 1024 * 1024)).rejects.toThrow(/larger than 1 MB unpacked/);
  });
});

const META_FOR_CONTENT = { appVersion: '1.0.0', createdAt: '2026-11-30T10:00:00.000Z' };
