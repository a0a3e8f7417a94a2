import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_HEIGHT,
  MIN_WIDTH,
  WINDOW_STATE_FILE,
  createWindowStateStore,
  fitToDisplays,
} from '@main/services/window-state';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

async function newStore() {
  const dir = await temps.make();
  const logged: string[] = [];
  const store = createWindowStateStore({
    dir,
    logError: (message) => logged.push(message),
    now: () => new Date(2026, 10, 28, 13, 5, 9, 123),
  });
  return { dir, store, logged };
}

describe('window state store', () => {
  it('uses the defaults when nothing was saved, quietly', async () => {
    const { dir, store, logged } = await newStore();
    expect(await store.load()).toEqual(DEFAULT_WINDOW_STATE);
    expect(logged).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('saves and loads bounds and maximized', async () => {
    const { store } = await newStore();
    const state = { x: 40, y: 60, width: 1400, height: 900, maximized: true };
    await store.save(state);
    expect(await store.load()).toEqual(state);
  });

  it('rounds fractional bounds and lifts sizes to the minimum', async () => {
    const { store } = await newStore();
    await store.save({ x: 10.6, y: -20.4, width: 300, height: 799.5, maximized: false });
    expect(await store.load()).toEqual({ x: 11, y: -20, width: MIN_WIDTH, height: 800, maximized: false });
  });

  it.each([
    ['not JSON', '{"width": 12'],
    ['the wrong shape', '{"width":"wide","height":800,"maximized":false}'],
    ['an unknown key', '{"width":1200,"height":800,"maximized":false,"zoom":3}'],
    ['an absurd size', '{"width":10,"height":800,"maximized":false}'],
  ])('moves a file with %s aside and uses the defaults', async (_what, content) => {
    const { dir, store, logged } = await newStore();
    await writeFile(join(dir, WINDOW_STATE_FILE), content);
    expect(await store.load()).toEqual(DEFAULT_WINDOW_STATE);
    expect(await readdir(dir)).toEqual([`${WINDOW_STATE_FILE}.corrupt-20261128T130509-123`]);
    expect(await readFile(join(dir, `${WINDOW_STATE_FILE}.corrupt-20261128T130509-123`), 'utf8')).toBe(
      content,
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/moved it to/);
  });

  it('logs instead of throwing when the state cannot be written', async () => {
    const dir = await temps.make();
    await writeFile(join(dir, 'file'), 'x');
    const logged: string[] = [];
    const store = createWindowStateStore({
      dir: join(dir, 'file'),
      logError: (message) => logged.push(message),
    });
    await expect(store.save(DEFAULT_WINDOW_STATE)).resolves.toBeUndefined();
    await store.whenIdle();
    expect(logged).toHaveLength(1);
  });

  it('writes saves in order; the last one wins', async () => {
    const { store } = await newStore();
    for (let i = 0; i < 10; i += 1)
      void store.save({ x: i, y: i, width: 1000 + i, height: 800, maximized: false });
    await store.whenIdle();
    expect(await store.load()).toEqual({ x: 9, y: 9, width: 1009, height: 800, maximized: false });
  });
});

describe('fitToDisplays', () => {
  const laptop = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
  const monitorOnRight = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };

  it('keeps a window that is on a display', () => {
    const state = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('keeps a window on a second display while it is connected', () => {
    const state = { x: 2000, y: 200, width: 1600, height: 1000, maximized: true };
    expect(fitToDisplays(state, [laptop, monitorOnRight])).toEqual(state);
  });

  it('drops the position when the display it was on is gone', () => {
    const state = { x: 2000, y: 200, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('drops a position that leaves only a sliver visible', () => {
    const state = { x: 1400, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
    const aboveTop = { x: 100, y: -790, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(aboveTop, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than every display', () => {
    const state = { x: 0, y: 25, width: 2500, height: 1400, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
      maximized: false,
    });
  });

  it('never goes below the minimum size unless the display is smaller', () => {
    const tiny = { workArea: { x: 0, y: 0, width: 640, height: 480 } };
    const state = { width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [tiny])).toEqual({ width: 640, height: 480, maximized: false });
    expect(fitToDisplays({ width: MIN_WIDTH, height: MIN_HEIGHT, maximized: false }, [laptop])).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      maximized: false,
    });
  });

  it('leaves the state alone when no displays are reported', () => {
    const state = { x: 5000, y: 5000, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });
});
