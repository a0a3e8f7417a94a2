/**
 * `npm run seed -- --years 5 --out FILE [--seed N] [--end yyyy-MM-dd]`: writes a backup file of a
 * realistic, deterministic journal (scripts/dataset.ts) that the app restores like any other backup
 * (Backup & restore → Import). Same options → byte-for-byte the same file.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { countRecords, createBackup, serializeBackup } from '@shared/domain/backup';
import { DEFAULT_END, DEFAULT_SEED, generateDataset, type DatasetOptions } from './dataset';

export async function seedBackupText(options: DatasetOptions): Promise<{ text: string; records: number }> {
  const tables = generateDataset(options);
  const backup = await createBackup(tables, {
    appVersion: 'seed',
    createdAt: `${options.end}T18:00:00.000Z`,
  });
  return { text: serializeBackup(backup), records: countRecords(tables) };
}

export function parseSeedArgs(argv: string[]): DatasetOptions & { out: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      years: { type: 'string', default: '5' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      end: { type: 'string', default: DEFAULT_END },
    },
  });
  const years = Number(values.years);
  const seed = Number(values.seed);
  if (!values.out)
    throw new Error('Say where to write the backup: --out FILE (e.g. --out five-years.growthledger).');
  if (!(years > 0 && years <= 20))
    throw new Error(`--years must be a number above 0 and at most 20, not "${values.years}".`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}".`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.end))
    throw new Error(`--end must be a date as yyyy-MM-dd, not "${values.end}".`);
  return { years, seed, end: values.end, out: values.out };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const options = parseSeedArgs(process.argv.slice(2));
    const { text, records } = await seedBackupText(options);
    await writeFile(options.out, text);
    console.log(
      `Wrote ${options.out}: ${records.toLocaleString('en')} records, ${(text.length / 1024 / 1024).toFixed(1)} MB ` +
        `(${options.years} year${options.years === 1 ? '' : 's'} to ${options.end}, seed ${options.seed}). Restore it from Backup & restore → Import.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
