import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '@main/services/files/atomic-write';
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
