import { useState } from 'react';
import { filterRetros, retroDate, retroTitle, retroYears } from '@shared/domain/journal';
import { searchJournal } from '@shared/domain/journal-search';
import { linkTo, navigate } from '@renderer/navigation';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Field } from '@renderer/ui/Field';
import { formatDay } from '@renderer/ui/format';
import { useCompetencies, useRetroList } from '../hooks/useJournal';
import { startRetro } from '../model/actions';
import { CompetencyTags, JournalListCard, useListFilter, useRunner } from './common';
import { JournalSection } from './JournalSection';
import { RetroEditor } from './RetroEditor';
import '../journal.css';

export function RetrosPage() {
  return (
    <JournalSection section="retros">
      {(id) => (id ? <RetroEditor key={id} id={id} /> : <RetroList />)}
    </JournalSection>
  );
}

function RetroList() {
  const data = useRetroList();
  const competencies = useCompetencies();
  const run = useRunner();
  const filter = useListFilter();
  const { query, competencyId } = filter;
  const [year, setYear] = useState('');

  if (!data || !competencies) return <p className="muted">Loading your retrospectives…</p>;

  const start = async () => {
    const retro = await run('The retrospective could not be started', startRetro);
    if (retro.ok) navigate('retro', { id: retro.value.id });
  };

  let retros = filterRetros(data.retros, {
    year: year ? Number(year) : null,
    competencyId: competencyId || null,
  });
  if (query.trim()) {
    const order = new Map(
      searchJournal(data.index, query, { kinds: ['retro'] }).map((hit, i) => [hit.id, i]),
    );
    retros = retros
      .filter((r) => order.has(r.id))
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }
  const years = retroYears(data.retros);

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
        total={data.retros.length}
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
        index={data.index}
      >
        <ul className="journal-list" aria-label="Retrospectives">
          {retros.map((r) => (
            <li key={r.id} className="journal-item">
              <div className="journal-item__head">
                <a className="journal-item__title" href={linkTo('retro', { id: r.id })}>
                  {retroTitle(r)}
                </a>
                {r.status === 'draft' ? (
                  <span className="journal-badge journal-badge--draft">Draft</span>
                ) : null}
                <span className="muted small">{formatDay(retroDate(r))}</span>
              </div>
              {r.role ? <p className="muted small">{r.role}</p> : null}
              <CompetencyTags ids={r.competencyIds} names={competencies.names} />
            </li>
          ))}
        </ul>
      </JournalListCard>
    </div>
  );
}
