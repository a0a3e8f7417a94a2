/** Small pieces shared by the three journal pages. */
import { useCallback, useId, type ReactNode } from 'react';
import type { CompetencyGroup, JournalKind } from '@shared/domain/journal';
import { searchJournal, type SearchIndex } from '@shared/domain/journal-search';
import type { ExportResult } from '@shared/ipc/contract';
import { useStore } from '@renderer/store/store';
import { formatDay } from '@renderer/ui/format';
import { linkTo } from '@renderer/navigation';
import { recordPath } from '@shared/routes';
import { errorMessage } from '@shared/errors';

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

/** Runs a write or export and turns its outcome into a message; never a silent catch. */
export function useRunner() {
  const pushToast = useStore((state) => state.pushToast);
  return useCallback(
    async <T,>(
      failure: string,
      work: () => Promise<T>,
      success?: (value: T) => string | null,
    ): Promise<{ ok: true; value: T } | { ok: false }> => {
      try {
        const value = await work();
        const message = success?.(value);
        if (message) pushToast('success', message);
        return { ok: true, value };
      } catch (error) {
        pushToast('error', `${failure}: ${errorMessage(error)}`);
        return { ok: false };
      }
    },
    [pushToast],
  );
}

export function exportMessage(result: ExportResult): string | null {
  return result.status === 'saved' ? `Saved to ${result.path}` : null;
}

export function NoCompetencies() {
  return (
    <p className="note journal-no-competencies">
      There are no competencies to link to yet. Add a framework in your growth plan first, then come back to
      tag this. <a href={linkTo('plan')}>Open the growth plan</a>
    </p>
  );
}

/** Checkboxes for tagging an item with competencies, grouped by framework. */
export function CompetencyChecklist({
  groups,
  value,
  onChange,
  legend,
  hint,
}: {
  groups: CompetencyGroup[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  legend: string;
  hint?: string;
}) {
  const hintId = useId();
  const selected = new Set(value);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  return (
    <fieldset className="journal-checklist" aria-describedby={hint ? hintId : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <NoCompetencies />
      ) : (
        <div className="journal-checklist__groups">
          {groups.map((group) => (
            <div
              key={group.frameworkId}
              className="journal-checklist__group"
              role="group"
              aria-label={group.frameworkName}
            >
              <p className="journal-checklist__framework" aria-hidden="true">
                {group.frameworkName}
              </p>
              {group.competencies.map((c) => (
                <label key={c.id} className="journal-checkbox">
                  <input
                    type="checkbox"
                    checked={selected.has(c.id)}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />
                  {c.name}
                </label>
              ))}
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
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
export function CompetencyFilter({
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
  const id = useId();
  if (groups.length === 0) return null;
  return (
    <div className="field journal-filter">
      <label className="field__label" htmlFor={id}>
        Competency
      </label>
      <CompetencySelect
        id={id}
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
    </div>
  );
}

export function SearchField({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (v: string) => void;
  label: string;
}) {
  const id = useId();
  return (
    <div className="field journal-search">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Words to find…"
      />
    </div>
  );
}

/** Matches of a search in the other two parts of the journal, so one search covers everything. */
export function OtherMatches({
  index,
  query,
  exclude,
}: {
  index: SearchIndex | null;
  query: string;
  exclude: JournalKind;
}) {
  if (!index || query.trim() === '') return null;
  const kinds = (['retro', 'brag', 'feedback'] as const).filter((k) => k !== exclude);
  const hits = searchJournal(index, query, { kinds, limit: 8 });
  if (hits.length === 0) return null;
  return (
    <section className="journal-other" aria-label="Matches elsewhere in your journal">
      <p className="muted small">Also found elsewhere in your journal:</p>
      <ul className="journal-other__list">
        {hits.map((hit) => (
          <li key={`${hit.kind}:${hit.id}`}>
            <span className="journal-badge">{KIND_LABELS[hit.kind]}</span>{' '}
            <a href={itemHref(hit.kind, hit.id)}>{hit.title}</a>{' '}
            <span className="muted small">{formatDay(hit.date)}</span>
          </li>
        ))}
      </ul>
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

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="journal-back" href={href}>
      <span aria-hidden="true">← </span>
      {children}
    </a>
  );
}

/** The end of a journal form: the competencies it counts toward, then Cancel (when offered) and submit. */
export function FormFooter({
  groups,
  competencyIds,
  onCompetencies,
  onCancel,
  submitLabel,
  canSubmit,
}: {
  groups: Parameters<typeof CompetencyChecklist>[0]['groups'];
  competencyIds: string[];
  onCompetencies: (ids: string[]) => void;
  onCancel?: () => void;
  submitLabel: string;
  canSubmit: boolean;
}) {
  return (
    <>
      <CompetencyChecklist
        legend="Competencies"
        groups={groups}
        value={competencyIds}
        onChange={onCompetencies}
      />
      <div className="row journal-form__actions">
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="button button--primary" disabled={!canSubmit}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
