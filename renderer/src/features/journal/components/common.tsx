/** Small pieces shared by the three journal pages. */
import { useState, type ChangeEvent, type ReactNode } from 'react';
import type { CompetencyGroup, JournalKind } from '@shared/domain/journal';
import { openSearch } from '@renderer/features/search';
import { Field } from '@renderer/ui/Field';
import { useRun } from '@renderer/ui/useRun';
import { linkTo } from '@renderer/navigation';
import { recordPath } from '@shared/routes';

export const KIND_LABELS: Record<JournalKind, string> = {
  retro: 'Retrospective',
  brag: 'Brag entry',
  feedback: 'Feedback',
};

export function itemHref(kind: JournalKind, id: string): string {
  return `#${recordPath(kind, id)}`;
}

/** The journal's three sections, by route name. */
export type JournalSectionName = 'retros' | 'brag' | 'feedback';

/**
 * The `onSubmit` of a journal form: saves the draft with `save`, says how it went (`success` names the
 * message), and resolves true when it was saved.
 */
export function useSave<D, T>(
  failure: string,
  save: (draft: D) => Promise<T>,
  success: (saved: T) => string,
): (draft: D) => Promise<boolean> {
  const run = useRun();
  return async (draft) => (await run(failure, () => save(draft), success)).ok;
}

/** A competency <select> grouped by framework; '' means "any" (or "choose"). */
export function CompetencySelect({
  groups,
  value,
  onChange,
  id,
  emptyLabel,
  required,
}: {
  groups: CompetencyGroup[];
  value: string;
  onChange: (id: string) => void;
  id: string;
  emptyLabel: string;
  required?: boolean;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required={required}>
      <option value="">{emptyLabel}</option>
      {groups.map((group) => (
        <optgroup key={group.frameworkId} label={group.frameworkName}>
          {group.competencies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** Filter by competency, with a link to everything that competency has as evidence. */
function CompetencyFilter({
  groups,
  value,
  onChange,
  section,
}: {
  groups: CompetencyGroup[];
  value: string;
  onChange: (id: string) => void;
  section: JournalSectionName;
}) {
  if (groups.length === 0) return null;
  return (
    <Field label="Competency" className="journal-filter">
      {(p) => (
        <>
          <CompetencySelect
            id={p.id}
            groups={groups}
            value={value}
            onChange={onChange}
            emptyLabel="All competencies"
          />
          {value ? (
            <a className="small" href={linkTo(`${section}Evidence`, { competencyId: value })}>
              All evidence for this competency
            </a>
          ) : null}
        </>
      )}
    </Field>
  );
}

/** What a journal list is filtered by: the competency ('' for any). Words are found by the app's search. */
export interface ListFilter {
  competencyId: string;
  setCompetencyId: (id: string) => void;
}

export function useListFilter(): ListFilter {
  const [competencyId, setCompetencyId] = useState('');
  return { competencyId, setCompetencyId };
}

/**
 * The filters above a journal list: the competency, then the section's own filters (`children`), and the
 * way to the app's one search (issue 16: a second, per-page word filter would be a second way to do it).
 */
function JournalFilters({
  section,
  groups,
  filter,
  children,
}: {
  section: JournalSectionName;
  groups: CompetencyGroup[];
  filter: ListFilter;
  children?: ReactNode;
}) {
  return (
    <div className="journal-filters">
      <CompetencyFilter
        groups={groups}
        value={filter.competencyId}
        onChange={filter.setCompetencyId}
        section={section}
      />
      {children}
      <button type="button" className="button journal-search" onClick={openSearch}>
        Find words in everything…
      </button>
    </div>
  );
}

/**
 * The card of a journal list: its heading and action, then its empty state while there is no item at
 * all; else the filters (search, competency, then the section's own `extraFilters`), the items that pass
 * them (`children`) or a status line saying none does, and what the search finds elsewhere in the journal.
 */
export function JournalListCard({
  section,
  headingId,
  heading,
  action,
  total,
  empty,
  groups,
  filter,
  extraFilters,
  shown,
  noMatch,
  children,
}: {
  section: JournalSectionName;
  headingId: string;
  heading: string;
  action: ReactNode;
  /** How many items there are, filters aside. */
  total: number;
  empty: ReactNode;
  groups: CompetencyGroup[];
  filter: ListFilter;
  extraFilters?: ReactNode;
  /** How many items pass the filters. */
  shown: number;
  noMatch: string;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card__header">
        <h2 id={headingId}>{heading}</h2>
        {action}
      </div>
      {total === 0 ? (
        empty
      ) : (
        <>
          <JournalFilters section={section} groups={groups} filter={filter}>
            {extraFilters}
          </JournalFilters>
          {shown === 0 ? (
            <p className="muted" role="status">
              {noMatch}
            </p>
          ) : (
            children
          )}
        </>
      )}
    </section>
  );
}

export function CompetencyTags({
  ids,
  names,
}: {
  ids: readonly string[];
  names: ReadonlyMap<string, string>;
}) {
  const known = ids.map((id) => names.get(id)).filter((n): n is string => n !== undefined);
  if (known.length === 0) return null;
  return (
    <ul className="journal-tags" aria-label="Competencies">
      {known.map((name) => (
        <li key={name} className="journal-tag">
          {name}
        </li>
      ))}
    </ul>
  );
}

/** The buttons under a listed item: Edit (a link to the item's route), the section's own, then Delete. */
export function ItemActions({
  editHref,
  editLabel,
  deleteLabel,
  onDelete,
  children,
}: {
  editHref: string;
  /** The accessible names of the Edit link and the Delete button, naming the item. */
  editLabel: string;
  deleteLabel: string;
  onDelete: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="row journal-item__actions">
      <a className="button button--small button--ghost" href={editHref} aria-label={editLabel}>
        Edit
      </a>
      {children}
      <button
        type="button"
        className="button button--small button--ghost journal-danger"
        onClick={onDelete}
        aria-label={deleteLabel}
      >
        Delete
      </button>
    </div>
  );
}

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="journal-back" href={href}>
      <span aria-hidden="true">← </span>
      {children}
    </a>
  );
}

/** The keys of a draft's text fields. */
type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D];

/** `value` and `onChange` for an input or textarea that edits one text field of a draft. */
export function bindText<D>(draft: D, update: (patch: Partial<D>) => void, key: TextKey<D>) {
  return {
    value: draft[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      update({ [key]: e.target.value } as Partial<D>),
  };
}
