export { SettingsPage } from './components/SettingsPage';
export { ShortcutSheet } from './components/ShortcutSheet';
export { useReminderContextPusher } from './hooks/useReminderContext';
export { useAppShortcuts, usePlatform } from './hooks/useShortcuts';
