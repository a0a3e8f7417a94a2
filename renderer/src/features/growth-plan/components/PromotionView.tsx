import { useCallback, useId, useState } from 'react';
import { checklistProgress } from '@shared/domain/growth-plan';
import { EVIDENCE_KIND_LABELS, type EvidenceEntry } from '@shared/domain/evidence-links';
import type { PromotionItem } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { plural } from '@renderer/ui/format';
import { useChecklistEvidence, usePromotionItems } from '../hooks/usePromotionChecklist';
import {
  EvidenceLinkPicker,
  takenKeys,
  useEvidenceOptions,
  type EvidenceOption,
} from '@renderer/features/evidence';
import { useRun } from '@renderer/ui/useRun';
import { recordPath } from '@shared/routes';
import {
  addPromotionItem,
  deletePromotionItem,
  linkChecklistEvidence,
  unlinkChecklistEvidence,
  updatePromotionItem,
  type PromotionItemPatch,
} from '../model/actions';
import { SaveState, useDraft } from '@renderer/ui/useDraft';
import { BuyInCard } from './BuyInCard';

const STATUS_LABELS: Record<PromotionItem['status'], string> = {
  todo: 'Not started',
  'in-progress': 'In progress',
  met: 'Met',
};

/** The expectations for the next level as a checklist, each with a status, a note and linked evidence. */
export function PromotionView() {
  const run = useRun();
  // `undefined` while loading: the heading and the form show at once, the list once it is read.
  const items = usePromotionItems();
  // The linked evidence only; the whole journal is read only while a link picker is open.
  const evidence = useChecklistEvidence(items);
  const [linking, setLinking] = useState<string | null>(null);
  const options = useEvidenceOptions(linking !== null, true);
  // Added on purpose; until then what was typed is kept (ui/drafts.ts).
  const newItem = useDraft({ key: 'checklist:new', initial: '' });
  const title = newItem.value;
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
            void run('The item could not be added', () => addPromotionItem(title)).then(({ ok }) => {
              if (ok) newItem.resetIfUnchanged(title, '');
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
              onChange={(e) => newItem.set(e.target.value)}
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
            <PromotionRow
              key={`${item.id}:${item.updatedAt}`}
              item={item}
              evidence={evidence?.get(item.id)}
              linking={linking === item.id}
              onLinking={(open) => setLinking(open ? item.id : null)}
              options={linking === item.id ? options : undefined}
            />
          ))}
        </ol>
      )}
      {items && items.length > 0 ? <BuyInCard items={items} /> : null}
    </div>
  );
}

interface PromotionRowProps {
  item: PromotionItem;
  /** The item's evidence, newest first; `undefined` while loading. */
  evidence: readonly EvidenceEntry[] | undefined;
  /** Whether this row's link picker is open (one at a time). */
  linking: boolean;
  onLinking: (open: boolean) => void;
  /** Everything that can be linked, while this row's picker is open; `undefined` while loading. */
  options: EvidenceOption[] | undefined;
}

function PromotionRow({ item, evidence, linking, onLinking, options }: PromotionRowProps) {
  const run = useRun();
  const base = useId();
  const save = (patch: PromotionItemPatch) =>
    run('The checklist item could not be saved', () => updatePromotionItem(item.id, patch));
  // The note autosaves as it is typed (ui/drafts.ts), not only when the field is left.
  const saveNote = useCallback(
    async (note: string) =>
      (await run('The note could not be saved', () => updatePromotionItem(item.id, { note }))).ok,
    [run, item.id],
  );
  const note = useDraft({ key: `checklist-note:${item.id}`, initial: item.note, save: saveNote });

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
          value={note.value}
          onChange={(e) => note.set(e.target.value)}
          onBlur={() => void note.flush()}
        />
        {note.edited || note.status !== 'saved' ? <SaveState status={note.status} /> : null}
      </div>
      {evidence && evidence.length > 0 ? (
        <ul className="gp-plain-list gp-promo__links" aria-label={`Linked evidence for ${item.title}`}>
          {evidence.map((entry) => (
            <li key={entry.linkId} className="row">
              <span className="muted small">{EVIDENCE_KIND_LABELS[entry.kind]}</span>
              {entry.refId !== null && !entry.gone ? (
                <a href={`#${recordPath(entry.kind as Exclude<typeof entry.kind, 'note'>, entry.refId)}`}>
                  {entry.title}
                </a>
              ) : (
                <span>
                  {entry.title}
                  {entry.gone ? <span className="muted small"> (deleted since)</span> : null}
                </span>
              )}
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() =>
                  void run('The evidence could not be unlinked', () =>
                    unlinkChecklistEvidence(entry.linkId, entry.title),
                  )
                }
              >
                Unlink<span className="visually-hidden"> {entry.title}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {linking ? (
        <EvidenceLinkPicker
          target={item.title}
          taken={takenKeys(evidence ?? [])}
          options={options}
          onLink={(option) => {
            onLinking(false);
            void run('The evidence could not be linked', () => linkChecklistEvidence(item.id, option.what));
          }}
          onClose={() => onLinking(false)}
        />
      ) : (
        <div className="row">
          <button type="button" className="button button--small" onClick={() => onLinking(true)}>
            Link evidence<span className="visually-hidden"> to {item.title}</span>
          </button>
        </div>
      )}
    </li>
  );
}
