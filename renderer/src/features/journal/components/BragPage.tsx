import { useId, useState } from 'react';
import { BRAG_KIND_LABELS } from '@shared/content/journal';
import { groupByQuarter } from '@shared/domain/journal';
import type { BragEntry } from '@shared/types/entities';
import { linkTo } from '@renderer/navigation';
import { DateField } from '@renderer/ui/DateField';
import { Dialog } from '@renderer/ui/Dialog';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDay, plural } from '@renderer/ui/format';
import {
  useBragDocument,
  useCompetencies,
  usePromotionItems,
  useToday,
  type CompetencyData,
} from '../hooks/useJournal';
import {
  addBrag,
  addBragToPromotion,
  exportBragDocumentFile,
  exportGrowthPlanFile,
  removeBrag,
  updateBrag,
} from '../model/actions';
import { toDraft, type BragDraft } from '../model/repo';
import { BragForm, emptyBrag } from './BragForm';
import {
  CompetencyTags,
  ExportButton,
  exportMessage,
  ItemActions,
  JournalListCard,
  keepMatches,
  useListFilter,
  useRunner,
  useSave,
} from './common';
import { DeleteDialog, DialogButtons, EditDialog } from './dialogs';
import { JournalSection } from './JournalSection';
import '../journal.css';

export function BragPage() {
  return <JournalSection section="brag">{(id) => <BragDocument editId={id} />}</JournalSection>;
}

function BragDocument({ editId }: { editId: string | null }) {
  const data = useBragDocument(editId);
  const competencies = useCompetencies();
  const today = useToday();
  const add = useSave('The entry could not be saved', addBrag, () => 'Added to your brag document.');
  const filter = useListFilter();
  const { query, competencyId } = filter;
  const [glueOnly, setGlueOnly] = useState(false);
  const [promoteId, setPromoteId] = useState<string | null>(null);
  const [deleteId, setDeleteId] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  if (!data || !competencies) return <p className="muted">Loading your brag document…</p>;

  const entries = data.brags.filter(
    (e) => (!glueOnly || e.kind === 'glue') && (!competencyId || e.competencyIds.includes(competencyId)),
  );
  const groups = groupByQuarter(keepMatches(entries, data.index, query, 'brag'));
  const { glueCount, editing } = data;
  const toDelete = deleteId ? data.brags.find((e) => e.id === deleteId) : undefined;

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

      <JournalListCard
        section="brag"
        headingId="brag-timeline"
        heading="Timeline"
        action={
          <button
            type="button"
            className="button"
            onClick={() => setExporting(true)}
            disabled={data.brags.length === 0}
          >
            Export as Markdown…
          </button>
        }
        total={data.brags.length}
        empty={
          <EmptyState title="Your brag document is empty">
            <p>Add your first entry above. Small things count; they add up to a story about your impact.</p>
          </EmptyState>
        }
        groups={competencies.groups}
        filter={filter}
        extraFilters={
          <label className="journal-checkbox journal-glue-toggle">
            <input type="checkbox" checked={glueOnly} onChange={(e) => setGlueOnly(e.target.checked)} />
            Glue work only ({glueCount})
          </label>
        }
        shown={groups.length}
        noMatch="No entry matches these filters."
        index={data.index}
      >
        {groups.map((group) => (
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
        ))}
      </JournalListCard>

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
          <ExportButton
            failure="The growth plan could not be exported"
            save={() => exportGrowthPlanFile(today)}
          >
            Whole growth plan…
          </ExportButton>
        </div>
      </section>

      {editing ? (
        <EditDialog
          section="brag"
          title="Edit brag entry"
          failure="The entry could not be saved"
          success="Entry saved."
          save={(draft: BragDraft) => updateBrag(editing.id, draft)}
        >
          {(form) => (
            <BragForm
              label="Edit brag entry"
              initial={toDraft(editing)}
              groups={competencies.groups}
              submitLabel="Save changes"
              {...form}
            />
          )}
        </EditDialog>
      ) : null}
      {promoteId ? <PromoteDialog bragId={promoteId} onClose={() => setPromoteId(null)} /> : null}
      {exporting ? <ExportDialog today={today} onClose={() => setExporting(false)} /> : null}
      {toDelete ? (
        <DeleteDialog
          title="Delete this entry?"
          failure="The entry could not be deleted"
          success="Entry deleted."
          remove={() => removeBrag(toDelete.id)}
          onCancel={() => setDeleteId(null)}
          onDone={() => setDeleteId(null)}
        >
          <p>“{toDelete.title}” will be removed, also from any promotion checklist item that lists it.</p>
        </DeleteDialog>
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
        <ItemActions
          editHref={linkTo('bragEntry', { id: entry.id })}
          editLabel={`Edit “${entry.title}”`}
          deleteLabel={`Delete “${entry.title}”`}
          onDelete={onDelete}
        >
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={onPromote}
            aria-label={`Add to promotion evidence: ${entry.title}`}
          >
            Add to promotion evidence
          </button>
        </ItemActions>
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
      () => addBragToPromotion(choice, bragId),
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
        <DialogButtons
          onCancel={onClose}
          label="Add as evidence"
          disabled={!choice}
          onClick={() => void add()}
        />
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
      () => exportBragDocumentFile(from || null, to || null, today),
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
        <DialogButtons
          onCancel={onClose}
          label="Save as Markdown…"
          disabled={invalid}
          onClick={() => void save()}
        />
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
        <DateField label="From" value={from} onChange={(date) => setFrom(date ?? '')} />
        <DateField label="To" value={to} onChange={(date) => setTo(date ?? '')} />
      </div>
      {invalid ? (
        <p className="error-text" role="alert">
          The start date is after the end date.
        </p>
      ) : null}
    </Dialog>
  );
}
