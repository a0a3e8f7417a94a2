import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLatestFileWriter } from '@main/services/files/latest-writer';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

/** A write function whose writes finish only when the test says so. */
function heldWrites() {
  const started: { text: string; finish: (error?: Error) => void }[] = [];
  const write = (_path: string, text: string) =>
    new Promise<void>((resolve, reject) => {
      started.push({ text, finish: (error) => (error ? reject(error) : resolve()) });
    });
  return { started, write };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('latest-file writer', () => {
  it('collapses the texts given during a write into one write of the newest', async () => {
    const held = heldWrites();
    const writer = createLatestFileWriter({ path: '/x', logError: () => undefined, write: held.write });
    void writer.write('1');
    void writer.write('2');
    void writer.write('3');
    void writer.write('4');
    expect(held.started.map((w) => w.text)).toEqual(['1']);
    held.started[0]?.finish();
    await flush();
    expect(held.started.map((w) => w.text)).toEqual(['1', '4']);
    held.started[1]?.finish();
    await writer.whenIdle();
    expect(held.started).toHaveLength(2);
  });

  it('waits in whenIdle for writes queued while it was already waiting', async () => {
    const held = heldWrites();
    const writer = createLatestFileWriter({ path: '/x', logError: () => undefined, write: held.write });
    void writer.write('a');
    let idle = false;
    const waiting = writer.whenIdle().then(() => (idle = true));
    void writer.write('b');
    held.started[0]?.finish();
    await flush();
    expect(idle).toBe(false);
    expect(held.started.map((w) => w.text)).toEqual(['a', 'b']);
    held.started[1]?.finish();
    await waiting;
    expect(idle).toBe(true);
  });

  it('logs a failed write and carries on with the next text', async () => {
    const held = heldWrites();
    const logged: string[] = [];
    const writer = createLatestFileWriter({ path: '/x', logError: (m) => logged.push(m), write: held.write });
    void writer.write('a');
    void writer.write('b');
    held.started[0]?.finish(new Error('EACCES'));
    await flush();
    held.started[1]?.finish();
    await writer.whenIdle();
    expect(logged).toEqual(['Could not save /x']);
    expect(held.started.map((w) => w.text)).toEqual(['a', 'b']);
  });

  it('after close, waits for the last write and then writes nothing more', async () => {
    const held = heldWrites();
    const logged: string[] = [];
    const writer = createLatestFileWriter({ path: '/x', logError: (m) => logged.push(m), write: held.write });
    void writer.write('a');
    const closing = writer.close();
    void writer.write('late');
    held.started[0]?.finish();
    await closing;
    await flush();
    expect(held.started.map((w) => w.text)).toEqual(['a']);
    expect(logged).toEqual(['Not saving /x: it was already closed']);
  });

  it('writes the newest text to a real file, atomically', async () => {
    const path = join(await temps.make(), 'state.json');
    const writer = createLatestFileWriter({ path, logError: () => undefined });
    for (let i = 0; i < 200; i += 1) void writer.write(`{"n":${i}}`);
    await writer.close();
    expect(await readFile(path, 'utf8')).toBe('{"n":199}');
  });
});
