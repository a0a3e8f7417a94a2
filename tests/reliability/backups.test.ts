/**
 * Hostile backups through the app's real check and restore path, on a real (fake-indexeddb) database.
 *
 * The path is the one the Data page takes where there is no Worker: `planRestore` (the backup worker's
 * service, in-thread, which runs `parseBackup`) and, for a backup it accepts, `applyRestore` (the safety
 * backup, then the restore into a new generation). Each case starts from a valid backup — a realistic
 * database serialised by the app's own worker, or one of the fixture backups of every schema version —
 * and mutates it: raw (truncations, byte flips, bytes that are not UTF-8: the checksum goes stale) or
 * "resealed" (the tables are edited and the checksum recomputed, as someone editing a backup would, so
 * the case reaches the record checks).
 *
 * The property, for every case: it is refused before anything changes — no database written or created,
 * the data in use exactly as before — with one of the app's own messages (a `BackupProblemCode` of
 * `parseBackup`, no raw error text); or it is accepted, restored, and the restored database holds exactly
 * the accepted backup's tables (and, for a current-schema file, exactly the file's tables).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '@scripts/dataset';
import { countRecords, parseBackup, type BackupProblemCode, type ParseResult } from '@shared/domain/backup';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import { REFERENCES } from '@shared/domain/backup-references';
import { backupContent, backupText, unpackBackup } from '@shared/domain/backup-content';
import type { TableData } from '@shared/types/entities';
import { TABLE_NAMES, TOMBSTONE_TABLE } from '@shared/types/tables';
import { LedgerDb } from '@renderer/db/db';
import { readyMarkerName } from '@renderer/db/generations';
import { readAllTables, writeAllTables } from '@renderer/db/tables';
import { applyRestore, planRestore, serializeDatabase } from '@renderer/features/backup/model/backup';
import { BackupClient } from '@renderer/features/backup/worker/client';
import {
  Failures,
  NEXT_STEP,
  PROTOTYPE_KEYS,
  canonical,
  caseCount,
  caseIndexes,
  excerpt,
  messageProblem,
  randomFor,
  report,
  setOwn,
  type Random,
  suiteTimeout,
} from './support';
import { parkedFiles } from '../unit/support/parked-files';

// The bridge to main (platform/api needs `window`): app:info, and the safety backup, which is kept so a
// case can check it holds the data in use.
const bridge = vi.hoisted(() => ({ saved: [] as Uint8Array[] }));
vi.mock('@renderer/platform/api', () => ({
  call: async (channel: string, request: unknown) => {
    if (channel === 'app:info') return { appVersion: '0.1.0', platform: 'test', backupsDir: '' };
    if (channel === 'backup:save') {
      bridge.saved.push((request as { packed: Uint8Array }).packed);
      return {
        status: 'saved',
        fileName: 'pre-restore.json',
        path: '/b/pre-restore.json',
        bytes: 1,
        deleted: [],
      };
    }
    throw new Error(`unexpected call ${channel}`);
  },
}));

const FILE = 'tests/reliability/backups.test.ts';
const HOSTILE_BACKUPS = 10_000;

/**
 * Generators whose cases the app does not handle yet; the lead is fixing each (issue 14). Their cases
 * still run and are counted, and what they do today is printed, but they do not fail the suite. Remove
 * an entry once its fix is in: its cases are then held to the property like every other.
 */
export const PENDING_LEAD_FIXES = {
  /** An action (rating, activity…) pointing at a competency (audit, category…) that is not there is accepted. */
  'dangling-reference': 'refused: a reference to a record the backup does not hold',
  /** `__proto__` keys inside a setting's value are lost on the way through the restore. */
  'proto-key-in-setting-value': 'accepted and restored with every own key, `__proto__` included',
  /** A real backup whose formatVersion is damaged (0, "1", 1.5, missing) is called "not a Growth Ledger backup". */
  'damaged-format-version': 'refused as a damaged backup, not as "not a Growth Ledger backup"',
  /** Refusals whose message does not say what to do next (see NEXT_STEP), by code. */
  'message-next-step': 'every refusal says what to do next',
  /**
   * Refusals that show the words "undefined" or "NaN": a missing setting value ("expected a JSON value, not
   * undefined", shared/types/json.ts), JSON.parse's own text quoting the file ("NaN" is not valid JSON),
   * a reference of the wrong type ('points to the audit category "undefined"').
   */
  'raw-word-in-refusal': 'no refusal shows "undefined" or "NaN"',
} as const;
type PendingFix = keyof typeof PENDING_LEAD_FIXES;
// Every fix is in (issue 14): no case is exempt. The names stay as tags, which the report prints.
const PENDING = new Set<PendingFix>();

/** The app's own list of refusals: every code `parseBackup` may answer with (the type keeps it whole). */
const BACKUP_CODES = {
  'too-large': true,
  empty: true,
  'not-json': true,
  'too-deep': true,
  'not-a-backup': true,
  'newer-format': true,
  'newer-schema': true,
  'bad-envelope': true,
  'checksum-mismatch': true,
  'invalid-record': true,
} as const satisfies Record<BackupProblemCode, true>;

