/**
 * The delegation ledger (issue 17): the work handed over from audits, open first, with who has it, what
 * "done" looks like, the follow-up day, how it went, and the hours a week each frees, estimated from
 * the audit's own log of that work. A handover is opened (its details unfolded and scrolled to) by its
 * route, `/audit/handovers/<id>`, which Today, the reminders and the evidence lists link to.
 */
import { useEffect, useRef, useState } from 'react';
import { format } from 'date-fns';
import type { Handover } from '@shared/types/entities';
import { Badge } from '@renderer/ui/Badge';
import { DateField } from '@renderer/ui/DateField';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Field } from '@renderer/ui/Field';
import { formatDay, formatDuration, plural } from '@renderer/ui/format';
import { ShowMore, usePageLimit } from '@renderer/ui/ShowMore';
import { SaveState, useDraft } from '@renderer/ui/useDraft';
import { useRun } from '@renderer/ui/useRun';
import { linkTo, matchRoute, useRoute } from '@renderer/navigation';
import { CountsAsEvidence } from '@renderer/features/evidence';
import { RecordPeople } from '@renderer/features/people';
import { useLedger, type LedgerRow } from '../hooks/useLedger';
import '../delegation.css';
import * as actions from '../model/actions';

/**
 * Done handovers shown at first: the latest ones (a handover just marked done among them); the older
 * ones, years of them, come with "Show more".
 */
const DONE_AT_FIRST = 5;

export function LedgerView() {
  const ledger = useLedger();
  const path = useRoute();
  const selectedId = matchRoute('auditHandover', path)?.id ?? null;
  const donePage = usePageLimit('', DONE_AT_FIRST);
  if (!ledger) return <p className="muted">Reading your handovers…</p>;
  const { open, done, freedPerWeek, pendingPerWeek } = ledger;
  const today = format(new Date(), 'yyyy-MM-dd');

  if (open.length === 0 && done.length === 0)
    return (
      <EmptyState
        title="Nothing handed over yet"
        action={
          <a className="button button--primary" href={linkTo('auditResults')}>
            See what someone else could do
          </a>
        }
      >
        <p>
          When you log an activity, or reflect on your week, mark what someone else could have done. Those
          activities get a “Hand over…” button here in the audit: the Log, the weekly reflection and the
          Results.
        </p>
        <p>
          Each handover records who takes the work, what “done” looks like and a day to follow up. The ledger
          then shows the hours a week you get back, from your own log.
        </p>
      </EmptyState>
    );

  return (
    <div className="stack delegation">
      <section className="card delegation-summary" aria-labelledby="delegation-summary-title">
        <h2 id="delegation-summary-title">Delegation ledger</h2>
        <dl className="delegation-totals">
          <div>
            <dt>Handed over for good</dt>
            <dd>
              {formatDuration(Math.round(freedPerWeek))} a week · {plural(done.length, 'handover')}
            </dd>
          </div>
          <div>
            <dt>Still being handed over</dt>
            <dd>
              {formatDuration(Math.round(pendingPerWeek))} a week · {plural(open.length, 'handover')}
            </dd>
          </div>
        </dl>
        <p className="muted small">
          Each figure is the time your audit logged for that kind of work, per week of the audit. A running
          audit’s figures still move as you log.
        </p>
      </section>

      <HandoverList
        id="delegation-open-title"
        title={`Open (${open.length})`}
        rows={open}
        today={today}
        selectedId={selectedId}
        empty="Every handover is done. Hand over more from the audit’s Results."
      />
      {done.length > 0 ? (
        <HandoverList
          id="delegation-done-title"
          title={`Done (${done.length})`}
          rows={done}
          page={{ ...donePage, noun: 'done handovers' }}
          today={today}
          selectedId={selectedId}
        />
      ) : null}
    </div>
  );
}

/**
 * One section of the ledger: its heading and its handovers, or a line when it has none. With `page`, its
 * first rows only and "Show more" (ui/ShowMore), always down to the one the route opens.
 */
function HandoverList({
  id,
  title,
  rows,
  page,
  today,
  selectedId,
  empty,
}: {
  id: string;
  title: string;
  rows: LedgerRow[];
  page?: { limit: number; more: () => void; noun: string };
  today: string;
  selectedId: string | null;
  empty?: string;
}) {
  const upTo = Math.max(page?.limit ?? Infinity, rows.findIndex((row) => row.handover.id === selectedId) + 1);
  const shown = rows.slice(0, upTo);
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="delegation-list">
          {shown.map((row) => (
            <HandoverItem
              key={row.handover.id}
              row={row}
              today={today}
              selected={row.handover.id === selectedId}
            />
          ))}
        </ul>
      )}
      {page ? (
        <ShowMore shown={shown.length} total={rows.length} noun={page.noun} onMore={page.more} />
      ) : null}
    </section>
  );
}

/** "50 min a week (logged 5 times in 4 weeks)", or why there is no figure. */
function hoursLine(row: LedgerRow): string {
  if (row.minutesPerWeek === null) return 'No audit to estimate its time from';
  if (row.count === 0) return 'Not logged under this title in its audit';
  const per = `${formatDuration(Math.round(row.minutesPerWeek))} a week`;
  const basis = `logged ${plural(row.count, 'time')} in ${plural(row.weeks, 'week')}${row.provisional ? ' so far' : ''}`;
  return `${per} (${basis})`;
}

