import { useId, useState } from 'react';
import { BRAG_KIND_LABELS } from '@shared/content/journal';
import { groupByQuarter } from '@shared/domain/journal';
import { searchJournal } from '@shared/domain/journal-search';
import type { BragEntry } from '@shared/types/entities';
import { linkTo, navigate } from '@renderer/navigation';
import { db } from '@renderer/db/db';
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog';
import { Dialog } from '@renderer/ui/Dialog';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDay, plural } from '@renderer/ui/format';
import {
  useCompetencies,
  useJournalData,
  usePromotionItems,
  useSearchIndex,
  useToday,
  type CompetencyData,
} from '../hooks/useJournal';
import { exportBragDocument, exportGrowthPlan } from '../model/exports';
import { addBragToPromotionItem, deleteBrag, saveBrag, type BragDraft } from '../model/repo';
import { BragForm, emptyBrag } from './BragForm';
import {
  CompetencyFilter,
  CompetencyTags,
  exportMessage,
  OtherMatches,
  SearchField,
  useRunner,
} from './common';
import { JournalSection } from './CompetencyEvidence';
import '../journal.css';

export function BragPage() {
  return (
    <JournalSection section="brag" title="Brag document">
      {(id) => <BragDocument editId={id} />}
    </JournalSection>
  );
}

function toDraft(entry: BragEntry): BragDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = entry;
  return draft;
}

