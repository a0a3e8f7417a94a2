export { ProfilePage } from './components/ProfilePage';
export { preloadProfile, useProfile } from './hooks/useProfile';
