/**
 * Faults that can be made in Node: a write killed between its temporary file and the rename, a full disk
 * under userData, an IndexedDB quota running out in the middle of a restore, and a damaged state file for
 * each file main keeps. Each goes through the real code (the dispatcher and handlers, the stores, the
 * backup worker's service); only the failure itself is injected, into `node:fs/promises` or IndexedDB.
 *
 * What the unit tests already prove is not repeated here:
 * - atomic-write.test.ts: a write failing after its temp file was created keeps the original and removes
 *   the temp file; removeStaleTempFiles removes only old temp files of the names the writer makes.
 * - desktop.test.ts: a start removes hand-made leftovers in userData and backups/.
 * - ipc.test.ts: ENOSPC/EDQUOT/EACCES/EROFS thrown by a mocked `backups.save` become disk-full/no-permission.
 * - backup-worker.test.ts: a QuotaExceededError on `add` part way leaves the data in use as it was and
 *   deletes the unfinished generation.
 * - settings-store.test.ts, window-state.test.ts: a damaged settings.json / window-state.json is moved aside.
 * Missing, and added here: the temp file a *real* killed write leaves is the one the next start removes;
 * ENOSPC from the disk itself (not a mock of the store) for settings, backups and both kinds of export;
 * a quota on the last, durable write of a restore, the generation the app picks afterwards and the message
 * the user sees; a damaged reminder-state.json, and every state file turned into a folder.
 */
import { mkdir, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher, type SenderInfo } from '@main/ipc/dispatch';
import { createHandlers, type DialogPort } from '@main/ipc/handlers';
import { isTrustedSender } from '@main/security';
import { createBackupStore } from '@main/services/backup/backup-store';
import { createFileTickets } from '@main/services/file-tickets';
import { SETTINGS_FILE } from '@main/services/settings-store';
import { REMINDER_STATE_FILE, createReminderStateStore } from '@main/services/reminders/reminder-state';
import { WINDOW_STATE_FILE, createWindowStateStore, DEFAULT_WINDOW_STATE } from '@main/services/window-state';
import { createBackup, serializeBackup } from '@shared/domain/backup';
import { backupContent, packBackup } from '@shared/domain/backup-content';
import { defaultSettings } from '@shared/domain/app-settings';
import { emptyTableData, type TableData } from '@shared/types/entities';
import { LedgerDb } from '@renderer/db/db';
import { generationName, planGenerations, readyMarkerName } from '@renderer/db/generations';
import { readAllTables, writeAllTables } from '@renderer/db/tables';
import { applyRestore, planRestore } from '@renderer/features/backup/model/backup';
import { BackupClient } from '@renderer/features/backup/worker/client';
import { generateDataset } from '@scripts/dataset';
import { createTestDesktop } from '../fixtures/fake-desktop';
import { tempDirs } from '../unit/electron/helpers';
import { parkedFiles } from '../unit/support/parked-files';
import { NEXT_STEP, messageProblem, report } from './support';

/** What the next file operation on a matching path does instead of its work. */
const fault = vi.hoisted(() => ({
  /** ENOSPC once half the data is written to a temp file whose target matches. */
  diskFullFor: null as RegExp | null,
  /** The process "dies" at the rename or link that publishes a matching temp file: kept here as it was. */
  killAtPublishFor: null as RegExp | null,
  killed: null as { tempPath: string; content: Buffer } | null,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const noSpace = () =>
    Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      errno: -28,
      syscall: 'write',
    });
  const killedAt = async (tempPath: string) => {
    fault.killed = { tempPath, content: await real.readFile(tempPath) };
    return Object.assign(new Error('killed by the test'), { code: 'EKILLED' });
  };
  const open = async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args);
    const path = String(args[0]);
    if (!fault.diskFullFor?.test(path) || !/\.tmp$/.test(path)) return handle;
    return new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'writeFile')
          return async (data: string | Uint8Array) => {
            const bytes = typeof data === 'string' ? Buffer.from(data) : data;
            await target.writeFile(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
            throw noSpace();
          };
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  const publish =
    <A extends [string, string, ...unknown[]]>(op: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      if (fault.killAtPublishFor?.test(args[1])) throw await killedAt(args[0]);
      return op(...args);
    };
  const rename = publish(real.rename);
  const link = publish(real.link);
  return { ...real, open, rename, link, default: { ...real, open, rename, link } };
});

