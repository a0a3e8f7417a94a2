import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { Tagged } from '@shared/domain/evidence-links';
import { BRAG_KIND_LABELS } from '@shared/content/journal';
import { groupByQuarter, type QuarterGroup } from '@shared/domain/journal';
import type { BragEntry } from '@shared/types/entities';
import { linkTo } from '@renderer/navigation';
import { DateField } from '@renderer/ui/DateField';
import { Dialog } from '@renderer/ui/Dialog';
import { useToday } from '@renderer/ui/useToday';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDay, plural } from '@renderer/ui/format';
import { VirtualList } from '@renderer/ui/VirtualList';
import { ExportButton, exportMessage } from '@renderer/ui/ExportButton';
import { useRun } from '@renderer/ui/useRun';
import {
  useBragCounts,
  useBragEntries,
  useBragEntry,
  useCompetencies,
  usePromotionItems,
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
import { CompetencyTags, ItemActions, JournalListCard, useListFilter, useSave } from './common';
import { DialogButtons, EditDialog } from './dialogs';
import { JournalSection } from './JournalSection';
import '../journal.css';
import { Badge } from '@renderer/ui/Badge';

export function BragPage() {
  return <JournalSection section="brag">{(id) => <BragDocument editId={id} />}</JournalSection>;
}

function BragDocument({ editId }: { editId: string | null }) {
  const filter = useListFilter();
  const { competencyId } = filter;
  const [glueOnly, setGlueOnly] = useState(false);
  const entries = useBragEntries({ glueOnly, competencyId });
  const counts = useBragCounts();
  const editing = useBragEntry(editId);
  const competencies = useCompetencies();
  const today = useToday();
  const add = useSave('The entry could not be saved', addBrag, () => 'Added to your brag document.');
  const [promoteId, setPromoteId] = useState<string | null>(null);
  const run = useRun();
  // No "Are you sure?": the delete is offered for undo (the undo bar, Ctrl/Cmd+Z), which is quicker and
  // also covers a change of mind after the fact. Stable, so the memoised timeline does not re-render.
  const remove = useCallback(
    (entry: Tagged<BragEntry>) => void run('The entry could not be deleted', () => removeBrag(entry.id)),
    [run],
  );
  const [exporting, setExporting] = useState(false);
  // Worked out again only when the entries change.
  const rows = useMemo(() => (entries ? timelineRows(entries) : []), [entries]);

  if (!entries || !counts || !competencies) return <p className="muted">Loading your brag document…</p>;

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
          draftKey="brag:new"
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
            disabled={counts.total === 0}
          >
            Export as Markdown…
          </button>
        }
        total={counts.total}
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
            Glue work only ({counts.glue})
          </label>
        }
        shown={rows.length}
        noMatch="No entry matches these filters."
      >
        <BragTimeline rows={rows} competencies={competencies} onPromote={setPromoteId} onDelete={remove} />
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
            disabled={counts.total === 0}
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
              draftKey={`brag:edit:${editing.id}`}
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
    </div>
  );
}

/** One row of the timeline: an entry, with its quarter's heading when it is the quarter's first. */
interface TimelineRow {
  entry: Tagged<BragEntry>;
  quarter: QuarterGroup<BragEntry> | null;
}

/** The entries in timeline order (newest quarter first, newest first inside it), flattened into rows. */
function timelineRows(entries: readonly Tagged<BragEntry>[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const quarter of groupByQuarter(entries)) {
    quarter.entries.forEach((entry, i) => rows.push({ entry, quarter: i === 0 ? quarter : null }));
  }
  return rows;
}

/**
 * The timeline, virtualised: a few thousand entries render only the rows in view. Memoized with stable
 * callbacks, so typing in the search field does not render it again until the results change.
 */
const BragTimeline = memo(function BragTimeline({
  rows,
  competencies,
  onPromote,
  onDelete,
}: {
  rows: readonly TimelineRow[];
  competencies: CompetencyData;
  onPromote: (id: string) => void;
  onDelete: (entry: Tagged<BragEntry>) => void;
}) {
  return (
    <VirtualList
      items={rows}
      getKey={(row) => row.entry.id}
      label="Brag entries"
      className="journal-list journal-timeline"
      estimateSize={150}
      renderItem={({ entry, quarter }) => (
        <>
          {quarter ? (
            <h3 id={`q-${quarter.key}`} className="journal-quarter">
              {quarter.label}{' '}
              <span className="muted small">· {plural(quarter.entries.length, 'entry', 'entries')}</span>
            </h3>
          ) : null}
          <BragItem entry={entry} competencies={competencies} onPromote={onPromote} onDelete={onDelete} />
        </>
      )}
    />
  );
});

function BragItem({
  entry,
  competencies,
  onPromote,
  onDelete,
}: {
  entry: Tagged<BragEntry>;
  competencies: CompetencyData;
  onPromote: (id: string) => void;
  onDelete: (entry: Tagged<BragEntry>) => void;
}) {
  const safeLink = /^https?:\/\//i.test(entry.link.trim()) ? entry.link.trim() : null;
  return (
    <article
      className={`journal-item ${entry.kind === 'glue' ? 'journal-item--glue' : ''}`}
      aria-labelledby={`brag-${entry.id}`}
    >
      <div className="journal-item__head">
        <h4 id={`brag-${entry.id}`} className="journal-item__title">
          {entry.title}
        </h4>
        <Badge tone={entry.kind === 'glue' ? 'accent' : 'plain'}>{BRAG_KIND_LABELS[entry.kind]}</Badge>
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
        onDelete={() => onDelete(entry)}
      >
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => onPromote(entry.id)}
          aria-label={`Add to promotion evidence: ${entry.title}`}
        >
          Add to promotion evidence
        </button>
      </ItemActions>
    </article>
  );
}

function PromoteDialog({ bragId, onClose }: { bragId: string; onClose: () => void }) {
  const items = usePromotionItems();
  const run = useRun();
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
              <span className="choice__hint">{plural(item.evidenceCount, 'piece')} of evidence so far</span>
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}

function ExportDialog({ today, onClose }: { today: string; onClose: () => void }) {
  const run = useRun();
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
