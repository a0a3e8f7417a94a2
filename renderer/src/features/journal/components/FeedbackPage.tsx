import { useId, useState } from 'react';
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
  type CompetencyGroup,
} from '@shared/domain/journal';
import { searchJournal } from '@shared/domain/journal-search';
import type { Feedback } from '@shared/types/entities';
import { linkTo, navigate } from '@renderer/navigation';
import { db } from '@renderer/db/db';
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog';
import { Dialog } from '@renderer/ui/Dialog';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Field } from '@renderer/ui/Field';
import { formatDay, plural } from '@renderer/ui/format';
import {
  useCompetencies,
  useJournalData,
  useSearchIndex,
  useToday,
  type CompetencyData,
} from '../hooks/useJournal';
import { exportFeedbackLog } from '../model/exports';
import { deleteFeedback, saveFeedback, type FeedbackDraft } from '../model/repo';
import {
  FormFooter,
  CompetencyFilter,
  CompetencyTags,
  exportMessage,
  OtherMatches,
  SearchField,
  useRunner,
} from './common';
import { JournalSection } from './CompetencyEvidence';
import '../journal.css';

export function FeedbackPage() {
  return (
    <JournalSection section="feedback" title="Feedback log">
      {(id) => <FeedbackLog editId={id} />}
    </JournalSection>
  );
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

function toDraft(item: Feedback): FeedbackDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = item;
  return draft;
}

