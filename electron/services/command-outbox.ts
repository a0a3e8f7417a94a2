/**
 * Delivers AppCommands (menu, tray, notification clicks, opened files) to the renderer. A command that
 * arrives before the page is listening — the app was started by a click on a notification or on a
 * backup file, or the window is being recreated — waits here until the page asks for it with
 * `app:takePendingCommands`; a command is never lost and never delivered twice.
 */
import type { AppCommand } from '@shared/ipc/contract';

export interface CommandOutbox {
  send(command: AppCommand): void;
  /** The page is listening: returns what waited, and later commands go straight to it. */
  takePending(): AppCommand[];
  /** Whether a page is listening now (commands sent now reach it at once). */
  isListening(): boolean;
  /** The page went away (window closed or reloading): hold commands again. */
  detach(): void;
  /** Drops what waits (after "Delete all my data": a pending deep link must not lead the new start away). */
  clear(): void;
}

/** How many commands may wait: a burst of clicks must not grow without bound. */
const MAX_PENDING = 20;

export function createCommandOutbox(deliver: (command: AppCommand) => void): CommandOutbox {
  let listening = false;
  let pending: AppCommand[] = [];
  return {
    send(command) {
      if (listening) {
        deliver(command);
        return;
      }
      // Only the latest navigation matters; other commands keep their order.
      if (command.type === 'navigate') pending = pending.filter((c) => c.type !== 'navigate');
      pending = [...pending, command].slice(-MAX_PENDING);
    },
    takePending() {
      listening = true;
      const taken = pending;
      pending = [];
      return taken;
    },
    isListening: () => listening,
    detach() {
      listening = false;
    },
    clear() {
      pending = [];
    },
  };
}
