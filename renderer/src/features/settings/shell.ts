/**
 * What the app shell mounts at start: the keyboard shortcuts and their sheet. The page and the reminder
 * context (index.ts) load later, with the record schemas they need.
 */
export { ShortcutSheet } from './components/ShortcutSheet';
export { useAppShortcuts, usePlatform } from './hooks/useShortcuts';
