/**
 * Built-in words for retrospectives, the brag document and the feedback log (the app's own phrasing).
 */
import type { BragEntry, Feedback, Retro } from '../types/entities';

export type BragKind = BragEntry['kind'];
export type FeedbackSentiment = NonNullable<Feedback['sentiment']>;
export type OverEngineered = NonNullable<Retro['overEngineered']>;

export const BRAG_KINDS: readonly BragKind[] = [
  'delivery',
  'glue',
  'mentorship',
  'incident',
  'design',
  'other',
];

export const BRAG_KIND_LABELS: Record<BragKind, string> = {
  delivery: 'Delivery',
  glue: 'Glue work',
  mentorship: 'Mentorship',
  incident: 'Incident',
  design: 'Design',
  other: 'Other',
};

export const BRAG_KIND_HINTS: Record<BragKind, string> = {
  delivery: 'Something shipped or finished.',
  glue: 'The work that holds a team together and rarely gets noticed: unblocking, onboarding, docs, process fixes.',
  mentorship: 'Helping someone else grow.',
  incident: 'Handling, fixing or preventing an outage.',
  design: 'Architecture, proposals, technical direction.',
  other: 'Anything else worth remembering.',
};

export const SENTIMENT_LABELS: Record<FeedbackSentiment, string> = {
  positive: 'Positive',
  growth: 'Growth',
  mixed: 'Mixed',
};

export const OVER_ENGINEERED_LABELS: Record<OverEngineered, string> = {
  yes: 'Yes, we built more than we needed',
  no: 'No, the scope was about right',
  unsure: 'Not sure yet',
};

/** Questions that invite useful, specific feedback (offered as suggestions in the feedback form). */
export const SUGGESTED_FEEDBACK_QUESTIONS: readonly string[] = [
  'What is one thing I could do differently to have more impact?',
  'Looking back at this project, where could it have run more smoothly, and what was my part in that?',
  'Is there something I do that makes your work harder?',
  'What should I keep doing because it helps you?',
  'What would you expect from me if I were already at the next level?',
  'Where did my communication leave you guessing?',
  'Which decision of mine would you have made differently, and why?',
];
