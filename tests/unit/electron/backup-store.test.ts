import { readFile, readdir, symlink, truncate, utimes, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupStore, parseBackupFileName } from '@main/services/backup/backup-store';
import { HandlerError } from '@main/ipc/dispatch';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import { backupText, tempDirs } from './helpers';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { emptyTableData } from '@shared/types/entities';

const temps = tempDirs();
afterEach(() => temps.cleanup());

/** Local noon on the given day, so file names never depend on the machine's time zone. */
const day = (year: number, monthIndex: number, date: number) => new Date(year, monthIndex, date, 12, 0, 0, 0);
const autoName = (date: Date) =>
  `auto-${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}.json`;

async function newStore() {
  const dir = join(await temps.make(), 'backups');
  return { dir, store: createBackupStore({ dir }) };
}

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

async function handlerError(promise: Promise<unknown>): Promise<HandlerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HandlerError);
  return error as HandlerError;
}

describe('backup store: saving', () => {
  it('saves a manual backup under a sortable local timestamp', async () => {
    const { dir, store } = await newStore();
    const text = await backupText();
    const result = await store.save(text, 'manual', new Date(2026, 10, 28, 13, 5, 9, 123));
    expect(result).toEqual({
      status: 'saved',
      fileName: 'manual-2026-11-28T13-05-09-123.json',
      path: join(dir, 'manual-2026-11-28T13-05-09-123.json'),
      bytes: Buffer.byteLength(text),
      deleted: [],
    });
    expect(await readFile(join(dir, 'manual-2026-11-28T13-05-09-123.json'), 'utf8')).toBe(text);
  });

  it('saves a pre-restore backup', async () => {
    const { store } = await newStore();
    const result = await store.save(await backupText(), 'pre-restore', new Date(2026, 0, 2, 3, 4, 5, 6));
    expect(result).toMatchObject({ status: 'saved', fileName: 'pre-restore-2026-01-02T03-04-05-006.json' });
  });

  // Issue 14: the copy taken before a schema upgrade names the version it precedes.
  it('saves a pre-upgrade backup named for the schema version it precedes, never replacing one', async () => {
    const { dir, store } = await newStore();
    const now = new Date(2026, 0, 2, 3, 4, 5, 6);
    const [first, second] = [await backupText({ name: 'a' }), await backupText({ name: 'b' })];
    const a = await store.save(first, 'pre-upgrade', now);
    const b = await store.save(second, 'pre-upgrade', now);
    const base = `pre-upgrade-v${CURRENT_SCHEMA_VERSION}-2026-01-02T03-04-05-006`;
    expect(a).toMatchObject({ status: 'saved', fileName: `${base}.json`, deleted: [] });
    expect(b).toMatchObject({ status: 'saved', fileName: `${base}-2.json`, deleted: [] });
    expect(await readFile(join(dir, `${base}.json`), 'utf8')).toBe(first);
    expect(await readFile(join(dir, `${base}-2.json`), 'utf8')).toBe(second);
  });

  it('never rotates a pre-upgrade backup away', async () => {
    const { dir, store } = await newStore();
    const upgrade = await store.save(await backupText({ name: 'u' }), 'pre-upgrade', day(2025, 0, 1));
    for (let i = 0; i < 12; i += 1) {
      await store.save(await backupText({ name: `p${i}` }), 'pre-restore', day(2026, 0, 1 + i));
    }
    for (let i = 0; i < 40; i += 1) {
      await store.save(await backupText({ name: `d${i}` }), 'auto', day(2026, 1, 1 + i * 5));
    }
    const all = await files(dir);
    expect(all.filter((n) => n.startsWith('pre-restore-'))).toHaveLength(10);
    expect(all.filter((n) => n.startsWith('auto-')).length).toBeLessThan(40);
    expect(all).toContain(upgrade.status === 'saved' ? upgrade.fileName : 'not saved');
  });

  it('gives two saves in the same millisecond different names, in order', async () => {
    const { dir, store } = await newStore();
    const now = new Date(2026, 10, 28, 13, 5, 9, 123);
    const [a, b, c] = await Promise.all([
      store.save(await backupText({ name: 'a' }), 'manual', now),
      store.save(await backupText({ name: 'b' }), 'manual', now),
      store.save(await backupText({ name: 'c' }), 'manual', now),
    ]);
    const names = [a, b, c].map((r) => (r?.status === 'saved' ? r.fileName : ''));
    expect(new Set(names).size).toBe(3);
    expect(await files(dir)).toHaveLength(3);
    const stamps = names.map((name) => parseBackupFileName(name)?.stamp ?? '');
    expect([...stamps].sort()).toEqual(stamps);
  });

  // Issue 14, item 8: two main processes on one folder overwrote each other's backups.
  it('two stores on one folder (two copies of the app) never overwrite each other’s backups', async () => {
    const { dir } = await newStore();
    const now = new Date(2026, 10, 28, 13, 5, 9, 123);
    const first = createBackupStore({ dir });
    const second = createBackupStore({ dir });
    const saves = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const store = i % 2 === 0 ? first : second;
        const text = await backupText({ name: `Person ${i}` });
        return { text, result: await store.save(text, 'manual', now) };
      }),
    );
    const names = saves.map(({ result }) => (result.status === 'saved' ? result.fileName : ''));
    expect(new Set(names).size).toBe(20);
    expect(await files(dir)).toEqual([...names].sort());
    for (const { text, result } of saves) {
      expect(result.status === 'saved' && (await readFile(result.path, 'utf8'))).toBe(text);
    }
  });

  it('saves one automatic backup per local day', async () => {
    const { dir, store } = await newStore();
    const result = await store.save(await backupText(), 'auto', day(2026, 10, 28));
    expect(result).toMatchObject({ status: 'saved', fileName: 'auto-2026-11-28.json' });
    await store.save(await backupText({ name: 'changed' }), 'auto', new Date(2026, 10, 28, 18, 0));
    expect(await files(dir)).toEqual(['auto-2026-11-28.json']);
    expect(await readFile(join(dir, 'auto-2026-11-28.json'), 'utf8')).toBe(
      await backupText({ name: 'changed' }),
    );
  });

  it('skips an automatic backup of an empty database, keeping the good ones', async () => {
    const { dir, store } = await newStore();
    await store.save(await backupText(), 'auto', day(2026, 10, 27));
    const result = await store.save(await backupText({ empty: true }), 'auto', day(2026, 10, 28));
    expect(result).toEqual({ status: 'skipped', reason: 'empty' });
    expect(await files(dir)).toEqual(['auto-2026-11-27.json']);
  });

  it('skips an automatic backup that holds only deletions (tombstones), which is no data either', async () => {
    const { dir, store } = await newStore();
    await store.save(await backupText(), 'auto', day(2026, 10, 27));
    const tables = emptyTableData();
    tables.tombstones.push({
      id: 'bragEntries:b1',
      table: 'bragEntries',
      recordId: 'b1',
      deletedAt: '2026-11-28T09:00:00.000Z',
    });
    const onlyDeletions = serializeBackup(
      await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' }),
    );
    const result = await store.save(onlyDeletions, 'auto', day(2026, 10, 28));
    expect(result).toEqual({ status: 'skipped', reason: 'empty' });
    expect(await files(dir)).toEqual(['auto-2026-11-27.json']);
  });

  it('skips an automatic backup identical to today’s', async () => {
    const { dir, store } = await newStore();
    const text = await backupText();
    await store.save(text, 'auto', new Date(2026, 10, 28, 9, 0));
    const result = await store.save(text, 'auto', new Date(2026, 10, 28, 17, 0));
    expect(result).toEqual({ status: 'skipped', reason: 'unchanged' });
    expect(await files(dir)).toEqual(['auto-2026-11-28.json']);
  });

  it('replaces a damaged automatic backup of today instead of calling it unchanged', async () => {
    const { dir, store } = await newStore();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'auto-2026-11-28.json'), '{"trunc');
    const text = await backupText();
    expect(await store.save(text, 'auto', day(2026, 10, 28))).toMatchObject({ status: 'saved' });
    expect(await readFile(join(dir, 'auto-2026-11-28.json'), 'utf8')).toBe(text);
  });

  it('refuses invalid or tampered text and writes nothing', async () => {
    const { dir, store } = await newStore();
    const tampered = (await backupText({ name: 'Ada' })).replace('"Ada"', '"Eve"');
    for (const text of ['not json', '{"format":"something-else"}', tampered]) {
      for (const kind of ['auto', 'manual', 'pre-restore'] as const) {
        const error = await handlerError(store.save(text, kind, day(2026, 10, 28)));
        expect(error.code).toBe('bad-backup');
      }
    }
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  it('assertValid returns the parsed backup', async () => {
    const { store } = await newStore();
    const backup = await store.assertValid(await backupText({ name: 'Grace' }));
    expect(backup.tables.profile[0]?.name).toBe('Grace');
  });
});

