/**
 * Keyboard shortcuts in the page: matching a key press against the accelerators of shared/shortcuts.ts,
 * and the list grouped for the shortcut sheet. Pure.
 */
import type { Shortcut } from '@shared/shortcuts';

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The `KeyboardEvent.code` of an accelerator key, for layouts where `key` differs. */
function codeOf(key: string): string | null {
  if (/^[A-Z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  if (key === ',') return 'Comma';
  if (key === '/') return 'Slash';
  if (key === '.') return 'Period';
  return null;
}

/** Whether `press` is the Electron-style `accelerator` ("CmdOrCtrl+Shift+N") on `platform`. */
export function matchesAccelerator(accelerator: string, press: KeyPress, platform: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (!key) return false;
  const mac = platform === 'darwin';
  const want = { ctrl: false, meta: false, shift: false, alt: false };
  for (const part of parts) {
    if (part === 'CmdOrCtrl' || part === 'CommandOrControl') want[mac ? 'meta' : 'ctrl'] = true;
    else if (part === 'Ctrl' || part === 'Control') want.ctrl = true;
    else if (part === 'Cmd' || part === 'Command' || part === 'Meta') want.meta = true;
    else if (part === 'Shift') want.shift = true;
    else if (part === 'Alt' || part === 'Option') want.alt = true;
    else return false;
  }
  if (
    press.ctrlKey !== want.ctrl ||
    press.metaKey !== want.meta ||
    press.shiftKey !== want.shift ||
    press.altKey !== want.alt
  )
    return false;
  return (
    press.key.toLowerCase() === key.toLowerCase() || (codeOf(key) !== null && press.code === codeOf(key))
  );
}

/** The first of `shortcuts` that `press` triggers, or null. */
export function shortcutForKeyPress(
  press: KeyPress,
  platform: string,
  shortcuts: readonly Shortcut[],
): Shortcut | null {
  return shortcuts.find((s) => matchesAccelerator(s.keys, press, platform)) ?? null;
}

/** Shortcuts by group, groups in the order they first appear. */
export function groupShortcuts(
  shortcuts: readonly Shortcut[],
): { group: Shortcut['group']; items: Shortcut[] }[] {
  const groups: { group: Shortcut['group']; items: Shortcut[] }[] = [];
  for (const s of shortcuts) {
    const found = groups.find((g) => g.group === s.group);
    if (found) found.items.push(s);
    else groups.push({ group: s.group, items: [s] });
  }
  return groups;
}

/** The platform name `displayKeys` understands, guessed from the browser (for the preview). */
export function platformFromUserAgent(userAgent: string, uaPlatform?: string): string {
  const text = `${uaPlatform ?? ''} ${userAgent}`;
  if (/mac|iphone|ipad/i.test(text)) return 'darwin';
  if (/win/i.test(text)) return 'win32';
  return 'linux';
}
