import { useEffect, useState } from 'react';
import type { AppCommand } from '@shared/ipc/contract';
import { SHORTCUTS } from '@shared/shortcuts';
import { call, isDesktop } from '@renderer/platform/api';
import { isTextField } from '@renderer/ui/undo';
import { platformFromUserAgent, shortcutForKeyPress } from '../model/shortcut-keys';

function guessPlatform(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return platformFromUserAgent(nav.userAgent, nav.userAgentData?.platform);
}

let platformAnswer: Promise<string> | null = null;

/** The OS the app runs on ("darwin", "win32", "linux"), as main reports it or the browser suggests. */
function fetchPlatform(): Promise<string> {
  platformAnswer ??= call('app:info', {}).then(
    (info) => (info.platform === 'browser' ? guessPlatform() : info.platform),
    () => guessPlatform(),
  );
  return platformAnswer;
}

export function usePlatform(): string {
  const [platform, setPlatform] = useState(guessPlatform);
  useEffect(() => {
    let live = true;
    void fetchPlatform().then((answer) => {
      if (live) setPlatform(answer);
    });
    return () => {
      live = false;
    };
  }, []);
  return platform;
}

/** In the desktop app the native menu owns these keys and sends commands; the page only adds the sheet. */
const PAGE_SHORTCUTS = SHORTCUTS.filter((s) => s.command !== null && (!isDesktop || s.id === 'shortcuts'));

/**
 * Listens for the app's keyboard shortcuts anywhere in the page: Ctrl/Cmd+/ always, and in the browser
 * preview (no native menu) every menu shortcut, each turned into the command the menu would send.
 */
export function useAppShortcuts(platform: string, run: (command: AppCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const found = shortcutForKeyPress(event, platform, PAGE_SHORTCUTS);
      const command = found?.command ?? null;
      if (!command) return;
      // Ctrl/Cmd+Z in a text field is the browser's own text undo: leave the key to it.
      if (command.type === 'undo' && isTextField(document.activeElement)) return;
      event.preventDefault();
      if (!event.repeat) run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [platform, run]);
}
