/**
 * The application menu. `buildMenuTemplate` is plain data (tested without Electron); main.ts turns it into
 * a menu with `Menu.buildFromTemplate`. App actions do not run here: they are sent to the renderer as
 * AppCommands, because the data they act on lives in the renderer's database.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/ipc/contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Delivers a command to the app window. */
  send: (command: AppCommand) => void;
  /** Reload and developer tools are for development builds only. */
  isDev: boolean;
}

export function buildMenuTemplate({
  platform,
  appName,
  send,
  isDev,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Back up now', accelerator: 'CmdOrCtrl+B', click: () => send({ type: 'backup-now' }) },
      { label: 'Export data…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send({ type: 'export' }) },
      { label: 'Import / restore…', accelerator: 'CmdOrCtrl+O', click: () => send({ type: 'import' }) },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev
        ? ([
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: mac ? [] : [{ role: 'about', label: `About ${appName}` }],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    { role: 'editMenu' },
    viewMenu,
    { role: 'windowMenu' },
    helpMenu,
  ];
}
