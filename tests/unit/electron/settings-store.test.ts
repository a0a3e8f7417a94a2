import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '@shared/domain/app-settings';
import { SETTINGS_FILE, createSettingsStore } from '@main/services/settings-store';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

const now = () => new Date('2026-11-30T10:00:00Z');

async function fresh() {
  const dir = await temps.make();
  const store = createSettingsStore({ dir, now, logError: () => undefined });
  return { dir, store, path: join(dir, SETTINGS_FILE) };
}

describe('settings store', () => {
  it('uses the defaults when there is no file yet, without writing one', async () => {
    const { dir, store } = await fresh();
    await store.load();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.get().startAtLogin).toBe(false);
    expect(store.notice()).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes an update as pretty JSON that reads back the same', async () => {
    const { dir, store, path } = await fresh();
    await store.load();
    const next = defaultSettings();
    next.reminders['log-activities'].time = '18:15';
    next.closeToTray = false;
    await store.update(next);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(next);
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]); // no temp file left behind

    const again = createSettingsStore({ dir, now });
    await again.load();
    expect(again.get()).toEqual(next);
  });

  it.each([
    ['not JSON', '{"version": 1, "reminders": '],
    ['the wrong shape', JSON.stringify({ ...DEFAULT_SETTINGS, closeToTray: 'yes' })],
    [
      'a bad time',
      JSON.stringify({ ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: '25:00', end: '07:00' } }),
    ],
    ['empty', ''],
  ])('moves a damaged file (%s) aside, uses the defaults and says so', async (_what, text) => {
    const { dir, store, path } = await fresh();
    await writeFile(path, text);
    await store.load();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const aside = `${SETTINGS_FILE}.corrupt-20261130T100000-000`;
    expect(await readdir(dir)).toEqual([aside]);
    expect(await readFile(join(dir, aside), 'utf8')).toBe(text);
    expect(store.notice()).toMatch(
      /settings file was damaged .*kept as .*corrupt-20261130T100000-000.*default settings are in use/,
    );

    // The next save writes a good file and the notice goes.
    await store.update(defaultSettings());
    expect(store.notice()).toBeNull();
  });

  // Issue 14, item 7: a settings file an editor saved with a byte-order mark was set aside as damaged.
  it('reads a settings file saved with a UTF-8 byte-order mark, and leaves it in place', async () => {
    const { dir, store, path } = await fresh();
    const edited = defaultSettings();
    edited.closeToTray = false;
    edited.reminders['log-activities'].time = '07:45';
    await writeFile(path, `\uFEFF${JSON.stringify(edited, null, 2)}`, 'utf8');
    await store.load();
    expect(store.get()).toEqual(edited);
    expect(store.notice()).toBeNull();
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
  });

  // Issue 17 added the handover follow-up reminder: a file saved before it must keep the user's choices.
  it('loads a file saved before the handover follow-up reminder, with that reminder at its default', async () => {
    const { dir, store, path } = await fresh();
    const older = defaultSettings();
    older.reminders['retro-due'] = { enabled: false, time: '11:15' };
    older.closeToTray = false;
    const { 'handover-follow-up': _new, ...olderReminders } = older.reminders;
    await writeFile(path, JSON.stringify({ ...older, reminders: olderReminders }, null, 2));
    await store.load();
    expect(store.get()).toEqual(older);
    expect(store.get().reminders['handover-follow-up']).toEqual({ enabled: true, time: '10:00' });
    expect(store.notice()).toBeNull();
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]); // not set aside as damaged

    // The next save writes the whole settings, the new reminder included.
    const next = structuredClone(store.get());
    next.reminders['handover-follow-up'].time = '09:30';
    await store.update(next);
    const saved = JSON.parse(await readFile(path, 'utf8')) as typeof DEFAULT_SETTINGS;
    expect(saved.reminders['handover-follow-up']).toEqual({ enabled: true, time: '09:30' });
    expect(saved.reminders['retro-due']).toEqual({ enabled: false, time: '11:15' });
  });

  // Issue 18 added the "ask again" reminder and the 1:1's `setUp`: a file saved before keeps the user's 1:1.
  it('loads a file saved before the manager loop, with the 1:1 set up when its reminder was on', async () => {
    const { dir, store, path } = await fresh();
    const older = defaultSettings();
    older.reminders['feedback-before-1on1'] = {
      enabled: true,
      setUp: true,
      weekday: 2,
      time: '14:30',
      leadMinutes: 45,
    };
    const { 'ask-excellent-again': _new, ...olderReminders } = older.reminders;
    const { setUp: _setUp, ...olderOneOnOne } = olderReminders['feedback-before-1on1'];
    await writeFile(
      path,
      JSON.stringify({ ...older, reminders: { ...olderReminders, 'feedback-before-1on1': olderOneOnOne } }),
    );
    await store.load();
    expect(store.get()).toEqual(older);
    expect(store.get().reminders['ask-excellent-again']).toEqual({ enabled: true, time: '10:00' });
    expect(store.notice()).toBeNull();
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]); // not set aside as damaged

    // The next save writes both.
    await store.update(structuredClone(store.get()));
    const saved = JSON.parse(await readFile(path, 'utf8')) as typeof DEFAULT_SETTINGS;
    expect(saved.reminders['feedback-before-1on1'].setUp).toBe(true);
    expect(saved.reminders['ask-excellent-again']).toEqual({ enabled: true, time: '10:00' });
  });

  it('still refuses a change from the page that lacks a reminder', async () => {
    const { store } = await fresh();
    await store.load();
    const { 'handover-follow-up': _new, ...partial } = defaultSettings().reminders;
    await expect(store.update({ ...defaultSettings(), reminders: partial })).rejects.toThrow(/not saved/);
  });

  it('refuses invalid settings and keeps the file and the listeners untouched', async () => {
    const { store, path } = await fresh();
    await store.load();
    await store.update(defaultSettings());
    const before = await readFile(path, 'utf8');
    const heard: unknown[] = [];
    store.onChange((s) => heard.push(s));
    const bad = {
      ...defaultSettings(),
      reminders: {
        ...DEFAULT_SETTINGS.reminders,
        reassess: { enabled: true, everyMonths: 0, time: '10:00' },
      },
    };
    await expect(store.update(bad)).rejects.toThrow(/not saved: reminders\.reassess\.everyMonths/);
    await expect(store.update({ ...defaultSettings(), extra: 1 })).rejects.toThrow(/not saved/);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(heard).toEqual([]);
  });

  it('saves before it tells the listeners, and saves updates in the order they came', async () => {
    const { store, path } = await fresh();
    await store.load();
    const seenOnDisk: string[] = [];
    store.onChange(() => {
      seenOnDisk.push(store.get().reminders['log-activities'].time);
    });
    const times = ['17:00', '17:05', '17:10'];
    await Promise.all(
      times.map((time) => {
        const next = defaultSettings();
        next.reminders['log-activities'].time = time;
        return store.update(next);
      }),
    );
    expect(seenOnDisk).toEqual(times);
    expect(
      (JSON.parse(await readFile(path, 'utf8')) as typeof DEFAULT_SETTINGS).reminders['log-activities'].time,
    ).toBe('17:10');
  });
});
