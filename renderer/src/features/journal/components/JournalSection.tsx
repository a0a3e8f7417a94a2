import type { ReactNode } from 'react';
import { linkTo, useSubRoute } from '@renderer/navigation';
import type { JournalSectionName } from './common';
import { EvidencePage } from './CompetencyEvidence';

/** Each section's name, for the link back from one of its evidence pages. */
const SECTION_TITLES: Record<JournalSectionName, string> = {
  retros: 'All retrospectives',
  brag: 'Brag document',
  feedback: 'Feedback log',
};

/**
 * The routes of a journal section, the one dispatch the three pages share:
 * `/<section>/evidence/<competencyId>` shows that competency's evidence (the `…Evidence` routes), anything
 * else is the section's own page, given the id after the section (`retro`, `bragEntry`, `feedbackItem`),
 * or null on the section itself.
 */
export function JournalSection({
  section,
  children,
}: {
  section: JournalSectionName;
  children: (id: string | null) => ReactNode;
}) {
  const [first = null, second] = useSubRoute(section);
  if (first === 'evidence' && second) {
    return (
      <EvidencePage competencyId={second} backHref={linkTo(section)} backLabel={SECTION_TITLES[section]} />
    );
  }
  return children(first);
}
