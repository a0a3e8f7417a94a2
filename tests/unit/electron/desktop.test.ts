import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/domain/app-settings';
import { EMPTY_REMINDER_CONTEXT } from '@shared/domain/reminders';
import { createCommandOutbox } from '@main/services/command-outbox';
import { autostartEntry, createLoginItem, AUTOSTART_FILE } from '@main/services/login-item';
import { backupFileFromArgv } from '@main/services/open-file';
import { SETTINGS_FILE } from '@main/services/settings-store';
import { createTestDesktop } from '../../fixtures/fake-desktop';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

async function started(start = '2026-11-30T08:00:00Z') {
  const userData = await temps.make();
  const test = createTestDesktop({ userData, start });
  temps.closeFirst(() => test.desktop.stop());
  await test.desktop.start();
  return Object.assign(test, { userData });
}

describe('desktop: notifications deep-link into the app', () => {
  it('a click on a reminder opens the window on its screen', async () => {
    const t = await started('2026-11-30T08:00:00Z'); // Monday, 09:00 in Berlin
    t.desktop.outbox.takePending(); // the page is listening
    t.desktop.setReminderContext({
      ...EMPTY_REMINDER_CONTEXT,
      activeAudit: { startDate: '2026-11-30', weeks: 4 },
    });
    t.clock.advanceTo('2026-11-30T16:31:00Z'); // 17:30 in Berlin has passed
    expect(t.notifier.shown.map((n) => n.title)).toEqual(['Time to log your day']);
    expect(t.windowShown).toBe(0);
    t.notifier.shown[0]?.click();
    expect(t.windowShown).toBe(1);
    expect(t.delivered).toEqual([{ type: 'navigate', route: '/audit' }]);
  });

  it('keeps the deep link until a page that is still loading asks for it', async () => {
    const t = await started();
    t.desktop.showTestNotification();
    t.notifier.shown[0]?.click();
    expect(t.delivered).toEqual([]);
    expect(t.desktop.outbox.takePending()).toEqual([{ type: 'navigate', route: '/settings' }]);
    expect(t.desktop.outbox.takePending()).toEqual([]);
  });

  it('shows nothing where the system has no notifications', async () => {
    const t = await started();
    t.notifier.supported = false;
    expect(t.desktop.showTestNotification()).toEqual({ shown: false });
    expect(t.desktop.settingsState().notifications.supported).toBe(false);
    expect(t.notifier.shown).toEqual([]);
  });

  it('reports when the next reminder is due when the page sends new data', async () => {
    const t = await started('2026-11-30T08:00:00Z');
    expect(t.desktop.setReminderContext(EMPTY_REMINDER_CONTEXT)).toEqual({ nextAt: null });
    expect(
      t.desktop.setReminderContext({
        ...EMPTY_REMINDER_CONTEXT,
        activeAudit: { startDate: '2026-11-30', weeks: 4 },
      }),
    ).toEqual({ nextAt: '2026-11-30T16:30:00.000Z' });
  });
});