describe('backup store: rotation', () => {
  it('over 40 consecutive days keeps the newest 14 automatic backups and every manual one', async () => {
    const { dir, store } = await newStore();
    await store.save(await backupText({ name: 'manual 1' }), 'manual', day(2025, 11, 30));
    await store.save(await backupText({ name: 'manual 2' }), 'manual', day(2026, 0, 5));
    const saved: string[] = [];
    const deleted: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const now = day(2026, 0, 1 + i);
      const result = await store.save(await backupText({ name: `day ${i}` }), 'auto', now);
      if (result.status !== 'saved') throw new Error(`day ${i} was not saved`);
      saved.push(result.fileName);
      deleted.push(...result.deleted);
      expect(result.deleted).not.toContain(result.fileName);
    }
    const autos = (await files(dir)).filter((name) => name.startsWith('auto-'));
    expect(autos).toEqual(saved.slice(-14).sort());
    expect(deleted.sort()).toEqual(saved.slice(0, 26).sort());
    expect((await files(dir)).filter((name) => name.startsWith('manual-'))).toHaveLength(2);
  });

  it('over 40 weekly backups keeps 14 daily plus the newest of each of the 6 newest months', async () => {
    const { dir, store } = await newStore();
    const dates = Array.from({ length: 40 }, (_, i) => day(2026, 0, 1 + i * 7));
    for (const [i, now] of dates.entries()) {
      await store.save(await backupText({ name: `week ${i}` }), 'auto', now);
    }
    const kept = (await files(dir)).filter((name) => name.startsWith('auto-'));
    const newest14 = dates.slice(-14).map(autoName);
    expect(kept).toEqual(expect.arrayContaining(newest14));
    expect(kept.length).toBeGreaterThan(14);
    expect(kept.length).toBeLessThanOrEqual(20);

    const monthOf = (name: string) => name.slice('auto-'.length, 'auto-'.length + 7);
    const months = [...new Set(dates.map(autoName).map(monthOf))].sort().reverse().slice(0, 6);
    for (const month of months) {
      const newestOfMonth = dates
        .map(autoName)
        .filter((name) => monthOf(name) === month)
        .sort()
        .at(-1);
      expect(kept).toContain(newestOfMonth);
    }
    // Everything kept is either one of the newest 14 or the newest of one of the newest 6 months.
    for (const name of kept) {
      const newestOfItsMonth = kept
        .filter((n) => monthOf(n) === monthOf(name))
        .sort()
        .at(-1);
      expect(newest14.includes(name) || (months.includes(monthOf(name)) && newestOfItsMonth === name)).toBe(
        true,
      );
    }
  });

  it('keeps a day’s safety copies until 10 from later days exist, and never deletes manual ones', async () => {
    const { dir, store } = await newStore();
    for (let i = 0; i < 12; i += 1) {
      await store.save(await backupText({ name: `m${i}` }), 'manual', new Date(2026, 0, 1, 8, i));
      await store.save(await backupText({ name: `p${i}` }), 'pre-restore', new Date(2026, 0, 1, 9, i));
    }
    const all = await files(dir);
    expect(all.filter((n) => n.startsWith('manual-'))).toHaveLength(12);
    // Twelve restores in one day: the undo copy of the first is still there.
    expect(all.filter((n) => n.startsWith('pre-restore-'))).toHaveLength(12);
    for (let day = 2; day <= 11; day += 1) {
      await store.save(await backupText({ name: `d${day}` }), 'pre-restore', new Date(2026, 0, day, 9, 0));
    }
    const after = (await files(dir)).filter((n) => n.startsWith('pre-restore-'));
    expect(after).toHaveLength(10);
    expect(after.every((n) => !n.startsWith('pre-restore-2026-01-01'))).toBe(true);
  });

  it('ignores files that are not its own backups', async () => {
    const { dir, store } = await newStore();
    await mkdir(dir, { recursive: true });
    const strangers = [
      'notes.txt',
      'my-export.json',
      '.auto-2020-01-01.json.abc123.tmp',
      'auto-2020-1-1.json',
      'auto-bad.json',
    ];
    for (const name of strangers) await writeFile(join(dir, name), 'not a backup');
    for (let i = 0; i < 20; i += 1) {
      await store.save(await backupText({ name: `d${i}` }), 'auto', day(2026, 0, 1 + i));
    }
    const all = await files(dir);
    for (const name of strangers) expect(all).toContain(name);
    expect((await store.list()).map((f) => f.fileName)).not.toEqual(expect.arrayContaining(['notes.txt']));
    expect((await store.list()).every((f) => f.fileName.startsWith('auto-'))).toBe(true);
  });
});