// The renderer's bridge to main: only what a restore calls.
vi.mock('@renderer/platform/api', () => ({
  call: async (channel: string) => {
    if (channel === 'app:info') return { appVersion: '0.1.0', platform: 'test', backupsDir: '' };
    if (channel === 'backup:save')
      return { status: 'saved', fileName: 'pre-restore.json', path: '/b/p.json', bytes: 1, deleted: [] };
    throw new Error(`unexpected call ${channel}`);
  },
}));

const temps = tempDirs();
afterEach(async () => {
  fault.diskFullFor = null;
  fault.killAtPublishFor = null;
  fault.killed = null;
  vi.restoreAllMocks();
  await temps.cleanup();
});

const APP: SenderInfo = { url: 'app://growth-ledger/index.html', isMainFrame: true };
const NOW = new Date(2026, 10, 28, 12, 0);

async function backupText(name: string): Promise<string> {
  const tables = emptyTableData();
  tables.settings.push({ key: 'who', value: name });
  return serializeBackup(
    await createBackup(tables, { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' }),
  );
}

/** Main as the app wires it, on a temp userData with a scripted save dialog. */
async function main() {
  const userData = await temps.make('gl-reliability-faults-');
  const savePath = { next: join(userData, 'exports', 'export.growthledger') };
  const dialog: DialogPort = {
    showSaveDialog: async () => ({ canceled: false, filePath: savePath.next }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  };
  const t = createTestDesktop({ userData });
  temps.closeFirst(() => t.desktop.stop());
  await t.desktop.start();
  const backups = createBackupStore({ dir: join(userData, 'backups') });
  const logged: string[] = [];
  const dispatch = createDispatcher({
    handlers: createHandlers({
      appVersion: '0.1.0',
      platform: 'linux',
      backups,
      dialog,
      shell: { openPath: async () => '' },
      now: () => NOW,
      desktop: t.desktop,
      print: { toPdf: async () => new TextEncoder().encode('%PDF-1.7') },
      tickets: createFileTickets(),
    }),
    isTrustedSender,
    logError: (message) => logged.push(message),
  });
  return { userData, savePath, dispatch, desktop: t.desktop, backups, logged };
}

/**
 * Every file under `dir` and its content (what "intact" is compared against), but the reminders'
 * state: they write it on their own clock (each check), so neither it nor its temporary file (possibly
 * still in flight: listed, then renamed before it is read) is ever the faulted write's.
 */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      if (entry.name.includes(REMINDER_STATE_FILE)) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out[path.slice(dir.length + 1)] = await readFile(path, 'latin1');
    }
  };
  await walk(dir);
  return out;
}

describe('a write killed between its temporary file and the rename', () => {
  it.each([
    ['settings.json (replaced by rename)', 'settings'],
    ['a manual backup (published by a hard link)', 'backup'],
  ] as const)(
    '%s: the old file stays whole, and the next start removes the temporary file',
    async (_what, target) => {
      const { userData, dispatch, desktop } = await main();
      const before = defaultSettings();
      before.reminders['log-activities'].time = '16:45';
      expect(await dispatch('settings:update', before, APP)).toMatchObject({ ok: true });
      expect(
        await dispatch(
          'backup:save',
          { packed: await packBackup(await backupText('old')), kind: 'manual' },
          APP,
        ),
      ).toMatchObject({ ok: true });
      const intact = await snapshot(userData);

      fault.killAtPublishFor = target === 'settings' ? /settings\.json$/ : /backups[/\\]manual-/;
      const next = defaultSettings();
      next.closeToTray = false;
      const killed =
        target === 'settings'
          ? await dispatch('settings:update', next, APP)
          : await dispatch(
              'backup:save',
              { packed: await packBackup(await backupText('new')), kind: 'manual' },
              APP,
            );
      expect(killed.ok).toBe(false);
      fault.killAtPublishFor = null;
      // What a killed process leaves: the complete, flushed temporary file beside the untouched old one.
      const leftover = fault.killed;
      if (!leftover) throw new Error('the write never reached its rename');
      await writeFile(leftover.tempPath, leftover.content);
      const hourAgo = new Date(Date.now() - 3_600_000); // file times are the wall clock's
      await utimes(leftover.tempPath, hourAgo, hourAgo);
      await desktop.stop();
      const leftName = leftover.tempPath.slice(userData.length + 1);
      expect(Object.keys(await snapshot(userData))).toContain(leftName);

      // The next start: the temporary file goes, every other file is as it was before the killed write.
      const restart = createTestDesktop({ userData });
      temps.closeFirst(() => restart.desktop.stop());
      await restart.desktop.start();
      const after = await snapshot(userData);
      expect(Object.keys(after)).not.toContain(leftName);
      for (const [name, content] of Object.entries(intact)) expect(after[name], name).toBe(content);
      expect(restart.desktop.settingsState().settings).toEqual(before);
    },
  );
});

