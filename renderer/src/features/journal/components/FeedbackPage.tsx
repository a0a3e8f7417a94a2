import { memo, useCallback, useId, useMemo, type ReactNode } from 'react';
import type { Tagged } from '@shared/domain/evidence-links';
import {
  SENTIMENT_LABELS,
  SUGGESTED_FEEDBACK_QUESTIONS,
  type FeedbackSentiment,
} from '@shared/content/journal';
import {
  feedbackDate,
  isPendingFeedback,
  lastAskedMessage,
  pendingFeedback,
  weeksSinceLastAsked,
} from '@shared/domain/journal';
import type { Feedback } from '@shared/types/entities';
import { linkTo } from '@renderer/navigation';
import { RecordPeople } from '@renderer/features/people';
import { EmptyState } from '@renderer/ui/EmptyState';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import { formatDay, plural } from '@renderer/ui/format';
import { VirtualList } from '@renderer/ui/VirtualList';
import { useToday } from '@renderer/ui/useToday';
import { ExportButton } from '@renderer/ui/ExportButton';
import { useRun } from '@renderer/ui/useRun';
import { useCompetencies, useFeedbackItems, type CompetencyData } from '../hooks/useJournal';
import { addFeedback, exportFeedbackLogFile, removeFeedback, updateFeedback } from '../model/actions';
import { toDraft, type FeedbackDraft } from '../model/repo';
import { bindText, CompetencyTags, ItemActions, JournalListCard, useListFilter, useSave } from './common';
import { EditDialog } from './dialogs';
import { JournalForm, type JournalFormProps } from './JournalForm';
import { JournalSection } from './JournalSection';
import '../journal.css';
import { Badge, type BadgeTone } from '@renderer/ui/Badge';

const SENTIMENT_TONES: Record<NonNullable<Feedback['sentiment']>, BadgeTone> = {
  positive: 'accent',
  growth: 'warning',
  mixed: 'plain',
};

export function FeedbackPage() {
  return <JournalSection section="feedback">{(id) => <FeedbackLog editId={id} />}</JournalSection>;
}

function emptyFeedback(today: string): FeedbackDraft {
  return {
    from: '',
    askedOn: today,
    question: '',
    receivedOn: null,
    content: '',
    sentiment: null,
    followUp: '',
    competencyIds: [],
  };
}

function FeedbackLog({ editId }: { editId: string | null }) {
  const all = useFeedbackItems();
  const competencies = useCompetencies();
  const today = useToday();
  const add = useSave('The feedback could not be saved', addFeedback, (f) =>
    isPendingFeedback(f)
      ? 'Request logged. It shows as waiting until you note the answer.'
      : 'Feedback logged.',
  );
  const filter = useListFilter();
  const { competencyId } = filter;
  const run = useRun();
  // No "Are you sure?": the delete is offered for undo (the undo bar, Ctrl/Cmd+Z). Stable, for the memo.
  const remove = useCallback(
    (item: Tagged<Feedback>) => void run('The feedback could not be deleted', () => removeFeedback(item.id)),
    [run],
  );
  // Sorted once per change of the table (a copy: query results are frozen), filtered once per change of
  // the competency filter.
  const sorted = useMemo(() => (all ? newestFirst(all) : []), [all]);
  const items = useMemo(
    () => (competencyId ? sorted.filter((f) => f.competencyIds.includes(competencyId)) : sorted),
    [sorted, competencyId],
  );
  const pending = useMemo(() => (all ? pendingFeedback(all, today) : []), [all, today]);

  if (!all || !competencies) return <p className="muted">Loading your feedback log…</p>;

  const weeks = weeksSinceLastAsked(all, today);
  const editing = editId ? all.find((f) => f.id === editId) : undefined;

  return (
    <div className="stack">
      <p className="note journal-cadence" role="status">
        {lastAskedMessage(weeks)}
        {pending.length > 0 ? ` ${plural(pending.length, 'request')} still waiting for an answer.` : ''}
      </p>

      {pending.length > 0 ? <PendingRequests pending={pending} /> : null}

      <section className="card" aria-labelledby="feedback-add">
        <h2 id="feedback-add">Ask or log feedback</h2>
        <p className="muted">
          Ask your manager in every 1:1 and your peers after each milestone. A specific question gets a
          specific answer. Log the ask now and the answer when it comes.
        </p>
        <FeedbackForm
          label="New feedback"
          draftKey="feedback:new"
          initial={emptyFeedback(today)}
          groups={competencies.groups}
          today={today}
          submitLabel="Log it"
          onSubmit={add}
        />
      </section>

      <JournalListCard
        section="feedback"
        headingId="feedback-log"
        heading="Feedback log"
        action={
          <ExportButton
            failure="The feedback log could not be exported"
            save={() => exportFeedbackLogFile(today)}
            disabled={all.length === 0}
          >
            Export as Markdown…
          </ExportButton>
        }
        total={all.length}
        empty={
          <EmptyState title="No feedback logged yet">
            <p>
              Start with one question to one person this week. The suggestions above can help you word it.
            </p>
          </EmptyState>
        }
        groups={competencies.groups}
        filter={filter}
        shown={items.length}
        noMatch="No feedback matches these filters."
      >
        <FeedbackList items={items} competencies={competencies} onDelete={remove} />
      </JournalListCard>

      {editing ? (
        <EditDialog
          section="feedback"
          title={isPendingFeedback(editing) ? 'Log the answer' : 'Edit feedback'}
          failure="The feedback could not be saved"
          success="Feedback saved."
          save={(draft: FeedbackDraft) => updateFeedback(editing.id, draft)}
        >
          {(form) => (
            <FeedbackForm
              label="Edit feedback"
              draftKey={`feedback:edit:${editing.id}`}
              initial={toDraft(editing)}
              focusAnswer={isPendingFeedback(editing)}
              groups={competencies.groups}
              today={today}
              submitLabel="Save changes"
              people={
                <RecordPeople
                  source={{ kind: 'feedback', id: editing.id }}
                  what={`the feedback from ${editing.from.trim() || 'someone'}`}
                />
              }
              {...form}
            />
          )}
        </EditDialog>
      ) : null}
    </div>
  );
}