describe('backup store: listing and reading', () => {
  it('lists backups newest first with kind, creation time and size, without reading them', async () => {
    const { dir, store } = await newStore();
    const manual = await store.save(await backupText({ name: 'm' }), 'manual', new Date(2026, 10, 20, 10, 0));
    const pre = await store.save(
      await backupText({ name: 'p' }),
      'pre-restore',
      new Date(2026, 10, 22, 10, 0),
    );
    await store.save(await backupText({ name: 'a' }), 'auto', day(2026, 10, 21));
    // An automatic backup is dated by its last write.
    const autoTime = new Date(2026, 10, 21, 18, 30);
    await utimes(join(dir, 'auto-2026-11-21.json'), autoTime, autoTime);
    await writeFile(join(dir, 'stray.txt'), 'ignored');

    const list = await store.list();
    expect(list.map((f) => f.kind)).toEqual(['pre-restore', 'auto', 'manual']);
    expect(list[0]).toEqual({
      fileName: pre.status === 'saved' ? pre.fileName : '',
      kind: 'pre-restore',
      createdAt: new Date(2026, 10, 22, 10, 0).toISOString(),
      bytes: Buffer.byteLength(await backupText({ name: 'p' })),
    });
    expect(list[1]?.createdAt).toBe(autoTime.toISOString());
    expect(list[2]?.fileName).toBe(manual.status === 'saved' ? manual.fileName : '');
  });

  it('lists a pre-upgrade backup with the schema version it precedes', async () => {
    const { store } = await newStore();
    const text = await backupText();
    const saved = await store.save(text, 'pre-upgrade', new Date(2026, 10, 20, 10, 0));
    expect(await store.list()).toEqual([
      {
        fileName: saved.status === 'saved' ? saved.fileName : '',
        kind: 'pre-upgrade',
        upgradeTo: CURRENT_SCHEMA_VERSION,
        createdAt: new Date(2026, 10, 20, 10, 0).toISOString(),
        bytes: Buffer.byteLength(text),
      },
    ]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const { store } = await newStore();
    expect(await store.list()).toEqual([]);
  });

  it('reads a backup back, as the bytes of its file', async () => {
    const { store } = await newStore();
    const text = await backupText();
    const result = await store.save(text, 'manual', day(2026, 10, 28));
    const content = await store.read(result.status === 'saved' ? result.fileName : '');
    expect(Buffer.from(content).toString('utf8')).toBe(text);
  });

  it('refuses names that are paths', async () => {
    const { store } = await newStore();
    for (const name of [
      '../x.json',
      '../../etc/passwd',
      '/etc/passwd',
      '/tmp/auto-2026-01-01.json',
      'C:\\x.json',
      'sub/auto-2026-01-01.json',
      '',
    ]) {
      const error = await handlerError(store.read(name));
      expect(error.code).toBe('invalid-request');
    }
  });

  it('refuses files that are not its backups, missing ones and symlinks', async () => {
    const { dir, store } = await newStore();
    const outside = join(dir, '..', 'secret.json');
    await mkdir(dir, { recursive: true });
    await writeFile(outside, await backupText());
    await writeFile(join(dir, 'notes.json'), await backupText());
    await symlink(outside, join(dir, 'auto-2026-01-01.json'));
    expect((await handlerError(store.read('notes.json'))).code).toBe('not-found');
    expect((await handlerError(store.read('auto-2030-01-01.json'))).code).toBe('not-found');
    expect((await handlerError(store.read('auto-2026-01-01.json'))).code).toBe('not-found');
  });

  it('refuses a backup over the size limit without reading it', async () => {
    const { dir, store } = await newStore();
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'manual-2026-01-01T00-00-00-000.json');
    await writeFile(path, '');
    await truncate(path, 101 * 1024 * 1024);
    const error = await handlerError(store.read('manual-2026-01-01T00-00-00-000.json'));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/101\.0 MB/);
  });
});

