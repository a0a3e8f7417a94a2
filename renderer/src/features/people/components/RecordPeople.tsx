import { useId, useState } from 'react';
import { PERSON_ROLES, type PersonLinkRef } from '@shared/domain/people';
import { linkTo } from '@renderer/navigation';
import { useRun } from '@renderer/ui/useRun';
import { usePeopleChoices, useRecordPeople } from '../hooks/usePeople';
import { linkRecords, unlinkRecord } from '../model/actions';
import '../people.css';

/**
 * The people a feedback item, retrospective, trial or handover involved, on that record's screen: each
 * opens the person's page; "Add a person" links one from the list. The link is the person's (it shows on
 * their page too).
 */
export function RecordPeople({ source, what }: { source: PersonLinkRef; what: string }) {
  const run = useRun();
  const selectId = useId();
  const linked = useRecordPeople(source);
  const [adding, setAdding] = useState(false);
  const [pick, setPick] = useState('');
  const choices = usePeopleChoices(adding);
  if (linked === undefined) return null;
  const taken = new Set(linked.map((p) => p.id));
  const open = (choices ?? []).filter((p) => !taken.has(p.id));
  return (
    <div className="people-of" role="group" aria-label={`People in ${what}`}>
      <span className="people-of__label small muted">People</span>
      {linked.length === 0 && !adding ? <span className="small muted">none linked</span> : null}
      <ul className="people-of__list">
        {linked.map((person) => (
          <li key={person.id} className="people-of__chip">
            <a href={linkTo('person', { id: person.id })} title={PERSON_ROLES[person.role].label}>
              {person.name}
            </a>
            <button
              type="button"
              className="people-of__remove"
              aria-label={`Unlink ${person.name} from ${what}`}
              onClick={() => void run('The link could not be removed', () => unlinkRecord(person.id, source))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <span className="row people-of__add">
          <label htmlFor={selectId} className="visually-hidden">
            Person to link to {what}
          </label>
          <select id={selectId} value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">
              {choices === undefined
                ? 'Loading…'
                : open.length === 0
                  ? 'Nobody else on your list'
                  : 'Choose a person…'}
            </option>
            {open.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({PERSON_ROLES[p.role].label})
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={!open.some((p) => p.id === pick)}
            onClick={() => {
              const personId = pick;
              setAdding(false);
              setPick('');
              void run('The person could not be linked', () => linkRecords(personId, [source]));
            }}
          >
            Link
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setAdding(false)}
          >
            Cancel
          </button>
          {choices !== undefined && choices.length === 0 ? (
            <a className="small" href={linkTo('people')}>
              Add people first
            </a>
          ) : null}
        </span>
      ) : (
        <button type="button" className="button button--ghost button--small" onClick={() => setAdding(true)}>
          Add a person<span className="visually-hidden"> to {what}</span>
        </button>
      )}
    </div>
  );
}
