import type { ReactNode } from 'react';

/**
 * A short label in a pill beside a title: a record's kind, its status, a lean. The one badge style of
 * the app (styles.css `.badge`); the tone carries meaning that the text also says, never colour alone.
 */
export type BadgeTone = 'plain' | 'accent' | 'warning' | 'warm';

export function Badge({ tone = 'plain', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={tone === 'plain' ? 'badge' : `badge badge--${tone}`}>{children}</span>;
}
