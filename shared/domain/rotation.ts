/**
 * Which backup files to keep. Pure: callers pass the file list and the policy, and delete what comes back.
 *
 * - automatic backups: the newest `daily` distinct days, plus the newest backup of each of the `monthly`
 *   newest months not already covered — a grandfather–father–son scheme;
 * - backups taken before a restore: each one until `preRestore` newer ones from later days exist. Copies
 *   from the same day never push each other out: a day of repeated restores keeps the undo copy of its
 *   first one;
 * - manual backups (Back up now): never deleted automatically;
 * - backups taken before a schema upgrade: never deleted automatically either. There is one per update
 *   that changed the database, and it is the only copy of the data as the previous version kept it.
 */
export type BackupKind = 'auto' | 'manual' | 'pre-restore' | 'pre-upgrade';

/** The kinds only the user deletes. */
const KEPT_FOREVER: ReadonlySet<BackupKind> = new Set(['manual', 'pre-upgrade']);

export interface BackupFileInfo {
  fileName: string;
  kind: BackupKind;
  /** Local calendar day the backup belongs to, yyyy-MM-dd. */
  day: string;
  /** Sortable creation stamp; later sorts higher. */
  stamp: string;
}

export interface RotationPolicy {
  daily: number;
  monthly: number;
  preRestore: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 14, monthly: 6, preRestore: 10 };

const newestFirst = (a: BackupFileInfo, b: BackupFileInfo) =>
  a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : a.fileName < b.fileName ? 1 : -1;

export function backupsToDelete(
  files: readonly BackupFileInfo[],
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const keep = new Set<string>();

  const autos = files.filter((f) => f.kind === 'auto').sort(newestFirst);
  const days = new Set<string>();
  for (const file of autos) {
    if (days.has(file.day)) continue;
    if (days.size >= policy.daily) break;
    days.add(file.day);
    keep.add(file.fileName);
  }
  const keptMonths = new Set<string>();
  for (const file of autos) {
    const month = file.day.slice(0, 7);
    if (keptMonths.has(month)) continue;
    if (keptMonths.size >= policy.monthly) break;
    keptMonths.add(month);
    keep.add(file.fileName);
  }

  const safety = files.filter((f) => f.kind === 'pre-restore').sort(newestFirst);
  let laterDays = 0; // copies from days after the current one
  safety.forEach((file, i) => {
    if (i > 0 && safety[i - 1]?.day !== file.day) laterDays = i;
    if (laterDays < policy.preRestore) keep.add(file.fileName);
  });

  return files
    .filter((f) => !KEPT_FOREVER.has(f.kind) && !keep.has(f.fileName))
    .map((f) => f.fileName)
    .sort();
}
