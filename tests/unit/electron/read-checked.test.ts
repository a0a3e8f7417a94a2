import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, readFileChecked } from '@main/services/files/read-checked';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

describe('readFileChecked', () => {
  it('reads UTF-8 text and reports its size in bytes', async () => {
    const dir = await temps.make();
    const path = join(dir, 'a.json');
    await writeFile(path, '{"name":"Zoë"}');
    expect(await readFileChecked(path, 1000)).toEqual({ text: '{"name":"Zoë"}', bytes: 15 });
  });

  it('strips a leading byte-order mark', async () => {
    const dir = await temps.make();
    const path = join(dir, 'bom.json');
    await writeFile(path, '\uFEFF{"a":1}');
    expect((await readFileChecked(path, 1000)).text).toBe('{"a":1}');
  });

  it('accepts a file exactly at the limit', async () => {
    const dir = await temps.make();
    const path = join(dir, 'exact.txt');
    await writeFile(path, 'x'.repeat(100));
    expect((await readFileChecked(path, 100)).bytes).toBe(100);
  });

  it('refuses a file over the limit without reading it', async () => {
    const dir = await temps.make();
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    // 5 GB, sparse: reading it would fail differently (Node cannot buffer it) or take far too long.
    await truncate(path, 5 * 1024 ** 3);
    const error = await readFileChecked(path, 100 * 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error).toMatchObject({ bytes: 5 * 1024 ** 3, limit: 100 * 1024 * 1024 });
  });

  it('rejects a missing file', async () => {
    const dir = await temps.make();
    await expect(readFileChecked(join(dir, 'missing.json'), 100)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
