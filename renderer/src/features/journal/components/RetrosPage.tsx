import { memo, useMemo, useState } from 'react';
import type { Tagged } from '@shared/domain/evidence-links';
import { filterRetros, retroDate, retroTitle, retroYears } from '@shared/domain/journal';
import type { Retro } from '@shared/types/entities';
import { linkTo, navigate } from '@renderer/navigation';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';
import { VirtualList } from '@renderer/ui/VirtualList';
import { useRun } from '@renderer/ui/useRun';
import { useCompetencies, useRetroList } from '../hooks/useJournal';
import { startRetro } from '../model/actions';
import { CompetencyTags, JournalListCard, useListFilter } from './common';
import { JournalSection } from './JournalSection';
import { RetroEditor } from './RetroEditor';
import '../journal.css';
import { Badge } from '@renderer/ui/Badge';

export function RetrosPage() {
  return (
    <JournalSection section="retros">
      {(id) => (id ? <RetroEditor key={id} id={id} /> : <RetroList />)}
    </JournalSection>
  );
}

function RetroList() {
  const all = useRetroList();
  const competencies = useCompetencies();
  const run = useRun();
  const filter = useListFilter();
  const { competencyId } = filter;
  const [year, setYear] = useState('');
  // Worked out again only when the retros or the filters change.
  const retros = useMemo(
    () =>
      all ? filterRetros(all, { year: year ? Number(year) : null, competencyId: competencyId || null }) : [],
    [all, year, competencyId],
  );
  const years = useMemo(() => (all ? retroYears(all) : []), [all]);

  if (!all || !competencies) return <p className="muted">Loading your retrospectives…</p>;

  const start = async () => {
    const retro = await run('The retrospective could not be started', startRetro);
    if (retro.ok) navigate('retro', { id: retro.value.id });
  };

  return (
    <div className="stack">
      <JournalListCard
        section="retros"
        headingId="retros-title"
        heading="Your retrospectives"
        action={
          <button type="button" className="button button--primary" onClick={() => void start()}>
            New retrospective
          </button>
        }
        total={all.length}
        empty={
          <EmptyState title="No retrospectives yet">
            <p>
              When a project ends, take twenty minutes to look back: what worked, what hurt, what you would do
              differently, and whether it could have shipped sooner. Your answers save as you type.
            </p>
          </EmptyState>
        }
        groups={competencies.groups}
        filter={filter}
        extraFilters={
          <Field label="Year" className="journal-filter">
            {(p) => (
              <select {...p} value={year} onChange={(e) => setYear(e.target.value)}>
                <option value="">All years</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            )}
          </Field>
        }
        shown={retros.length}
        noMatch="No retrospective matches these filters."
      >
        <RetroItems retros={retros} names={competencies.names} />
      </JournalListCard>
    </div>
  );
}

/** The list, virtualised once it is long; memoized so a keystroke does not render it again. */
const RetroItems = memo(function RetroItems({
  retros,
  names,
}: {
  retros: readonly Tagged<Retro>[];
  names: ReadonlyMap<string, string>;
}) {
  return (
    <VirtualList
      items={retros}
      getKey={(r) => r.id}
      label="Retrospectives"
      className="journal-list"
      itemClassName={() => 'journal-item'}
      estimateSize={90}
      renderItem={(r) => (
        <>
          <div className="journal-item__head">
            <a className="journal-item__title" href={linkTo('retro', { id: r.id })}>
              {retroTitle(r)}
            </a>
            {r.status === 'draft' ? <Badge tone="warning">Draft</Badge> : null}
            <span className="muted small">{formatDay(retroDate(r))}</span>
          </div>
          {r.role ? <p className="muted small">{r.role}</p> : null}
          <CompetencyTags ids={r.competencyIds} names={names} />
        </>
      )}
    />
  );
});
