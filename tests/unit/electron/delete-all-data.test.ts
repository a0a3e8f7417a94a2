/**
 * "Delete all my data" in main (electron/services/delete-all-data.ts and Desktop.deleteAllData), on real
 * temp folders: what goes, what stays without the second choice, missing files, links that point out of
 * userData, and main's in-memory state, which must not write the old values back.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/domain/app-settings';
import { EMPTY_REMINDER_CONTEXT } from '@shared/domain/reminders';
import { createDispatcher } from '@main/ipc/dispatch';
import { createHandlers } from '@main/ipc/handlers';
import { isTrustedSender } from '@main/security';
import { createBackupStore } from '@main/services/backup/backup-store';
import { createFileTickets } from '@main/services/file-tickets';
import { deleteAppFiles, isOwnStateFile } from '@main/services/delete-all-data';
import { REMINDER_STATE_FILE } from '@main/services/reminders/reminder-state';
import { SETTINGS_FILE } from '@main/services/settings-store';
import { WINDOW_STATE_FILE } from '@main/services/window-state';
import { createTestDesktop } from '../../fixtures/fake-desktop';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

/** Every file and folder under `dir`, as sorted relative paths (folders end in "/"). */
async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .map((entry) => {
      const relative = join(entry.parentPath, entry.name).slice(dir.length + 1);
      return entry.isDirectory() ? `${relative}/` : relative;
    })
    .sort();
}

/** A userData folder as a used app leaves it: main's files, Chromium's own storage, and backups. */
async function usedUserData() {
  const root = await temps.make();
  const userData = join(root, 'Growth Ledger');
  await mkdir(join(userData, 'backups'), { recursive: true });
  await mkdir(join(userData, 'IndexedDB'));
  await writeFile(join(userData, 'IndexedDB', 'app_growth-ledger_0.indexeddb.leveldb'), 'chromium');
  await writeFile(join(userData, 'Preferences'), '{}');
  await writeFile(join(userData, SETTINGS_FILE), '{}');
  await writeFile(join(userData, REMINDER_STATE_FILE), '{}');
  await writeFile(join(userData, WINDOW_STATE_FILE), '{}');
  await writeFile(join(userData, `${SETTINGS_FILE}.corrupt-20261130T090000-000`), 'damaged');
  await writeFile(join(userData, `.${REMINDER_STATE_FILE}.0123456789ab.tmp`), 'partial');
  await writeFile(join(userData, 'backups', 'manual-2026-11-29T10-00-00-000.json'), '{}');
  return { root, userData };
}