/** The requests still waiting for an answer, longest waiting first (virtualised: they can be many). */
const PendingRequests = memo(function PendingRequests({ pending }: { pending: readonly PendingRequest[] }) {
  return (
    <section className="card" aria-labelledby="feedback-pending">
      <h2 id="feedback-pending">Waiting for an answer</h2>
      <VirtualList
        items={pending}
        getKey={({ item }) => item.id}
        className="journal-list"
        itemClassName={() => 'journal-item journal-item--pending'}
        estimateSize={110}
        maxHeight="40vh"
        renderItem={({ item, askedOn, daysWaiting }) => (
          <>
            <div className="journal-item__head">
              <span className="journal-item__title">{item.from || 'Someone'}</span>
              <span className="muted small">
                asked {formatDay(askedOn)} ·{' '}
                {daysWaiting === 0 ? 'today' : `${plural(daysWaiting, 'day')} ago`}
              </span>
            </div>
            {item.question ? <p className="journal-text">{item.question}</p> : null}
            <div className="row journal-item__actions">
              <a
                className="button button--small"
                href={linkTo('feedbackItem', { id: item.id })}
                aria-label={`Log the answer from ${item.from || 'someone'}`}
              >
                Log the answer
              </a>
            </div>
          </>
        )}
      />
    </section>
  );
});

type PendingRequest = ReturnType<typeof pendingFeedback>[number];

/** Newest first by the date each item is filed under, then by creation (a sorted copy). */
function newestFirst(items: readonly Tagged<Feedback>[]): Tagged<Feedback>[] {
  const dated = items.map((item) => ({ item, date: feedbackDate(item) }));
  dated.sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : b.item.createdAt.localeCompare(a.item.createdAt),
  );
  return dated.map(({ item }) => item);
}

/**
 * The log, virtualised (a thousand items render only the rows in view). Memoized with a stable callback,
 * so typing in the search field does not render it again until the results change.
 */
const FeedbackList = memo(function FeedbackList({
  items,
  competencies,
  onDelete,
}: {
  items: readonly Tagged<Feedback>[];
  competencies: CompetencyData;
  onDelete: (item: Tagged<Feedback>) => void;
}) {
  return (
    <VirtualList
      items={items}
      getKey={(item) => item.id}
      label="Feedback"
      className="journal-list"
      itemClassName={(item) => `journal-item ${isPendingFeedback(item) ? 'journal-item--pending' : ''}`}
      estimateSize={170}
      renderItem={(item) => <FeedbackItem item={item} competencies={competencies} onDelete={onDelete} />}
    />
  );
});

