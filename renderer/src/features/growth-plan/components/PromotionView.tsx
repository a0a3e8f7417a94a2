import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { checklistProgress } from '@shared/domain/growth-plan';
import type { PromotionItem, SourceRef } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { plural } from '@renderer/ui/format';
import {
  refKey,
  useEvidenceOptions,
  useLinkedEvidenceLabels,
  usePromotionItems,
  type EvidenceOption,
} from '../hooks/usePromotionChecklist';
import { useRun } from '../hooks/useRun';
import { recordPath } from '@shared/routes';
import {
  addPromotionItem,
  deletePromotionItem,
  updatePromotionItem,
  type PromotionItemPatch,
} from '../model/actions';
import { SaveState, useDraft } from '@renderer/ui/useDraft';

const STATUS_LABELS: Record<PromotionItem['status'], string> = {
  todo: 'Not started',
  'in-progress': 'In progress',
  met: 'Met',
};

/** At most this many choices in a link picker: the newest matching ones (type to find older ones). */
const MAX_CHOICES = 50;

/** The expectations for the next level as a checklist, each with a status, a note and linked evidence. */
export function PromotionView() {
  const run = useRun();
  // `undefined` while loading: the heading and the form show at once, the list once it is read.
  const items = usePromotionItems();
  // Labels of the linked items only; the whole journal is read only while a link picker is open.
  const labels = useLinkedEvidenceLabels(items);
  const [linking, setLinking] = useState<string | null>(null);
  const options = useEvidenceOptions(linking !== null);
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
            void run('The item could not be added', () => addPromotionItem(title)).then((ok) => {
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
              labels={labels}
              linking={linking === item.id}
              onLinking={(open) => setLinking(open ? item.id : null)}
              options={linking === item.id ? options : undefined}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

interface PromotionRowProps {
  item: PromotionItem;
  /** Labels of linked items by `refKey`; `undefined` while loading. */
  labels: ReadonlyMap<string, string> | undefined;
  /** Whether this row's link picker is open (one at a time). */
  linking: boolean;
  onLinking: (open: boolean) => void;
  /** Everything that can be linked, while this row's picker is open; `undefined` while loading. */
  options: EvidenceOption[] | undefined;
}

function PromotionRow({ item, labels, linking, onLinking, options }: PromotionRowProps) {
  const run = useRun();
  const base = useId();
  const save = (patch: PromotionItemPatch) =>
    run('The checklist item could not be saved', () => updatePromotionItem(item.id, patch));
  // The note autosaves as it is typed (ui/drafts.ts), not only when the field is left.
  const saveNote = useCallback(
    (note: string) => run('The note could not be saved', () => updatePromotionItem(item.id, { note })),
    [run, item.id],
  );
  const note = useDraft({ key: `checklist-note:${item.id}`, initial: item.note, save: saveNote });
  const [edited, setEdited] = useState(false);

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
          onChange={(e) => {
            setEdited(true);
            note.set(e.target.value);
          }}
          onBlur={() => void note.flush()}
        />
        {edited || note.status !== 'saved' ? <SaveState status={note.status} /> : null}
      </div>
      {item.evidence.length > 0 ? (
        <ul className="gp-plain-list gp-promo__links" aria-label={`Linked evidence for ${item.title}`}>
          {item.evidence.map((ref) => (
            <li key={refKey(ref)} className="row">
              <a href={`#${recordPath(ref.kind, ref.id)}`}>
                {labels?.get(refKey(ref)) ?? `A ${ref.kind} item`}
              </a>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() =>
                  void save({ evidence: item.evidence.filter((r) => refKey(r) !== refKey(ref)) })
                }
              >
                Unlink<span className="visually-hidden"> {labels?.get(refKey(ref)) ?? ref.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {linking ? (
        <LinkPicker
          item={item}
          options={options}
          onLink={(ref) => {
            onLinking(false);
            void save({ evidence: [...item.evidence, ref] });
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

/**
 * Picks a brag entry, retrospective or feedback item to link: the newest {MAX_CHOICES} not linked yet,
 * or the newest that match what the user types. Years of journal stay one short list.
 */
function LinkPicker({
  item,
  options,
  onLink,
  onClose,
}: {
  item: PromotionItem;
  options: EvidenceOption[] | undefined;
  onLink: (ref: SourceRef) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [pick, setPick] = useState('');
  const base = useId();
  const deferredQuery = useDeferredValue(query);
  const { choices, more } = useMemo(() => {
    const linked = new Set(item.evidence.map(refKey));
    const words = deferredQuery.trim().toLocaleLowerCase();
    const matching = (options ?? []).filter(
      (o) => !linked.has(refKey(o.ref)) && (!words || o.label.toLocaleLowerCase().includes(words)),
    );
    return { choices: matching.slice(0, MAX_CHOICES), more: matching.length > MAX_CHOICES };
  }, [item.evidence, options, deferredQuery]);
  if (options === undefined) return <p className="muted small">Loading your journal…</p>;
  return (
    <div className="stack gp-promo__link-form">
      <div className="row">
        <div className="field gp-grow">
          <label htmlFor={`${base}-find`} className="field__label">
            Find evidence for {item.title}
          </label>
          <input
            id={`${base}-find`}
            type="search"
            value={query}
            placeholder="Words from a brag entry, a retro’s project or who gave feedback"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </div>
      <div className="row">
        <label htmlFor={`${base}-link`} className="visually-hidden">
          Link evidence to {item.title}
        </label>
        <select id={`${base}-link`} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">
            {choices.length === 0 ? 'Nothing to link' : 'Link a brag entry, retro or feedback…'}
          </option>
          {choices.map((o) => (
            <option key={refKey(o.ref)} value={refKey(o.ref)}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={!choices.some((o) => refKey(o.ref) === pick)}
          onClick={() => {
            const option = choices.find((o) => refKey(o.ref) === pick);
            if (option) onLink(option.ref);
          }}
        >
          Link
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          Cancel
        </button>
      </div>
      {more ? (
        <p className="muted small">The newest {MAX_CHOICES} are listed; type to find an older one.</p>
      ) : null}
    </div>
  );
}
