/**
 * Backup throughput at realistic and extreme sizes, in the pure code that both the renderer and main run.
 * Printed, never asserted: wall-clock time depends on the machine.
 */
import { countRecords, createBackup, parseBackup, serializeBackup } from '@shared/domain/backup';
import { backupsToDelete, type BackupFileInfo } from '@shared/domain/rotation';
import { bigDatabase } from './data';
import { measure, printTable } from './harness';

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

  const files: BackupFileInfo[] = Array.from({ length: 3_650 }, (_, i) => {
    const day = new Date(Date.UTC(2016, 0, 1 + i)).toISOString().slice(0, 10);
    return { fileName: `auto-${day}.json`, kind: 'auto', day, stamp: day };
  });
  printTable('Rotation', [
    await measure('pick deletions among 10 years of daily backups', () => backupsToDelete(files)),
  ]);
}