function followUpBadge(handover: Handover, today: string) {
  if (handover.status === 'done')
    return <Badge tone="accent">Done {handover.doneOn ? formatDay(handover.doneOn) : ''}</Badge>;
  if (handover.followUpOn === null) return <Badge>No follow-up day</Badge>;
  if (handover.followUpOn < today)
    return <Badge tone="warning">Follow-up overdue since {formatDay(handover.followUpOn)}</Badge>;
  if (handover.followUpOn === today) return <Badge tone="warning">Follow up today</Badge>;
  return <Badge>Follow up {formatDay(handover.followUpOn)}</Badge>;
}

function HandoverItem({ row, today, selected }: { row: LedgerRow; today: string; selected: boolean }) {
  const { handover, audit, category } = row;
  const ref = useRef<HTMLLIElement>(null);
  const [open, setOpen] = useState(selected);
  // Opened by its route (a link from Today, a reminder, an evidence list): unfolded, and scrolled to.
  const [wasSelected, setWasSelected] = useState(selected);
  if (selected !== wasSelected) {
    setWasSelected(selected);
    if (selected) setOpen(true);
  }
  const run = useRun();
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const titleId = `handover-${handover.id}-title`;
  return (
    <li ref={ref} className="card delegation-item" aria-labelledby={titleId}>
      <div className="delegation-item__head">
        {category ? (
          <span
            className="delegation-item__swatch"
            style={{ background: category.color }}
            aria-hidden="true"
          />
        ) : null}
        <h3 id={titleId} className="delegation-item__title">
          {handover.activity} <span className="muted">→ {handover.to}</span>
        </h3>
        {followUpBadge(handover, today)}
      </div>
      <p className="delegation-item__hours">{hoursLine(row)}</p>
      <p className="muted small">
        {audit ? <>From the audit of {formatDay(audit.startDate)}</> : 'From a deleted audit'}
        {category ? <> · {category.name}</> : null}
      </p>
      {handover.expectations && !open ? (
        <p className="delegation-item__expectations">
          <strong>Done looks like:</strong> {handover.expectations}
        </p>
      ) : null}
      {handover.status === 'done' && handover.outcome && !open ? (
        <p>
          <strong>How it went:</strong> {handover.outcome}
        </p>
      ) : null}
      <div className="delegation-item__actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Close details' : 'Details and follow-up'}
          <span className="visually-hidden"> ({handover.activity})</span>
        </button>
        {handover.status === 'open' ? (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() =>
              // Done, and the details open on "How did it go?", while it is fresh.
              void run('The handover could not be marked done', () =>
                actions.completeHandover(handover.id, ''),
              ).then(({ ok }) => ok && setOpen(true))
            }
          >
            Mark done<span className="visually-hidden"> ({handover.activity})</span>
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              void run('The handover could not be opened again', () => actions.reopenHandover(handover.id))
            }
          >
            Open again<span className="visually-hidden"> ({handover.activity})</span>
          </button>
        )}
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() =>
            void run('The handover could not be deleted', () => actions.deleteHandover(handover.id))
          }
        >
          Delete<span className="visually-hidden"> ({handover.activity})</span>
        </button>
      </div>
      {open ? (
        <>
          <HandoverEditor handover={handover} />
          <RecordPeople
            source={{ kind: 'handover', id: handover.id }}
            what={`the handover of ${handover.activity}`}
          />
        </>
      ) : null}
      <CountsAsEvidence
        source={{ kind: 'handover', id: handover.id }}
        hint="Growing someone into your work can show mentoring, or leading through others."
        collapsed={{ title: handover.activity }}
      />
    </li>
  );
}

type EditorValue = Pick<Handover, 'to' | 'expectations' | 'followUpOn' | 'outcome'>;

/** A handover's text, autosaved as it is typed (it edits a record that exists, ui/drafts.ts). */
function HandoverEditor({ handover }: { handover: Handover }) {
  const initial: EditorValue = {
    to: handover.to,
    expectations: handover.expectations,
    followUpOn: handover.followUpOn,
    outcome: handover.outcome,
  };
  const run = useRun();
  const form = useDraft<EditorValue>({
    key: `handover:${handover.id}`,
    initial,
    // An empty "who" is never stored: the rest saves, and the name waits until there is one.
    save: async (value) =>
      (
        await run('The handover could not be saved', () =>
          actions.updateHandover(handover.id, value.to.trim() ? value : { ...value, to: handover.to }),
        )
      ).ok,
  });
  const toMissing = !form.value.to.trim();
  return (
    <div className="stack delegation-editor">
      <Field label="Handed over to" error={toMissing ? 'Say who has this work now.' : undefined}>
        {(p) => (
          <input
            {...p}
            value={form.value.to}
            maxLength={200}
            onChange={(e) => form.update({ to: e.target.value })}
            onBlur={() => void form.flush()}
          />
        )}
      </Field>
      <Field label="What “done” looks like">
        {(p) => (
          <textarea
            {...p}
            rows={3}
            maxLength={20_000}
            value={form.value.expectations}
            onChange={(e) => form.update({ expectations: e.target.value })}
            onBlur={() => void form.flush()}
          />
        )}
      </Field>
      <DateField
        label="Follow up on"
        value={form.value.followUpOn}
        onChange={(followUpOn) => form.update({ followUpOn })}
      />
      <Field
        label="How did it go?"
        hint="What they now do on their own, what help they still need, and what you would hand over differently next time."
      >
        {(p) => (
          <textarea
            {...p}
            rows={3}
            maxLength={20_000}
            value={form.value.outcome}
            onChange={(e) => form.update({ outcome: e.target.value })}
            onBlur={() => void form.flush()}
          />
        )}
      </Field>
      <SaveState status={form.status} />
    </div>
  );
}