function BragDocument({ editId }: { editId: string | null }) {
  const data = useJournalData();
  const competencies = useCompetencies();
  const index = useSearchIndex(data);
  const today = useToday();
  const run = useRunner();
  const [query, setQuery] = useState('');
  const [glueOnly, setGlueOnly] = useState(false);
  const [competencyId, setCompetencyId] = useState('');
  const [promoteId, setPromoteId] = useState<string | null>(null);
  const [deleteId, setDeleteId] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  if (!data || !competencies) return <p className="muted">Loading your brag document…</p>;

  let entries = data.brags.filter(
    (e) => (!glueOnly || e.kind === 'glue') && (!competencyId || e.competencyIds.includes(competencyId)),
  );
  if (query.trim() && index) {
    const hits = new Set(searchJournal(index, query, { kinds: ['brag'] }).map((h) => h.id));
    entries = entries.filter((e) => hits.has(e.id));
  }
  const groups = groupByQuarter(entries);
  const glueCount = data.brags.filter((e) => e.kind === 'glue').length;
  const editing = editId ? data.brags.find((e) => e.id === editId) : undefined;
  const toDelete = deleteId ? data.brags.find((e) => e.id === deleteId) : undefined;

  const add = async (draft: BragDraft) =>
    (
      await run(
        'The entry could not be saved',
        () => saveBrag(db, null, draft, new Date()),
        () => 'Added to your brag document.',
      )
    ).ok;

  return (
    <div className="stack">
      <section className="card" aria-labelledby="brag-add">
        <h2 id="brag-add">Add a win</h2>
        <p className="muted">
          Write it down the week it happens, including the quiet work: unblocking a teammate, fixing a flaky
          build, running the onboarding. It is the first thing forgotten at promotion time.
        </p>
        <BragForm
          label="New brag entry"
          initial={emptyBrag(today)}
          groups={competencies.groups}
          submitLabel="Add entry"
          onSubmit={add}
        />
      </section>

      <section className="card" aria-labelledby="brag-timeline">
        <div className="card__header">
          <h2 id="brag-timeline">Timeline</h2>
          <button
            type="button"
            className="button"
            onClick={() => setExporting(true)}
            disabled={data.brags.length === 0}
          >
            Export as Markdown…
          </button>
        </div>
        {data.brags.length === 0 ? (
          <EmptyState title="Your brag document is empty">
            <p>Add your first entry above. Small things count; they add up to a story about your impact.</p>
          </EmptyState>
        ) : (
          <>
            <div className="journal-filters">
              <SearchField value={query} onChange={setQuery} label="Search your journal" />
              <CompetencyFilter
                groups={competencies.groups}
                value={competencyId}
                onChange={setCompetencyId}
                section="brag"
              />
              <label className="journal-checkbox journal-glue-toggle">
                <input type="checkbox" checked={glueOnly} onChange={(e) => setGlueOnly(e.target.checked)} />
                Glue work only ({glueCount})
              </label>
            </div>
            {groups.length === 0 ? (
              <p className="muted" role="status">
                No entry matches these filters.
              </p>
            ) : (
              groups.map((group) => (
                <section key={group.key} className="journal-quarter" aria-labelledby={`q-${group.key}`}>
                  <h3 id={`q-${group.key}`}>
                    {group.label}{' '}
                    <span className="muted small">· {plural(group.entries.length, 'entry', 'entries')}</span>
                  </h3>
                  <ul className="journal-list">
                    {group.entries.map((entry) => (
                      <BragItem
                        key={entry.id}
                        entry={entry}
                        competencies={competencies}
                        onPromote={() => setPromoteId(entry.id)}
                        onDelete={() => setDeleteId(entry.id)}
                      />
                    ))}
                  </ul>
                </section>
              ))
            )}
            <OtherMatches index={index} query={query} exclude="brag" />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="brag-exports">
        <h2 id="brag-exports">For your promotion packet</h2>
        <p className="muted">
          Export the brag document for a period, or your whole growth plan (frameworks, levels, actions and
          the promotion checklist), as Markdown you can paste anywhere.
        </p>
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() => setExporting(true)}
            disabled={data.brags.length === 0}
          >
            Brag document…
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void run(
                'The growth plan could not be exported',
                () => exportGrowthPlan(db, today),
                exportMessage,
              )
            }
          >
            Whole growth plan…
          </button>
        </div>
      </section>

      {editing ? (
        <Dialog open title="Edit brag entry" onClose={() => navigate('brag')}>
          <BragForm
            label="Edit brag entry"
            initial={toDraft(editing)}
            groups={competencies.groups}
            submitLabel="Save changes"
            onCancel={() => navigate('brag')}
            onSubmit={async (draft) => {
              const saved = await run(
                'The entry could not be saved',
                () => saveBrag(db, editing.id, draft, new Date()),
                () => 'Entry saved.',
              );
              if (saved.ok) navigate('brag');
              return saved.ok;
            }}
          />
        </Dialog>
      ) : null}
      {promoteId ? <PromoteDialog bragId={promoteId} onClose={() => setPromoteId(null)} /> : null}
      {exporting ? <ExportDialog today={today} onClose={() => setExporting(false)} /> : null}
      {toDelete ? (
        <ConfirmDialog
          title="Delete this entry?"
          tone="danger"
          confirmLabel="Delete"
          cancelLabel="Keep it"
          onCancel={() => setDeleteId(null)}
          onConfirm={() =>
            void run(
              'The entry could not be deleted',
              () => deleteBrag(db, toDelete.id),
              () => 'Entry deleted.',
            ).then(() => setDeleteId(null))
          }
        >
          <p>“{toDelete.title}” will be removed, also from any promotion checklist item that lists it.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function BragItem({
  entry,
  competencies,
  onPromote,
  onDelete,
}: {
  entry: BragEntry;
  competencies: CompetencyData;
  onPromote: () => void;
  onDelete: () => void;
}) {
  const safeLink = /^https?:\/\//i.test(entry.link.trim()) ? entry.link.trim() : null;
  return (
    <li className={`journal-item ${entry.kind === 'glue' ? 'journal-item--glue' : ''}`}>
      <article aria-labelledby={`brag-${entry.id}`}>
        <div className="journal-item__head">
          <h4 id={`brag-${entry.id}`} className="journal-item__title">
            {entry.title}
          </h4>
          <span className={`journal-badge journal-badge--${entry.kind}`}>{BRAG_KIND_LABELS[entry.kind]}</span>
          <span className="muted small">{formatDay(entry.date)}</span>
        </div>
        {entry.impact ? <p className="journal-text">{entry.impact}</p> : null}
        {entry.numbers ? (
          <p className="small">
            <strong>Numbers:</strong> {entry.numbers}
          </p>
        ) : null}
        {entry.link ? (
          <p className="small journal-link">
            {safeLink ? (
              <a href={safeLink} target="_blank" rel="noreferrer noopener">
                {safeLink}
              </a>
            ) : (
              entry.link
            )}
          </p>
        ) : null}
        <CompetencyTags ids={entry.competencyIds} names={competencies.names} />
        <div className="row journal-item__actions">
          <a
            className="button button--small button--ghost"
            href={linkTo('bragEntry', { id: entry.id })}
            aria-label={`Edit “${entry.title}”`}
          >
            Edit
          </a>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={onPromote}
            aria-label={`Add to promotion evidence: ${entry.title}`}
          >
            Add to promotion evidence
          </button>
          <button
            type="button"
            className="button button--small button--ghost journal-danger"
            onClick={onDelete}
            aria-label={`Delete “${entry.title}”`}
          >
            Delete
          </button>
        </div>
      </article>
    </li>
  );
}

function PromoteDialog({ bragId, onClose }: { bragId: string; onClose: () => void }) {
  const items = usePromotionItems();
  const run = useRunner();
  const [choice, setChoice] = useState('');
  const groupName = useId();
  const add = async () => {
    const result = await run(
      'The entry could not be added to the checklist',
      () => addBragToPromotionItem(db, choice, bragId, new Date()),
      ({ added }) =>
        added
          ? 'Added to your promotion checklist evidence.'
          : 'That checklist item already lists this entry.',
    );
    if (result.ok) onClose();
  };
  return (
    <Dialog
      open
      title="Add to promotion evidence"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!choice}
            onClick={() => void add()}
          >
            Add as evidence
          </button>
        </>
      }
    >
      {items === undefined ? (
        <p className="muted">Loading your checklist…</p>
      ) : items.length === 0 ? (
        <p className="note">
          Your promotion checklist is empty. Write down what the next level expects in the growth plan, then
          link wins to it. <a href={linkTo('plan')}>Open the growth plan</a>
        </p>
      ) : (
        <fieldset className="journal-radio-list">
          <legend>Which expectation does this show?</legend>
          {items.map((item) => (
            <label key={item.id} className={`choice ${choice === item.id ? 'choice--selected' : ''}`}>
              <input
                type="radio"
                name={groupName}
                value={item.id}
                checked={choice === item.id}
                onChange={() => setChoice(item.id)}
              />
              <span className="choice__label">{item.title}</span>
              <span className="choice__hint">{plural(item.evidence.length, 'piece')} of evidence so far</span>
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}

function ExportDialog({ today, onClose }: { today: string; onClose: () => void }) {
  const run = useRunner();
  const year = today.slice(0, 4);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const fromId = useId();
  const toId = useId();
  const lastYear = String(Number(year) - 1);
  const presets: [string, string, string][] = [
    ['This year', `${year}-01-01`, `${year}-12-31`],
    ['Last year', `${lastYear}-01-01`, `${lastYear}-12-31`],
    ['Everything', '', ''],
  ];
  const invalid = from !== '' && to !== '' && from > to;
  const save = async () => {
    const result = await run(
      'The brag document could not be exported',
      () => exportBragDocument(db, from || null, to || null, today),
      exportMessage,
    );
    if (result.ok && result.value.status === 'saved') onClose();
  };
  return (
    <Dialog
      open
      title="Export the brag document"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={invalid}
            onClick={() => void save()}
          >
            Save as Markdown…
          </button>
        </>
      }
    >
      <p>Pick the period your promotion packet covers. Leave a date empty for no limit.</p>
      <div className="row journal-presets">
        {presets.map(([label, f, t]) => (
          <button
            key={label}
            type="button"
            className="button button--small"
            aria-pressed={from === f && to === t}
            onClick={() => {
              setFrom(f);
              setTo(t);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="grid-2">
        <div className="field">
          <label className="field__label" htmlFor={fromId}>
            From
          </label>
          <input id={fromId} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={toId}>
            To
          </label>
          <input id={toId} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      {invalid ? (
        <p className="error-text" role="alert">
          The start date is after the end date.
        </p>
      ) : null}
    </Dialog>
  );
}
