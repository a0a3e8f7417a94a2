import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher, type SenderInfo } from '@main/ipc/dispatch';
import { createHandlers, type DialogPort } from '@main/ipc/handlers';
import { registerIpc, type IpcMainLike, type InvokeEventLike } from '@main/ipc/register';
import { isTrustedSender } from '@main/security';
import { createBackupStore } from '@main/services/backup/backup-store';
import { createFileTickets } from '@main/services/file-tickets';
import { createAppProtocolHandler, PRODUCTION_CSP } from '@main/services/app-protocol';
import { CHANNELS, EVENT_NAMES, type ImportResult, type IpcResult } from '@shared/ipc/contract';
import { IPC_CHANNELS, IPC_EVENTS } from '@shared/ipc/channels';
import { FILE_TICKET_PATTERN, fileTicketPath } from '@shared/ipc/file-ticket';
import { defaultSettings } from '@shared/domain/app-settings';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/backup-migrations';
import { EMPTY_REMINDER_CONTEXT } from '@shared/domain/reminders';
import { createTestDesktop } from '../../fixtures/fake-desktop';
import { backupContent, backupText as textOf, packBackup } from '@shared/domain/backup-content';
import { backupText, tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

const APP: SenderInfo = { url: 'app://growth-ledger/index.html', isMainFrame: true };

/** A dialog that answers with whatever the test scripted, and records what it was asked. */
function scriptedDialog() {
  const calls: string[] = [];
  const script = { savePath: undefined as string | undefined, openPath: undefined as string | undefined };
  const dialog: DialogPort = {
    showSaveDialog: async (options) => {
      calls.push(`save:${options.defaultPath}`);
      return script.savePath ? { canceled: false, filePath: script.savePath } : { canceled: true };
    },
    showOpenDialog: async () => {
      calls.push('open');
      return script.openPath
        ? { canceled: false, filePaths: [script.openPath] }
        : { canceled: true, filePaths: [] };
    },
  };
  return { dialog, calls, script };
}

async function setup() {
  const root = await temps.make();
  const backups = createBackupStore({ dir: join(root, 'backups') });
  const { dialog, calls, script } = scriptedDialog();
  const openPath = vi.fn(async (_path: string) => '');
  const { desktop } = createTestDesktop({ userData: root });
  temps.closeFirst(() => desktop.stop());
  const printed: { headerTemplate: string; footerTemplate: string }[] = [];
  const print = {
    toPdf: vi.fn(async (templates: { headerTemplate: string; footerTemplate: string }) => {
      printed.push(templates);
      return new TextEncoder().encode('%PDF-1.7 a printed page');
    }),
  };
  const tickets = createFileTickets();
  const handlers = createHandlers({
    appVersion: '0.1.0',
    platform: 'linux',
    backups,
    dialog,
    shell: { openPath },
    now: () => new Date(2026, 10, 28, 12, 0),
    desktop,
    print,
    tickets,
  });
  const errors: string[] = [];
  const dispatch = createDispatcher({
    handlers,
    isTrustedSender,
    logError: (message) => errors.push(message),
  });
  return {
    root,
    backups,
    handlers,
    dispatch,
    calls,
    script,
    openPath,
    errors,
    desktop,
    print,
    printed,
    /** The text of the file parked under the answer's ticket (read once, as the worker reads it). */
    parkedText: (value: unknown) => {
      const bytes = tickets.take((value as { ticket: string }).ticket);
      return bytes && textOf(bytes);
    },
    tickets,
  };
}

/** A ticket in an answer: the store's own shape, never the file's bytes. */
const aTicket = expect.stringMatching(FILE_TICKET_PATTERN) as string;

describe('dispatch with the real handlers', () => {
  it('answers app:info', async () => {
    const { dispatch, backups } = await setup();
    expect(await dispatch('app:info', {}, APP)).toEqual({
      ok: true,
      value: { appVersion: '0.1.0', platform: 'linux', backupsDir: backups.dir },
    });
  });

  it('rejects invalid payloads without calling the handler', async () => {
    const { dispatch, handlers } = await setup();
    const save = vi.spyOn(handlers, 'backup:save');
    const read = vi.spyOn(handlers, 'backup:read');
    const text = await backupText();
    const packed = await packBackup(text);
    const bad: [string, unknown][] = [
      ['backup:save', { packed, kind: 'weekly' }],
      ['backup:save', { packed }],
      ['backup:save', { packed, kind: 'manual', extra: true }],
      ['backup:save', 'just a string'],
      ['backup:save', { packed: 42, kind: 'manual' }],
      ['backup:save', { packed: [...packed], kind: 'manual' }],
      ['backup:save', { packed: new Uint8Array(0), kind: 'manual' }],
      ['backup:save', { text, kind: 'manual' }],
      ['backup:save', { content: backupContent(text), kind: 'manual' }],
      ['backup:read', { fileName: '../x.json' }],
      ['backup:read', { fileName: '/etc/passwd' }],
      ['backup:read', { fileName: 'auto-2026-01-01.json', path: '/etc' }],
      ['app:info', { anything: 1 }],
    ];
    for (const [channel, request] of bad) {
      const result = await dispatch(channel, request, APP);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(save).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  it('rejects unknown channels', async () => {
    const { dispatch } = await setup();
    for (const channel of ['backup:delete', 'constructor', '__proto__', 42, null]) {
      expect(await dispatch(channel, {}, APP)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('refuses untrusted senders before looking at anything else', async () => {
    const { dispatch, handlers, errors } = await setup();
    const info = vi.spyOn(handlers, 'app:info');
    for (const sender of [
      { url: 'app://growth-ledger/index.html', isMainFrame: false },
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'file:///tmp/index.html', isMainFrame: true },
      { url: '', isMainFrame: true },
    ]) {
      expect(await dispatch('app:info', {}, sender)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
    expect(info).not.toHaveBeenCalled();
    expect(errors).toHaveLength(4);
  });

  it('saves, lists and reads backups through the channels', async () => {
    const { dispatch, parkedText } = await setup();
    const text = await backupText();
    const saved = await dispatch('backup:save', { packed: await packBackup(text), kind: 'manual' }, APP);
    expect(saved).toMatchObject({
      ok: true,
      value: { status: 'saved', fileName: 'manual-2026-11-28T12-00-00-000.json' },
    });
    const listed = await dispatch('backup:list', {}, APP);
    expect(listed).toMatchObject({
      ok: true,
      value: { files: [{ fileName: 'manual-2026-11-28T12-00-00-000.json' }] },
    });
    const read = await dispatch('backup:read', { fileName: 'manual-2026-11-28T12-00-00-000.json' }, APP);
    // The answer carries the file's ticket, not its bytes: they wait in main for the backup worker.
    expect(read).toEqual({
      ok: true,
      value: {
        fileName: 'manual-2026-11-28T12-00-00-000.json',
        ticket: aTicket,
        bytes: Buffer.byteLength(text),
      },
    });
    expect(read.ok && parkedText(read.value)).toBe(text);
    expect(read.ok && parkedText(read.value)).toBeNull();
  });

  it('parks a file read for a restore where the app protocol serves it, once, and parks nothing it refused', async () => {
    const { dispatch, tickets, root, script } = await setup();
    const protocol = createAppProtocolHandler({ rootDir: root, csp: PRODUCTION_CSP, tickets });
    const text = await backupText({ name: 'Served' });
    script.openPath = join(root, 'served.growthledger');
    await writeFile(script.openPath, text);
    const imported = (await dispatch('backup:import', {}, APP)) as IpcResult<ImportResult>;
    if (!imported.ok || imported.value.status !== 'opened') throw new Error('not imported');
    const url = `app://growth-ledger${fileTicketPath(imported.value.ticket)}`;
    const served = await protocol(new Request(url));
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(text);
    expect((await protocol(new Request(url))).status).toBe(404);

    // Refused (no such backup, a path, a file that is gone): nothing parked.
    for (const [channel, request] of [
      ['backup:read', { fileName: 'manual-2020-01-01T00-00-00-000.json' }],
      ['backup:read', { fileName: '../served.growthledger' }],
    ] as const) {
      expect(await dispatch(channel, request, APP)).toMatchObject({ ok: false });
    }
    script.openPath = join(root, 'vanished.growthledger');
    expect(await dispatch('backup:import', {}, APP)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(tickets.size).toBe(0);
  });

  // Issue 14: the start step saves the data as it was before a schema upgrade through this channel.
  it('accepts a pre-upgrade backup and names it for the schema version it precedes', async () => {
    const { dispatch } = await setup();
    const packed = await packBackup(await backupText());
    const fileName = `pre-upgrade-v${CURRENT_SCHEMA_VERSION}-2026-11-28T12-00-00-000.json`;
    expect(await dispatch('backup:save', { packed, kind: 'pre-upgrade' }, APP)).toMatchObject({
      ok: true,
      value: { status: 'saved', fileName },
    });
    expect(await dispatch('backup:list', {}, APP)).toMatchObject({
      ok: true,
      value: { files: [{ fileName, kind: 'pre-upgrade', upgradeTo: CURRENT_SCHEMA_VERSION }] },
    });
  });

  it('reports a bad backup with its own code', async () => {
    const { dispatch } = await setup();
    expect(
      await dispatch('backup:save', { packed: await packBackup('{"nope":1}'), kind: 'manual' }, APP),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-backup' },
    });
  });

  it('exports to the file the dialog chose, and imports it back', async () => {
    const { dispatch, root, script, calls, parkedText } = await setup();
    const text = await backupText({ name: 'Exported' });
    script.savePath = join(root, 'chosen', 'my-export.json');
    const exported = await dispatch(
      'backup:export',
      { packed: await packBackup(text), suggestedName: 'growth-ledger-2026-11-28.json' },
      APP,
    );
    expect(exported).toEqual({
      ok: true,
      value: { status: 'saved', path: script.savePath, bytes: Buffer.byteLength(text) },
    });
    expect(await readFile(script.savePath, 'utf8')).toBe(text);
    expect(calls).toEqual(['save:growth-ledger-2026-11-28.json']);

    script.openPath = script.savePath;
    const imported = await dispatch('backup:import', {}, APP);
    expect(imported).toEqual({
      ok: true,
      value: {
        status: 'opened',
        fileName: 'my-export.json',
        path: script.savePath,
        ticket: aTicket,
        bytes: Buffer.byteLength(text),
      },
    });
    expect(imported.ok && parkedText(imported.value)).toBe(text);
  });

  it('does not show the save dialog for an invalid export', async () => {
    const { dispatch, calls } = await setup();
    const result = await dispatch(
      'backup:export',
      { packed: await packBackup('garbage!'), suggestedName: 'x.json' },
      APP,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-backup' } });
    expect(calls).toEqual([]);
  });

  it('saves a Markdown or CSV export where the user chose, atomically', async () => {
    const { dispatch, root, script, calls } = await setup();
    script.savePath = join(root, 'brag.md');
    const text = '# Brag document\n\n- Shipped the migration\n';
    const result = await dispatch(
      'export:saveText',
      { kind: 'markdown', title: 'Export brag document', suggestedName: 'brag-2026.md', text },
      APP,
    );
    expect(result).toEqual({
      ok: true,
      value: { status: 'saved', path: script.savePath, bytes: Buffer.byteLength(text) },
    });
    expect(await readFile(script.savePath, 'utf8')).toBe(text);
    expect(calls).toEqual(['save:brag-2026.md']);
  });

  it('saves the page as a PDF with an escaped running header and page numbers, only once a file is chosen', async () => {
    const { dispatch, root, script, calls, print, printed } = await setup();
    const request = {
      title: 'Save the promotion packet as PDF',
      suggestedName: 'Promotion packet 2026.pdf',
      header: 'Ada <b>Example</b> & co · 2 July 2026',
    };
    // Cancelled: nothing is printed or written.
    expect(await dispatch('export:savePdf', request, APP)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(print.toPdf).not.toHaveBeenCalled();

    script.savePath = join(root, 'packet.pdf');
    const result = await dispatch('export:savePdf', request, APP);
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: script.savePath, bytes: 23 } });
    expect(await readFile(script.savePath, 'utf8')).toBe('%PDF-1.7 a printed page');
    expect(calls).toEqual(['save:Promotion packet 2026.pdf', 'save:Promotion packet 2026.pdf']);
    expect(printed[0]!.headerTemplate).toContain('Ada &#60;b&#62;Example&#60;/b&#62; &#38; co · 2 July 2026');
    expect(printed[0]!.headerTemplate).not.toContain('<b>');
    expect(printed[0]!.footerTemplate).toContain(
      '<span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('refuses PDF names that are paths or not PDFs, before any dialog', async () => {
    const { dispatch, calls } = await setup();
    for (const suggestedName of ['../packet.pdf', '/tmp/p.pdf', 'packet.md', 'a\\b.pdf']) {
      const result = await dispatch('export:savePdf', { title: 'Save', suggestedName, header: '' }, APP);
      expect(result.ok ? 'accepted' : result.error.code, suggestedName).toBe('invalid-request');
    }
    expect(calls).toEqual([]);
  });

  it('refuses export names that are paths or of the wrong kind', async () => {
    const { dispatch, calls } = await setup();
    for (const suggestedName of ['../brag.md', '/tmp/x.csv', 'notes.txt', 'a\\b.md', '.hidden.md']) {
      const result = await dispatch(
        'export:saveText',
        { kind: 'csv', title: 'Export', suggestedName, text: 'a,b' },
        APP,
      );
      expect(result.ok ? 'accepted' : result.error.code, suggestedName).toBe('invalid-request');
    }
    expect(calls).toEqual([]);
  });

  it('reports cancelled dialogs', async () => {
    const { dispatch } = await setup();
    const text = await backupText();
    expect(
      await dispatch('backup:export', { packed: await packBackup(text), suggestedName: 'x.json' }, APP),
    ).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(await dispatch('backup:import', {}, APP)).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('refuses to import a file over 100 MB without reading it', async () => {
    const { dispatch, root, script, tickets } = await setup();
    const path = join(root, 'huge.json');
    await writeFile(path, '');
    await truncate(path, 150 * 1024 * 1024);
    script.openPath = path;
    const result = await dispatch('backup:import', {}, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(result.ok ? '' : result.error.message).toMatch(/huge\.json.*150\.0 MB/);
    expect(tickets.size).toBe(0);
  });

  it('says so when the chosen file is no longer there', async () => {
    const { dispatch, root, script, errors } = await setup();
    script.openPath = join(root, 'vanished.json');
    expect(await dispatch('backup:import', {}, APP)).toEqual({
      ok: false,
      error: { code: 'not-found', message: '"vanished.json" is no longer there. Nothing was changed.' },
    });
    expect(errors).toEqual([]);
  });

  it('reports an import that cannot be read as an internal error, and logs it', async () => {
    const { dispatch, root, script, errors } = await setup();
    script.openPath = root; // a folder: reading it fails with EISDIR
    expect(await dispatch('backup:import', {}, APP)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(errors).toEqual(['IPC handler "backup:import" failed']);
  });

  // Issue 14, item 5: a full disk answered with the system's "ENOSPC: no space left on device".
  it.each([
    ['ENOSPC', 'disk-full', /^The disk is full, so nothing was saved.*Free some space/],
    ['EDQUOT', 'disk-full', /^The disk is full/],
    ['EACCES', 'no-permission', /^Growth Ledger is not allowed to write there.*Choose another folder/],
    ['EROFS', 'no-permission', /^Growth Ledger is not allowed to write there/],
  ])('a write that fails with %s says what happened and what to do', async (code, expected, message) => {
    const { dispatch, backups, errors } = await setup();
    vi.spyOn(backups, 'save').mockRejectedValue(Object.assign(new Error(`${code}: failed, write`), { code }));
    const result = await dispatch(
      'backup:save',
      { packed: await packBackup(await backupText()), kind: 'manual' },
      APP,
    );
    expect(result).toMatchObject({ ok: false, error: { code: expected } });
    expect(result.ok ? '' : result.error.message).toMatch(message);
    expect(result.ok ? '' : result.error.message).not.toContain(code);
    expect(errors).toEqual(['IPC handler "backup:save" failed']); // still in main's log, with the system's words
  });

  it('opens the backups folder, and says when it cannot', async () => {
    const { dispatch, openPath, backups } = await setup();
    expect(await dispatch('backup:revealFolder', {}, APP)).toEqual({ ok: true, value: { opened: true } });
    expect(openPath).toHaveBeenCalledWith(backups.dir);
    openPath.mockResolvedValueOnce('No application knows how to open it');
    expect(await dispatch('backup:revealFolder', {}, APP)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('desktop channels', () => {
  it('saves settings through settings:update and reads them back with settings:get', async () => {
    const { dispatch, root } = await setup();
    const next = { ...defaultSettings(), closeToTray: false };
    expect(await dispatch('settings:update', next, APP)).toMatchObject({
      ok: true,
      value: { settings: next, notice: null },
    });
    expect(await dispatch('settings:get', {}, APP)).toMatchObject({ ok: true, value: { settings: next } });
    expect(JSON.parse(await readFile(join(root, 'settings.json'), 'utf8'))).toEqual(next);
  });

  it('rejects malformed desktop requests before any handler runs', async () => {
    const { dispatch, handlers, root } = await setup();
    const update = vi.spyOn(handlers, 'settings:update');
    const setContext = vi.spyOn(handlers, 'reminders:setContext');
    const setZone = vi.spyOn(handlers, 'reminders:setTimeZone');
    const good = defaultSettings();
    const bad: [string, unknown][] = [
      ['settings:update', { ...good, version: 2 }],
      ['settings:update', { ...good, startAtLogin: 'yes' }],
      ['settings:update', { ...good, quietHours: { enabled: true, start: '9pm', end: '07:00' } }],
      [
        'settings:update',
        {
          ...good,
          reminders: { ...good.reminders, reassess: { enabled: true, everyMonths: 99, time: '10:00' } },
        },
      ],
      ['reminders:setContext', { ...EMPTY_REMINDER_CONTEXT, lastLoggedDate: 'yesterday' }],
      [
        'reminders:setContext',
        { ...EMPTY_REMINDER_CONTEXT, openRetros: [{ id: '../x', project: '', endDate: '2026-01-01' }] },
      ],
      ['reminders:setContext', { ...EMPTY_REMINDER_CONTEXT, reflectedWeeks: Array(61).fill('2026-01-05') }],
      ['reminders:setTimeZone', { timeZone: 'Mars/Olympus_Mons' }],
      ['reminders:setTimeZone', {}],
      ['app:takePendingCommands', { all: true }],
      ['backup:openPending', { path: '/etc/passwd' }],
    ];
    for (const [channel, request] of bad) {
      expect(await dispatch(channel, request, APP), channel).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(update).not.toHaveBeenCalled();
    expect(setContext).not.toHaveBeenCalled();
    expect(setZone).not.toHaveBeenCalled();
    await expect(readFile(join(root, 'settings.json'))).rejects.toThrow(/ENOENT/);
  });

  it('hands over a backup file opened with the app once, read like an import', async () => {
    const { dispatch, root, desktop, parkedText } = await setup();
    expect(await dispatch('backup:openPending', {}, APP)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    const path = join(root, 'shared.growthledger');
    const text = await backupText({ name: 'Grace' });
    await writeFile(path, text);
    desktop.openFile(path);
    expect(await dispatch('app:takePendingCommands', {}, APP)).toEqual({
      ok: true,
      value: [{ type: 'open-backup-file' }],
    });
    const opened = await dispatch('backup:openPending', {}, APP);
    expect(opened).toEqual({
      ok: true,
      value: {
        status: 'opened',
        fileName: 'shared.growthledger',
        path,
        ticket: aTicket,
        bytes: Buffer.byteLength(text),
      },
    });
    expect(opened.ok && parkedText(opened.value)).toBe(text);
    expect(await dispatch('backup:openPending', {}, APP)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
  });
});

describe('calendar:open', () => {
  const ICS = join(import.meta.dirname, '../../fixtures/ics');

  // Main only reads and size-checks the file: the page parses it in its worker (issue 16), which
  // tests/unit/renderer/ics-worker.test.ts covers, bad files included.
  it('opens the .ics the user picked and returns its text, unparsed', async () => {
    const { dispatch, script } = await setup();
    script.openPath = join(ICS, 'weekly-1on1.ics');
    const result = await dispatch('calendar:open', {}, APP);
    const text = await readFile(join(ICS, 'weekly-1on1.ics'), 'utf8');
    expect(result).toEqual({
      ok: true,
      value: { status: 'opened', fileName: 'weekly-1on1.ics', bytes: Buffer.byteLength(text), text },
    });
  });

  it('reports a cancelled dialog', async () => {
    const { dispatch, calls } = await setup();
    expect(await dispatch('calendar:open', {}, APP)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(calls).toEqual(['open']);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const { dispatch, root, script } = await setup();
    const path = join(root, 'huge.ics');
    await writeFile(path, '');
    await truncate(path, 25 * 1024 * 1024);
    script.openPath = path;
    const result = await dispatch('calendar:open', {}, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(result.ok ? '' : result.error.message).toMatch(/huge\.ics.*25\.0 MB.*20 MB/);
  });

  it('rejects a request with fields before opening any dialog', async () => {
    const { dispatch, calls } = await setup();
    const window = { rangeStart: '2026-01-05', rangeEnd: '2026-02-01', timeZone: 'Europe/Berlin' };
    expect(await dispatch('calendar:open', window, APP)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(calls).toEqual([]);
  });
});

describe('registerIpc', () => {
  function fakeIpcMain() {
    const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => {
        if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
        listeners.set(channel, listener);
      },
    };
    return { ipcMain, listeners };
  }

  it('registers exactly the contract’s channels', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const { dispatch } = await setup();
    registerIpc(ipcMain, dispatch);
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('identifies the sender from the frame that sent the request', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const { dispatch } = await setup();
    registerIpc(ipcMain, dispatch);
    const listener = listeners.get('app:info');
    if (!listener) throw new Error('app:info not registered');

    const mainFrame = { url: 'app://growth-ledger/index.html' };
    const fromMain: InvokeEventLike = { senderFrame: mainFrame, sender: { mainFrame } };
    expect(await listener(fromMain, {})).toMatchObject({ ok: true });

    const subFrame: InvokeEventLike = {
      senderFrame: { url: 'app://growth-ledger/index.html' },
      sender: { mainFrame },
    };
    expect(await listener(subFrame, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });

    const destroyed: InvokeEventLike = { senderFrame: null, sender: { mainFrame } };
    expect(await listener(destroyed, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('the preload’s plain lists match the contract', () => {
    expect([...IPC_CHANNELS].sort()).toEqual([...CHANNELS].sort());
    expect([...IPC_EVENTS].sort()).toEqual([...EVENT_NAMES].sort());
  });
});
