/**
 * Remembers where the window was: bounds and maximized, in userData/window-state.json. A damaged file
 * is moved aside (not deleted, so it can be inspected) and the defaults are used; a position that is on
 * no display any more (a monitor was unplugged) is dropped so the window opens centred and visible.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { createLatestFileWriter } from './files/latest-writer';
import { readJsonFile } from './files/json-file';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 500;

const coordinate = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.strictObject({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_WIDTH).max(100_000),
  height: z.number().int().min(MIN_HEIGHT).max(100_000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window must overlap a work area to count as reachable (enough to grab the title bar). */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Pure: keeps the saved position only if the window would still be reachable on one of the displays,
 * and never lets it be larger than the largest work area.
 */
export function fitToDisplays(state: WindowState, displays: readonly { workArea: Rectangle }[]): WindowState {
  if (displays.length === 0) return state;
  const maxWidth = Math.max(...displays.map((d) => d.workArea.width));
  const maxHeight = Math.max(...displays.map((d) => d.workArea.height));
  const width = Math.max(Math.min(state.width, maxWidth), Math.min(MIN_WIDTH, maxWidth));
  const height = Math.max(Math.min(state.height, maxHeight), Math.min(MIN_HEIGHT, maxHeight));
  const sized: WindowState = { ...state, width, height };
  if (state.x === undefined || state.y === undefined) {
    return { width, height, maximized: state.maximized };
  }
  const bounds = { x: state.x, y: state.y, width, height };
  const visible = displays.some(({ workArea }) => {
    const shared = overlap(bounds, workArea);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
  return visible ? sized : { width, height, maximized: state.maximized };
}

export interface WindowStateStore {
  load(): Promise<WindowState>;
  /** Saves the newest state (saves made during a write collapse into one); a failure is logged, never thrown. */
  save(state: WindowState): Promise<void>;
  /** Resolves once nothing is being saved or waiting to be (before quitting). */
  whenIdle(): Promise<void>;
}

export interface WindowStateStoreOptions {
  dir: string;
  logError?: (message: string, error: unknown) => void;
  now?: () => Date;
}

export function createWindowStateStore({
  dir,
  logError = console.error,
  now = () => new Date(),
}: WindowStateStoreOptions): WindowStateStore {
  const path = join(dir, WINDOW_STATE_FILE);
  const file = createLatestFileWriter({
    path,
    logError: (_message, error) => logError(`Could not save the window state to ${path}`, error),
  });

  async function load(): Promise<WindowState> {
    const result = await readJsonFile(path, windowStateSchema, now);
    switch (result.status) {
      case 'ok':
        return result.value;
      case 'missing':
        return { ...DEFAULT_WINDOW_STATE };
      case 'unreadable':
        logError(`Could not read ${path}; using the default window size`, result.reason);
        return { ...DEFAULT_WINDOW_STATE };
      case 'corrupt':
        logError(
          result.movedTo
            ? `Window state was unreadable (${result.reason}); moved it to ${result.movedTo} and used the defaults`
            : `Window state was unreadable (${result.reason})`,
          null,
        );
        return { ...DEFAULT_WINDOW_STATE };
    }
  }

  function save(state: WindowState): Promise<void> {
    // Bounds can be fractional under display scaling, and a window on a small screen smaller than our
    // minimum; store what the next launch can use rather than refusing it.
    const checked = windowStateSchema.safeParse({
      ...(state.x !== undefined && state.y !== undefined
        ? { x: Math.round(state.x), y: Math.round(state.y) }
        : {}),
      width: Math.max(MIN_WIDTH, Math.round(state.width)),
      height: Math.max(MIN_HEIGHT, Math.round(state.height)),
      maximized: state.maximized,
    });
    if (!checked.success) {
      logError('Refused to save an invalid window state', checked.error);
      return file.whenIdle();
    }
    return file.write(`${JSON.stringify(checked.data, null, 2)}\n`);
  }

  return { load, save, whenIdle: file.whenIdle };
}
