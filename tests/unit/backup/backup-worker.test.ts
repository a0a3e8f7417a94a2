/**
 * The backup worker: its message protocol (the service run directly, as the worker entry runs it), the
 * client over a worker-like port (every message structured-cloned, as postMessage does) against the
 * same service in-thread, the fallback when a worker never starts, and the automatic backup that skips
 * unchanged data without reading it. A backup file to check is parked as main parks it and read by the
 * service with its ticket (tests/unit/support/parked-files.ts); the worker's own reader, a fetch from the
 * app protocol, is tested against the real protocol handler. All on fake-indexeddb; no wall-clock
 * assertions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withParents } from '@tests/fixtures/parent-records';
import { FakeClock } from '@tests/fixtures/fake-desktop';
import { serveFetchHandler } from '@tests/fixtures/http-server';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createAppProtocolHandler, PRODUCTION_CSP } from '@main/services/app-protocol';
import { createFileTickets, FILE_TICKET_TTL_MS } from '@main/services/file-tickets';
import { createBackup, serializeBackup, type BackupProgress } from '@shared/domain/backup';
import { backupContent, unpackBackup } from '@shared/domain/backup-content';
import { emptyTableData, type TableData } from '@shared/types/entities';
import { readAllTables, writeAllTables } from '@renderer/db/tables';
import Dexie from 'dexie';
import { LedgerDb } from '@renderer/db/db';
import { generationName, readyMarkerName } from '@renderer/db/generations';
import {
  resultSchemas,
  transferables,
  workerResponseSchema,
  type WorkerRequest,
  type WorkerResponse,
} from '@renderer/features/backup/worker/protocol';
import {
  createBackupService,
  FILE_GONE_MESSAGE,
  PROGRESS_INTERVAL_MS,
  progressReporter,
  STALE_PLAN_MESSAGE,
} from '@renderer/features/backup/worker/service';
import { parkedFilesAt } from '@renderer/features/backup/worker/parked-file';
import { BackupClient, inThreadPort, type BackupPort } from '@renderer/features/backup/worker/client';
import { applyRestore, planRestore } from '@renderer/features/backup/model/backup';
import { freshDb } from '../support/fresh-db';
import { calls } from '../support/fake-main';
import { parkedFiles, type ParkedFiles } from '../support/parked-files';

vi.mock('@renderer/platform/api', () => import('../support/fake-main'));

const META = { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' };
const STAMP = '2026-01-01T09:00:00.000Z';

/**
 * A few tables' worth of valid records: `entries` audit entries, a brag entry for every fourth. Ids sort
 * in creation order, so the tables equal what `readAllTables` (primary-key order) reads back.
 */