describe('parseBackupFileName', () => {
  it('recognises the four kinds and nothing else', () => {
    expect(parseBackupFileName('auto-2026-11-28.json')).toMatchObject({ kind: 'auto', day: '2026-11-28' });
    expect(parseBackupFileName('manual-2026-11-28T13-05-09-123.json')).toMatchObject({
      kind: 'manual',
      day: '2026-11-28',
      stamp: '2026-11-28T13-05-09-123',
    });
    expect(parseBackupFileName('pre-restore-2026-11-28T13-05-09-123-2.json')).toMatchObject({
      kind: 'pre-restore',
      stamp: '2026-11-28T13-05-09-123-0002',
    });
    expect(parseBackupFileName('pre-upgrade-v3-2026-11-28T13-05-09-123-2.json')).toMatchObject({
      kind: 'pre-upgrade',
      upgradeTo: 3,
      day: '2026-11-28',
      stamp: '2026-11-28T13-05-09-123-0002',
    });
    for (const name of [
      'pre-upgrade-2026-11-28T13-05-09-123.json',
      'pre-upgrade-v-2026-11-28T13-05-09-123.json',
      'pre-upgrade-v0-2026-11-28T13-05-09-123.json',
      'manual-v3-2026-11-28T13-05-09-123.json',
      'auto-2026-11-28.json.tmp',
      'backup.json',
      'manual-2026-11-28.json',
      'auto-2026-11-28.JSON',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});
