import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';
import type { AppCommand } from '../../../shared/ipc/contract';

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
    expect(labels).toEqual(['Back up now', 'Export data…', 'Import / restore…', 'separator', 'quit']);
  });

  it('has the app menu first on macOS', () => {
    const { template, roles } = build('darwin');
    expect(template[0]?.label).toBe('Growth Ledger');
    expect(template[1]?.label).toBe('&File');
    expect(roles).toEqual(
      expect.arrayContaining(['about', 'hide', 'hideOthers', 'quit', 'close', 'editMenu', 'windowMenu']),
    );
  });

  it('has no app menu elsewhere, but an About item under Help', () => {
    const { template, roles } = build('win32');
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      '&File',
      'editMenu',
      '&View',
      'windowMenu',
      'help',
    ]);
    expect(roles).toContain('about');
    expect(roles).not.toContain('hide');
  });

  it('offers reload and developer tools only in development', () => {
    expect(build('linux', false).roles).not.toEqual(expect.arrayContaining(['toggleDevTools']));
    expect(build('linux', false).roles).not.toContain('reload');
    expect(build('linux', true).roles).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
  });
});
