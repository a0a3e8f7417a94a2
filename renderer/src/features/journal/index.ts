export { RetrosPage } from './components/RetrosPage';
export { BragPage } from './components/BragPage';
export { FeedbackPage } from './components/FeedbackPage';
