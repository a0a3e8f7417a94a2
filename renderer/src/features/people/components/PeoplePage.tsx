import { useId } from 'react';
import {
  daysSinceTalk,
  DIRECTIONS,
  FIND_A_MENTOR,
  orderedPeople,
  PERSON_ROLES,
  personNextStep,
  ROLE_ORDER,
  type PersonRole,
} from '@shared/domain/people';
import type { Person } from '@shared/types/entities';
import { useToday } from '@renderer/ui/useToday';
import { linkTo, useSubRoute } from '@renderer/navigation';
import { Badge } from '@renderer/ui/Badge';
import { EmptyState } from '@renderer/ui/EmptyState';
import { ExportButton } from '@renderer/ui/ExportButton';
import { formatDay, plural } from '@renderer/ui/format';
import { useDraft } from '@renderer/ui/useDraft';
import { useRun } from '@renderer/ui/useRun';
import { usePeople } from '../hooks/usePeople';
import { addPerson, exportPeople, planMentorAsk } from '../model/actions';
import { PersonPage } from './PersonPage';
import '../people.css';

/** People around you (issue 18): the list at `/people`, one person at `/people/<id>`. */
export function PeoplePage() {
  const [id = null] = useSubRoute('people');
  return id ? <PersonPage key={id} id={id} /> : <PeopleList />;
}

function PeopleList() {
  const data = usePeople();
  const today = useToday();
  const people = data ? orderedPeople(data.people) : [];
  return (
    <div className="stack">
      <AddPerson />
      {data === undefined ? null : (
        <>
          {people.some((p) => p.role === 'mentor') ? null : <FindAMentor asked={data.mentorAsk !== null} />}
          {people.length === 0 ? (
            <EmptyState title="Nobody on your list yet">
              <p>
                Growing past senior is done with other people. Start with three: someone whose advice you
                trust (a mentor), someone you are helping grow, and the person above your manager. Each gets
                the questions worth asking them, and a place for what you learn.
              </p>
            </EmptyState>
          ) : (
            ROLE_ORDER.map((role) => (
              <RoleGroup
                key={role}
                role={role}
                people={people.filter((p) => p.role === role)}
                today={today}
              />
            ))
          )}
          {people.length > 0 ? <ExportPeople today={today} /> : null}
        </>
      )}
    </div>
  );
}

function AddPerson() {
  const run = useRun();
  const nameId = useId();
  const roleId = useId();
  // Added on purpose; until then what was typed is kept (ui/drafts.ts).
  const draft = useDraft<{ name: string; role: PersonRole }>({
    key: 'person:new',
    initial: { name: '', role: 'mentor' },
  });
  const { name, role } = draft.value;
  return (
    <section className="card stack" aria-labelledby="people-title">
      <h2 id="people-title">Add a person</h2>
      <p className="muted">
        Mentors who widen what you see, people you help grow, and the people above, beside and below you whose
        view of the work you need. Kept on this computer only.
      </p>
      <form
        className="row people-add"
        aria-label="Add a person"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          const submitted = draft.value;
          void run('The person could not be added', () => addPerson(name, role)).then(({ ok }) => {
            if (ok) draft.resetIfUnchanged(submitted, { name: '', role });
          });
        }}
      >
        <div className="field people-grow">
          <label htmlFor={nameId} className="field__label">
            Name
          </label>
          <input
            id={nameId}
            value={name}
            maxLength={200}
            autoComplete="off"
            placeholder="e.g. Priya Raman"
            onChange={(e) => draft.update({ name: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={roleId} className="field__label">
            Role
          </label>
          <select
            id={roleId}
            value={role}
            onChange={(e) => draft.update({ role: e.target.value as PersonRole })}
          >
            {ROLE_ORDER.map((value) => (
              <option key={value} value={value}>
                {PERSON_ROLES[value].label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={!name.trim()}>
          Add person
        </button>
      </form>
    </section>
  );
}

/** No mentor on the list: the sources' advice, and the step that follows it. */
function FindAMentor({ asked }: { asked: boolean }) {
  const run = useRun();
  return (
    <section className="card stack people-mentor" aria-labelledby="people-mentor-title">
      <h2 id="people-mentor-title">{FIND_A_MENTOR.title}</h2>
      <p>{FIND_A_MENTOR.body}</p>
      {asked ? (
        <p className="small">
          “{FIND_A_MENTOR.action}” is on <a href={linkTo('planActions')}>your plan’s actions</a>. Add your
          mentor here once you have one.
        </p>
      ) : (
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() =>
              void run('The action could not be added', planMentorAsk, 'Added to your plan’s actions.')
            }
          >
            Add “{FIND_A_MENTOR.action}” to my actions
          </button>
        </div>
      )}
    </section>
  );
}

function RoleGroup({ role, people, today }: { role: PersonRole; people: Person[]; today: string }) {
  const headingId = useId();
  const { plural: heading, hint } = PERSON_ROLES[role];
  if (people.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="card__header">
        <h2 id={headingId}>
          {heading} <span className="muted people-count">({people.length})</span>
        </h2>
      </div>
      <p className="muted small">{hint}</p>
      <ul className="people-list">
        {people.map((person) => (
          <PersonRow key={person.id} person={person} today={today} />
        ))}
      </ul>
    </section>
  );
}

function PersonRow({ person, today }: { person: Person; today: string }) {
  const since = daysSinceTalk(person, today);
  const next = personNextStep(person, today);
  return (
    <li className="people-row">
      <div className="people-row__who">
        <a href={linkTo('person', { id: person.id })} className="people-row__name">
          {person.name}
        </a>
        {person.relation ? <span className="muted small"> · {person.relation}</span> : null}
      </div>
      <div className="people-row__meta small">
        <Badge>{DIRECTIONS[person.direction].label}</Badge>
        <span className="muted">
          {since === null
            ? 'Not talked yet'
            : since === 0
              ? 'Talked today'
              : `Talked ${formatDay(person.lastTalkedOn ?? today)}`}
        </span>
        {person.links.length > 0 ? (
          <span className="muted">{plural(person.links.length, 'linked record')}</span>
        ) : null}
        {next ? <strong className="people-row__next">{next}</strong> : null}
      </div>
    </li>
  );
}

function ExportPeople({ today }: { today: string }) {
  return (
    <div className="row">
      <ExportButton failure="The list could not be exported" save={() => exportPeople(today)}>
        Export as Markdown…
      </ExportButton>
    </div>
  );
}
