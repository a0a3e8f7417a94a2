/**
 * The one zustand store, built from slices (features own theirs in model/slice.ts). It holds UI state
 * only — running operations, dialogs, toasts, focus requests and preferences. The user's data lives in Dexie and is read with useLiveQuery, never copied here.
 *
 * Persistence policy (the one place it is written down): only `preferences` is persisted (localStorage);
 * everything else starts fresh with each window.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createBackupSlice, type BackupSlice } from '../features/backup/model/slice';
import type { PreferencesSlice, SliceCreator, UiSlice } from './types';

export type { ThemePreference, Toast, ToastTone } from './types';

export type StoreState = PreferencesSlice & UiSlice & BackupSlice;

const createPreferencesSlice: SliceCreator<PreferencesSlice> = (set) => ({
  preferences: { theme: 'system' },
  setTheme: (theme) => set((state) => ({ preferences: { ...state.preferences, theme } })),
});

let nextToastId = 1;
const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  toasts: [],
  // An identical message (same tone and text) merges into the one already shown, counted and moved to the
  // end with a new id, so its timer starts again: a repeated failure is one message "×3", not a stack.
  pushToast: (tone, message, options) =>
    set((state) => {
      const same = state.toasts.find((toast) => toast.tone === tone && toast.message === message);
      const others = state.toasts.filter((toast) => toast !== same);
      return {
        toasts: [
          ...others.slice(-3),
          {
            id: nextToastId++,
            tone,
            message,
            sticky: options?.sticky === true || same?.sticky === true,
            count: same ? (same.count ?? 1) + 1 : 1,
          },
        ],
      };
    }),
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
