/**
 * The delegation ledger (issue 17): work handed over from a calendar audit, with its follow-ups and the
 * hours it frees. The audit screens offer "Hand over…" on work someone else could do; the ledger is a tab
 * of the audit.
 */
export { HandOverButton, type HandOverSubject } from './components/HandOver';
export { DelegableWork } from './components/DelegableWork';
export { LedgerView } from './components/LedgerView';
export { readAuditHandovers, useAuditHandovers } from './hooks/useLedger';
