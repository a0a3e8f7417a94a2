/**
 * Every keyboard shortcut the app offers, in one list: the native menu takes its accelerators from here
 * and the in-app shortcut sheet (Ctrl/Cmd+/) shows the same list, so the two never disagree.
 * `keys` uses Electron's accelerator syntax; `CmdOrCtrl` is ⌘ on macOS and Ctrl elsewhere.
 */
export interface Shortcut {
  id: string;
  keys: string;
  label: string;
  group: 'App' | 'Go to' | 'Calendar audit' | 'Self-assessment' | 'Dialogs and lists';
  /** Handled by the native menu (the desktop app) and by the page itself (the browser preview). */
  menu: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'new-activity', keys: 'CmdOrCtrl+N', label: 'New activity (quick log)', group: 'App', menu: true },
  { id: 'new-retro', keys: 'CmdOrCtrl+Shift+N', label: 'New retrospective', group: 'App', menu: true },
  { id: 'backup-now', keys: 'CmdOrCtrl+B', label: 'Back up now', group: 'App', menu: true },
  { id: 'export', keys: 'CmdOrCtrl+Shift+E', label: 'Export data…', group: 'App', menu: true },
  { id: 'import', keys: 'CmdOrCtrl+O', label: 'Import / restore…', group: 'App', menu: true },
  { id: 'settings', keys: 'CmdOrCtrl+,', label: 'Settings', group: 'App', menu: true },
  { id: 'shortcuts', keys: 'CmdOrCtrl+/', label: 'Keyboard shortcuts', group: 'App', menu: true },
  { id: 'go-profile', keys: 'CmdOrCtrl+1', label: 'Profile', group: 'Go to', menu: true },
  { id: 'go-plan', keys: 'CmdOrCtrl+2', label: 'Growth plan', group: 'Go to', menu: true },
  { id: 'go-assessment', keys: 'CmdOrCtrl+3', label: 'Staff or EM?', group: 'Go to', menu: true },
  { id: 'go-audit', keys: 'CmdOrCtrl+4', label: 'Calendar audit', group: 'Go to', menu: true },
  { id: 'go-retros', keys: 'CmdOrCtrl+5', label: 'Retrospectives', group: 'Go to', menu: true },
  { id: 'go-brag', keys: 'CmdOrCtrl+6', label: 'Brag document', group: 'Go to', menu: true },
  { id: 'go-feedback', keys: 'CmdOrCtrl+7', label: 'Feedback', group: 'Go to', menu: true },
  {
    id: 'quick-entry-submit',
    keys: 'Enter',
    label: 'Add the typed activity',
    group: 'Calendar audit',
    menu: false,
  },
  {
    id: 'assessment-score',
    keys: '1 – 5',
    label: 'Answer the current statement',
    group: 'Self-assessment',
    menu: false,
  },
  { id: 'dialog-close', keys: 'Escape', label: 'Close a dialog', group: 'Dialogs and lists', menu: false },
  {
    id: 'move-focus',
    keys: 'Tab / Shift+Tab',
    label: 'Move between controls',
    group: 'Dialogs and lists',
    menu: false,
  },
];

/** The routes the "Go to" shortcuts open, by shortcut id. */
export const GO_TO_ROUTES: Readonly<Record<string, string>> = {
  'go-profile': '/profile',
  'go-plan': '/plan',
  'go-assessment': '/assessment',
  'go-audit': '/audit',
  'go-retros': '/retros',
  'go-brag': '/brag',
  'go-feedback': '/feedback',
};

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
