/**
 * Every keyboard shortcut the app offers, in one list: the native menu takes its accelerators from here
 * and the in-app shortcut sheet (Ctrl/Cmd+/) shows the same list, so the two never disagree.
 * `keys` uses Electron's accelerator syntax; `CmdOrCtrl` is ⌘ on macOS and Ctrl elsewhere.
 */
import type { AppCommand } from './ipc/contract';
import { pathTo } from './routes';

export interface Shortcut {
  id: string;
  keys: string;
  label: string;
  group: 'App' | 'Go to' | 'Calendar audit' | 'Self-assessment' | 'Dialogs and lists';
  /**
   * What the shortcut sends, from the native menu (the desktop app) or from the page itself (the browser
   * preview); null for keys a screen handles on its own.
   */
  command: AppCommand | null;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'new-activity',
    keys: 'CmdOrCtrl+N',
    label: 'New activity (quick log)',
    group: 'App',
    command: { type: 'quick-log' },
  },
  {
    id: 'new-retro',
    keys: 'CmdOrCtrl+Shift+N',
    label: 'New retrospective',
    group: 'App',
    command: { type: 'new-retro' },
  },
  {
    id: 'promotion-packet',
    keys: 'CmdOrCtrl+Shift+P',
    label: 'Promotion packet…',
    group: 'App',
    command: { type: 'navigate', route: pathTo('planPacket') },
  },
  {
    id: 'backup-now',
    keys: 'CmdOrCtrl+B',
    label: 'Back up now',
    group: 'App',
    command: { type: 'backup-now' },
  },
  {
    id: 'export',
    keys: 'CmdOrCtrl+Shift+E',
    label: 'Export data…',
    group: 'App',
    command: { type: 'export' },
  },
  {
    id: 'import',
    keys: 'CmdOrCtrl+O',
    label: 'Import / restore…',
    group: 'App',
    command: { type: 'import' },
  },
  {
    id: 'settings',
    keys: 'CmdOrCtrl+,',
    label: 'Settings',
    group: 'App',
    command: { type: 'navigate', route: pathTo('settings') },
  },
  {
    id: 'search',
    keys: 'CmdOrCtrl+K',
    label: 'Search…',
    group: 'App',
    command: { type: 'search' },
  },
  {
    id: 'undo',
    keys: 'CmdOrCtrl+Z',
    label: 'Undo',
    group: 'App',
    command: { type: 'undo' },
  },
  {
    id: 'shortcuts',
    keys: 'CmdOrCtrl+/',
    label: 'Keyboard shortcuts',
    group: 'App',
    command: { type: 'shortcuts' },
  },
  {
    id: 'go-profile',
    keys: 'CmdOrCtrl+1',
    label: 'Profile',
    group: 'Go to',
    command: { type: 'navigate', route: pathTo('profile') },
  },
  {
    id: 'go-plan',
    keys: 'CmdOrCtrl+2',
    label: 'Growth plan',
    group: 'Go to',
    command: { type: 'navigate', route: pathTo('plan') },
  },
  {
    id: 'go-assessment',
    keys: 'CmdOrCtrl+3',
    label: 'Staff or EM?',
    group: 'Go to',
    command: { type: 'navigate', route: pathTo('assessment') },
  },
  {
    id: 'go-audit',
    keys: 'CmdOrCtrl+4',
    label: 'Calendar audit',
    group: 'Go to',
    command: { type: 'navigate', route: pathTo('audit') },
  },
  {
    id: 'go-retros',
    keys: 'CmdOrCtrl+5',
    label: 'Retrospectives',
    group: 'Go to',
    command: { type: 'navigate', route: pathTo('retros') },
  },
  {
    id: 'go-brag',
    keys: 'CmdOrCtrl+6',
    label: 'Brag document',
    group: 'Go to',
    command: { type: 'navigate', route: pathTo('brag') },
  },
  {
    id: 'go-feedback',
    keys: 'CmdOrCtrl+7',
    label: 'Feedback',
    group: 'Go to',
    command: { type: 'navigate', route: pathTo('feedback') },
  },
  {
    id: 'go-people',
    keys: 'CmdOrCtrl+8',
    label: 'People',
    group: 'Go to',
    command: { type: 'navigate', route: pathTo('people') },
  },
  {
    id: 'quick-entry-submit',
    keys: 'Enter',
    label: 'Add the typed activity',
    group: 'Calendar audit',
    command: null,
  },
  {
    id: 'assessment-score',
    keys: '1 – 5',
    label: 'Answer the current statement',
    group: 'Self-assessment',
    command: null,
  },
  { id: 'dialog-close', keys: 'Escape', label: 'Close a dialog', group: 'Dialogs and lists', command: null },
  {
    id: 'move-focus',
    keys: 'Tab / Shift+Tab',
    label: 'Move between controls',
    group: 'Dialogs and lists',
    command: null,
  },
];

/** The command a shortcut sends, exactly as the native menu sends it; null for a screen's own keys. */
export function commandForShortcut(id: string): AppCommand | null {
  return SHORTCUTS.find((s) => s.id === id)?.command ?? null;
}

export function shortcut(id: string): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id);
  if (!found) throw new Error(`No shortcut "${id}"`);
  return found;
}

/** Accelerator text as people read it on `platform`: "⌘⇧N" on macOS, "Ctrl+Shift+N" elsewhere. */
export function displayKeys(keys: string, platform: string): string {
  if (platform === 'darwin') {
    return keys
      .replace(/CmdOrCtrl\+/g, '⌘')
      .replace(/Shift\+/g, '⇧')
      .replace(/Alt\+/g, '⌥');
  }
  return keys.replace(/CmdOrCtrl/g, 'Ctrl');
}
