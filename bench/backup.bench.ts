/**
 * Backup throughput at realistic and extreme sizes, in the pure code that both the renderer and main run,
 * and the backup worker's jobs on a database (fake-indexeddb in Node: its puts are slower than
 * Chromium's, so the restore ratio here flatters the app; `bench:app` measures the real one).
 * Printed, never asserted: wall-clock time depends on the machine.
 */
import 'fake-indexeddb/auto';
import { countRecords, createBackup, parseBackup, serializeBackup } from '@shared/domain/backup';
import { backupContent } from '@shared/domain/backup-content';
import { backupsToDelete, type BackupFileInfo } from '@shared/domain/rotation';
import type { TableData } from '@shared/types/entities';
import { TABLE_NAMES } from '@shared/types/tables';
import { LedgerDb } from '@renderer/db/db';
import { writeAllTables } from '@renderer/db/tables';
import { memoryStampStorage } from '@renderer/db/change-stamp';
import { fingerprint } from '@renderer/features/backup/model/change-stamp';
import { createBackupService } from '@renderer/features/backup/worker/service';
import { createFileTickets } from '@main/services/file-tickets';
import type { ResultOf, WorkerRequest, WorkerResponse } from '@renderer/features/backup/worker/protocol';
import { bigDatabase } from './data';
import { measure, printTable, type BenchResult } from './harness';

const META = { appVersion: 'bench', createdAt: '2026-11-28T10:00:00.000Z' };

export async function runBackupBench() {
  for (const entries of [2_000, 20_000]) {
    const tables = bigDatabase(entries);
    const text = serializeBackup(await createBackup(tables, META));
    const title = `Backup of ${countRecords(tables)} records (${(text.length / 1024 / 1024).toFixed(1)} MB)`;
    const backup = await createBackup(tables, META);
    const floor = await measure('JSON.stringify of the same backup (floor)', () =>
      JSON.stringify(backup, null, 1),
    );
    const serialise = await measure('serialise, keeping -0 (serializeBackup)', () => serializeBackup(backup));
    printTable(title, [
      floor,
      serialise,
      await measure('create + serialise (Back up now)', async () =>
        serializeBackup(await createBackup(tables, META)),
      ),
      await measure('parse + checksum + validate every record', async () => {
        const result = await parseBackup(text);
        if (!result.ok) throw result.error;
      }),
    ]);
    console.log(`  serialise vs floor: ${(serialise.medianMs / floor.medianMs).toFixed(2)}×`);
  }

  await runWorkerBench(5_000);

  const files: BackupFileInfo[] = Array.from({ length: 3_650 }, (_, i) => {
    const day = new Date(Date.UTC(2016, 0, 1 + i)).toISOString().slice(0, 10);
    return { fileName: `auto-${day}.json`, kind: 'auto', day, stamp: day };
  });
  printTable('Rotation', [
    await measure('pick deletions among 10 years of daily backups', () => backupsToDelete(files)),
  ]);
}

/**
 * The backup service as the worker runs it, one request at a time; resolves with the request's result.
 * A file to check is parked as main parks it (`park` gives its ticket) and read from the store directly
 * (the worker fetches it from the app protocol).
 */
function serviceCaller() {
  const waiting = new Map<number, (response: WorkerResponse) => void>();
  const tickets = createFileTickets();
  const service = createBackupService(
    (response) => {
      if (response.type !== 'progress') waiting.get(response.id)?.(response);
    },
    async (ticket) => tickets.take(ticket),
  );
  let nextId = 1;
  const ask = <T extends WorkerRequest['type']>(request: Omit<Extract<WorkerRequest, { type: T }>, 'id'>) =>
    new Promise<ResultOf<T>>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (response) => {
        if (response.type === 'done') resolve(response.result as ResultOf<T>);
        else reject(new Error(response.type === 'failed' ? response.message : 'unexpected'));
      });
      service.receive({ ...request, id });
    });
  return { ask, park: (bytes: Uint8Array<ArrayBuffer>) => tickets.park(bytes), close: () => service.close() };
}

