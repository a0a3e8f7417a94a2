/** Real temp folders and real backup texts for the main-process tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { emptyTableData, type Profile } from '@shared/types/entities';

/**
 * Makes a fresh temp folder per test and removes them all afterwards. A test owns its folders until its
 * writers are done: whatever writes into them (a state store, a desktop) registers a `closeFirst`
 * function, and `cleanup` awaits every one of them before removing anything.
 */
export function tempDirs() {
  const made: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  return {
    async make(prefix = 'gl-test-'): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    /** Registers a writer's close: it must resolve only once that writer can write nothing more. */
    closeFirst(close: () => Promise<void>): void {
      closers.push(close);
    },
    async cleanup(): Promise<void> {
      await Promise.all(closers.splice(0).map((close) => close()));
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

export function profile(name = 'Ada'): Profile {
  return {
    id: 'me',
    name,
    currentLevel: 'Senior engineer',
    role: 'Backend engineer',
    targetTrack: 'staff',
    targetDate: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  };
}

/** A valid backup text; `name` varies the content (and so the checksum), `empty` leaves every table empty. */
export async function backupText({ name = 'Ada', empty = false } = {}): Promise<string> {
  const tables = emptyTableData();
  if (!empty) tables.profile.push(profile(name));
  return serializeBackup(
    await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' }),
  );
}
