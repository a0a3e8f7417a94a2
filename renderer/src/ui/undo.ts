/**
 * The app's one undo: a stack of recent changes that are easy to regret (a delete, an edit), each with the
 * function that puts the records back. Every screen offers its changes here; the app shell shows the
 * newest in one Undo bar (ui/UndoBar.tsx), and Ctrl/Cmd+Z or Edit → Undo (the 'undo' AppCommand) undoes
 * the newest change that is still recent.
 *
 * It lives outside React state, so offering an undo re-renders the bar only, not the screen that made the
 * change (after each quick-logged line that was the whole Log tab, issue 13).
 *
 * Timing, in one place:
 * - the bar shows an offer for BAR_MS (longer while focused or hovered: UndoBar.tsx), then hides;
 * - Ctrl/Cmd+Z still undoes a change for KEY_WINDOW_MS after it was made, bar shown or not: a user who
 *   notices a mistake a little later can still take it back, while a key press minutes later does not
 *   silently revert something long forgotten;
 * - the stack keeps at most MAX_ENTRIES changes (one Ctrl/Cmd+Z per change, newest first).
 */
import { errorMessage } from '@shared/errors';
import { useStore } from '../store/store';

export const BAR_MS = 10_000;
export const KEY_WINDOW_MS = 60_000;
export const MAX_ENTRIES = 20;

export interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<void>;
  /** When the change was made (the clock's milliseconds). */
  at: number;
}

export interface UndoSlot {
  /** Offers an undo of the change just made, shown in the bar; replaces the bar's previous offer. */
  offer: (message: string, undo: () => Promise<void>) => void;
  /** Hides the bar (its time ran out, or the user dismissed it); Ctrl/Cmd+Z can still undo the change. */
  hide: () => void;
  /** The offer the bar shows, or null. */
  current: () => UndoOffer | null;
  subscribe: (onChange: () => void) => () => void;
  /**
   * Undoes `offer` (the bar's Undo button) or, without one, the newest change made within KEY_WINDOW_MS
   * (Ctrl/Cmd+Z, Edit → Undo). Resolves to the undone offer, or null when there was nothing to undo.
   * Undos run one after another, so a repeated key press undoes the changes in order, never two at once.
   */
  undo: (offer?: UndoOffer) => Promise<UndoOffer | null>;
}

export function createUndoSlot(now: () => number = Date.now): UndoSlot {
  let stack: UndoOffer[] = [];
  let shown: UndoOffer | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<() => void>();
  const show = (next: UndoOffer | null) => {
    if (shown === next) return;
    shown = next;
    for (const listener of listeners) listener();
  };
  const take = (offer: UndoOffer | undefined): UndoOffer | null => {
    if (offer) {
      if (!stack.includes(offer)) return null;
    } else {
      stack = stack.filter((entry) => now() - entry.at <= KEY_WINDOW_MS);
      offer = stack.at(-1);
      if (!offer) return null;
    }
    const taken = offer;
    stack = stack.filter((entry) => entry !== taken);
    if (shown === taken) show(null);
    return taken;
  };
  return {
    offer: (message, undo) => {
      const entry = { id: nextId++, message, undo, at: now() };
      stack = [...stack, entry].slice(-MAX_ENTRIES);
      show(entry);
    },
    hide: () => show(null),
    current: () => shown,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    undo: (offer) => {
      // Chosen when its turn comes, so the second of two quick presses finds the first one's offer gone.
      const run = queue.then(async () => {
        const taken = take(offer);
        if (taken) await taken.undo();
        return taken;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** The app's undo stack (one per window). */
export const undoSlot = createUndoSlot();

/** Offers an undo of a change just made: how every screen does it (runUndo reports a failure). */
export function offerUndo(message: string, undo: () => Promise<void>): void {
  undoSlot.offer(message, undo);
}

/**
 * Undoes `offer` (or the newest recent change) and says so; a failure is an error message. True when
 * something was undone.
 */
export async function runUndo(offer?: UndoOffer, slot: UndoSlot = undoSlot): Promise<boolean> {
  const { pushToast } = useStore.getState();
  try {
    const undone = await slot.undo(offer);
    if (!undone) return false;
    pushToast('success', `Undone: ${undone.message}`);
    return true;
  } catch (error) {
    pushToast('error', `Undo failed: ${errorMessage(error)} Try again, or make the change by hand.`);
    return false;
  }
}

/**
 * True when the focused element edits text: there Ctrl/Cmd+Z belongs to the field (the browser's own text
 * undo), never to the app's undo of records.
 */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) {
    const nonText = [
      'button',
      'checkbox',
      'color',
      'file',
      'hidden',
      'image',
      'radio',
      'range',
      'reset',
      'submit',
    ];
    return !nonText.includes(element.type) && !element.readOnly && !element.disabled;
  }
  return false;
}
