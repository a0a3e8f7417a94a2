/**
 * The desktop settings, in userData/settings.json. Read once at start and validated: a damaged file is
 * moved aside and the defaults are used, with a notice the settings screen shows (never a crash). Every
 * update is validated in full, written atomically, and then announced to the listeners (the scheduler,
 * the login item, the tray), in that order, so nothing acts on a setting that was not saved.
 */
import { join } from 'node:path';
import {
  appSettingsSchema,
  defaultSettings,
  storedSettingsSchema,
  type AppSettings,
} from '@shared/domain/app-settings';
import { writeFileAtomic } from './files/atomic-write';
import { readJsonFile } from './files/json-file';
import { describeIssue } from '@shared/errors';

export const SETTINGS_FILE = 'settings.json';

export interface SettingsStore {
  readonly path: string;
  /** Reads the file; call once before `get`. */
  load(): Promise<void>;
  get(): AppSettings;
  /** Set when the file could not be used at start; cleared by the first successful save. */
  notice(): string | null;
  /** Validates, saves atomically, then notifies. Rejects (and changes nothing) on invalid settings. */
  update(next: unknown): Promise<AppSettings>;
  onChange(listener: (settings: AppSettings, previous: AppSettings) => void): () => void;
  /**
   * After "Delete all my data": waits for the saves already asked for, then holds the defaults in memory
   * (writing nothing, so the file the deletion removes is not written back).
   */
  reset(): Promise<void>;
}

export interface SettingsStoreOptions {
  dir: string;
  now?: () => Date;
  logError?: (message: string, error: unknown) => void;
}

export class InvalidSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSettingsError';
  }
}

export function createSettingsStore({
  dir,
  now = () => new Date(),
  logError = console.error,
}: SettingsStoreOptions): SettingsStore {
  const path = join(dir, SETTINGS_FILE);
  let current = defaultSettings();
  let notice: string | null = null;
  const listeners = new Set<(settings: AppSettings, previous: AppSettings) => void>();
  let writing: Promise<unknown> = Promise.resolve();

  async function load(): Promise<void> {
    const result = await readJsonFile(path, storedSettingsSchema, now);
    switch (result.status) {
      case 'ok':
        current = result.value;
        notice = null;
        return;
      case 'missing':
        current = defaultSettings();
        return;
      case 'unreadable':
        current = defaultSettings();
        notice = `Your settings could not be read (${result.reason}), so the defaults are in use for now. Saving a change will try to write them again.`;
        logError(`Could not read ${path}`, result.reason);
        return;
      case 'corrupt':
        current = defaultSettings();
        notice = result.movedTo
          ? `Your settings file was damaged (${result.reason}). It was kept as ${result.movedTo} and the default settings are in use.`
          : `Your settings file was damaged (${result.reason}). The default settings are in use.`;
        logError(`Settings file was damaged: ${result.reason}`, null);
        return;
    }
  }

  function update(next: unknown): Promise<AppSettings> {
    const parsed = appSettingsSchema.safeParse(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Promise.reject(
        new InvalidSettingsError(
          `These settings were not saved: ${issue ? describeIssue(issue) : 'they are not what the app expects'}.`,
        ),
      );
    }
    // Updates are written one after another, in the order they were asked for.
    const run = writing.then(async () => {
      await writeFileAtomic(path, `${JSON.stringify(parsed.data, null, 2)}\n`);
      const previous = current;
      current = parsed.data;
      notice = null;
      for (const listener of listeners) {
        try {
          listener(current, previous);
        } catch (error) {
          logError('A settings listener failed', error);
        }
      }
      return current;
    });
    writing = run.catch(() => undefined);
    return run;
  }

  return {
    path,
    load,
    get: () => current,
    notice: () => notice,
    update,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      const run = writing.then(() => {
        current = defaultSettings();
        notice = null;
      });
      writing = run;
      return run;
    },
  };
}
