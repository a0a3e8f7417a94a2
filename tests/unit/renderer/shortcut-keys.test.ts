import { describe, expect, it } from 'vitest';
import {
  groupShortcuts,
  matchesAccelerator,
  platformFromUserAgent,
  shortcutForKeyPress,
  type KeyPress,
} from '@renderer/features/settings/model/shortcut-keys';
import { appCommandSchema } from '@shared/ipc/contract';
import { commandForShortcut, SHORTCUTS } from '@shared/shortcuts';

function press(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

const MENU = SHORTCUTS.filter((s) => s.command !== null);

describe('matchesAccelerator', () => {
  it('reads CmdOrCtrl as Ctrl elsewhere and as Command on macOS', () => {
    expect(matchesAccelerator('CmdOrCtrl+/', press('/', { ctrlKey: true }), 'linux')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+/', press('/', { metaKey: true }), 'linux')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+/', press('/', { metaKey: true }), 'darwin')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+/', press('/', { ctrlKey: true }), 'darwin')).toBe(false);
  });

  it('needs exactly the modifiers asked for', () => {
    expect(matchesAccelerator('CmdOrCtrl+N', press('n', { ctrlKey: true }), 'win32')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+N', press('N', { ctrlKey: true, shiftKey: true }), 'win32')).toBe(
      false,
    );
    expect(
      matchesAccelerator('CmdOrCtrl+Shift+N', press('N', { ctrlKey: true, shiftKey: true }), 'win32'),
    ).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+N', press('n'), 'win32')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+N', press('n', { ctrlKey: true, altKey: true }), 'win32')).toBe(
      false,
    );
  });

  it('falls back to the physical key when the layout gives another character', () => {
    expect(matchesAccelerator('CmdOrCtrl+B', press('и', { ctrlKey: true, code: 'KeyB' }), 'linux')).toBe(
      true,
    );
    expect(matchesAccelerator('CmdOrCtrl+1', press('&', { ctrlKey: true, code: 'Digit1' }), 'linux')).toBe(
      true,
    );
    expect(matchesAccelerator('CmdOrCtrl+,', press('?', { ctrlKey: true, code: 'Comma' }), 'linux')).toBe(
      true,
    );
  });
});

describe('menu shortcuts in the page', () => {
  it('turns each menu shortcut into the command the native menu sends', () => {
    for (const shortcut of MENU) {
      const command = commandForShortcut(shortcut.id);
      expect(command, shortcut.id).not.toBeNull();
      expect(appCommandSchema.safeParse(command).success, shortcut.id).toBe(true);
    }
    expect(commandForShortcut('new-activity')).toEqual({ type: 'quick-log' });
    expect(commandForShortcut('settings')).toEqual({ type: 'navigate', route: '/settings' });
    expect(commandForShortcut('go-audit')).toEqual({ type: 'navigate', route: '/audit' });
    expect(commandForShortcut('dialog-close')).toBeNull();
  });

  it('finds the shortcut a key press triggers', () => {
    expect(shortcutForKeyPress(press('/', { ctrlKey: true }), 'linux', MENU)?.id).toBe('shortcuts');
    expect(shortcutForKeyPress(press('4', { metaKey: true }), 'darwin', MENU)?.id).toBe('go-audit');
    expect(shortcutForKeyPress(press('E', { ctrlKey: true, shiftKey: true }), 'win32', MENU)?.id).toBe(
      'export',
    );
    expect(shortcutForKeyPress(press('e', { ctrlKey: true }), 'win32', MENU)).toBeNull();
    expect(shortcutForKeyPress(press('/'), 'linux', MENU)).toBeNull();
  });
});

describe('groupShortcuts', () => {
  it('keeps every shortcut, grouped in the order groups first appear', () => {
    const groups = groupShortcuts(SHORTCUTS);
    expect(groups.map((g) => g.group)).toEqual([
      'App',
      'Go to',
      'Calendar audit',
      'Self-assessment',
      'Dialogs and lists',
    ]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(SHORTCUTS.length);
  });
});

describe('platformFromUserAgent', () => {
  it('recognises macOS, Windows and the rest', () => {
    expect(platformFromUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36')).toBe(
      'darwin',
    );
    expect(platformFromUserAgent('Mozilla/5.0 (X11; Linux x86_64)', 'macOS')).toBe('darwin');
    expect(platformFromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('win32');
    expect(platformFromUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36')).toBe('linux');
  });
});
