/**
 * The application menu and the tray menu. Both are plain data (tested without Electron); main.ts turns
 * them into menus. App actions do not run here: they go to the renderer as AppCommands, because the data
 * they act on lives in the renderer's database. Accelerators come from shared/shortcuts.ts, the list the
 * in-app shortcut sheet shows.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '@shared/ipc/contract';
import { SHORTCUTS, shortcut } from '@shared/shortcuts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Delivers a command to the app window (opening it first when it is hidden). */
  send: (command: AppCommand) => void;
  /** Reload and developer tools are for development builds only. */
  isDev: boolean;
}

/** A menu item for a shortcut of shared/shortcuts.ts: its label, its keys and the command it sends. */
function action(id: string, send: (command: AppCommand) => void) {
  const { label, keys, command } = shortcut(id);
  if (!command) throw new Error(`Shortcut "${id}" sends no command, so it cannot be a menu item`);
  return { label, accelerator: keys, click: () => send(command) } satisfies MenuItemConstructorOptions;
}

export function buildMenuTemplate({
  platform,
  appName,
  send,
  isDev,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const settingsItem: MenuItemConstructorOptions = {
    ...action('settings', send),
    label: mac ? 'Settings…' : 'Settings',
  };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settingsItem,
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
      action('new-activity', send),
      action('new-retro', send),
      action('promotion-packet', send),
      { type: 'separator' },
      action('backup-now', send),
      action('export', send),
      action('import', send),
      ...(mac ? [] : ([{ type: 'separator' }, settingsItem] satisfies MenuItemConstructorOptions[])),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  // Edit → Undo is the app's own item, not role 'undo': the role would only ever undo typing, so Ctrl/Cmd+Z
  // could not take back a deleted activity or entry. The item sends the 'undo' command and the page
  // decides (renderer/src/app/commands.ts): in a focused text field it runs the field's own text undo
  // (document.execCommand('undo'), what the role does), anywhere else it undoes the last change to the
  // records. The rest is Electron's standard Edit menu (role 'editMenu'), item for item.
  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      action('undo', send),
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac
        ? ([
            { role: 'pasteAndMatchStyle' },
            { role: 'delete' },
            { role: 'selectAll' },
            { type: 'separator' },
            { label: 'Speech', submenu: [{ role: 'startSpeaking' }, { role: 'stopSpeaking' }] },
          ] satisfies MenuItemConstructorOptions[])
        : ([
            { role: 'delete' },
            { type: 'separator' },
            { role: 'selectAll' },
          ] satisfies MenuItemConstructorOptions[])),
      { type: 'separator' },
      action('search', send),
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

  const goMenu: MenuItemConstructorOptions = {
    label: '&Go',
    submenu: SHORTCUTS.filter((s) => s.group === 'Go to').map((s) => action(s.id, send)),
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      action('shortcuts', send),
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { role: 'about', label: `About ${appName}` },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, goMenu, { role: 'windowMenu' }, helpMenu];
}

export interface TrayActions {
  open: () => void;
  quickLog: () => void;
  backupNow: () => void;
  quit: () => void;
}

/** The tray (menu-bar) icon's menu. */
export function buildTrayMenuTemplate(
  actions: TrayActions,
  { appName }: { appName: string },
): MenuItemConstructorOptions[] {
  return [
    { label: `Open ${appName}`, click: actions.open },
    { label: 'Quick-log an activity…', click: actions.quickLog },
    { label: 'Back up now', click: actions.backupNow },
    { type: 'separator' },
    { label: `Quit ${appName}`, click: actions.quit },
  ];
}
