import { useId, useState } from 'react';
import {
  EVIDENCE_KIND_LABELS,
  groupByKind,
  type EvidenceEntry,
  type EvidenceKind,
} from '@shared/domain/evidence-links';
import { recordPath } from '@shared/routes';
import { formatDay, plural } from '@renderer/ui/format';
import { ShowMore, usePageLimit } from '@renderer/ui/ShowMore';
import { useRun } from '@renderer/ui/useRun';
import { useCompetencyEvidence, useEvidenceOptions } from '../hooks/useEvidence';
import { EvidenceLinkPicker, takenKeys } from './EvidenceLinkPicker';
import { linkToCompetency, removeFromCompetency, setLinkNote } from '../model/actions';
import '../evidence.css';
import { Badge } from '@renderer/ui/Badge';

/** One piece of each kind, and several, for the summary line. */
const NOUNS: Record<EvidenceKind, [string, string]> = {
  brag: ['brag entry', 'brag entries'],
  project: ['staff-level project', 'staff-level projects'],
  retro: ['retrospective', 'retrospectives'],
  feedback: ['piece of feedback', 'pieces of feedback'],
  handover: ['handover', 'handovers'],
  trial: ['trial', 'trials'],
  action: ['action', 'actions'],
  audit: ['calendar audit', 'calendar audits'],
  assessment: ['self-assessment', 'self-assessments'],
  note: ['note', 'notes'],
};

/** Each group's heading. */
const GROUP_TITLES: Record<EvidenceKind, string> = {
  brag: 'Brag entries',
  project: 'Staff-level projects',
  retro: 'Retrospectives',
  feedback: 'Feedback',
  handover: 'Handovers',
  trial: 'Trials',
  action: 'Actions',
  audit: 'Calendar audits',
  assessment: 'Self-assessments',
  note: 'Notes',
};

/**
 * Everything that counts as evidence for one competency, each piece once: grouped by kind, newest first
 * within each group, each with its source one click away and its own "what this shows" text. Starts at
 * an h3, to sit inside the competency's page or the journal's evidence page.
 */
export function CompetencyEvidence({ competencyId, name }: { competencyId: string; name: string }) {
  const entries = useCompetencyEvidence(competencyId);
  if (!entries) return <p className="muted">Loading evidence…</p>;
  const groups = groupByKind(entries);
  return (
    <div className="evidence">
      {entries.length === 0 ? (
        <p className="muted">
          No evidence yet. Link something you already recorded with “Add evidence…”, write a note below, or
          tick this competency under “Counts as evidence for” on a brag entry, retrospective, piece of
          feedback, trial, calendar audit or finished action.
        </p>
      ) : (
        <p className="muted small">
          {plural(entries.length, 'piece')} of evidence:{' '}
          {groups.map((g) => plural(g.entries.length, ...NOUNS[g.kind])).join(', ')}.
        </p>
      )}
      {groups.map((group) => (
        <EvidenceGroup
          key={group.kind}
          competencyId={competencyId}
          kind={group.kind}
          entries={group.entries}
        />
      ))}
      <AddEvidence competencyId={competencyId} name={name} linked={entries} />
    </div>
  );
}

/** "Add evidence…": links a record the user already has (never a note: those are written below). */
function AddEvidence({
  competencyId,
  name,
  linked,
}: {
  competencyId: string;
  name: string;
  linked: readonly EvidenceEntry[];
}) {
  const [open, setOpen] = useState(false);
  const options = useEvidenceOptions(open, false);
  const run = useRun();
  if (!open)
    return (
      <div className="row">
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          Add evidence…<span className="visually-hidden"> for {name}</span>
        </button>
      </div>
    );
  return (
    <EvidenceLinkPicker
      target={name}
      taken={takenKeys(linked)}
      options={options}
      onLink={(option) => {
        setOpen(false);
        if ('ref' in option.what) {
          const { ref } = option.what;
          void run('The evidence could not be linked', () => linkToCompetency(competencyId, ref));
        }
      }}
      onClose={() => setOpen(false)}
    />
  );
}

function EvidenceGroup({
  competencyId,
  kind,
  entries,
}: {
  competencyId: string;
  kind: EvidenceKind;
  entries: readonly EvidenceEntry[];
}) {
  const headingId = useId();
  const page = usePageLimit(`${competencyId}:${kind}`);
  return (
    <section className="evidence__group" aria-labelledby={headingId}>
      <h3 id={headingId} className="evidence__heading">
        {GROUP_TITLES[kind]} <span className="muted small">({entries.length})</span>
      </h3>
      <ul className="evidence__list">
        {entries.slice(0, page.limit).map((entry) => (
          <EvidenceRow key={entry.linkId} entry={entry} />
        ))}
      </ul>
      <ShowMore
        shown={Math.min(page.limit, entries.length)}
        total={entries.length}
        noun={GROUP_TITLES[kind].toLocaleLowerCase()}
        onMore={page.more}
      />
    </section>
  );
}

function EvidenceRow({ entry }: { entry: EvidenceEntry }) {
  const run = useRun();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(entry.note);
  const noteId = useId();
  const target =
    entry.refId !== null && !entry.gone && entry.kind !== 'note'
      ? { kind: entry.kind, id: entry.refId }
      : null;
  return (
    <li className="evidence__item">
      <Badge>{EVIDENCE_KIND_LABELS[entry.kind]}</Badge>
      {target ? (
        <a href={`#${recordPath(target.kind, target.id)}`}>{entry.title}</a>
      ) : (
        <span className="evidence__title">{entry.title}</span>
      )}
      <span className="muted small">{formatDay(entry.date)}</span>
      {entry.gone ? <span className="muted small">(deleted since)</span> : null}
      {entry.detail ? <p className="evidence__detail">{entry.detail}</p> : null}
      {editing ? (
        <form
          className="evidence__note-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run('The text could not be saved', () => setLinkNote(entry.linkId, text)).then(({ ok }) => {
              if (ok) setEditing(false);
            });
          }}
        >
          <label htmlFor={noteId} className="field__label">
            What this shows
          </label>
          <textarea
            id={noteId}
            rows={2}
            maxLength={20_000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="row">
            <button type="submit" className="button button--small">
              Save
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => {
                setText(entry.note);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : entry.note ? (
        <p className="evidence__note">{entry.note}</p>
      ) : null}
      <div className="row evidence__actions">
        {entry.kind !== 'note' && !editing ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setEditing(true)}
          >
            {entry.note ? 'Edit what this shows' : 'Say what this shows'}
            <span className="visually-hidden">: {entry.title}</span>
          </button>
        ) : null}
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() =>
            void run('The evidence could not be removed', () =>
              removeFromCompetency(entry.linkId, entry.title),
            )
          }
        >
          Remove<span className="visually-hidden"> {entry.title}</span>
        </button>
      </div>
    </li>
  );
}