/**
 * Raw IndexedDB: every record put into a new, empty database in one transaction (the floor of a restore,
 * which writes a new generation: renderer/src/db/generations.ts).
 */
async function rawPut(tables: TableData): Promise<void> {
  const db = new LedgerDb(`bench-raw-${(rounds += 1)}`);
  await db.open();
  const idb = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction([...TABLE_NAMES], 'readwrite');
    for (const name of TABLE_NAMES) {
      const store = tx.objectStore(name);
      for (const record of tables[name]) store.put(record);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
  await db.delete();
}
let rounds = 0;

/** Median of `runs` interleaved rounds of each of `jobs` (interleaved so machine load hits all alike). */
async function interleaved(
  runs: number,
  jobs: Record<string, () => Promise<unknown>>,
): Promise<BenchResult[]> {
  const samples = new Map<string, number[]>(Object.keys(jobs).map((name) => [name, []]));
  for (let round = 0; round < runs; round += 1) {
    for (const [name, job] of Object.entries(jobs)) {
      const start = performance.now();
      await job();
      samples.get(name)!.push(performance.now() - start);
    }
  }
  return [...samples].map(([name, times]) => {
    times.sort((a, b) => a - b);
    return { name, runs: times.length, medianMs: times[times.length >> 1]!, p95Ms: times.at(-1)! };
  });
}

async function runWorkerBench(entries: number) {
  const tables = bigDatabase(entries);
  const text = serializeBackup(await createBackup(tables, META));
  const db = new LedgerDb(`bench-backup-${Date.now()}`);
  await writeAllTables(db, tables);
  const { ask, park, close } = serviceCaller();

  // Restore as the worker does it: check (parse + checksum + validate) before the preview, then on
  // confirm the safety backup and the replacement. Timed in parts, interleaved with the floor.
  let handle = '';
  const [floor, check, confirm] = await interleaved(5, {
    'raw IndexedDB put of the same records into a new database (floor)': () => rawPut(tables),
    'check: parse + checksum + validate (before the preview)': async () => {
      const ticket = park(backupContent(text));
      const plan = await ask<'plan'>({ type: 'plan', dbName: db.name, ticket });
      if (!plan.ok) throw new Error(plan.message);
      handle = plan.handle;
    },
    'confirm: safety backup + write a new generation': async () => {
      await ask<'backup'>({ type: 'backup', dbName: db.name, ...META });
      const target = `${db.name}@${(rounds += 1)}`;
      await ask<'restore'>({ type: 'restore', dbName: db.name, target, handle });
      await new LedgerDb(target).delete();
    },
  });

  // The automatic backup when nothing changed: the fingerprint only (stamp + counts), vs a full backup.
  const storage = memoryStampStorage();
  const unchanged = await measure('auto backup, nothing changed: fingerprint only', () =>
    fingerprint(db, storage),
  );
  const full = await measure(
    'auto backup, changed: read + create + serialise (backup worker)',
    () => ask<'backup'>({ type: 'backup', dbName: db.name, ...META }),
    3_000,
  );
  await close();
  await db.delete();

  printTable(`Backup worker on a database of ${countRecords(tables)} records (fake-indexeddb)`, [
    floor!,
    check!,
    confirm!,
    unchanged,
    full,
  ]);
  const ratio = (ms: number) => `${(ms / floor!.medianMs).toFixed(2)}×`;
  console.log(`  check + restore vs raw put: ${ratio(check!.medianMs + confirm!.medianMs)}`);
  console.log(`  restore after the preview (confirm) vs raw put: ${ratio(confirm!.medianMs)}`);
  console.log(
    `  unchanged auto-backup check vs full serialise: ${(unchanged.medianMs / full.medianMs).toFixed(3)}×`,
  );
}