describe('deleteAppFiles', () => {
  it("deletes main's own files and keeps the backups without the second choice", async () => {
    const { userData } = await usedUserData();
    const result = await deleteAppFiles({ userData, includeBackups: false });
    expect(result).toEqual({
      deleted: [
        `.${REMINDER_STATE_FILE}.0123456789ab.tmp`,
        REMINDER_STATE_FILE,
        SETTINGS_FILE,
        `${SETTINGS_FILE}.corrupt-20261130T090000-000`,
        WINDOW_STATE_FILE,
      ],
      backupsKept: join(userData, 'backups'),
    });
    // Chromium's own storage is the page's to clear (it does, through the web APIs); the rest is untouched.
    expect(await listAll(userData)).toEqual([
      'IndexedDB/',
      'IndexedDB/app_growth-ledger_0.indexeddb.leveldb',
      'Preferences',
      'backups/',
      'backups/manual-2026-11-29T10-00-00-000.json',
    ]);
  });

  it('deletes the backups folder too with the second choice', async () => {
    const { userData } = await usedUserData();
    const result = await deleteAppFiles({ userData, includeBackups: true });
    expect(result.backupsKept).toBeNull();
    expect(result.deleted).toContain('backups/');
    expect(await listAll(userData)).toEqual([
      'IndexedDB/',
      'IndexedDB/app_growth-ledger_0.indexeddb.leveldb',
      'Preferences',
    ]);
  });

  it('is fine with missing files, a missing backups folder and a missing userData folder', async () => {
    const root = await temps.make();
    await writeFile(join(root, SETTINGS_FILE), '{}');
    expect(await deleteAppFiles({ userData: root, includeBackups: true })).toEqual({
      deleted: [SETTINGS_FILE],
      backupsKept: null,
    });
    expect(await deleteAppFiles({ userData: root, includeBackups: false })).toEqual({
      deleted: [],
      backupsKept: null,
    });
    expect(await deleteAppFiles({ userData: join(root, 'never-created'), includeBackups: true })).toEqual({
      deleted: [],
      backupsKept: null,
    });
  });

  it('touches nothing outside userData, not even through links', async () => {
    const { root, userData } = await usedUserData();
    // Beside userData: files with the same names, and folders the links below point to.
    const outside = join(root, 'elsewhere');
    await mkdir(join(outside, 'my-backups'), { recursive: true });
    await writeFile(join(outside, 'my-backups', 'keep.json'), 'precious');
    await writeFile(join(outside, SETTINGS_FILE), 'not ours');
    await writeFile(join(root, WINDOW_STATE_FILE), 'a sibling of userData');
    const linked = join(root, 'linked');
    await mkdir(linked);
    await writeFile(join(linked, REMINDER_STATE_FILE), 'linked target');
    // userData's backups folder and one state file are links that lead out of it.
    await rm(join(userData, 'backups'), { recursive: true });
    await symlink(join(outside, 'my-backups'), join(userData, 'backups'), 'dir');
    await rm(join(userData, REMINDER_STATE_FILE));
    await symlink(join(linked, REMINDER_STATE_FILE), join(userData, REMINDER_STATE_FILE));
    const before = await listAll(root);

    await deleteAppFiles({ userData, includeBackups: true });

    // The links are gone from userData, and everything outside it is exactly as it was.
    const after = await listAll(root);
    const outsideUserData = (paths: string[]) => paths.filter((path) => !path.startsWith('Growth Ledger/'));
    expect(outsideUserData(after)).toEqual(outsideUserData(before));
    expect(await readFile(join(outside, 'my-backups', 'keep.json'), 'utf8')).toBe('precious');
    expect(await readFile(join(linked, REMINDER_STATE_FILE), 'utf8')).toBe('linked target');
    expect(await readFile(join(root, WINDOW_STATE_FILE), 'utf8')).toBe('a sibling of userData');
    expect(await readdir(userData)).toEqual(expect.not.arrayContaining(['backups', REMINDER_STATE_FILE]));
  });

  it('leaves a folder that merely has one of its names, and refuses a relative userData', async () => {
    const root = await temps.make();
    await mkdir(join(root, SETTINGS_FILE));
    await writeFile(join(root, SETTINGS_FILE, 'inside'), 'x');
    expect((await deleteAppFiles({ userData: root, includeBackups: false })).deleted).toEqual([]);
    expect(await listAll(root)).toEqual([`${SETTINGS_FILE}/`, `${SETTINGS_FILE}/inside`]);
    await expect(deleteAppFiles({ userData: 'relative/userData', includeBackups: true })).rejects.toThrow(
      /absolute path/,
    );
  });

  it.each([
    [SETTINGS_FILE, true],
    [`${WINDOW_STATE_FILE}.corrupt-20261130T090000-123`, true],
    [`.${SETTINGS_FILE}.a1b2c3d4e5f6.tmp`, true],
    ['settings.json.bak', false],
    ['my-settings.json', false],
    [`.${SETTINGS_FILE}.xyz.tmp`, false],
    ['Preferences', false],
    ['backups', false],
  ])('%s is one of main’s files: %s', (name, own) => {
    expect(isOwnStateFile(name)).toBe(own);
  });
});