function sampleTables(entries: number, tag = 'a'): TableData {
  const tables = emptyTableData();
  for (let i = 0; i < entries; i += 1) {
    const key = String(i).padStart(6, '0');
    const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    tables.auditEntries.push({
      id: `${tag}-entry-${key}`,
      auditId: `audit-${i % 3}`,
      date: day,
      startTime: '09:30',
      minutes: 30,
      title: `Activity ${i} (${tag})`,
      categoryId: `cat-${i % 4}`,
      energy: (i % 5) - 2,
      note: '',
      mostImportant: i % 2 === 0,
      delegable: false,
      importKey: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    if (i % 4 === 0) {
      tables.bragEntries.push({
        id: `${tag}-brag-${key}`,
        date: day,
        title: `Win ${i}`,
        impact: 'Cut the p99 latency by a third.',
        numbers: '-33% p99',
        link: '',
        kind: 'delivery',
        createdAt: STAMP,
        updatedAt: STAMP,
      });
    }
  }
  // The audits and categories the activities belong to, as the app always has them.
  return withParents(tables);
}

async function backupBytes(tables: TableData): Promise<Uint8Array<ArrayBuffer>> {
  return backupContent(serializeBackup(await createBackup(tables, META)));
}

/**
 * A port that behaves like a worker: asynchronous, every message structured-cloned both ways, and a new
 * backup's bytes transferred (the sender's buffer is detached), as the worker port does. Files to check
 * are read from `files`.
 */
function clonedPort(files: ParkedFiles): BackupPort {
  let deliver: (data: unknown) => void = () => undefined;
  const service = createBackupService(
    (response) =>
      setTimeout(() => deliver(structuredClone(response, { transfer: transferables(response) })), 0),
    files.read,
  );
  return {
    post: (request) => service.receive(structuredClone(request)),
    listen: (onMessage) => {
      deliver = onMessage;
    },
    close: () => void service.close(),
  };
}

const clients: BackupClient[] = [];
function client(port: () => BackupPort): BackupClient {
  const made = new BackupClient(port);
  clients.push(made);
  return made;
}

beforeEach(() => {
  calls.list = [];
});
afterEach(() => {
  for (const made of clients.splice(0)) made.close();
});

/** Runs one request through the service directly and returns every message it answers with. */
async function converse(
  service: ReturnType<typeof createBackupService>,
  inbox: WorkerResponse[],
  request: unknown,
): Promise<WorkerResponse[]> {
  const from = inbox.length;
  service.receive(request);
  // Event-loop turns, not a clock: until the request's last message (done or failed) has arrived.
  while (!inbox.slice(from).some((message) => message.type !== 'progress')) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return inbox.slice(from);
}

function progressOf(messages: WorkerResponse[]): BackupProgress[] {
  return messages.flatMap((message) => (message.type === 'progress' ? [message.progress] : []));
}

/** Phases never go back, and within a phase `done` never decreases nor passes `total`. */
/** The first and last progress of each phase, in order. */
function phaseEnds(progress: BackupProgress[]): BackupProgress[] {
  return progress.filter((p, i) => progress[i - 1]?.phase !== p.phase || progress[i + 1]?.phase !== p.phase);
}

function expectInOrder(progress: BackupProgress[], phases: BackupProgress['phase'][]) {
  expect([...new Set(progress.map((p) => p.phase))]).toEqual(phases);
  for (let i = 1; i < progress.length; i += 1) {
    const [before, now] = [progress[i - 1]!, progress[i]!];
    if (before.phase === now.phase) expect(now.done).toBeGreaterThanOrEqual(before.done);
    expect(now.done).toBeLessThanOrEqual(now.total);
  }
}

describe('the backup worker protocol', () => {
  it('answers backup, plan, restore and discard with valid messages, progress first and in order', async () => {
    const db = freshDb();
    await writeAllTables(db, sampleTables(6_000, 'old'));
    const inbox: WorkerResponse[] = [];
    const files = parkedFiles();
    const service = createBackupService((response) => inbox.push(response), files.read);
    onTestFinished(() => service.close());

    // backup: reading → serialising, then the text, which is a valid backup of what is in the database.
    const backup = await converse(service, inbox, {
      type: 'backup',
      id: 1,
      dbName: db.name,
      appVersion: '1.0.0',
      createdAt: META.createdAt,
    } satisfies WorkerRequest);
    for (const message of backup) expect(workerResponseSchema.safeParse(message).success).toBe(true);
    expect(backup.at(-1)?.type).toBe('done');
    expectInOrder(progressOf(backup), ['reading', 'serialising']);
    const saved = resultSchemas.backup.parse((backup.at(-1) as { result: unknown }).result);
    expect(saved.records).toBe(7_507); // 6,000 activities, 1,500 brag entries, 3 audits, 4 categories
    expect(JSON.parse(await unpackBackup(saved.packed))).toMatchObject({
      appVersion: '1.0.0',
      createdAt: META.createdAt,
    });

    // plan: the file read with its ticket (used up: the store holds nothing more), parsing → checksum →
    // validating (every few thousand records), then the preview and a handle.
    const incoming = sampleTables(3, 'new');
    const plan = await converse(service, inbox, {
      type: 'plan',
      id: 2,
      dbName: db.name,
      ticket: files.park(await backupBytes(incoming)),
    });
    expect(files.tickets.size).toBe(0);
    expect(plan.at(-1)?.type).toBe('done');
    expectInOrder(progressOf(plan), ['parsing', 'checksum', 'validating']);
    const checked = resultSchemas.plan.parse((plan.at(-1) as { result: unknown }).result);
    if (!checked.ok) throw new Error(checked.message);
    expect(checked).toMatchObject({ currentRecords: 7_507, incomingRecords: 10, createdAt: META.createdAt });
    expect(checked.preview.map(({ table, current, incoming }) => [table, current, incoming])).toEqual([
      ['audits', 3, 3],
      ['auditCategories', 4, 3],
      ['auditEntries', 6_000, 3],
      ['bragEntries', 1_500, 1],
    ]);

    // restore: replacing, counted up to every record, into the new generation, which then holds exactly
    // the backup and is marked complete; the database in use is not written.
    const before = await readAllTables(db);
    const target = `${db.name}@1`;
    const restore = await converse(service, inbox, {
      type: 'restore',
      id: 3,
      dbName: db.name,
      target,
      handle: checked.handle,
    });
    expect(restore.at(-1)).toEqual({ type: 'done', id: 3, result: { restoredRecords: 10 } });
    const replacing = progressOf(restore);
    expectInOrder(replacing, ['replacing']);
    expect(replacing.at(-1)).toEqual({ phase: 'replacing', done: 10, total: 10 });
    const restored = new LedgerDb(target);
    onTestFinished(() => restored.delete());
    expect(await readAllTables(restored)).toEqual(incoming);
    expect(await readAllTables(db)).toEqual(before);
    expect(await Dexie.exists(readyMarkerName(target))).toBe(true);

    // The handle is used up; discarding an unknown handle is harmless.
    expect(
      await converse(service, inbox, {
        type: 'restore',
        id: 4,
        dbName: db.name,
        target: `${db.name}@2`,
        handle: checked.handle,
      }),
    ).toEqual([{ type: 'failed', id: 4, message: STALE_PLAN_MESSAGE }]);
    expect(await converse(service, inbox, { type: 'discard', id: 5, handle: 'nope' })).toEqual([
      { type: 'done', id: 5, result: {} },
    ]);
  });

  it('refuses a malformed request, and reports a bad backup as a plan that is not ok', async () => {
    const db = freshDb();
    const inbox: WorkerResponse[] = [];
    const files = parkedFiles();
    const service = createBackupService((response) => inbox.push(response), files.read);
    onTestFinished(() => service.close());
    const [refused] = await converse(service, inbox, { type: 'restore', id: 7, dbName: db.name });
    expect(refused).toMatchObject({ type: 'failed', id: 7 });
    expect(refused?.type === 'failed' && refused.message).toMatch(/malformed/);
    expect(await converse(service, inbox, 'not even an object')).toMatchObject([{ type: 'failed', id: 0 }]);
    // A ticket is the store's own shape (43 URL-safe characters): never a path or a URL to fetch.
    for (const ticket of ['../../etc/passwd', 'https://example.com/x', 'a'.repeat(42)]) {
      const [notTicket] = await converse(service, inbox, { type: 'plan', id: 9, dbName: db.name, ticket });
      expect(notTicket).toMatchObject({ type: 'failed', id: 9, message: /malformed/ });
    }

    const bad = await converse(service, inbox, {
      type: 'plan',
      id: 8,
      dbName: db.name,
      ticket: files.park(backupContent('{"tables":')),
    });
    const answer = bad.at(-1);
    expect(answer?.type).toBe('done');
    expect(resultSchemas.plan.parse(answer?.type === 'done' ? answer.result : null).ok).toBe(false);
  });
});

describe('the backup client', () => {
  it('restores through a worker-like port exactly as in-thread, and reports progress in order', async () => {
    const tables = sampleTables(2_000, 'backup');
    const results: { restored: TableData; progress: BackupProgress[]; calls: string[] }[] = [];
    for (const port of [clonedPort, (files: ParkedFiles) => inThreadPort(files.read)]) {
      const db = freshDb();
      await writeAllTables(db, sampleTables(50, 'before'));
      calls.list = [];
      const files = parkedFiles();
      const options = {
        client: client(() => port(files)),
        onProgress: (p: BackupProgress) => progress.push(p),
      };
      const progress: BackupProgress[] = [];
      const plan = await planRestore(db, files.park(await backupBytes(tables)), options);
      // The file was read by the service with its ticket, once: nothing of it is left parked.
      expect(files.tickets.size).toBe(0);
      if (!plan.ok) throw new Error(plan.message);
      expect(plan).toMatchObject({ incomingRecords: 2_507, currentRecords: 70 });
      const outcome = await applyRestore(db, plan, new Date(META.createdAt), options);
      expect(outcome).toEqual({
        restoredRecords: 2_507,
        safetyBackup: 'pre-restore.json',
        database: generationName(new Date(META.createdAt)),
      });
      const restored = new LedgerDb(outcome.database);
      results.push({
        restored: await readAllTables(restored),
        progress,
        calls: calls.list.map((c) => c.channel),
      });
      // The next round restores at the same time, into the same name.
      await restored.delete();
      await Dexie.delete(readyMarkerName(outcome.database));
    }
    const [viaWorker, inThread] = results;
    expect(viaWorker!.restored).toEqual(tables);
    expect(inThread!.restored).toEqual(viaWorker!.restored);
    // Progress in between is sent at most every 100 ms, so it depends on timing; where each phase starts
    // and ends does not.
    expect(phaseEnds(inThread!.progress)).toEqual(phaseEnds(viaWorker!.progress));
    for (const run of results) expect(run.calls.filter((c) => c !== 'app:info')).toEqual(['backup:save']);
    // check, then the safety backup, then the replacement.
    expectInOrder(viaWorker!.progress, [
      'parsing',
      'checksum',
      'validating',
      'reading',
      'serialising',
      'replacing',
    ]);
  });

  it('saves the safety backup before replacing anything, and replaces nothing when that fails', async () => {
    const db = freshDb();
    const before = sampleTables(10, 'before');
    await writeAllTables(db, before);
    const files = parkedFiles();
    const options = { client: client(() => clonedPort(files)) };
    const plan = await planRestore(db, files.park(await backupBytes(sampleTables(5, 'new'))), options);
    if (!plan.ok) throw new Error(plan.message);
    const safety = calls.list.length;
    await applyRestore(db, plan, new Date(), options);
    const save = calls.list.slice(safety).find((c) => c.channel === 'backup:save');
    expect(save?.request).toMatchObject({ kind: 'pre-restore' });
    const safetyText = await unpackBackup((save!.request as { packed: Uint8Array }).packed);
    expect((JSON.parse(safetyText) as { tables: TableData }).tables).toEqual(before);

    // A plan whose handle the worker no longer holds fails after the safety backup, changing nothing.
    const now = await readAllTables(db);
    await expect(applyRestore(db, plan, new Date(), options)).rejects.toThrow(STALE_PLAN_MESSAGE);
    expect(await readAllTables(db)).toEqual(now);
  });

  it('refuses a backup with a repeated id at the check, before any preview or safety copy', async () => {
    const db = freshDb();
    const before = sampleTables(10, 'before');
    await writeAllTables(db, before);
    const incoming = sampleTables(200, 'new');
    incoming.bragEntries.push({ ...incoming.bragEntries[0]!, title: 'The same id again' });
    const files = parkedFiles();
    const plan = await planRestore(db, files.park(await backupBytes(incoming)), {
      client: client(() => clonedPort(files)),
    });
    expect(plan.ok ? null : plan.message).toMatch(
      /Brag entries, record \d+: its id ".+" is also the id of record 1/,
    );
    expect(await readAllTables(db)).toEqual(before);
  });

  it('a restore that fails part-way leaves the data in use as it was and deletes the unfinished copy', async () => {
    const db = freshDb();
    const before = sampleTables(10, 'before');
    await writeAllTables(db, before);
    const incoming = sampleTables(2_000, 'new');
    const files = parkedFiles();
    const options = { client: client(() => clonedPort(files)) };
    const plan = await planRestore(db, files.park(await backupBytes(incoming)), options);
    if (!plan.ok) throw new Error(plan.message);
    // The storage gives out batches into the write (a full disk or quota).
    // The real method, taken unbound on purpose: the stand-in calls it with the store as `this`.
    const add = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'add')
      ?.value as IDBObjectStore['add'];
    let adds = 0;
    const full = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      adds += 1;
      if (adds === 1_500) throw new DOMException('There is no room left.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const at = new Date('2026-05-01T10:00:00Z');
    try {
      // Said in the app's words (issue 14), not the engine's: what happened, that nothing changed, what to do.
      await expect(applyRestore(db, plan, at, options)).rejects.toThrow(
        /^The restore stopped because the space this computer allows Growth Ledger for its data is used up\. Nothing was changed: your data is as it was\. Free some disk space/,
      );
    } finally {
      full.mockRestore();
    }
    expect(adds).toBeGreaterThanOrEqual(1_500);
    expect(await readAllTables(db)).toEqual(before);
    expect(await Dexie.exists(generationName(at))).toBe(false);
    expect(await Dexie.exists(readyMarkerName(generationName(at)))).toBe(false);
  });

  it('falls back to the in-thread service when the worker dies before answering, replaying the request', async () => {
    const db = freshDb();
    await writeAllTables(db, sampleTables(4));
    const deadWorker: BackupPort = {
      post: () => undefined,
      listen: (_onMessage, onCrash) => setTimeout(() => onCrash('blocked by the test'), 0),
      close: () => undefined,
    };
    const made = client(() => deadWorker);
    const { records } = await made.request({
      type: 'backup',
      dbName: db.name,
      appVersion: 'x',
      createdAt: META.createdAt,
    });
    expect(records).toBe(12);
  });

  it('refuses a malformed answer instead of trusting it', async () => {
    let deliver: (data: unknown) => void = () => undefined;
    const liar: BackupPort = {
      post: (request) =>
        setTimeout(() => deliver({ type: 'done', id: request.id, result: { packed: 42 } }), 0),
      listen: (onMessage) => {
        deliver = onMessage;
      },
      close: () => undefined,
    };
    const request = client(() => liar).request({
      type: 'backup',
      dbName: 'any',
      appVersion: 'x',
      createdAt: META.createdAt,
    });
    await expect(request).rejects.toThrow(/malformed result/);
  });
});

describe('the backup file to check, read with its ticket', () => {
  it('is read once: the same ticket again, an unknown or an expired one says to choose the file again and changes nothing', async () => {
    const db = freshDb();
    const before = sampleTables(10, 'before');
    await writeAllTables(db, before);
    const clock = new FakeClock('2026-11-28T10:00:00Z');
    const files = parkedFiles(createFileTickets({ clock }));
    const options = { client: client(() => clonedPort(files)) };
    const bytes = await backupBytes(sampleTables(5, 'new'));

    const ticket = files.park(bytes.slice());
    expect((await planRestore(db, ticket, options)).ok).toBe(true);
    const gone = { ok: false, message: FILE_GONE_MESSAGE };
    expect(await planRestore(db, ticket, options)).toEqual(gone);
    expect(await planRestore(db, createFileTickets().park(bytes.slice()), options)).toEqual(gone);
    const expiring = files.park(bytes.slice());
    clock.advanceBy(FILE_TICKET_TTL_MS);
    expect(files.tickets.size).toBe(0);
    expect(await planRestore(db, expiring, options)).toEqual(gone);

    // Nothing was written or sent to main: the message is all that happened.
    expect(await readAllTables(db)).toEqual(before);
    expect(calls.list.filter((c) => c.channel !== 'app:info')).toEqual([]);
    expect(FILE_GONE_MESSAGE).toMatch(/Nothing was changed\. Choose the file again\.$/);
  });

  it('a failed read is not the file gone: it fails with its own message, and the check changes nothing', async () => {
    const db = freshDb();
    const unreadable = client(() =>
      inThreadPort(async () => {
        throw new Error('The backup file could not be read (a test). Nothing was changed.');
      }),
    );
    await expect(
      planRestore(db, createFileTickets().park(new Uint8Array(1)), { client: unreadable }),
    ).rejects.toThrow('The backup file could not be read (a test). Nothing was changed.');
  });

  describe('as the worker reads it: fetched from the app protocol', () => {
    /** The app protocol (real handler, real http) serving the files parked in `tickets`. */
    async function appServer(tickets = createFileTickets()) {
      const rootDir = await mkdtemp(join(tmpdir(), 'gl-parked-'));
      let handle: (request: Request) => Promise<Response> = async () => new Response(null, { status: 503 });
      const served = await serveFetchHandler((request) => handle(request));
      handle = createAppProtocolHandler({
        rootDir,
        csp: PRODUCTION_CSP,
        host: `127.0.0.1:${served.port}`,
        tickets,
      });
      onTestFinished(async () => {
        await new Promise((done) => served.server.close(done));
        await rm(rootDir, { recursive: true, force: true });
      });
      // Where the worker's script is: the reader resolves `/__file/…` against its own origin.
      return { tickets, base: `${served.origin}/assets/backup.worker-abc.js` };
    }

    it('gets the bytes once; a used or unknown ticket reads as gone', async () => {
      const { tickets, base } = await appServer();
      const read = parkedFilesAt(base);
      const bytes = await backupBytes(sampleTables(3));
      const ticket = tickets.park(bytes.slice());
      expect(await read(ticket)).toEqual(bytes);
      expect(await read(ticket)).toBeNull();
      expect(await read(createFileTickets().park(bytes.slice()))).toBeNull();
      expect(tickets.size).toBe(0);
    });

    it('checks and restores a parked backup through it, and a second check of the same ticket says to choose again', async () => {
      const { tickets, base } = await appServer();
      const db = freshDb();
      const incoming = sampleTables(20, 'parked');
      const options = { client: client(() => inThreadPort(parkedFilesAt(base))) };
      const ticket = tickets.park(await backupBytes(incoming));
      const plan = await planRestore(db, ticket, options);
      if (!plan.ok) throw new Error(plan.message);
      const outcome = await applyRestore(db, plan, new Date(META.createdAt), options);
      const restored = new LedgerDb(outcome.database);
      onTestFinished(async () => {
        await restored.delete();
        await Dexie.delete(readyMarkerName(outcome.database));
      });
      expect(await readAllTables(restored)).toEqual(incoming);
      expect(await planRestore(db, ticket, options)).toEqual({ ok: false, message: FILE_GONE_MESSAGE });
    });

    it('refuses an answer that is not a parked file, or no answer, with a message to choose the file again', async () => {
      const html = await serveFetchHandler(
        async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
      );
      const broken = await serveFetchHandler(async () => new Response('no', { status: 500 }));
      // A server that is no longer there: the fetch itself fails.
      const stopped = await serveFetchHandler(async () => new Response(null));
      await new Promise((done) => stopped.server.close(done));
      onTestFinished(async () => {
        await new Promise((done) => html.server.close(done));
        await new Promise((done) => broken.server.close(done));
      });
      const ticket = createFileTickets().park(new Uint8Array(1));
      const choose =
        /^The backup file could not be read \(.+\)\. Nothing was changed\. Choose the file again\.$/;
      for (const [origin, why] of [
        [html.origin, /answered with text\/html/],
        [broken.origin, /answered 500/],
        [stopped.origin, /\(.+\)/],
      ] as const) {
        const read = parkedFilesAt(origin)(ticket);
        await expect(read).rejects.toThrow(why);
        await expect(read).rejects.toThrow(choose);
      }
    });
  });
});

describe('progress reaches the page at most ten times a second', () => {
  it('sends the first of each phase and its end at once, holds the rest, and flushes the last held', () => {
    let clock = 0;
    const sent: BackupProgress[] = [];
    const progress = progressReporter(
      (p) => sent.push(p),
      () => clock,
    );
    const step = (phase: BackupProgress['phase'], done: number, total: number) =>
      progress.report({ phase, done, total });
    step('parsing', 0, 10);
    step('parsing', 3, 10);
    clock += PROGRESS_INTERVAL_MS - 1;
    step('parsing', 5, 10);
    clock += 1;
    step('parsing', 6, 10);
    step('parsing', 10, 10);
    step('replacing', 0, 100);
    step('replacing', 40, 100);
    expect(sent).toEqual([
      { phase: 'parsing', done: 0, total: 10 },
      { phase: 'parsing', done: 6, total: 10 },
      { phase: 'parsing', done: 10, total: 10 },
      { phase: 'replacing', done: 0, total: 100 },
    ]);
    progress.flush();
    expect(sent.at(-1)).toEqual({ phase: 'replacing', done: 40, total: 100 });
    progress.flush();
    expect(sent).toHaveLength(5);
  });
});
