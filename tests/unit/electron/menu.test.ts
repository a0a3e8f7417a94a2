import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, buildTrayMenuTemplate } from '@main/menu';
import type { AppCommand } from '@shared/ipc/contract';
import { SHORTCUTS } from '@shared/shortcuts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev = false) {
  const send = vi.fn<(command: AppCommand) => void>();
  const template = buildMenuTemplate({ platform, appName: 'Growth Ledger', send, isDev });
  const byLabel = (label: string) => items(template).find((item) => item.label === label);
  const roles = items(template)
    .map((item) => item.role)
    .filter(Boolean);
  return { template, send, byLabel, roles };
}

describe('application menu', () => {
  it.each([
    ['Back up now', 'CmdOrCtrl+B', { type: 'backup-now' }],
    ['Export data…', 'CmdOrCtrl+Shift+E', { type: 'export' }],
    ['Import / restore…', 'CmdOrCtrl+O', { type: 'import' }],
  ])('"%s" (%s) sends %o to the window', (label, accelerator, command) => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { byLabel, send } = build(platform);
      const item = byLabel(label);
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as () => void)();
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('puts the app actions in the File menu, with Quit on Windows and Linux', () => {
    const { template } = build('linux');
    const file = template[0];
    expect(file?.label).toBe('&File');
    const labels = (file?.submenu as MenuItemConstructorOptions[]).map(
      (item) => item.label ?? item.role ?? item.type,
    );
    expect(labels).toEqual([
      'New activity (quick log)',
      'New retrospective',
      'Promotion packet…',
      'separator',
      'Back up now',
      'Export data…',
      'Import / restore…',
      'separator',
      'Settings',
      'separator',
      'quit',
    ]);
  });

  it.each([
    ['New activity (quick log)', 'CmdOrCtrl+N', { type: 'quick-log' }],
    ['New retrospective', 'CmdOrCtrl+Shift+N', { type: 'new-retro' }],
    ['Keyboard shortcuts', 'CmdOrCtrl+/', { type: 'shortcuts' }],
    ['Search…', 'CmdOrCtrl+K', { type: 'search' }],
    ['Calendar audit', 'CmdOrCtrl+4', { type: 'navigate', route: '/audit' }],
    ['Feedback', 'CmdOrCtrl+7', { type: 'navigate', route: '/feedback' }],
    ['People', 'CmdOrCtrl+8', { type: 'navigate', route: '/people' }],
  ])('"%s" (%s) sends %o', (label, accelerator, command) => {
    const { byLabel, send } = build('linux');
    const item = byLabel(label);
    expect(item?.accelerator).toBe(accelerator);
    (item?.click as () => void)();
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('puts Settings in the app menu on macOS and in File elsewhere, with the same shortcut', () => {
    expect(build('darwin').byLabel('Settings…')?.accelerator).toBe('CmdOrCtrl+,');
    expect(build('win32').byLabel('Settings')?.accelerator).toBe('CmdOrCtrl+,');
  });

  it('takes every accelerator from the shortcut list the app shows, with no key used twice', () => {
    const { template } = build('linux');
    const accelerators = items(template)
      .map((item) => item.accelerator)
      .filter((a): a is string => typeof a === 'string');
    const listed = SHORTCUTS.filter((s) => s.command !== null).map((s) => s.keys);
    expect(new Set(accelerators)).toEqual(new Set(listed));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('has the app menu first on macOS', () => {
    const { template, roles } = build('darwin');
    expect(template[0]?.label).toBe('Growth Ledger');
    expect(template[1]?.label).toBe('&File');
    expect(roles).toEqual(
      expect.arrayContaining(['about', 'hide', 'hideOthers', 'quit', 'close', 'windowMenu']),
    );
  });

  it('has no app menu elsewhere, but an About item under Help', () => {
    const { template, roles } = build('win32');
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Go',
      'windowMenu',
      'help',
    ]);
    expect(roles).toContain('about');
    expect(roles).not.toContain('hide');
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'Edit → Undo (%s) sends the undo command, and the rest of Edit keeps the standard text roles',
    (platform) => {
      const { template, byLabel, send, roles } = build(platform);
      const edit = template.find((menu) => menu.label === '&Edit');
      const undo = byLabel('Undo');
      expect((edit?.submenu as MenuItemConstructorOptions[])[0]).toBe(undo);
      expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
      (undo?.click as () => void)();
      expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'undo' });
      // No role 'undo' (or the whole standard Edit menu, which has one): it would take Ctrl/Cmd+Z for
      // typing only, so the app's undo of a deleted record could never run from the keyboard.
      expect(roles).not.toContain('undo');
      expect(roles).not.toContain('editMenu');
      expect(roles).toEqual(expect.arrayContaining(['redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']));
      if (platform === 'darwin') expect(roles).toContain('pasteAndMatchStyle');
    },
  );

  it('offers reload and developer tools only in development', () => {
    expect(build('linux', false).roles).not.toEqual(expect.arrayContaining(['toggleDevTools']));
    expect(build('linux', false).roles).not.toContain('reload');
    expect(build('linux', true).roles).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
  });
});

describe('tray menu', () => {
  it('opens the app, quick-logs, backs up and quits', () => {
    const actions = { open: vi.fn(), quickLog: vi.fn(), backupNow: vi.fn(), quit: vi.fn() };
    const template = buildTrayMenuTemplate(actions, { appName: 'Growth Ledger' });
    const labels = template.map((item) => item.label ?? item.type);
    expect(labels).toEqual([
      'Open Growth Ledger',
      'Quick-log an activity…',
      'Back up now',
      'separator',
      'Quit Growth Ledger',
    ]);
    for (const item of template) (item.click as (() => void) | undefined)?.();
    for (const action of Object.values(actions)) expect(action).toHaveBeenCalledOnce();
  });
});
