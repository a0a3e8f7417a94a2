export { ProfilePage } from './components/ProfilePage';
export { preloadProfile, useProfile } from './hooks/useProfile';
export { useLatestManagerAnswer, useManagerAnswers } from './hooks/useManagerAnswers';
