/**
 * "Start Growth Ledger when I log in". macOS and Windows have an API for it (Electron's
 * `app.setLoginItemSettings`); Linux desktops follow the XDG autostart convention instead: a .desktop
 * file in ~/.config/autostart, which is written here (atomically) and removed to turn it off.
 * The app then starts hidden in the tray (`--hidden`), so logging in does not throw a window at anyone.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './files/atomic-write';
import { errorCode } from './files/error-code';

export const HIDDEN_ARG = '--hidden';
export const AUTOSTART_FILE = 'growth-ledger.desktop';

/** The part of Electron's `app` the login item needs (macOS and Windows). */
export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
}

export interface LoginItem {
  supported: boolean;
  /** Why it is not supported, in words for the settings screen; null when it is. */
  reason: string | null;
  set(enabled: boolean): Promise<void>;
}

export interface LoginItemOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  app: LoginItemApp;
  /** Linux: the folder for autostart entries, normally ~/.config/autostart. */
  autostartDir: string;
  /** Linux: what to run — the AppImage when running from one, else the installed executable. */
  executable: string;
}

/** Quotes an argument for a desktop entry's Exec key (freedesktop Desktop Entry spec, "Exec key"). */
function quoteExec(arg: string): string {
  if (!/[\s"'\\`$]/.test(arg)) return arg;
  return `"${arg.replace(/[\\"`$]/g, (c) => `\\${c}`)}"`;
}

export function autostartEntry(executable: string, name: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${name}`,
    `Exec=${quoteExec(executable)} ${HIDDEN_ARG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function createLoginItem({
  platform,
  isPackaged,
  app,
  autostartDir,
  executable,
}: LoginItemOptions): LoginItem {
  if (!isPackaged) {
    return {
      supported: false,
      reason: 'Starting at login works in the installed app, not in a development build.',
      set: () => Promise.resolve(),
    };
  }
  if (platform === 'linux') {
    const path = join(autostartDir, AUTOSTART_FILE);
    return {
      supported: true,
      reason: null,
      async set(enabled) {
        if (enabled) {
          await writeFileAtomic(path, autostartEntry(executable, 'Growth Ledger'));
          return;
        }
        try {
          await rm(path);
        } catch (error) {
          if (errorCode(error) !== 'ENOENT') throw error;
        }
      },
    };
  }
  if (platform === 'darwin' || platform === 'win32') {
    return {
      supported: true,
      reason: null,
      set(enabled) {
        app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_ARG] });
        return Promise.resolve();
      },
    };
  }
  return {
    supported: false,
    reason: 'Starting at login is not available on this system.',
    set: () => Promise.resolve(),
  };
}
