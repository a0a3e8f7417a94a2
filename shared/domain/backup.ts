/**
 * The backup file format: a versioned envelope around the whole database.
 *
 * {
 *   "format": "growth-ledger-backup", "formatVersion": 1,
 *   "schemaVersion": 1, "appVersion": "0.1.0", "createdAt": "…",
 *   "checksum": { "algorithm": "sha-256", "value": "<hex of sha-256 over JSON.stringify(tables)>" },
 *   "tables": { "profile": [...], ... }
 * }
 *
 * Pure: no Node, DOM or Dexie imports. Hashing uses Web Crypto (`globalThis.crypto.subtle`), present
 * in both Node and the renderer.
 */
import { z } from 'zod';
import { tableSchemas, type TableData } from '../types/entities';
import { TABLE_NAMES, TABLE_LABELS, type TableName } from '../types/tables';
import { CURRENT_SCHEMA_VERSION, migrateTables, missingConsumedField } from './backup-migrations';
import { describeIssue, errorMessage } from '../errors';
import { danglingReference, type DanglingReference } from './backup-references';
import { MAX_BACKUP_BYTES } from './backup-content';

export const BACKUP_FORMAT_ID = 'growth-ledger-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Files larger than this are refused before they are read into memory. */
export { MAX_BACKUP_BYTES };

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT_ID;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  checksum: { algorithm: 'sha-256'; value: string };
  tables: TableData;
}

/** Why a backup was refused; `message` is written for the user. */
export type BackupProblemCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'too-deep'
  | 'not-a-backup'
  | 'newer-format'
  | 'newer-schema'
  | 'bad-envelope'
  | 'checksum-mismatch'
  | 'invalid-record';

export class BackupError extends Error {
  constructor(
    readonly code: BackupProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export type ParseResult = { ok: true; backup: BackupEnvelope } | { ok: false; error: BackupError };

/**
 * How far a long backup operation is, for a progress bar: `done` of `total` units of the current phase
 * (records, except for `parsing` and `checksum`, which are one step each). Phases come in this order for a
 * check: parsing → checksum → validating; a restore then goes on with reading → serialising (the safety
 * backup) → replacing.
 */
export type BackupPhase = 'parsing' | 'checksum' | 'validating' | 'reading' | 'serialising' | 'replacing';
export interface BackupProgress {
  phase: BackupPhase;
  done: number;
  total: number;
}
export type ProgressListener = (progress: BackupProgress) => void;

/** Validation reports progress after this many records (and at the end of each table). */
const VALIDATION_PROGRESS_STEP = 5_000;

const envelopeHeaderSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int().min(1),
});

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT_ID),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  createdAt: z.iso.datetime({ offset: true }),
  checksum: z.strictObject({ algorithm: z.literal('sha-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
  tables: z.custom<Record<string, unknown[]>>().superRefine((tables, context) => {
    const problem = tablesProblem(tables);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
});

/**
 * The tables object is checked in place rather than rebuilt (as `z.record` would): rebuilding by
 * assignment turns a table named `__proto__` into a prototype instead of refusing it as unknown.
 */
function tablesProblem(tables: unknown): string | null {
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables))
    return 'expected an object of tables';
  for (const name of Object.keys(tables)) {
    if (!Array.isArray((tables as Record<string, unknown>)[name])) return `table ${name} is not a list`;
  }
  return null;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The exact text the checksum covers: the tables in table order, as JSON. */
function canonicalTables(tables: Record<string, unknown[]>): string {
  return JSON.stringify(tables);
}

function orderedTables(tables: TableData): TableData {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name]])) as unknown as TableData;
}

export async function createBackup(
  tables: TableData,
  meta: { appVersion: string; createdAt: string },
): Promise<BackupEnvelope> {
  const ordered = orderedTables(tables);
  return {
    format: BACKUP_FORMAT_ID,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    checksum: { algorithm: 'sha-256', value: await sha256Hex(canonicalTables(ordered)) },
    tables: ordered,
  };
}