describe('desktop: settings', () => {
  it('turns start-at-login on and off through the login item, then saves', async () => {
    const t = await started();
    const on = { ...defaultSettings(), startAtLogin: true };
    await t.desktop.updateSettings(on);
    expect(t.loginItem.enabled).toBe(true);
    expect(JSON.parse(await readFile(join(t.userData, SETTINGS_FILE), 'utf8'))).toEqual(on);
    await t.desktop.updateSettings(defaultSettings());
    expect(t.loginItem.enabled).toBe(false);
  });

  it('changes nothing when the login item cannot be changed', async () => {
    const t = await started();
    t.loginItem.failWith = 'permission denied';
    await expect(t.desktop.updateSettings({ ...defaultSettings(), startAtLogin: true })).rejects.toThrow(
      'Could not turn on starting at login: permission denied',
    );
    expect(t.desktop.settingsState().settings.startAtLogin).toBe(false);
    await expect(readFile(join(t.userData, SETTINGS_FILE), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('refuses to turn on start-at-login where it is not supported', async () => {
    const t = await started();
    t.loginItem.supported = false;
    t.loginItem.reason = 'Not in a development build.';
    await expect(t.desktop.updateSettings({ ...defaultSettings(), startAtLogin: true })).rejects.toThrow(
      'Not in a development build.',
    );
  });

  it('starts with a notice and the defaults when the settings file is damaged', async () => {
    const userData = await temps.make();
    await writeFile(join(userData, SETTINGS_FILE), '{ not json');
    const t = createTestDesktop({ userData });
    temps.closeFirst(() => t.desktop.stop());
    await t.desktop.start();
    const state = t.desktop.settingsState();
    expect(state.settings).toEqual(defaultSettings());
    expect(state.notice).toMatch(/damaged/);
  });
});

describe('desktop: a start after a crash', () => {
  it('removes the temporary files that interrupted writes left in userData and the backups folder', async () => {
    const userData = await temps.make();
    const backups = join(userData, 'backups');
    await mkdir(backups);
    const start = new Date('2026-11-30T08:00:00Z');
    const hourAgo = new Date(Date.now() - 3600_000); // file times are wall-clock times
    const leftovers = [
      join(userData, '.settings.json.0123456789ab.tmp'),
      join(backups, '.manual-2026-11-29T10-00-00-000.json.a1b2c3d4e5f6.tmp'),
    ];
    for (const path of leftovers) {
      await writeFile(path, 'partial');
      await utimes(path, hourAgo, hourAgo);
    }
    await writeFile(join(backups, 'auto-2026-11-29.json'), '{}');
    const t = createTestDesktop({ userData, start });
    temps.closeFirst(() => t.desktop.stop());
    await t.desktop.start();
    // Only the leftovers: the reminder state may be being written at this moment, through its own temp file.
    const names = await readdir(userData);
    expect(names).toContain('backups');
    expect(names).not.toContain('.settings.json.0123456789ab.tmp');
    expect(await readdir(backups)).toEqual(['auto-2026-11-29.json']);
  });
});

describe('desktop: backup files opened with the app', () => {
  it('shows the window, asks the page to offer a restore and hands the file over once', async () => {
    const t = await started();
    t.desktop.outbox.takePending();
    t.desktop.openFile('/home/ada/Downloads/ledger.growthledger');
    expect(t.windowShown).toBe(1);
    expect(t.delivered).toEqual([{ type: 'open-backup-file' }]);
    expect(t.desktop.takePendingFile()).toBe('/home/ada/Downloads/ledger.growthledger');
    expect(t.desktop.takePendingFile()).toBeNull();
  });

  it.each([
    [['/opt/Growth Ledger/growth-ledger', '/home/ada/a.growthledger'], '/home/ada/a.growthledger'],
    [['electron', '.', '--hidden'], null],
    [['growth-ledger.exe', 'C:\\Users\\ada\\b.GROWTHLEDGER'], 'C:\\Users\\ada\\b.GROWTHLEDGER'],
    [['growth-ledger', 'exports/old.json'], '/work/exports/old.json'],
    [['growth-ledger', '--flag=x.json'], null],
    [['electron', '.', 'package.json'], null],
  ])('finds the backup file in %j', (argv, expected) => {
    const found = backupFileFromArgv(argv, '/work');
    if (expected && /^[A-Z]:\\/.test(expected)) expect(found?.endsWith('b.GROWTHLEDGER')).toBe(true);
    else expect(found).toBe(expected);
  });
});

describe('command outbox', () => {
  it('delivers at once to a listening page and holds commands for one that is not', () => {
    const deliver = vi.fn();
    const outbox = createCommandOutbox(deliver);
    outbox.send({ type: 'backup-now' });
    outbox.send({ type: 'navigate', route: '/audit' });
    outbox.send({ type: 'navigate', route: '/feedback' });
    expect(deliver).not.toHaveBeenCalled();
    expect(outbox.takePending()).toEqual([{ type: 'backup-now' }, { type: 'navigate', route: '/feedback' }]);
    outbox.send({ type: 'shortcuts' });
    expect(deliver).toHaveBeenCalledExactlyOnceWith({ type: 'shortcuts' });
    outbox.detach();
    outbox.send({ type: 'quick-log' });
    expect(deliver).toHaveBeenCalledTimes(1);
    expect(outbox.takePending()).toEqual([{ type: 'quick-log' }]);
  });

  it('never holds more than 20 commands', () => {
    const outbox = createCommandOutbox(() => undefined);
    for (let i = 0; i < 50; i += 1) outbox.send({ type: 'backup-now' });
    expect(outbox.takePending()).toHaveLength(20);
  });
});

describe('start at login', () => {
  const app = () => ({ setLoginItemSettings: vi.fn() });

  it('writes and removes an XDG autostart entry on Linux', async () => {
    const dir = await temps.make();
    const item = createLoginItem({
      platform: 'linux',
      isPackaged: true,
      app: app(),
      autostartDir: join(dir, 'autostart'),
      executable: '/home/ada/Apps/Growth Ledger.AppImage',
    });
    expect(item.supported).toBe(true);
    await item.set(true);
    const entry = await readFile(join(dir, 'autostart', AUTOSTART_FILE), 'utf8');
    expect(entry).toBe(autostartEntry('/home/ada/Apps/Growth Ledger.AppImage', 'Growth Ledger'));
    expect(entry).toContain('Exec="/home/ada/Apps/Growth Ledger.AppImage" --hidden\n');
    await item.set(false);
    await expect(readFile(join(dir, 'autostart', AUTOSTART_FILE))).rejects.toThrow(/ENOENT/);
    await item.set(false); // already off: fine
  });

  it.each(['darwin', 'win32'] as const)(
    'uses the system login items on %s, starting hidden',
    async (platform) => {
      const fake = app();
      const item = createLoginItem({
        platform,
        isPackaged: true,
        app: fake,
        autostartDir: '/x',
        executable: '/x',
      });
      await item.set(true);
      expect(fake.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args: ['--hidden'] });
    },
  );

  it('is not offered in a development build', () => {
    const item = createLoginItem({
      platform: 'linux',
      isPackaged: false,
      app: app(),
      autostartDir: '/x',
      executable: '/x',
    });
    expect(item.supported).toBe(false);
    expect(item.reason).toMatch(/installed app/);
  });
});

describe('desktop: the time zone the page reports', () => {
  it('wins over main’s own, which Electron does not update when the system zone changes', async () => {
    const t = await started('2026-11-30T08:00:00Z'); // Monday; main believes it is in Berlin
    t.desktop.setReminderContext({
      ...EMPTY_REMINDER_CONTEXT,
      activeAudit: { startDate: '2026-11-30', weeks: 4 },
    });
    t.desktop.setTimeZone('Asia/Tokyo'); // 17:00 in Tokyo now: 17:30 there is 08:30Z
    t.clock.advanceTo('2026-11-30T09:00:00Z');
    expect(t.notifier.shown.map((n) => n.shownAt.toISOString())).toEqual(['2026-11-30T08:30:00.000Z']);
  });
});
