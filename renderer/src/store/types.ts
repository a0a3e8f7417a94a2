/**
 * The types of the store's own slices, and the one way a slice is declared. A lower layer: feature
 * slices import it, and only store.ts imports the feature slices, so no slice imports the store back.
 */
import type { StateCreator } from 'zustand';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface PreferencesSlice {
  preferences: { theme: ThemePreference };
  setTheme: (theme: ThemePreference) => void;
}

export type ToastTone = 'success' | 'error' | 'info';
export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  /** Stays until dismissed (errors always do): for what the user must not miss, such as how to undo. */
  sticky?: boolean;
  /** How many times this very message was shown while it was up (identical messages merge into one). */
  count?: number;
}

export interface UiSlice {
  toasts: Toast[];
  pushToast: (tone: ToastTone, message: string, options?: { sticky?: boolean }) => void;
  dismissToast: (id: number) => void;
  /** The keyboard shortcut sheet (Ctrl/Cmd+/, the Help menu, the sidebar button). */
  shortcutSheetOpen: boolean;
  setShortcutSheetOpen: (open: boolean) => void;
  /**
   * "Quick log" asks the audit's quick-entry line to take focus; the line clears the request once
   * focused, so a later visit to the audit does not steal focus again.
   */
  quickLogPending: boolean;
  requestQuickLog: () => void;
  clearQuickLog: () => void;
}

/**
 * A slice of the one store: `Slice` is what it adds, `Needs` what it uses of the rest (a feature slice
 * that shows toasts needs `Pick<UiSlice, 'pushToast'>`). store.ts checks that the store provides both.
 */
export type SliceCreator<Slice, Needs = unknown> = StateCreator<Slice & Needs, [], [], Slice>;
