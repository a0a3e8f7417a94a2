/**
 * The evidence graph's screens (issue 17). The links themselves are written and read in the db layer
 * (db/evidence-links.ts, db/evidence-reads.ts), since every feature's records can be evidence.
 */
export { CompetencyEvidence } from './components/CompetencyEvidence';
export { addNote } from './model/actions';
export { CompetencyPicker, NoCompetencies } from './components/CompetencyPicker';
export { CountsAsEvidence } from './components/CountsAsEvidence';
export { EvidenceLinkPicker, takenKeys } from './components/EvidenceLinkPicker';
export { useCompetencies, useEvidenceOptions, type CompetencyData } from './hooks/useEvidence';
export type { EvidenceOption } from './hooks/readOptions';
