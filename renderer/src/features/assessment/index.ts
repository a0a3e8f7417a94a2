export { AssessmentPage } from './components/AssessmentPage';
export { useLatestAssessmentResult } from './hooks/useAssessmentData';