function FeedbackLog({ editId }: { editId: string | null }) {
  const data = useJournalData();
  const competencies = useCompetencies();
  const index = useSearchIndex(data);
  const today = useToday();
  const run = useRunner();
  const [query, setQuery] = useState('');
  const [competencyId, setCompetencyId] = useState('');
  const [deleteId, setDeleteId] = useState<string | null>(null);

  if (!data || !competencies) return <p className="muted">Loading your feedback log…</p>;

  const pending = pendingFeedback(data.feedback, today);
  const weeks = weeksSinceLastAsked(data.feedback, today);
  let items = data.feedback
    .filter((f) => !competencyId || f.competencyIds.includes(competencyId))
    .sort((a, b) =>
      feedbackDate(a) < feedbackDate(b)
        ? 1
        : feedbackDate(a) > feedbackDate(b)
          ? -1
          : b.createdAt.localeCompare(a.createdAt),
    );
  if (query.trim() && index) {
    const hits = new Set(searchJournal(index, query, { kinds: ['feedback'] }).map((h) => h.id));
    items = items.filter((f) => hits.has(f.id));
  }
  const editing = editId ? data.feedback.find((f) => f.id === editId) : undefined;
  const toDelete = deleteId ? data.feedback.find((f) => f.id === deleteId) : undefined;

  const add = async (draft: FeedbackDraft) =>
    (
      await run(
        'The feedback could not be saved',
        () => saveFeedback(db, null, draft, new Date()),
        (f) =>
          isPendingFeedback(f)
            ? 'Request logged. It shows as waiting until you note the answer.'
            : 'Feedback logged.',
      )
    ).ok;

  return (
    <div className="stack">
      <p className="note journal-cadence" role="status">
        {lastAskedMessage(weeks)}
        {pending.length > 0 ? ` ${plural(pending.length, 'request')} still waiting for an answer.` : ''}
      </p>

      {pending.length > 0 ? (
        <section className="card" aria-labelledby="feedback-pending">
          <h2 id="feedback-pending">Waiting for an answer</h2>
          <ul className="journal-list">
            {pending.map(({ item, askedOn, daysWaiting }) => (
              <li key={item.id} className="journal-item journal-item--pending">
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
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="feedback-add">
        <h2 id="feedback-add">Ask or log feedback</h2>
        <p className="muted">
          Ask your manager in every 1:1 and your peers after each milestone. A specific question gets a
          specific answer. Log the ask now and the answer when it comes.
        </p>
        <FeedbackForm
          label="New feedback"
          initial={emptyFeedback(today)}
          groups={competencies.groups}
          today={today}
          submitLabel="Log it"
          onSubmit={add}
        />
      </section>

      <section className="card" aria-labelledby="feedback-log">
        <div className="card__header">
          <h2 id="feedback-log">Feedback log</h2>
          <button
            type="button"
            className="button"
            disabled={data.feedback.length === 0}
            onClick={() =>
              void run(
                'The feedback log could not be exported',
                () => exportFeedbackLog(db, today),
                exportMessage,
              )
            }
          >
            Export as Markdown…
          </button>
        </div>
        {data.feedback.length === 0 ? (
          <EmptyState title="No feedback logged yet">
            <p>
              Start with one question to one person this week. The suggestions above can help you word it.
            </p>
          </EmptyState>
        ) : (
          <>
            <div className="journal-filters">
              <SearchField value={query} onChange={setQuery} label="Search your journal" />
              <CompetencyFilter
                groups={competencies.groups}
                value={competencyId}
                onChange={setCompetencyId}
                section="feedback"
              />
            </div>
            {items.length === 0 ? (
              <p className="muted" role="status">
                No feedback matches these filters.
              </p>
            ) : (
              <ul className="journal-list" aria-label="Feedback">
                {items.map((item) => (
                  <FeedbackItem
                    key={item.id}
                    item={item}
                    competencies={competencies}
                    onDelete={() => setDeleteId(item.id)}
                  />
                ))}
              </ul>
            )}
            <OtherMatches index={index} query={query} exclude="feedback" />
          </>
        )}
      </section>

      {editing ? (
        <Dialog
          open
          title={isPendingFeedback(editing) ? 'Log the answer' : 'Edit feedback'}
          onClose={() => navigate('feedback')}
        >
          <FeedbackForm
            label="Edit feedback"
            initial={toDraft(editing)}
            groups={competencies.groups}
            today={today}
            submitLabel="Save changes"
            onCancel={() => navigate('feedback')}
            onSubmit={async (draft) => {
              const saved = await run(
                'The feedback could not be saved',
                () => saveFeedback(db, editing.id, draft, new Date()),
                () => 'Feedback saved.',
              );
              if (saved.ok) navigate('feedback');
              return saved.ok;
            }}
          />
        </Dialog>
      ) : null}
      {toDelete ? (
        <ConfirmDialog
          title="Delete this feedback?"
          tone="danger"
          confirmLabel="Delete"
          cancelLabel="Keep it"
          onCancel={() => setDeleteId(null)}
          onConfirm={() =>
            void run(
              'The feedback could not be deleted',
              () => deleteFeedback(db, toDelete.id),
              () => 'Feedback deleted.',
            ).then(() => setDeleteId(null))
          }
        >
          <p>The feedback from {toDelete.from || 'someone'} will be removed.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function FeedbackItem({
  item,
  competencies,
  onDelete,
}: {
  item: Feedback;
  competencies: CompetencyData;
  onDelete: () => void;
}) {
  const pending = isPendingFeedback(item);
  const who = item.from || 'someone';
  return (
    <li className={`journal-item ${pending ? 'journal-item--pending' : ''}`}>
      <article aria-labelledby={`fb-${item.id}`}>
        <div className="journal-item__head">
          <h3 id={`fb-${item.id}`} className="journal-item__title">
            From {who}
          </h3>
          {pending ? <span className="journal-badge journal-badge--pending">Waiting</span> : null}
          {item.sentiment ? (
            <span className={`journal-badge journal-badge--${item.sentiment}`}>
              {SENTIMENT_LABELS[item.sentiment]}
            </span>
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
        <div className="row journal-item__actions">
          <a
            className="button button--small button--ghost"
            href={linkTo('feedbackItem', { id: item.id })}
            aria-label={`Edit feedback from ${who}`}
          >
            Edit
          </a>
          <button
            type="button"
            className="button button--small button--ghost journal-danger"
            onClick={onDelete}
            aria-label={`Delete feedback from ${who}`}
          >
            Delete
          </button>
        </div>
      </article>
    </li>
  );
}

function FeedbackForm({
  initial,
  groups,
  today,
  submitLabel,
  onSubmit,
  onCancel,
  label,
}: {
  initial: FeedbackDraft;
  groups: CompetencyGroup[];
  today: string;
  submitLabel: string;
  onSubmit: (draft: FeedbackDraft) => Promise<boolean>;
  onCancel?: () => void;
  label: string;
}) {
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const sentimentName = useId();
  const update = (patch: Partial<FeedbackDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const empty = !draft.from.trim() && !draft.question.trim() && !draft.content.trim();
  return (
    <form
      className="stack journal-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(draft).then((saved) => {
          setBusy(false);
          if (saved && !onCancel) setDraft(initial);
        });
      }}
    >
      <div className="grid-2">
        <Field label="From whom">
          {(p) => (
            <input
              {...p}
              value={draft.from}
              maxLength={200}
              onChange={(e) => update({ from: e.target.value })}
            />
          )}
        </Field>
        <Field label="Asked on" hint="Leave empty if it came unasked.">
          {(p) => (
            <input
              {...p}
              type="date"
              value={draft.askedOn ?? ''}
              onChange={(e) => update({ askedOn: e.target.value || null })}
            />
          )}
        </Field>
      </div>
      <Field label="Your question">
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={draft.question}
            maxLength={20_000}
            onChange={(e) => update({ question: e.target.value })}
          />
        )}
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
          <Field label="Received on">
            {(p) => (
              <div className="row">
                <input
                  {...p}
                  type="date"
                  value={draft.receivedOn ?? ''}
                  onChange={(e) => update({ receivedOn: e.target.value || null })}
                />
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => update({ receivedOn: today })}
                >
                  Today
                </button>
              </div>
            )}
          </Field>
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
              rows={3}
              value={draft.content}
              maxLength={20_000}
              onChange={(e) => update({ content: e.target.value })}
            />
          )}
        </Field>
        <Field label="What I did with it">
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={draft.followUp}
              maxLength={20_000}
              onChange={(e) => update({ followUp: e.target.value })}
            />
          )}
        </Field>
      </fieldset>
      <FormFooter
        groups={groups}
        competencyIds={draft.competencyIds}
        onCompetencies={(ids) => update({ competencyIds: ids })}
        onCancel={onCancel}
        submitLabel={submitLabel}
        canSubmit={!busy && !empty}
      />
    </form>
  );
}
