/**
 * The one zustand store, built from slices (features own theirs in model/slice.ts). It holds UI state
 * only — running operations, dialogs, toasts, focus requests and preferences. The user's data lives in Dexie and is read with useLiveQuery, never copied here.
 *
 * Persistence policy (the one place it is written down): only `preferences` is persisted (localStorage);
 * everything else starts fresh with each window.
 */
import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { createBackupSlice, type BackupSlice } from '../features/backup/model/slice';

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
}

export interface UiSlice {
  toasts: Toast[];
  pushToast: (tone: ToastTone, message: string) => void;
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

export type StoreState = PreferencesSlice & UiSlice & BackupSlice;

const createPreferencesSlice: StateCreator<StoreState, [], [], PreferencesSlice> = (set) => ({
  preferences: { theme: 'system' },
  setTheme: (theme) => set((state) => ({ preferences: { ...state.preferences, theme } })),
});

let nextToastId = 1;
const createUiSlice: StateCreator<StoreState, [], [], UiSlice> = (set) => ({
  toasts: [],
  pushToast: (tone, message) =>
    set((state) => ({ toasts: [...state.toasts.slice(-3), { id: nextToastId++, tone, message }] })),
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
  shortcutSheetOpen: false,
  setShortcutSheetOpen: (open) => set({ shortcutSheetOpen: open }),
  quickLogPending: false,
  requestQuickLog: () => set({ quickLogPending: true }),
  clearQuickLog: () => set({ quickLogPending: false }),
});

export const useStore = create<StoreState>()(
  persist(
    (...args) => ({
      ...createPreferencesSlice(...args),
      ...createUiSlice(...args),
      ...createBackupSlice(...args),
    }),
    {
      name: 'growth-ledger.preferences',
      version: 1,
      partialize: (state) => ({ preferences: state.preferences }),
    },
  ),
);
