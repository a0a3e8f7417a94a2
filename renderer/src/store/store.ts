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
  pushToast: (tone, message, options) =>
    set((state) => ({
      toasts: [
        ...state.toasts.slice(-3),
        { id: nextToastId++, tone, message, sticky: options?.sticky === true },
      ],
    })),
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