/** Whether a -0 is anywhere in `value`: one quick walk, so the common case can use plain JSON.stringify. */
function containsNegativeZero(value: unknown): boolean {
  const stack: unknown[] = [value];
  for (let current = stack.pop(); stack.length > 0 || current !== undefined; current = stack.pop()) {
    if (typeof current === 'number') {
      if (current === 0 && 1 / current < 0) return true;
    } else if (typeof current === 'object' && current !== null) {
      if (Array.isArray(current)) for (const item of current) stack.push(item);
      else for (const key of Object.keys(current)) stack.push((current as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/**
 * The backup's text. `JSON.stringify` writes -0 as 0, although "-0" is valid JSON that `JSON.parse` reads
 * back as -0; so where the data holds a -0, it is written through a marker string that is then replaced
 * by -0. The marker is one that no key or string in the data equals (checked while writing; another is
 * tried if one does), so no user text can ever be mistaken for it. Takes any tables, not only the current
 * schema's: the backup taken before a schema upgrade holds the older version's (db/upgrade-backup.ts).
 */
export function serializeBackup(
  backup: Omit<BackupEnvelope, 'tables'> & { tables: Record<string, unknown[]> },
): string {
  if (!containsNegativeZero(backup.tables)) return JSON.stringify(backup, null, 1);
  for (let attempt = 0; ; attempt += 1) {
    const marker = `\u0000negative-zero-${attempt}\u0000`;
    let collides = false;
    const text = JSON.stringify(
      backup,
      (key, value: unknown) => {
        if (key === marker || value === marker) collides = true;
        return value === 0 && Object.is(value, -0) ? marker : value;
      },
      1,
    );
    if (!collides) return text.split(JSON.stringify(marker)).join('-0');
  }
}

export function countRecords(tables: Partial<Record<TableName, unknown[]>>): number {
  return TABLE_NAMES.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0);
}

/** What the user can do about a backup that was edited or damaged: the end of several messages. */
const CHOOSE_ANOTHER =
  'The file was edited or damaged, so it was not used: choose another backup, such as an automatic one from the backups folder.';

const TARGET_WORDS: Record<DanglingReference['target'], string> = {
  frameworks: 'framework',
  competencies: 'competency',
  audits: 'calendar audit',
  auditCategories: 'audit category',
  promotionItems: 'promotion checklist item',
};

/**
 * The deepest a backup's JSON may nest. The app's own records reach 5 levels (envelope, tables, table,
 * record, a list or a setting's value); settings values are free-form JSON, so there is room to spare.
 */
export const MAX_BACKUP_DEPTH = 64;

/**
 * How deeply `value` nests arrays and objects (a plain value is 0), counted without recursion so no
 * input can overflow the stack; stops counting once past `limit`. Exported for tests.
 */
export function nestingDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    const children = Array.isArray(item) ? item : Object.values(item);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, level]);
    }
  }
  return deepest;
}

/**
 * Reads a backup file's text and checks everything: JSON, envelope, versions, checksum and every record.
 * Older schema versions are migrated to the current one. Never throws: problems come back as `BackupError`.
 * `onProgress` hears each phase start and, while validating, every few thousand records.
 */
