import { useId, useState } from 'react';
import { checklistProgress } from '@shared/domain/growth-plan';
import type { PromotionItem, SourceRef } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { plural } from '@renderer/ui/format';
import { useEvidenceOptions, usePromotionItems, type EvidenceOption } from '../hooks/usePromotionChecklist';
import { useRun } from '../hooks/useRun';
import { recordPath } from '@shared/routes';
import {
  addPromotionItem,
  deletePromotionItem,
  updatePromotionItem,
  type PromotionItemPatch,
} from '../model/actions';
import { clearIfUnchanged } from '@renderer/ui/forms';

const STATUS_LABELS: Record<PromotionItem['status'], string> = {
  todo: 'Not started',
  'in-progress': 'In progress',
  met: 'Met',
};

const refKey = (ref: SourceRef) => `${ref.kind}:${ref.id}`;

/** The expectations for the next level as a checklist, each with a status, a note and linked evidence. */
export function PromotionView() {
  const run = useRun();
  // `undefined` while loading: the heading and the form show at once, the list once it is read.
  const items = usePromotionItems();
  const options = useEvidenceOptions();
  const [title, setTitle] = useState('');
  const titleId = useId();
  const progress = checklistProgress(items ?? []);

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="gp-promo-title">
        <h2 id="gp-promo-title">Promotion checklist</h2>
        <p className="muted">
          Write down what your next level expects — ideally in your manager’s words — and collect proof for
          each item as you go. When it is time for the promotion case, most of it is already written.
        </p>
        {items && items.length > 0 ? (
          <div className="progress">
            <progress max={progress.total} value={progress.met} aria-labelledby="gp-promo-progress" />
            <span id="gp-promo-progress">
              {progress.met} of {plural(progress.total, 'expectation')} met
              {progress.inProgress > 0 ? `, ${progress.inProgress} in progress` : ''}
            </span>
          </div>
        ) : null}
        <form
          className="row gp-add-action"
          aria-label="New checklist item"
          onSubmit={(event) => {
            event.preventDefault();
            if (!title.trim()) return;
            void run('The item could not be added', () => addPromotionItem(title)).then((ok) => {
              if (ok) setTitle(clearIfUnchanged(title));
            });
          }}
        >
          <div className="field gp-grow">
            <label htmlFor={titleId} className="field__label">
              New expectation
            </label>
            <input
              id={titleId}
              value={title}
              maxLength={200}
              placeholder="e.g. Leads a technical initiative that spans at least two teams"
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={!title.trim()}>
            Add to checklist
          </button>
        </form>
      </section>
      {items === undefined ? null : items.length === 0 ? (
        <EmptyState title="Your checklist is empty">
          <p>
            Start with three to five expectations for the next level. Your company’s ladder, your manager’s
            answer to “what does excellent look like?” and your largest gaps are good sources.
          </p>
        </EmptyState>
      ) : (
        <ol className="gp-promo-list">
          {items.map((item) => (
            <PromotionRow key={`${item.id}:${item.updatedAt}`} item={item} options={options ?? []} />
          ))}
        </ol>
      )}
    </div>
  );
}

function PromotionRow({ item, options }: { item: PromotionItem; options: EvidenceOption[] }) {
  const run = useRun();
  const [note, setNote] = useState(item.note);
  const [pick, setPick] = useState('');
  const base = useId();
  const labels = new Map(options.map((o) => [refKey(o.ref), o.label]));
  const linked = new Set(item.evidence.map(refKey));
  const available = options.filter((o) => !linked.has(refKey(o.ref)));
  const save = (patch: PromotionItemPatch) =>
    run('The checklist item could not be saved', () => updatePromotionItem(item.id, patch));

  return (
    <li className={`card stack gp-promo gp-promo--${item.status}`}>
      <div className="card__header">
        <h3 className="gp-promo__title">{item.title}</h3>
        <div className="row">
          <label htmlFor={`${base}-status`} className="visually-hidden">
            Status of {item.title}
          </label>
          <select
            id={`${base}-status`}
            value={item.status}
            onChange={(e) => void save({ status: e.target.value as PromotionItem['status'] })}
          >
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => void run('The item could not be removed', () => deletePromotionItem(item.id))}
          >
            Remove<span className="visually-hidden"> {item.title}</span>
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${base}-note`} className="field__label">
          Evidence and notes
        </label>
        <textarea
          id={`${base}-note`}
          rows={2}
          maxLength={20_000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if (note !== item.note) void save({ note });
          }}
        />
      </div>
      {item.evidence.length > 0 ? (
        <ul className="gp-plain-list gp-promo__links" aria-label={`Linked evidence for ${item.title}`}>
          {item.evidence.map((ref) => (
            <li key={refKey(ref)} className="row">
              <a href={`#${recordPath(ref.kind, ref.id)}`}>
                {labels.get(refKey(ref)) ?? `A ${ref.kind} item`}
              </a>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() =>
                  void save({ evidence: item.evidence.filter((r) => refKey(r) !== refKey(ref)) })
                }
              >
                Unlink<span className="visually-hidden"> {labels.get(refKey(ref)) ?? ref.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {available.length > 0 ? (
        <div className="row gp-promo__link-form">
          <label htmlFor={`${base}-link`} className="visually-hidden">
            Link evidence to {item.title}
          </label>
          <select id={`${base}-link`} value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">Link a brag entry, retro or feedback…</option>
            {available.map((o) => (
              <option key={refKey(o.ref)} value={refKey(o.ref)}>
                {o.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={!pick}
            onClick={() => {
              const option = available.find((o) => refKey(o.ref) === pick);
              if (option) void save({ evidence: [...item.evidence, option.ref] });
            }}
          >
            Link
          </button>
        </div>
      ) : null}
    </li>
  );
}