describe('Desktop.deleteAllData', () => {
  async function started() {
    const userData = await temps.make();
    const test = createTestDesktop({ userData, start: '2026-11-30T08:00:00Z' });
    temps.closeFirst(() => test.desktop.stop());
    await test.desktop.start();
    return Object.assign(test, { userData });
  }

  it('starts afresh in memory too, so the running app writes no old value back', async () => {
    const t = await started();
    await t.desktop.updateSettings({ ...defaultSettings(), closeToTray: false, startAtLogin: true });
    t.desktop.setReminderContext({
      ...EMPTY_REMINDER_CONTEXT,
      activeAudit: { startDate: '2026-11-30', weeks: 4 },
    });
    t.clock.advanceTo('2026-11-30T16:31:00Z'); // the daily log reminder fires
    expect(t.notifier.shown).toHaveLength(1);
    t.desktop.showTestNotification();
    t.notifier.shown[1]?.click(); // a deep link waits for the page
    t.desktop.openFile('/home/ada/old.growthledger');
    await mkdir(join(t.userData, 'backups'));

    const result = await t.desktop.deleteAllData({ includeBackups: false });

    expect(result.deleted).toEqual([REMINDER_STATE_FILE, SETTINGS_FILE]);
    expect(await listAll(t.userData)).toEqual(['backups/']);
    expect(t.desktop.settingsState().settings).toEqual(defaultSettings());
    expect(t.loginItem.enabled).toBe(false);
    expect(t.desktop.outbox.takePending()).toEqual([]);
    expect(t.desktop.takePendingFile()).toBeNull();
    expect(t.desktop.scheduler.context()).toEqual(EMPTY_REMINDER_CONTEXT);

    // The reminders run on: the next check saves a fresh state, with no old context or fired keys, and
    // the settings file stays gone until the user changes a setting.
    t.clock.advanceTo('2026-12-01T16:31:00Z');
    await t.desktop.stop();
    const state = JSON.parse(await readFile(join(t.userData, REMINDER_STATE_FILE), 'utf8')) as {
      fired: string[];
      context: unknown;
    };
    expect(state.fired).toEqual([]);
    expect(state.context).toEqual(EMPTY_REMINDER_CONTEXT);
    expect(t.notifier.shown).toHaveLength(2);
    expect(await listAll(t.userData)).toEqual(['backups/', REMINDER_STATE_FILE]);
  });

  it('deletes nothing when starting at login cannot be turned off', async () => {
    const t = await started();
    await t.desktop.updateSettings({ ...defaultSettings(), startAtLogin: true });
    t.loginItem.failWith = 'permission denied';
    await expect(t.desktop.deleteAllData({ includeBackups: true })).rejects.toThrow(
      'Starting at login could not be turned off (permission denied). Turn it off in the Desktop settings above, then try again.',
    );
    expect(await readdir(t.userData)).toContain(SETTINGS_FILE);
    expect(t.desktop.settingsState().settings.startAtLogin).toBe(true);
  });
});

describe('the data:deleteAll channel', () => {
  it('takes nothing but the one choice, from the app only, and names no path', async () => {
    const { userData } = await usedUserData();
    const t = createTestDesktop({ userData });
    temps.closeFirst(() => t.desktop.stop());
    await t.desktop.start();
    const unused = async () => {
      throw new Error('no dialog is opened');
    };
    const dispatch = createDispatcher({
      handlers: createHandlers({
        appVersion: '0.1.0',
        platform: 'linux',
        backups: createBackupStore({ dir: join(userData, 'backups') }),
        dialog: { showSaveDialog: unused, showOpenDialog: unused },
        shell: { openPath: async () => '' },
        now: () => new Date('2026-11-30T09:00:00Z'),
        desktop: t.desktop,
        tickets: createFileTickets(),
        print: { toPdf: () => Promise.reject(new Error('No printing in this test.')) },
      }),
      isTrustedSender,
      logError: () => undefined,
    });
    const app = { url: 'app://growth-ledger/index.html', isMainFrame: true };
    // The reminder state may be being written (start's first check) while this looks: left out.
    const settled = async () =>
      (await listAll(userData)).filter((path) => !path.includes(REMINDER_STATE_FILE));
    const before = await settled();
    for (const request of [{}, { includeBackups: 'yes' }, { includeBackups: true, path: '/etc' }, null]) {
      expect(await dispatch('data:deleteAll', request, app)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(
      await dispatch(
        'data:deleteAll',
        { includeBackups: true },
        { url: 'https://evil.example/', isMainFrame: true },
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await settled()).toEqual(before);
    expect(before).toContain(WINDOW_STATE_FILE);

    const result = await dispatch('data:deleteAll', { includeBackups: false }, app);
    expect(result).toMatchObject({ ok: true, value: { backupsKept: join(userData, 'backups') } });
    expect(await listAll(userData)).toEqual([
      'IndexedDB/',
      'IndexedDB/app_growth-ledger_0.indexeddb.leveldb',
      'Preferences',
      'backups/',
      'backups/manual-2026-11-29T10-00-00-000.json',
    ]);
  });
});
