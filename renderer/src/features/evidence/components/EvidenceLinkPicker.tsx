import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { EvidenceEntry } from '@shared/domain/evidence-links';
import type { EvidenceOption } from '../hooks/readOptions';

/** At most this many choices in a link picker: the newest matching ones (type to find older ones). */
const MAX_CHOICES = 50;

/** The option keys of the evidence already linked, which a picker leaves out. */
export function takenKeys(linked: readonly EvidenceEntry[]): ReadonlySet<string> {
  return new Set(
    linked.map((entry) => (entry.refId === null ? `note:${entry.linkId}` : `${entry.kind}:${entry.refId}`)),
  );
}

/**
 * Picks a record (or an evidence note) to link: the newest {MAX_CHOICES} not linked yet, or the newest
 * that match what the user types. Years of journal stay one short list. The one link picker: evidence for
 * a checklist item and for a competency ("Add evidence…"), and the records a person was part of.
 */
export function EvidenceLinkPicker({
  target,
  taken,
  options,
  onLink,
  onClose,
  labels = { find: `Find evidence for ${target}`, link: `Link evidence to ${target}` },
}: {
  /** What the link is for (a checklist item's title, a competency's name, a person's name). */
  target: string;
  /** The keys of the options linked already (`takenKeys` for evidence). */
  taken: ReadonlySet<string>;
  options: EvidenceOption[] | undefined;
  onLink: (option: EvidenceOption) => void;
  onClose: () => void;
  /** The names of the search field and of the list; evidence wording unless given. */
  labels?: { find: string; link: string };
}) {
  const [query, setQuery] = useState('');
  const [pick, setPick] = useState('');
  const base = useId();
  const deferredQuery = useDeferredValue(query);
  const { choices, more } = useMemo(() => {
    const words = deferredQuery.trim().toLocaleLowerCase();
    const matching = (options ?? []).filter(
      (o) => !taken.has(o.key) && (!words || o.label.toLocaleLowerCase().includes(words)),
    );
    return { choices: matching.slice(0, MAX_CHOICES), more: matching.length > MAX_CHOICES };
  }, [taken, options, deferredQuery]);
  if (options === undefined) return <p className="muted small">Loading your journal…</p>;
  return (
    <div className="stack gp-promo__link-form">
      <div className="row">
        <div className="field gp-grow">
          <label htmlFor={`${base}-find`} className="field__label">
            {labels.find}
          </label>
          <input
            id={`${base}-find`}
            type="search"
            value={query}
            placeholder="Words from a title, a retro’s project or who gave feedback"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </div>
      <div className="row">
        <label htmlFor={`${base}-link`} className="visually-hidden">
          {labels.link}
        </label>
        <select id={`${base}-link`} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">{choices.length === 0 ? 'Nothing to link' : 'Choose a record to link…'}</option>
          {choices.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={!choices.some((o) => o.key === pick)}
          onClick={() => {
            const option = choices.find((o) => o.key === pick);
            if (option) onLink(option);
          }}
        >
          Link
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          Cancel
        </button>
      </div>
      {more ? (
        <p className="muted small">The newest {MAX_CHOICES} are listed; type to find an older one.</p>
      ) : null}
    </div>
  );
}