describe('a full disk under userData', () => {
  const DISK_FULL = /^The disk is full, so nothing was saved and your data is as it was\. Free some space/;

  it.each([
    ['settings', /settings\.json/],
    // A write goes through `.<name>.<random>.tmp` beside its file: the fault matches that temp file.
    ['a manual backup', /backups[/\\]\.manual-/],
    ["today's automatic backup, replacing the one saved earlier today", /backups[/\\]\.auto-/],
    ['an exported backup, over an older export', /exports[/\\]\.export\.growthledger/],
    ['a Markdown export, over an older one', /exports[/\\]\.brag\.md/],
  ] as const)(
    '%s: answered with disk-full, the previous file intact, no temporary file left',
    async (what, path) => {
      const { userData, savePath, dispatch, logged } = await main();
      // The previous version of each file, written while there was room.
      const settings = defaultSettings();
      settings.quietHours.enabled = true;
      await dispatch('settings:update', settings, APP);
      await dispatch(
        'backup:save',
        { packed: await packBackup(await backupText('earlier')), kind: 'auto' },
        APP,
      );
      await mkdir(join(userData, 'exports'), { recursive: true });
      await writeFile(join(userData, 'exports', 'export.growthledger'), 'the older export');
      await writeFile(join(userData, 'exports', 'brag.md'), '# the older brag document\n');
      const intact = await snapshot(userData);

      fault.diskFullFor = path;
      const packed = await packBackup(await backupText('later'));
      const next = defaultSettings();
      next.closeToTray = false;
      let result;
      if (what === 'settings') result = await dispatch('settings:update', next, APP);
      else if (what === 'a manual backup')
        result = await dispatch('backup:save', { packed, kind: 'manual' }, APP);
      else if (what.startsWith("today's"))
        result = await dispatch('backup:save', { packed, kind: 'auto' }, APP);
      else if (what.startsWith('an exported'))
        result = await dispatch('backup:export', { packed, suggestedName: 'export.growthledger' }, APP);
      else {
        savePath.next = join(userData, 'exports', 'brag.md');
        result = await dispatch(
          'export:saveText',
          { kind: 'markdown', title: 'Export', suggestedName: 'brag.md', text: '# newer\n'.repeat(1000) },
          APP,
        );
      }
      expect(result).toMatchObject({ ok: false, error: { code: 'disk-full' } });
      expect(result.ok ? '' : result.error.message).toMatch(DISK_FULL);
      expect(logged.at(-1)).toMatch(/IPC handler ".+" failed/); // main's log keeps the system's words
      const after = await snapshot(userData);
      for (const [name, content] of Object.entries(intact)) expect(after[name], name).toBe(content);
      expect(Object.keys(after).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      fault.diskFullFor = null;
      expect(
        (await dispatch('settings:get', {}, APP)).ok && (await dispatch('settings:get', {}, APP)),
      ).toMatchObject({ value: { settings } });
    },
  );
});

describe('IndexedDB quota exceeded during a restore', () => {
  function journal(seed: number): TableData {
    return generateDataset({ years: 0.05, seed, end: '2026-11-30' });
  }

  it.each([
    ['part way through the batches (add)', 'add', 200],
    ['at the last, durable write (put)', 'put', 1],
  ] as const)(
    '%s: the data in use is intact, the unfinished generation is never used',
    async (_what, method, at) => {
      const files = parkedFiles();
      const client = new BackupClient(files.port);
      const inUse = new LedgerDb(`reliability-quota-${method}`);
      await writeAllTables(inUse, journal(1));
      const before = await readAllTables(inUse);
      const incoming = journal(2);
      const text = serializeBackup(
        await createBackup(incoming, { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' }),
      );
      const plan = await planRestore(inUse, files.park(backupContent(text)), { client });
      if (!plan.ok) throw new Error(plan.message);

      // The real method, taken unbound on purpose: the stand-in calls it with the store as `this`.
      const real = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)
        ?.value as IDBObjectStore['add'];
      let calls = 0;
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['add']>
      ) {
        calls += 1;
        if (calls === at) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      });
      const when = new Date('2026-05-01T10:00:00Z');
      const failure = await applyRestore(inUse, plan, when, { client }).then(
        () => null,
        (error: unknown) => error,
      );
      vi.restoreAllMocks();
      expect(failure).toBeInstanceOf(Error);
      expect(await readAllTables(inUse)).toEqual(before);
      // The generation the app would pick at its next start is still the one in use.
      const names = (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
      expect(names).not.toContain(readyMarkerName(generationName(when)));
      expect(planGenerations(names, inUse.name).active).not.toBe(generationName(when));
      expect(await Dexie.exists(generationName(when))).toBe(false);

      // The user reads the app's words, not IndexedDB's ("The quota has been exceeded.").
      const message = (failure as Error).message;
      expect(message).not.toContain('The quota has been exceeded');
      expect(messageProblem(message)).toBeNull();
      expect(message).toMatch(NEXT_STEP);
      report(`quota at ${method} #${at} during a restore: data intact, generation unused, told "${message}"`);
      client.close();
      await inUse.delete();
    },
  );
});

describe('a damaged state file for each file main keeps', () => {
  const DAMAGE: readonly (readonly [string, string | Uint8Array])[] = [
    ['not JSON', '{"version": 1, '],
    ['empty', ''],
    ['the wrong shape', '{"version":1,"lastCheckedAt":"yesterday","fired":[],"context":{}}'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x7d])],
    ['NUL bytes', '\u0000'.repeat(64)],
    ['JSON with a prototype key', '{"__proto__":{"polluted":true},"version":1}'],
    ['a huge value', `{"version":1,"fired":[${'"x",'.repeat(200_000)}"x"]}`],
  ];

  it.each(DAMAGE)(
    'reminder-state.json (%s): the start goes on afresh, the file is kept aside, and the log says so',
    async (_what, content) => {
      const userData = await temps.make('gl-reliability-state-');
      await writeFile(join(userData, REMINDER_STATE_FILE), content);
      const logged: string[] = [];
      const state = createReminderStateStore({
        dir: userData,
        now: () => NOW,
        logError: (message) => logged.push(message),
      });
      temps.closeFirst(() => state.close());
      await expect(state.load()).resolves.toBeUndefined();
      expect(state.get()).toMatchObject({ lastCheckedAt: null, fired: [] });
      expect(logged).toEqual([
        expect.stringMatching(/^Reminder state could not be used \(.+\); starting afresh$/),
      ]);
      expect(
        (await readdir(userData)).filter((name) => name.startsWith(`${REMINDER_STATE_FILE}.corrupt-`)),
      ).toHaveLength(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // And the whole desktop starts on it (the scheduler reads this state first).
      await writeFile(join(userData, REMINDER_STATE_FILE), content);
      const t = createTestDesktop({ userData });
      temps.closeFirst(() => t.desktop.stop());
      await expect(t.desktop.start()).resolves.toBeUndefined();
      expect(t.desktop.settingsState().notice).toBeNull();
    },
  );

  it.each([SETTINGS_FILE, REMINDER_STATE_FILE, WINDOW_STATE_FILE])(
    '%s turned into a folder: the start goes on with the defaults, never a crash',
    async (name) => {
      const userData = await temps.make('gl-reliability-state-');
      await mkdir(join(userData, name));
      await writeFile(join(userData, name, 'inside'), 'x');
      const t = createTestDesktop({ userData });
      temps.closeFirst(() => t.desktop.stop());
      await expect(t.desktop.start()).resolves.toBeUndefined();
      expect(t.desktop.settingsState().settings).toEqual(defaultSettings());
      if (name === SETTINGS_FILE)
        expect(t.desktop.settingsState().notice).toMatch(/could not be read.*defaults are in use/);
      const logged: string[] = [];
      const windows = createWindowStateStore({ dir: userData, logError: (message) => logged.push(message) });
      expect(await windows.load()).toEqual(
        name === WINDOW_STATE_FILE ? DEFAULT_WINDOW_STATE : DEFAULT_WINDOW_STATE,
      );
      if (name === WINDOW_STATE_FILE)
        expect(logged.join('\n')).toMatch(/Could not read .*using the default window size/);
      // Nothing of the user's was removed to make room: the folder is still there as it was.
      expect(await readFile(join(userData, name, 'inside'), 'utf8')).toBe('x');
      await rm(join(userData, name), { recursive: true });
    },
  );
});
