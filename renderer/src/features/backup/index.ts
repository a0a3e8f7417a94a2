export { DataPage } from './components/DataPage';
export { stopBackupWorker } from './worker/client';
