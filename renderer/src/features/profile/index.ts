export { ProfilePage } from './components/ProfilePage';
export { useProfile } from './hooks/useProfile';
