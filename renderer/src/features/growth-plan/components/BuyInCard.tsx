import { useCallback, useId } from 'react';
import {
  BUY_IN_RELATIONS,
  BUY_IN_STATUSES,
  buyInSummary,
  type BuyInRelation,
  type BuyInStatus,
} from '@shared/domain/manager-loop';
import type { BuyIn, PromotionItem } from '@shared/types/entities';
import { DateField } from '@renderer/ui/DateField';
import { SaveState, useDraft } from '@renderer/ui/useDraft';
import { useRun } from '@renderer/ui/useRun';
import { useBuyIns } from '../hooks/usePromotionChecklist';
import { addBuyIn, deleteBuyIn, updateBuyIn } from '../model/actions';

/** The day the last expectation was added: an agreement given before it does not cover it. */
function lastAddedOn(items: readonly PromotionItem[]): string | null {
  let last: string | null = null;
  for (const item of items) {
    const day = item.createdAt.slice(0, 10);
    if (last === null || day > last) last = day;
  }
  return last;
}

/**
 * The management chain's buy-in on the checklist (issue 18): the sources ask for it before working
 * through the list, so that what is checked off is what the chain will recognise.
 */
export function BuyInCard({ items }: { items: readonly PromotionItem[] }) {
  const run = useRun();
  const buyIns = useBuyIns();
  const whoId = useId();
  const relationId = useId();
  const added = useDraft<{ who: string; relation: BuyInRelation }>({
    key: 'buy-in:new',
    initial: { who: '', relation: 'manager' },
  });
  const summary = buyIns ? buyInSummary(buyIns, lastAddedOn(items)) : null;
  return (
    <section className="card stack gp-buy-in" aria-labelledby="gp-buy-in-title">
      <h2 id="gp-buy-in-title">Buy-in from your management chain</h2>
      <p className="muted">
        Once the list says what your next level expects, take it to your manager and the people above them,
        and agree on it before you work through it. Then keep them posted as items are met.
      </p>
      {summary && summary.total > 0 ? (
        <p className="small" role="status">
          {summary.agreed === 0
            ? 'Nobody has agreed to the list yet.'
            : `${summary.agreed} of ${summary.total} agreed to the list.`}
        </p>
      ) : null}
      {summary && summary.agreedBeforeChange.length > 0 ? (
        <p className="note note--warning" role="note">
          <strong>The list grew since: </strong>
          {summary.agreedBeforeChange.join(', ')} agreed before the last expectation was added. Show them the
          new items.
        </p>
      ) : null}
      {buyIns && buyIns.length > 0 ? (
        <ul className="gp-plain-list gp-buy-in__list" aria-label="Management chain">
          {buyIns.map((buyIn) => (
            <BuyInRow key={`${buyIn.id}:${buyIn.updatedAt}`} buyIn={buyIn} />
          ))}
        </ul>
      ) : null}
      <form
        className="row gp-add-action"
        aria-label="Add someone from your management chain"
        onSubmit={(event) => {
          event.preventDefault();
          const submitted = added.value;
          if (!submitted.who.trim()) return;
          void run('The person could not be added', () => addBuyIn(submitted)).then(({ ok }) => {
            if (ok) added.resetIfUnchanged(submitted, { who: '', relation: submitted.relation });
          });
        }}
      >
        <div className="field gp-grow">
          <label htmlFor={whoId} className="field__label">
            Name
          </label>
          <input
            id={whoId}
            value={added.value.who}
            maxLength={200}
            placeholder="e.g. Priya Shah"
            onChange={(e) => added.update({ who: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={relationId} className="field__label">
            Who they are to you
          </label>
          <select
            id={relationId}
            value={added.value.relation}
            onChange={(e) => added.update({ relation: e.target.value as BuyInRelation })}
          >
            {Object.entries(BUY_IN_RELATIONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={!added.value.who.trim()}>
          Add
        </button>
      </form>
    </section>
  );
}

function BuyInRow({ buyIn }: { buyIn: BuyIn }) {
  const run = useRun();
  const base = useId();
  const saveNote = useCallback(
    async (note: string) =>
      (await run('The note could not be saved', () => updateBuyIn(buyIn.id, { note }))).ok,
    [run, buyIn.id],
  );
  const note = useDraft({ key: `buy-in-note:${buyIn.id}`, initial: buyIn.note, save: saveNote });
  return (
    <li className={`stack gp-buy-in__row gp-buy-in__row--${buyIn.status}`}>
      <div className="card__header">
        <h3 className="gp-buy-in__who">
          {buyIn.who} <span className="muted small">{BUY_IN_RELATIONS[buyIn.relation]}</span>
        </h3>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => void run('The person could not be removed', () => deleteBuyIn(buyIn.id))}
        >
          Remove<span className="visually-hidden"> {buyIn.who}</span>
        </button>
      </div>
      <div className="row gp-buy-in__fields">
        <div className="field">
          <label htmlFor={`${base}-status`} className="field__label">
            Where {buyIn.who} stands
          </label>
          <select
            id={`${base}-status`}
            value={buyIn.status}
            onChange={(e) =>
              void run('The buy-in could not be saved', () =>
                updateBuyIn(buyIn.id, { status: e.target.value as BuyInStatus }),
              )
            }
          >
            {Object.entries(BUY_IN_STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {buyIn.status !== 'not-asked' ? (
          <DateField
            label="On"
            value={buyIn.on}
            onChange={(on) => {
              if (on) void run('The day could not be saved', () => updateBuyIn(buyIn.id, { on }));
            }}
          />
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${base}-note`} className="field__label">
          What they said
        </label>
        <textarea
          id={`${base}-note`}
          rows={2}
          maxLength={20_000}
          value={note.value}
          onChange={(e) => note.set(e.target.value)}
          onBlur={() => void note.flush()}
        />
        {note.edited || note.status !== 'saved' ? <SaveState status={note.status} /> : null}
      </div>
    </li>
  );
}