function FeedbackItem({
  item,
  competencies,
  onDelete,
}: {
  item: Tagged<Feedback>;
  competencies: CompetencyData;
  onDelete: (item: Tagged<Feedback>) => void;
}) {
  const pending = isPendingFeedback(item);
  const who = item.from || 'someone';
  return (
    <article aria-labelledby={`fb-${item.id}`}>
      <div className="journal-item__head">
        <h3 id={`fb-${item.id}`} className="journal-item__title">
          From {who}
        </h3>
        {pending ? <Badge tone="warning">Waiting</Badge> : null}
        {item.sentiment ? (
          <Badge tone={SENTIMENT_TONES[item.sentiment]}>{SENTIMENT_LABELS[item.sentiment]}</Badge>
        ) : null}
        <span className="muted small">{formatDay(feedbackDate(item))}</span>
      </div>
      <dl className="journal-fields">
        {item.question ? (
          <>
            <dt>Asked</dt>
            <dd className="journal-text">{item.question}</dd>
          </>
        ) : null}
        {item.content ? (
          <>
            <dt>What was said</dt>
            <dd className="journal-text">{item.content}</dd>
          </>
        ) : null}
        {item.followUp ? (
          <>
            <dt>What I did with it</dt>
            <dd className="journal-text">{item.followUp}</dd>
          </>
        ) : null}
      </dl>
      <CompetencyTags ids={item.competencyIds} names={competencies.names} />
      <ItemActions
        editHref={linkTo('feedbackItem', { id: item.id })}
        editLabel={`Edit feedback from ${who}`}
        deleteLabel={`Delete feedback from ${who}`}
        onDelete={() => onDelete(item)}
      />
    </article>
  );
}

function FeedbackForm({
  today,
  focusAnswer = false,
  people,
  ...props
}: JournalFormProps<FeedbackDraft> & {
  today: string;
  /** "Log the answer": the dialog opens in "What was said", the field the user came to fill. */
  focusAnswer?: boolean;
  /** An existing item's people (they link at once, apart from the form's save). */
  people?: ReactNode;
}) {
  const sentimentName = useId();
  return (
    <JournalForm
      {...props}
      canSubmit={(draft) => !!(draft.from.trim() || draft.question.trim() || draft.content.trim())}
    >
      {(draft, update) => (
        <>
          <div className="grid-2">
            <Field label="From whom">
              {(p) => <input {...p} {...bindText(draft, update, 'from')} maxLength={200} />}
            </Field>
            <DateField
              label="Asked on"
              hint="Leave empty if it came unasked."
              value={draft.askedOn}
              onChange={(askedOn) => update({ askedOn })}
            />
          </div>
          <Field label="Your question">
            {(p) => <textarea {...p} {...bindText(draft, update, 'question')} rows={2} maxLength={20_000} />}
          </Field>
          <details className="journal-suggestions">
            <summary>Need a question? Try one of these</summary>
            <ul>
              {SUGGESTED_FEEDBACK_QUESTIONS.map((q) => (
                <li key={q}>
                  <button
                    type="button"
                    className="button button--ghost button--small journal-suggestion"
                    onClick={() => update({ question: q })}
                  >
                    {q}
                  </button>
                </li>
              ))}
            </ul>
          </details>
          <fieldset className="journal-subfieldset">
            <legend>The answer</legend>
            <div className="grid-2">
              <DateField
                label="Received on"
                value={draft.receivedOn}
                onChange={(receivedOn) => update({ receivedOn })}
                today={{ date: today, small: true }}
              />
              <div className="field" role="radiogroup" aria-labelledby={`${sentimentName}-label`}>
                <span className="field__label" id={`${sentimentName}-label`}>
                  Tone
                </span>
                <div className="row">
                  {([null, 'positive', 'growth', 'mixed'] as (FeedbackSentiment | null)[]).map((s) => (
                    <label key={s ?? 'none'} className="journal-checkbox">
                      <input
                        type="radio"
                        name={sentimentName}
                        checked={draft.sentiment === s}
                        onChange={() => update({ sentiment: s })}
                      />
                      {s ? SENTIMENT_LABELS[s] : 'Not set'}
                    </label>
                  ))}
                </div>
              </div>
            </div>
            <Field label="What was said">
              {(p) => (
                <textarea
                  {...p}
                  {...bindText(draft, update, 'content')}
                  rows={3}
                  maxLength={20_000}
                  data-autofocus={focusAnswer || undefined}
                />
              )}
            </Field>
            <Field label="What I did with it">
              {(p) => (
                <textarea {...p} {...bindText(draft, update, 'followUp')} rows={2} maxLength={20_000} />
              )}
            </Field>
          </fieldset>
          {people}
        </>
      )}
    </JournalForm>
  );
}
