/** The Today screen, the app's start screen: what is due, the next step, and the week so far. */
export { TodayPage } from './components/TodayPage';
export { preloadToday } from './hooks/useToday';
export { forgetRememberedToday } from './hooks/remembered';