// ---------------------------------------------------------------------------------------------------
// Dangling references, for tagging cases: the app's own list of the references that must resolve, walked
// here over raw, unvalidated input (the app's own walker takes tables already checked record by record).

type Tables = Record<string, unknown[]>;
type Row = Record<string, unknown>;

/** The first reference in `tables` that points at a record they do not hold, as text, or null. */
function danglingReference(tables: Tables): string | null {
  if (typeof tables !== 'object' || tables === null) return null;
  for (const { table, field, target } of REFERENCES) {
    const targets = tables[target];
    const records = tables[table];
    if (!Array.isArray(records) || !Array.isArray(targets)) continue;
    const ids = new Set(targets.map((record) => (record as Row | null)?.id));
    for (const [index, record] of records.entries()) {
      for (const id of [(record as Row | null)?.[field]]) {
        if (typeof id === 'string' && !ids.has(id)) return `${table}[${index}].${field} = "${id}"`;
      }
    }
  }
  return null;
}

/** Whether any object in `value` has an own `__proto__` key. */
function hasOwnProtoKey(value: unknown): boolean {
  const stack = [value];
  for (let item = stack.pop(); stack.length > 0 || item !== undefined; item = stack.pop()) {
    if (item === null || typeof item !== 'object') continue;
    if (!Array.isArray(item) && Object.hasOwn(item, '__proto__')) return true;
    for (const child of Object.values(item)) stack.push(child);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// The valid backups the cases start from.

interface Base {
  name: string;
  text: string;
}

/**
 * A small but realistic database: the seed script's journal (every table, real content), cut to a few
 * records per table so ten thousand cases stay quick, its references pointing at records it kept.
 */
function compactDataset(seed = 20_261_214): TableData {
  const tables = generateDataset({ years: 0.005, seed, end: '2026-11-30' });
  for (const name of TABLE_NAMES) (tables[name] as unknown[]).splice(name === 'competencies' ? 3 : 2);
  const competencies = tables.competencies.map((c) => c.id);
  const categories = tables.auditCategories.map((c) => c.id);
  const competency = (id: string) => (competencies.includes(id) ? id : competencies[0]!);
  const category = (id: string | null) => (id === null || categories.includes(id) ? id : categories[0]!);
  for (const s of tables.skillSnapshots) s.competencyId = competency(s.competencyId);
  for (const a of tables.actions) a.competencyId = a.competencyId && competency(a.competencyId);
  for (const e of tables.evidence) e.competencyId = e.competencyId && competency(e.competencyId);
  for (const r of tables.categoryRules) r.categoryId = category(r.categoryId)!;
  for (const e of tables.auditEntries) e.categoryId = category(e.categoryId);
  for (const h of tables.handovers) h.categoryId = category(h.categoryId);
  // Links to records cut away, and to checklist items cut away, go too.
  const kept = new Set(
    [tables.retros, tables.bragEntries, tables.feedback, tables.handovers].flatMap((list) =>
      list.map((r) => r.id),
    ),
  );
  const items = new Set(tables.promotionItems.map((p) => p.id));
  tables.evidence = tables.evidence.filter(
    (e) =>
      (e.ref === null ||
        !['retro', 'brag', 'feedback', 'handover'].includes(e.ref.kind) ||
        kept.has(e.ref.id)) &&
      (e.promotionItemId === null || items.has(e.promotionItemId)),
  );
  return tables;
}

function fixtureBases(): Base[] {
  const dir = join(import.meta.dirname, '../fixtures/backups');
  return readdirSync(dir)
    .filter((name) => /^schema-v\d+\.json$/.test(name))
    .sort()
    .map((name) => ({ name: `fixture ${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

// ---------------------------------------------------------------------------------------------------
// Mutations.

interface Envelope {
  format?: unknown;
  formatVersion?: unknown;
  schemaVersion?: unknown;
  checksum: { algorithm?: unknown; value?: unknown };
  tables: Tables;
  [key: string]: unknown;
}

interface Case {
  label: string;
  content: Uint8Array;
  /** What must happen beyond the property itself. */
  expect?: 'refused' | 'accepted';
  /** A code the refusal must not have. */
  notCode?: BackupProblemCode;
  /** Which pending fix this case waits for (set by the generator or found in its input). */
  pending?: PendingFix;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const encode = (text: string) => backupContent(text);
/** The envelope after an edit, with the checksum recomputed over its tables as the app computes it. */
function sealed(envelope: Envelope): string {
  // A mutation may have taken the checksum (or the tables) away: then there is nothing to seal.
  if (typeof envelope.checksum === 'object' && envelope.checksum !== null)
    envelope.checksum.value = sha256(JSON.stringify(envelope.tables) ?? '');
  return JSON.stringify(envelope, null, 1);
}

function tablesWithRecords(envelope: Envelope): string[] {
  return Object.keys(envelope.tables).filter(
    (name) => Array.isArray(envelope.tables[name]) && envelope.tables[name].length > 0,
  );
}

function pickRecord(rng: Random, envelope: Envelope): { table: string; index: number; record: Row } | null {
  const names = tablesWithRecords(envelope);
  if (names.length === 0) return null;
  const table = rng.pick(names);
  const records = envelope.tables[table]!;
  const index = rng.int(0, records.length - 1);
  return { table, index, record: records[index] as Row };
}

const HOSTILE_VALUES: readonly unknown[] = [
  42,
  -1,
  1.5,
  0,
  '42',
  '',
  'x'.repeat(300),
  true,
  false,
  null,
  [],
  {},
  [null],
  { id: 'x' },
  1e308,
  -1e-308,
  'null',
  'undefined',
  '\u0000',
  '../../etc/passwd',
];

const ABSURD_DATES = [
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '2026-02-29',
  '2024-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '1899-12-31',
  '1900-01-01',
  '2199-12-31',
  '2200-01-01',
  '+20260-01-01',
  '2026-1-1',
  '26-01-01',
  '2026-01-01T00:00:00Z',
];
const ABSURD_INSTANTS = [
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '2026-02-30T10:00:00.000Z',
  '2026-13-01T10:00:00.000Z',
  '2026-01-01T24:00:00.000Z',
  '2026-01-01T23:59:60.000Z',
  '+275760-09-13T00:00:00.000Z',
  '1900-01-01T00:00:00.000+14:00',
  '2199-12-31T23:59:59.999Z',
  '2199-12-31T23:59:59-12:00',
  '1970-01-01T00:00:00Z',
  '2026-06-01T10:00:00',
  '2026-06-01',
  'Mon, 01 Jun 2026 10:00:00 GMT',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** Text a person could type, and text that breaks naive code: emoji, RTL, lone surrogates, NUL, separators. */
const AWKWARD_TEXT = [
  'Shipped the 🚀 launch (with 👩🏽‍💻)',
  'مراجعة التصميم',
  '\ud800 lone high',
  'lone low \udfff',
  'NUL\u0000inside',
  'line\u2028separator\u2029',
  '<script>alert(1)</script>',
  '"quoted" and \\ backslash',
  '\uFEFFbom at start',
  'Ｆｕｌｌｗｉｄｔｈ',
  '%s %d {0} ${x}',
];

/** A JSON value nested `depth` levels (objects and lists), built without recursion. */
function nested(rng: Random, depth: number, leafKey?: string): unknown {
  let value: unknown = rng.pick([0, 'leaf', null, true]);
  for (let level = 0; level < depth; level += 1) {
    if (rng.chance(0.5)) value = [value];
    else {
      const object = {};
      setOwn(object, leafKey && level === 0 ? leafKey : rng.pick(['a', 'b', 'c']), value);
      value = object;
    }
  }
  return value;
}

function settingsOf(envelope: Envelope): Row[] {
  const settings = envelope.tables.settings;
  if (Array.isArray(settings)) return settings as Row[];
  const created: Row[] = [];
  envelope.tables.settings = created;
  return created;
}

type Mutation = (rng: Random, base: Base, envelope: Envelope, index: number) => Case;

const MUTATIONS: readonly (readonly [number, string, Mutation])[] = [
  [
    10,
    'truncated',
    (rng, base) => {
      const bytes = encode(base.text);
      return { label: 'truncated', content: bytes.slice(0, rng.int(0, bytes.length - 1)), expect: 'refused' };
    },
  ],
  [
    10,
    'random byte flips (checksum stale)',
    (rng, base) => {
      const bytes = encode(base.text);
      for (let n = rng.int(1, 4); n > 0; n -= 1) bytes[rng.int(0, bytes.length - 1)] = rng.int(0, 255);
      return { label: 'byte flips', content: bytes };
    },
  ],
  [
    6,
    'bytes that are not UTF-8',
    (rng, base) => {
      const bytes = encode(base.text);
      const at = rng.int(0, bytes.length);
      const bad = rng.pick([
        [0xff],
        [0xc3, 0x28],
        [0xed, 0xa0, 0x80],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
        [0x80],
      ]);
      const content = new Uint8Array([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]);
      return { label: 'not UTF-8', content };
    },
  ],
  [
    2,
    'bytes that are not UTF-8 inside a text, resealed',
    (rng, base, envelope) => {
      const picked = pickRecord(rng, envelope);
      const field =
        picked &&
        Object.keys(picked.record).find(
          (key) => typeof picked.record[key] === 'string' && key !== 'id' && key !== 'key',
        );
      if (!picked || !field)
        return { label: 'not UTF-8 (resealed, nothing to edit)', content: encode(base.text) };
      // The decoder turns the byte 0xFF into U+FFFD: the checksum is sealed over what the app will read.
      picked.record[field] = `${String(picked.record[field]).slice(0, 10)}\uFFFD`;
      const bytes = encode(sealed(envelope));
      const out: number[] = [];
      for (let i = 0; i < bytes.length; i += 1) {
        if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) {
          out.push(0xff);
          i += 2;
        } else out.push(bytes[i]!);
      }
      return { label: `not UTF-8 in ${picked.table}.${field} (resealed)`, content: new Uint8Array(out) };
    },
  ],
  [
    10,
    'type swap',
    (rng, base, envelope) => {
      const picked = pickRecord(rng, envelope);
      if (!picked) return { label: 'type swap (no record)', content: encode(base.text) };
      const field = rng.pick(Object.keys(picked.record));
      picked.record[field] = rng.pick(HOSTILE_VALUES);
      return { label: `type swap ${picked.table}.${field}`, content: encode(sealed(envelope)) };
    },
  ],
  [
    3,
    'missing field',
    (rng, base, envelope) => {
      const picked = pickRecord(rng, envelope);
      if (!picked) return { label: 'missing field (no record)', content: encode(base.text) };
      const field = rng.pick(Object.keys(picked.record));
      Reflect.deleteProperty(picked.record, field);
      return {
        label: `missing ${picked.table}.${field}`,
        content: encode(sealed(envelope)),
        expect: 'refused',
      };
    },
  ],
  [
    6,
    'duplicate id',
    (rng, base, envelope) => {
      const picked = pickRecord(rng, envelope);
      if (!picked) return { label: 'duplicate (no record)', content: encode(base.text) };
      const copy = { ...picked.record };
      for (const key of Object.keys(copy))
        if (typeof copy[key] === 'string' && key !== 'id' && key !== 'key' && rng.chance(0.3))
          copy[key] = `${copy[key]}.`;
      envelope.tables[picked.table]!.splice(rng.int(0, envelope.tables[picked.table]!.length), 0, copy);
      return { label: `duplicate ${picked.table} key`, content: encode(sealed(envelope)), expect: 'refused' };
    },
  ],
  [
    5,
    'dangling reference',
    (rng, base, envelope, index) => {
      const candidates = REFERENCES.filter(({ table }) => (envelope.tables[table]?.length ?? 0) > 0);
      if (candidates.length === 0) return { label: 'dangling (no record)', content: encode(base.text) };
      const { table, field } = rng.pick(candidates);
      const records = envelope.tables[table]!;
      const record = records[rng.int(0, records.length - 1)] as Row;
      const missing = `missing-${index}`;
      record[field] = missing;
      return { label: `dangling ${table}.${field}`, content: encode(sealed(envelope)), expect: 'refused' };
    },
  ],
  [
    5,
    'prototype key as a table name',
    (rng, _base, envelope) => {
      const key = rng.pick(PROTOTYPE_KEYS);
      const first = pickRecord(rng, envelope)?.record;
      setOwn(envelope.tables, key, rng.pick([[], first ? [first] : [], {}, 'x', null, { length: 0 }]));
      return { label: `table "${key}"`, content: encode(sealed(envelope)), expect: 'refused' };
    },
  ],
  [
    5,
    'prototype key in a record',
    (rng, base, envelope) => {
      const picked = pickRecord(rng, envelope);
      if (!picked) return { label: 'prototype key (no record)', content: encode(base.text) };
      const key = rng.pick(PROTOTYPE_KEYS);
      setOwn(picked.record, key, rng.pick([{}, null, 'x', { id: 'evil' }, [], 1]));
      return {
        label: `record key "${key}" in ${picked.table}`,
        content: encode(sealed(envelope)),
        expect: 'refused',
      };
    },
  ],
  [
    1,
    "prototype keys in a setting's value",
    (rng, _base, envelope, index) => {
      const value = {};
      const keys = [rng.pick(PROTOTYPE_KEYS), ...(rng.chance(0.5) ? [rng.pick(PROTOTYPE_KEYS)] : [])];
      for (const key of keys)
        setOwn(value, key, rng.pick([{ polluted: true }, 'text', 1, null, [1, 2], nested(rng, 3, key)]));
      settingsOf(envelope).push({ key: `reliability.proto-${index}`, value });
      return {
        label: `setting value keys ${keys.join('+')}`,
        content: encode(sealed(envelope)),
        expect: 'accepted',
      };
    },
  ],
  [
    1,
    'prototype key as a setting key',
    (rng, _base, envelope) => {
      const key = rng.pick(PROTOTYPE_KEYS);
      const settings = settingsOf(envelope);
      if (!settings.some((s) => s.key === key))
        settings.push({ key, value: rng.pick([1, 'x', { a: [1] }, null]) });
      return { label: `setting key "${key}"`, content: encode(sealed(envelope)), expect: 'accepted' };
    },
  ],
  [
    3,
    'prototype key in the envelope',
    (rng, _base, envelope) => {
      const key = rng.pick(PROTOTYPE_KEYS);
      const where = rng.chance(0.5) ? envelope : envelope.checksum;
      setOwn(where, key, rng.pick([{ format: 'growth-ledger-backup' }, 1, null, 'x']));
      return { label: `envelope key "${key}"`, content: encode(sealed(envelope)), expect: 'refused' };
    },
  ],
  [
    3,
    'deep nesting in a setting',
    (rng, _base, envelope, index) => {
      const depth = rng.weighted([
        [4, rng.int(1, 58)],
        [3, rng.int(59, 70)],
        // JSON.stringify (sealing) recurses: a few thousand levels overflow a worker's stack.
        [3, rng.int(71, 1_500)],
      ]);
      settingsOf(envelope).push({ key: `reliability.deep-${index}`, value: nested(rng, depth) });
      return { label: `setting nested ${depth} deep`, content: encode(sealed(envelope)) };
    },
  ],
  [
    2,
    'deep nesting in raw JSON',
    (rng) => {
      const depth = rng.weighted([
        [1, rng.int(60, 200)],
        [1, rng.int(1_000, 200_000)],
      ]);
      const open = rng.chance(0.5) ? '[' : '{"a":';
      const close = open === '[' ? ']' : '}';
      const text = `{"format":"growth-ledger-backup","formatVersion":1,"tables":${open.repeat(depth)}0${close.repeat(depth)}}`;
      return { label: `raw JSON nested ${depth} deep`, content: encode(text), expect: 'refused' };
    },
  ],
  [
    8,
    'absurd dates',
    (rng, base, envelope) => {
      const candidates: { record: Row; field: string; instant: boolean; table: string }[] = [];
      for (const table of tablesWithRecords(envelope)) {
        for (const record of envelope.tables[table]! as Row[]) {
          for (const [field, value] of Object.entries(record)) {
            if (typeof value === 'string' && (DATE.test(value) || INSTANT.test(value)))
              candidates.push({ record, field, instant: INSTANT.test(value), table });
          }
        }
      }
      if (candidates.length === 0) return { label: 'absurd date (no date)', content: encode(base.text) };
      const { record, field, instant, table } = rng.pick(candidates);
      record[field] = rng.pick(instant ? ABSURD_INSTANTS : ABSURD_DATES);
      return {
        label: `date ${table}.${field} = ${String(record[field])}`,
        content: encode(sealed(envelope)),
      };
    },
  ],
  [
    2,
    'absurd backup time',
    (rng, _base, envelope) => {
      envelope.createdAt = rng.pick([...ABSURD_INSTANTS, 0, null]);
      return { label: `createdAt ${String(envelope.createdAt)}`, content: encode(sealed(envelope)) };
    },
  ],
  [
    4,
    'huge strings',
    (rng, base, envelope) => {
      const picked = pickRecord(rng, envelope);
      const field =
        picked &&
        Object.keys(picked.record).find((key) => typeof picked.record[key] === 'string' && rng.chance(0.5));
      if (!picked || !field) {
        envelope.appVersion = 'v'.repeat(rng.int(40, 100_000));
        return { label: 'huge appVersion', content: encode(sealed(envelope)) };
      }
      const length = rng.pick([
        80,
        81,
        200,
        201,
        500,
        501,
        2_000,
        2_001,
        20_000,
        20_001,
        rng.int(100_000, 1_500_000),
      ]);
      picked.record[field] = rng.pick(['x', 'é', '😀', '\u0000']).repeat(length);
      return { label: `${picked.table}.${field} of ${length} characters`, content: encode(sealed(envelope)) };
    },
  ],
  [
    3,
    'wrong format',
    (rng, _base, envelope) => {
      const format = rng.pick([
        '',
        'growth-ledger-backup ',
        'GROWTH-LEDGER-BACKUP',
        'growth-ledger-backup\u0000',
        'growth-ledger',
        42,
        null,
        undefined,
      ]);
      if (format === undefined) delete envelope.format;
      else envelope.format = format;
      return {
        label: `format ${JSON.stringify(format)}`,
        content: encode(sealed(envelope)),
        expect: 'refused',
        notCode: undefined,
      };
    },
  ],
  [
    4,
    'format version',
    (rng, _base, envelope) => {
      const newer = rng.chance(0.4);
      const version = newer
        ? rng.pick([2, 3, 99, 2 ** 53])
        : rng.pick([0, -1, 1.5, '1', '2', null, true, [1], undefined]);
      if (version === undefined) delete envelope.formatVersion;
      else envelope.formatVersion = version;
      return {
        label: `formatVersion ${JSON.stringify(version)}`,
        content: encode(sealed(envelope)),
        expect: 'refused',
        ...(newer ? {} : { notCode: 'not-a-backup' as const, pending: 'damaged-format-version' as const }),
      };
    },
  ],
  [
    4,
    'schema version',
    (rng, _base, envelope) => {
      const version = rng.pick([
        0,
        -1,
        1,
        2,
        1.5,
        '3',
        null,
        CURRENT_SCHEMA_VERSION,
        CURRENT_SCHEMA_VERSION + 1,
        1e9,
        undefined,
      ]);
      if (version === undefined) delete envelope.schemaVersion;
      else envelope.schemaVersion = version;
      return { label: `schemaVersion ${JSON.stringify(version)}`, content: encode(sealed(envelope)) };
    },
  ],
  [
    5,
    'bad checksum',
    (rng, _base, envelope) => {
      const text = sealed(envelope);
      const good = envelope.checksum.value as string;
      const bad = rng.pick([
        `${good.slice(0, 63)}${good[63] === '0' ? '1' : '0'}`,
        good.toUpperCase(),
        good.slice(0, 40),
        '',
        'z'.repeat(64),
        null,
      ]);
      const algorithm = rng.chance(0.2) ? rng.pick(['SHA-256', 'md5', '', null]) : 'sha-256';
      return {
        label: `checksum ${JSON.stringify(bad)} (${String(algorithm)})`,
        content: encode(
          text
            .replace(JSON.stringify(good), JSON.stringify(bad))
            .replace('"sha-256"', JSON.stringify(algorithm)),
        ),
        expect: 'refused',
      };
    },
  ],
  [
    3,
    'envelope keys',
    (rng, _base, envelope) => {
      if (rng.chance(0.5)) {
        const key = rng.pick([
          'format',
          'formatVersion',
          'schemaVersion',
          'appVersion',
          'createdAt',
          'checksum',
          'tables',
        ]);
        Reflect.deleteProperty(envelope, key);
        return { label: `envelope without ${key}`, content: encode(sealed(envelope)), expect: 'refused' };
      }
      envelope[rng.pick(['extra', 'Tables', 'data'])] = rng.pick([1, {}, []]);
      return { label: 'envelope with an extra key', content: encode(sealed(envelope)), expect: 'refused' };
    },
  ],
  [
    3,
    'not a backup at all',
    (rng) => {
      const text = rng.pick([
        'null',
        '[]',
        '42',
        '"growth-ledger-backup"',
        'true',
        '{}',
        '{"format":"growth-ledger-backup"}',
        '',
        '   \n\t ',
        '\uFEFF',
        'NaN',
        'undefined',
        '{"__proto__":{"format":"growth-ledger-backup","formatVersion":1}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        '<!DOCTYPE html><html></html>',
        '{"format":"growth-ledger-backup","formatVersion":1,"tables":',
      ]);
      return {
        label: `not a backup ${JSON.stringify(text.slice(0, 40))}`,
        content: encode(text),
        expect: 'refused',
      };
    },
  ],
  [
    3,
    'a table that is not a list',
    (rng, _base, envelope) => {
      const name = rng.pick(TABLE_NAMES);
      envelope.tables[name] = rng.pick([{}, 'x', null, 1, { length: 1, 0: {} }]) as unknown as unknown[];
      return { label: `table ${name} not a list`, content: encode(sealed(envelope)), expect: 'refused' };
    },
  ],
  [
    2,
    'unknown table',
    (rng, _base, envelope) => {
      envelope.tables[rng.pick(['journal', 'auditTotals', 'Profile', ''])] = [];
      return { label: 'unknown table', content: encode(sealed(envelope)), expect: 'refused' };
    },
  ],
  [
    1,
    'edits that stay valid',
    (rng, base, envelope) => {
      const edit = rng.pick(['text', 'remove', 'empty', 'bom', 'compact', 'negative-zero']);
      if (edit === 'text') {
        const picked = pickRecord(rng, envelope);
        const field =
          picked &&
          ['title', 'note', 'name', 'impact', 'content', 'description'].find(
            (key) => typeof picked.record[key] === 'string',
          );
        if (picked && field) picked.record[field] = rng.pick(AWKWARD_TEXT);
      } else if (edit === 'remove') {
        // Records nothing must resolve to: removing one leaves the backup whole.
        const leaves = [
          'bragEntries',
          'decisions',
          'trials',
          'feedback',
          'promotionItems',
          'selfAssessments',
        ].filter((t) => (envelope.tables[t]?.length ?? 0) > 0);
        if (leaves.length > 0) envelope.tables[rng.pick(leaves)]!.splice(0, 1);
      } else if (edit === 'empty') {
        for (const name of Object.keys(envelope.tables)) envelope.tables[name] = [];
      } else if (edit === 'negative-zero') {
        const ordered = (envelope.tables.competencies ?? []) as Row[];
        if (ordered[0]) ordered[0].order = -0;
        // JSON.stringify writes -0 as 0; the text says -0, as serializeBackup writes it.
        return { label: 'order -0', content: encode(sealed(envelope).replace('"order": 0', '"order": -0')) };
      }
      const text = edit === 'compact' ? JSON.stringify(JSON.parse(sealed(envelope))) : sealed(envelope);
      return { label: `valid edit (${edit})`, content: encode(edit === 'bom' ? `\uFEFF${text}` : text) };
    },
  ],
];

// ---------------------------------------------------------------------------------------------------
// The run.

interface Tally {
  refused: number;
  accepted: number;
}

describe('hostile backups through the real check and restore path', () => {
  let inUse: LedgerDb;
  let client: BackupClient;
  /** Each case's file, parked as main parks it for the check. */
  const files = parkedFiles();
  let before: string;
  let bases: Base[];
  let readWrites = 0;
  // The real method, taken unbound on purpose: the stand-in calls it with the database as `this`.
  const transaction = Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction')
    ?.value as IDBDatabase['transaction'];

  beforeAll(async () => {
    // Every write the app makes goes through a readwrite transaction: counting them tells whether a
    // refused backup wrote anything, anywhere.
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      if (args[1] === 'readwrite') readWrites += 1;
      return transaction.apply(this, args);
    });
    // Deleting a restored generation, which the worker's service still holds open, makes Dexie note it on
    // the console once a case: expected here, and only that note is held back.
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!/^Another connection wants to delete database/.test(String(args[0]))) warn(...args);
    });
    client = new BackupClient(files.port);
    // The source of the realistic base: a database of the compact journal, serialised by the worker.
    const source = new LedgerDb('reliability-source');
    await writeAllTables(source, compactDataset());
    const { packed } = await serializeDatabase(source, new Date('2026-11-30T18:00:00Z'), { client });
    await source.delete();
    bases = [
      { name: 'compact journal (serialised by the app)', text: await unpackBackup(packed) },
      ...fixtureBases(),
    ];
    for (const base of bases) {
      const checked = await parseBackup(base.text);
      if (!checked.ok) throw new Error(`${base.name} is not a valid backup: ${checked.error.message}`);
      expect(danglingReference((JSON.parse(base.text) as Envelope).tables), base.name).toBeNull();
    }
    // The data in use: another journal, so a restore that mixed the two would show.
    inUse = new LedgerDb('reliability-in-use');
    await writeAllTables(inUse, compactDataset(7));
    before = canonical(await readAllTables(inUse));
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    client.close();
    await inUse.delete();
  });

  it(
    `refuses each with the app's own message before any change, or restores it exactly (${HOSTILE_BACKUPS}+ cases)`,
    async () => {
      const count = caseCount(HOSTILE_BACKUPS);
      const failures = new Failures(FILE);
      const byLabel = new Map<string, Tally>();
      const byCode = new Map<string, number>();
      const pending = new Map<PendingFix, { cases: number; failing: number; first: string | null }>();
      const withoutNextStep = new Map<string, { count: number; example: string }>();
      const names = async () =>
        (await indexedDB.databases())
          .map((d) => d.name)
          .sort()
          .join(',');
      const namesBefore = await names();
      const totals = { refused: 0, accepted: 0 };
      const codeOfMessage = new Map<string, BackupProblemCode>();

      for (const index of caseIndexes(count)) {
        const rng = randomFor('backup', index);
        const base = rng.weighted<Base>([[7, bases[0]!], ...bases.slice(1).map((b) => [1, b] as const)]);
        const [, kind, mutate] = rng.weighted(MUTATIONS.map((m) => [m[0], m] as const));
        const made = mutate(rng, base, JSON.parse(base.text) as Envelope, index);
        const text = backupText(made.content);
        const input = `${base.name}; ${kind}: ${made.label}; ${excerpt(text.length > 2_000 ? text.slice(0, 2_000) : text)}`;
        let problems: string[] = [];

        // Which pending fix (if any) the input waits for: the generator's, or one found in the input.
        let parsedInput: unknown = null;
        try {
          parsedInput = JSON.parse(text);
        } catch {
          // Not JSON: nothing in it can be pending.
        }
        const inputTables = (parsedInput as { tables?: Tables } | null)?.tables;
        let pendingFix: PendingFix | undefined =
          made.pending ??
          (inputTables && danglingReference(inputTables) ? 'dangling-reference' : undefined) ??
          (inputTables && hasOwnProtoKey(inputTables.settings) ? 'proto-key-in-setting-value' : undefined);

        const writesBefore = readWrites;
        // Parked as main parks the file it read, and read by the service with the ticket, as in the app.
        const plan = await planRestore(inUse, files.park(made.content.slice()), { client });
        // parseBackup itself, for the code of a refusal (the plan carries only the message) and for the
        // tables of an accepted backup. A message seen before has the same code: not parsed again.
        const known = plan.ok ? undefined : codeOfMessage.get(plan.message);
        const checked: ParseResult | null = known ? null : await parseBackup(text);
        if (checked && !checked.ok) codeOfMessage.set(checked.error.message, checked.error.code);
        if (checked && plan.ok !== checked.ok)
          problems.push(`the app's check (${plan.ok}) and parseBackup (${checked.ok}) disagree`);

        if (!plan.ok) {
          totals.refused += 1;
          const code = known ?? (checked && !checked.ok ? checked.error.code : '(none)');
          byCode.set(code, (byCode.get(code) ?? 0) + 1);
          if (checked && !checked.ok && plan.message !== checked.error.message)
            problems.push(`the message is not parseBackup's: ${plan.message}`);
          if (!Object.hasOwn(BACKUP_CODES, code)) problems.push(`unknown code ${code}`);
          const wording = messageProblem(plan.message);
          if (wording) problems.push(`${wording}: ${plan.message}`);
          if (wording && /"(undefined|NaN)"/.test(wording) && !pendingFix) pendingFix = 'raw-word-in-refusal';
          if (!NEXT_STEP.test(plan.message)) {
            const seen = withoutNextStep.get(code) ?? { count: 0, example: plan.message };
            seen.count += 1;
            withoutNextStep.set(code, seen);
            if (!PENDING.has('message-next-step'))
              problems.push(`the message does not say what to do: ${plan.message}`);
          }
          if (readWrites !== writesBefore)
            problems.push(`${readWrites - writesBefore} write transaction(s) for a refused backup`);
          if ((await names()) !== namesBefore)
            problems.push('a refused backup created or removed a database');
          if (made.expect === 'accepted')
            problems.push(`expected it to be accepted, refused with ${code}: ${plan.message}`);
          if (made.notCode === code) problems.push(`refused as ${code} ("${plan.message}")`);
        } else {
          totals.accepted += 1;
          if (made.expect === 'refused') problems.push('expected it to be refused, but it was accepted');
          const at = new Date(Date.UTC(2030, 0, 1) + index);
          const outcome = await applyRestore(inUse, plan, at, { client });
          const restoredDb = new LedgerDb(outcome.database);
          const restored = await readAllTables(restoredDb);
          const ready = await Dexie.exists(readyMarkerName(outcome.database));
          await restoredDb.delete();
          await Dexie.delete(readyMarkerName(outcome.database));
          if (!ready) problems.push('the restored generation was not marked complete');
          if (checked?.ok) {
            // The user's records: deletions (tombstones) are not counted as restored records.
            const tables = checked.backup.tables as unknown as Tables;
            const records = countRecords(checked.backup.tables) - (tables[TOMBSTONE_TABLE]?.length ?? 0);
            if (outcome.restoredRecords !== records)
              problems.push(`restored ${outcome.restoredRecords} of ${records} records`);
            const difference = firstDifference(restored, tables);
            if (difference)
              problems.push(`the restored data differs from the accepted backup: ${difference}`);
          }
          if (
            inputTables &&
            (parsedInput as { schemaVersion?: unknown }).schemaVersion === CURRENT_SCHEMA_VERSION
          ) {
            const difference = firstDifference(restored, inputTables);
            if (difference) problems.push(`the restored data differs from the file's tables: ${difference}`);
          }
          const safety = bridge.saved.pop();
          if (!safety) problems.push('no safety backup was saved before the restore');
          else if (
            index % 50 === 0 &&
            canonical((JSON.parse(await unpackBackup(safety)) as Envelope).tables) !== before
          )
            problems.push('the safety backup does not hold the data in use');
          bridge.saved.length = 0;
          if (canonical(await readAllTables(inUse)) !== before) problems.push('the data in use changed');
        }
        // The data in use, read whole now and then (every refused case already proved it wrote nothing).
        if (index % 500 === 499 && canonical(await readAllTables(inUse)) !== before)
          problems.push('the data in use changed (found at this case; the change is in the 500 before it)');

        const tally = byLabel.get(kind) ?? { refused: 0, accepted: 0 };
        tally[plan.ok ? 'accepted' : 'refused'] += 1;
        byLabel.set(kind, tally);

        if (pendingFix && PENDING.has(pendingFix)) {
          const state = pending.get(pendingFix) ?? { cases: 0, failing: 0, first: null };
          state.cases += 1;
          if (problems.length > 0) {
            state.failing += 1;
            state.first ??= `case ${index}: ${problems.join('; ')} — ${input}`;
          }
          pending.set(pendingFix, state);
          problems = [];
        }
        if (problems.length > 0) failures.add(index, `${kind}: ${made.label}`, problems.join('; '), input);
      }

      expect(canonical(await readAllTables(inUse))).toBe(before);
      report(
        `${totals.refused + totals.accepted} hostile backups: ${totals.refused} refused with an app message, ${totals.accepted} accepted and round-tripped`,
      );
      report(
        `refusals by code: ${[...byCode]
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')}`,
      );
      report(
        `by generator: ${[...byLabel].map(([k, t]) => `${k} ${t.refused}/${t.accepted}`).join('; ')} (refused/accepted)`,
      );
      for (const [fix, state] of pending)
        report(
          `PENDING_LEAD_FIXES ${fix}: ${state.cases} cases not held to the property, ${state.failing} fail it today${state.first ? `; first: ${state.first.slice(0, 600)}` : ''}`,
        );
      for (const [code, seen] of withoutNextStep)
        report(
          `message without a next step (${PENDING.has('message-next-step') ? 'pending' : 'failing'}): ${code} ×${seen.count}, e.g. "${seen.example.slice(0, 200)}"`,
        );
      failures.check();
    },
    suiteTimeout(600_000),
  );
});

/** The first record where a restored database and a backup's tables differ (tables in key order), or null. */
function firstDifference(restored: TableData, expected: Tables): string | null {
  for (const name of TABLE_NAMES) {
    const key = name === 'settings' ? 'key' : 'id';
    const sorted = (records: unknown[]) =>
      records
        .map((record) => [String((record as Row)[key]), canonical(record)] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const got = sorted(restored[name]);
    const want = sorted(expected[name] ?? []);
    if (got.length !== want.length) return `${name}: ${got.length} records restored, ${want.length} expected`;
    for (let i = 0; i < got.length; i += 1) {
      if (got[i]![1] !== want[i]![1])
        return `${name} "${got[i]![0]}": restored ${got[i]![1].slice(0, 300)}, expected ${want[i]![1].slice(0, 300)}`;
    }
  }
  return null;
}
