export { SettingsPage } from './components/SettingsPage';
export { useReminderContextPusher } from './hooks/useReminderContext';
