export { SettingsPage } from './components/SettingsPage';
export { OneOnOneCard } from './components/OneOnOneCard';
export { useReminderContextPusher } from './hooks/useReminderContext';
