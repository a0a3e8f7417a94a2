/** What the app shell mounts at start (the page itself, index.ts, loads when first shown). */
export { useAutoBackup } from './hooks/useAutoBackup';
