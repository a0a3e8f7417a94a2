import { chmod, mkdir, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  removeStaleTempFiles,
  STALE_TEMP_AGE_MS,
  writeFileAtomic,
  writeNewFileAtomic,
} from '@main/services/files/atomic-write';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

describe('writeFileAtomic', () => {
  it('writes a new file, creating missing parent folders', async () => {
    const dir = await temps.make();
    const target = join(dir, 'a', 'b', 'data.json');
    await writeFileAtomic(target, '{"hello":"world"}');
    expect(await readFile(target, 'utf8')).toBe('{"hello":"world"}');
  });

  it('replaces an existing file and leaves no temp files behind', async () => {
    const dir = await temps.make();
    const target = join(dir, 'data.json');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second, longer than the first');
    expect(await readFile(target, 'utf8')).toBe('second, longer than the first');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it('writes bytes as given', async () => {
    const dir = await temps.make();
    const target = join(dir, 'bytes.bin');
    await writeFileAtomic(target, new Uint8Array([0, 1, 2, 255]));
    expect([...(await readFile(target))]).toEqual([0, 1, 2, 255]);
  });

  it('keeps the original intact and removes the temp file when the write fails', async () => {
    const dir = await temps.make();
    const target = join(dir, 'data.json');
    await writeFile(target, 'original');
    // Not a string or bytes: fails after the temp file was created, like a full disk would.
    const bad = { not: 'writable' } as unknown as string;
    await expect(writeFileAtomic(target, bad)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it('fails when the parent is a file, touching nothing', async () => {
    const dir = await temps.make();
    await writeFile(join(dir, 'file'), 'x');
    await expect(writeFileAtomic(join(dir, 'file', 'data.json'), 'y')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['file']);
    expect(await readFile(join(dir, 'file'), 'utf8')).toBe('x');
  });

  it('survives concurrent writes to the same target: one complete version wins', async () => {
    const dir = await temps.make();
    const target = join(dir, 'data.json');
    const versions = Array.from({ length: 20 }, (_, i) => `version ${i} `.repeat(1000));
    await Promise.all(versions.map((text) => writeFileAtomic(target, text)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const dir = await temps.make();
    const target = join(dir, 'private.json');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes into a folder that exists already', async () => {
    const dir = await temps.make();
    await mkdir(join(dir, 'sub'));
    await writeFileAtomic(join(dir, 'sub', 'x.txt'), 'ok');
    expect(await readFile(join(dir, 'sub', 'x.txt'), 'utf8')).toBe('ok');
  });
});

// Issue 14, item 6: writes cut short left their temporary files (up to a backup's size) for ever.
describe('removeStaleTempFiles', () => {
  const NOW = new Date('2026-12-02T10:00:00Z');
  async function file(dir: string, name: string, ageMs: number) {
    const path = join(dir, name);
    await writeFile(path, 'x'.repeat(1000));
    const at = new Date(NOW.getTime() - ageMs);
    await utimes(path, at, at);
  }

  it('removes the temporary files a write left, once older than a write could take, and nothing else', async () => {
    const dir = await temps.make();
    const old = STALE_TEMP_AGE_MS + 1000;
    await file(dir, '.settings.json.0123456789ab.tmp', old);
    await file(dir, '.manual-2026-12-01T10-00-00-000.json.a1b2c3d4e5f6.tmp', 24 * 3600_000);
    await file(dir, '.settings.json.ffffffffffff.tmp', 1000); // another process may be writing it now
    await file(dir, 'settings.json', old);
    await file(dir, 'notes.tmp', old);
    await file(dir, '.auto-2026-01-01.json.abc123.tmp', old); // not a name this app makes
    await mkdir(join(dir, '.folder.json.0123456789ab.tmp'));
    const errors: unknown[] = [];
    const removed = await removeStaleTempFiles(dir, { now: () => NOW, logError: (_, e) => errors.push(e) });
    expect(removed.sort()).toEqual([
      '.manual-2026-12-01T10-00-00-000.json.a1b2c3d4e5f6.tmp',
      '.settings.json.0123456789ab.tmp',
    ]);
    expect((await readdir(dir)).sort()).toEqual([
      '.auto-2026-01-01.json.abc123.tmp',
      '.folder.json.0123456789ab.tmp',
      '.settings.json.ffffffffffff.tmp',
      'notes.tmp',
      'settings.json',
    ]);
    expect(errors).toEqual([]);
  });

  it('a folder that does not exist yet has nothing to remove', async () => {
    const dir = await temps.make();
    const errors: unknown[] = [];
    const removed = await removeStaleTempFiles(join(dir, 'backups'), {
      now: () => NOW,
      logError: (_, e) => errors.push(e),
    });
    expect(removed).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('writeNewFileAtomic', () => {
  it('writes a new file whole, and leaves no temporary file', async () => {
    const dir = await temps.make();
    const path = join(dir, 'sub', 'manual.json');
    await writeNewFileAtomic(path, 'complete');
    expect(await readFile(path, 'utf8')).toBe('complete');
    expect(await readdir(join(dir, 'sub'))).toEqual(['manual.json']);
  });

  it('never replaces a file that exists, even one written a moment ago by someone else', async () => {
    const dir = await temps.make();
    const path = join(dir, 'manual.json');
    await writeFile(path, 'theirs');
    const error = await writeNewFileAtomic(path, 'mine').catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('EEXIST');
    expect(await readFile(path, 'utf8')).toBe('theirs');
    expect(await readdir(dir)).toEqual(['manual.json']);
  });

  it('of many writers racing for one name, exactly one wins and its file is whole', async () => {
    const dir = await temps.make();
    const path = join(dir, 'manual.json');
    const texts = Array.from({ length: 12 }, (_, i) => `writer ${i} `.repeat(10_000));
    const outcomes = await Promise.allSettled(texts.map((text) => writeNewFileAtomic(path, text)));
    const won = outcomes.flatMap((outcome, i) => (outcome.status === 'fulfilled' ? [texts[i]] : []));
    expect(won).toHaveLength(1);
    expect(await readFile(path, 'utf8')).toBe(won[0]);
    expect(await readdir(dir)).toEqual(['manual.json']);
  });
});