export async function parseBackup(text: string, onProgress?: ProgressListener): Promise<ParseResult> {
  const fail = (code: BackupProblemCode, message: string): ParseResult => ({
    ok: false,
    error: new BackupError(code, message),
  });

  if (text.length > MAX_BACKUP_BYTES) {
    return fail(
      'too-large',
      `The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, so it cannot be a Growth Ledger backup. Choose a backup the app wrote: they are in the backups folder, or wherever you exported one.`,
    );
  }
  if (text.trim().length === 0) {
    return fail('empty', 'The file is empty, so there is nothing to restore from it. Choose another backup.');
  }

  let raw: unknown;
  onProgress?.({ phase: 'parsing', done: 0, total: 1 });
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // JSON.parse's own words quote the file ("NaN" is not valid JSON): only where it stopped is kept.
    const position = /position (\d+)/.exec(errorMessage(error))?.[1];
    const where =
      position === undefined ? '' : ` (it stops being valid at character ${Number(position) + 1})`;
    return fail(
      'not-json',
      `The file is not valid JSON, so it may be truncated or not a backup at all${where}. Choose another backup, such as an automatic one from the backups folder.`,
    );
  }

  // Checked before anything walks the data recursively (the checksum, the schemas), which a file
  // nested thousands of levels deep would overflow.
  if (nestingDepth(raw, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
    return fail(
      'too-deep',
      `The file nests its data more than ${MAX_BACKUP_DEPTH} levels deep, which no Growth Ledger backup does, so it was not used. Choose a backup the app wrote.`,
    );
  }

  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT_ID) {
    return fail(
      'not-a-backup',
      'This file is not a Growth Ledger backup. Choose a file the app wrote: a backup from the backups folder, or one you exported.',
    );
  }
  // A Growth Ledger backup whose version field is damaged says so, rather than "not a backup".
  const header = envelopeHeaderSchema.safeParse(raw);
  if (!header.success) {
    return fail(
      'bad-envelope',
      `This Growth Ledger backup's format version is missing or damaged. ${CHOOSE_ANOTHER}`,
    );
  }
  if (header.data.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(
      'newer-format',
      `This backup uses format version ${header.data.formatVersion}, made by a newer Growth Ledger. Update the app to restore it.`,
    );
  }

  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    return fail(
      'bad-envelope',
      `The backup's header is damaged (${first ? describeIssue(first) : 'unknown problem'}). ${CHOOSE_ANOTHER}`,
    );
  }
  const data = envelope.data;
  if (data.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return fail(
      'newer-schema',
      `This backup holds data version ${data.schemaVersion}, but this app understands up to version ${CURRENT_SCHEMA_VERSION}. Update the app to restore it.`,
    );
  }

  onProgress?.({ phase: 'checksum', done: 0, total: 1 });
  const checksum = await sha256Hex(canonicalTables(data.tables));
  if (checksum !== data.checksum.value) {
    return fail(
      'checksum-mismatch',
      'The backup was changed or damaged after it was written (its checksum does not match), so it was not used. Choose another backup, such as an earlier automatic one from the backups folder.',
    );
  }

  const unconsumed = missingConsumedField(data.tables, data.schemaVersion);
  if (unconsumed) {
    const label = Object.hasOwn(TABLE_LABELS, unconsumed.table)
      ? TABLE_LABELS[unconsumed.table as TableName]
      : unconsumed.table;
    return fail(
      'invalid-record',
      `${label}, record ${unconsumed.index + 1}: ${unconsumed.field}: is missing. ${CHOOSE_ANOTHER}`,
    );
  }
  const migrated = migrateTables(data.tables, data.schemaVersion);
  // Own keys only: `in` would take "constructor" or "toString" for tables this app knows.
  const unknownTables = Object.keys(migrated).filter((name) => !Object.hasOwn(tableSchemas, name));
  if (unknownTables.length > 0) {
    return fail(
      'bad-envelope',
      `The backup has tables this app does not know: ${unknownTables.join(', ')}. If a newer Growth Ledger made it, update the app; if not, ${CHOOSE_ANOTHER.charAt(0).toLowerCase()}${CHOOSE_ANOTHER.slice(1)}`,
    );
  }

  const total = countRecords(migrated);
  let done = 0;
  onProgress?.({ phase: 'validating', done, total });
  const tables = {} as Record<TableName, unknown[]>;
  for (const name of TABLE_NAMES) {
    const records = Object.hasOwn(migrated, name) ? (migrated[name] ?? []) : [];
    const schema = tableSchemas[name];
    const valid: unknown[] = [];
    // The primary key (settings: `key`, every other table: `id`) must be unique, as the database will
    // insist when the backup is applied: found here, before the preview, not as a failed restore.
    const keyField = name === 'settings' ? 'key' : 'id';
    const seen = new Map<unknown, number>();
    for (let index = 0; index < records.length; index += 1) {
      if (onProgress && index > 0 && index % VALIDATION_PROGRESS_STEP === 0) {
        onProgress({ phase: 'validating', done: done + index, total });
      }
      const result = schema.safeParse(records[index]);
      if (!result.success) {
        const first = result.error.issues[0];
        return fail(
          'invalid-record',
          `${TABLE_LABELS[name]}, record ${index + 1}: ${first ? describeIssue(first) : 'not a valid record'}. ${CHOOSE_ANOTHER}`,
        );
      }
      const key = (result.data as Record<string, unknown>)[keyField];
      const first = seen.get(key);
      if (first !== undefined) {
        return fail(
          'invalid-record',
          `${TABLE_LABELS[name]}, record ${index + 1}: its ${keyField} "${String(key)}" is also the ${keyField} of record ${first + 1}, and each record needs its own. ${CHOOSE_ANOTHER}`,
        );
      }
      seen.set(key, index);
      valid.push(result.data);
    }
    tables[name] = valid;
    done += records.length;
    if (records.length > 0) onProgress?.({ phase: 'validating', done, total });
  }

  const dangling = danglingReference(tables as unknown as TableData);
  if (dangling) {
    const target = TARGET_WORDS[dangling.target];
    return fail(
      'invalid-record',
      `${TABLE_LABELS[dangling.table]}, record ${dangling.index + 1}: ${dangling.field} points to the ${target} "${dangling.id}", which is not in the backup. ${CHOOSE_ANOTHER}`,
    );
  }

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT_ID,
      formatVersion: data.formatVersion,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: data.appVersion,
      createdAt: data.createdAt,
      checksum: { algorithm: 'sha-256', value: data.checksum.value },
      tables: tables as unknown as TableData,
    },
  };
}

/** What a restore would change, table by table, for the preview shown before the user confirms. */
export interface RestorePreviewRow {
  table: TableName;
  label: string;
  current: number;
  incoming: number;
}

export function restorePreview(current: Record<TableName, number>, incoming: TableData): RestorePreviewRow[] {
  return TABLE_NAMES.map((table) => ({
    table,
    label: TABLE_LABELS[table],
    current: current[table],
    incoming: incoming[table].length,
  })).filter((row) => row.current > 0 || row.incoming > 0);
}
