import { useId, useState } from 'react';
import { filterRetros, retroDate, retroTitle, retroYears } from '@shared/domain/journal';
import { searchJournal } from '@shared/domain/journal-search';
import { linkTo, navigate } from '@renderer/navigation';
import { db } from '@renderer/db/db';
import { EmptyState } from '@renderer/ui/EmptyState';
import { formatDay } from '@renderer/ui/format';
import { useCompetencies, useJournalData, useSearchIndex } from '../hooks/useJournal';
import { createRetro } from '../model/repo';
import { CompetencyFilter, CompetencyTags, OtherMatches, SearchField, useRunner } from './common';
import { JournalSection } from './CompetencyEvidence';
import { RetroEditor } from './RetroEditor';
import '../journal.css';

export function RetrosPage() {
  return (
    <JournalSection section="retros" title="All retrospectives">
      {(id) => (id ? <RetroEditor key={id} id={id} /> : <RetroList />)}
    </JournalSection>
  );
}

function RetroList() {
  const data = useJournalData();
  const competencies = useCompetencies();
  const index = useSearchIndex(data);
  const run = useRunner();
  const [query, setQuery] = useState('');
  const [competencyId, setCompetencyId] = useState('');
  const [year, setYear] = useState('');
  const yearId = useId();

  if (!data || !competencies) return <p className="muted">Loading your retrospectives…</p>;

  const start = async () => {
    const retro = await run('The retrospective could not be started', () => createRetro(db, new Date()));
    if (retro.ok) navigate('retro', { id: retro.value.id });
  };

  let retros = filterRetros(data.retros, {
    year: year ? Number(year) : null,
    competencyId: competencyId || null,
  });
  if (query.trim() && index) {
    const order = new Map(searchJournal(index, query, { kinds: ['retro'] }).map((hit, i) => [hit.id, i]));
    retros = retros
      .filter((r) => order.has(r.id))
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }
  const years = retroYears(data.retros);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="retros-title">
        <div className="card__header">
          <h2 id="retros-title">Your retrospectives</h2>
          <button type="button" className="button button--primary" onClick={() => void start()}>
            New retrospective
          </button>
        </div>
        {data.retros.length === 0 ? (
          <EmptyState title="No retrospectives yet">
            <p>
              When a project ends, take twenty minutes to look back: what worked, what hurt, what you would do
              differently, and whether it could have shipped sooner. Your answers save as you type.
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
                section="retros"
              />
              <div className="field journal-filter">
                <label className="field__label" htmlFor={yearId}>
                  Year
                </label>
                <select id={yearId} value={year} onChange={(e) => setYear(e.target.value)}>
                  <option value="">All years</option>
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {retros.length === 0 ? (
              <p className="muted" role="status">
                No retrospective matches these filters.
              </p>
            ) : (
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
            )}
            <OtherMatches index={index} query={query} exclude="retro" />
          </>
        )}
      </section>
    </div>
  );
}
