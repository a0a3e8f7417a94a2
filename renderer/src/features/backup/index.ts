export { DataPage } from './components/DataPage';
export { useAutoBackup } from './hooks/useAutoBackup';
