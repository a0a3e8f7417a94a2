import { useState } from 'react';
import type { SourceRef } from '@shared/types/entities';
import { useRun } from '@renderer/ui/useRun';
import { useCompetencies, useLinkedCompetencies } from '../hooks/useEvidence';
import { setRecordEvidence } from '../model/actions';
import { CompetencyPicker } from './CompetencyPicker';

interface CountsAsEvidenceProps {
  source: SourceRef;
  hint?: string;
  /**
   * In a list of records (trials, actions): a disclosure named after `title`, whose checkboxes are
   * read only once it is opened, so a long list pays nothing for it.
   */
  collapsed?: { title: string };
}

/**
 * "Counts as evidence for…" on a saved record that has no form of its own to save (an audit's results,
 * an assessment take, a trial, an action): each tick links or unlinks at once, with an undo, and the
 * record then shows once on each ticked competency's evidence list.
 */
export function CountsAsEvidence({ source, hint, collapsed }: CountsAsEvidenceProps) {
  const [open, setOpen] = useState(false);
  if (!collapsed) return <Picker source={source} hint={hint} />;
  return (
    <details className="evidence-disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Counts as evidence for…<span className="visually-hidden"> ({collapsed.title})</span>
      </summary>
      {open ? <Picker source={source} hint={hint} /> : null}
    </details>
  );
}

function Picker({ source, hint }: { source: SourceRef; hint?: string }) {
  const competencies = useCompetencies();
  const linked = useLinkedCompetencies(source);
  // The ticks as the user left them, shown until the database answers anew (no flicker back meanwhile).
  const [pending, setPending] = useState<{ ids: readonly string[]; over: readonly string[] } | null>(null);
  const run = useRun();
  if (!competencies || !linked) return null;
  return (
    <CompetencyPicker
      legend="Counts as evidence for"
      hint={hint}
      groups={competencies.groups}
      value={pending?.over === linked ? pending.ids : linked}
      onChange={(ids) => {
        setPending({ ids, over: linked });
        // Kept until the database answers anew (`linked` changes), not dropped when the write resolves:
        // between the two, the old answer would show and the tick flick back for a moment (seen as a
        // checkbox that "did not change its state" in ci-54). A failed write puts the stored ticks back.
        void run('The evidence links could not be changed', () => setRecordEvidence(source, ids)).then(
          ({ ok }) => {
            if (!ok) setPending(null);
          },
        );
      }}
    />
  );
}
