import { useCallback, useId, useState } from 'react';
import {
  DIRECTIONS,
  isPersonLinkKind,
  LINK_KIND_LABELS,
  nextTalkDue,
  PERSON_LINK_KINDS,
  PERSON_ROLES,
  personNextStep,
  ROLE_ORDER,
  type Direction,
  type PersonLinkRef,
  type PersonRole,
} from '@shared/domain/people';
import type { Person } from '@shared/types/entities';
import { recordPath } from '@shared/routes';
import { useToday } from '@renderer/ui/useToday';
import { EvidenceLinkPicker, useEvidenceOptions } from '@renderer/features/evidence';
import { linkTo, navigate } from '@renderer/navigation';
import { DateField } from '@renderer/ui/DateField';
import { Field } from '@renderer/ui/Field';
import { NameField, withoutBlankName } from '@renderer/ui/NameField';
import { formatDay, plural } from '@renderer/ui/format';
import { SaveState, useDraft } from '@renderer/ui/useDraft';
import { useRun } from '@renderer/ui/useRun';
import { usePerson, type PersonData } from '../hooks/usePeople';
import { deletePerson, linkRecords, unlinkRecord, updatePerson } from '../model/actions';

/** The texts of a person, autosaved together as one draft. */
type PersonTexts = Pick<Person, 'name' | 'relation' | 'goal' | 'stretchWork' | 'nextTalk' | 'notes'>;

function textsOf({ name, relation, goal, stretchWork, nextTalk, notes }: Person): PersonTexts {
  return { name, relation, goal, stretchWork, nextTalk, notes };
}

const BACK = (
  <p>
    <a href={linkTo('people')}>← All people</a>
  </p>
);

export function PersonPage({ id }: { id: string }) {
  const data = usePerson(id);
  if (data === undefined) return <p className="muted">Loading…</p>;
  if (data === null)
    return (
      <div className="stack">
        {BACK}
        <section className="card stack">
          <h2>This person is no longer on your list</h2>
          <p>They may have been removed here or on another computer whose backup you restored.</p>
        </section>
      </div>
    );
  // Keyed by id alone: the texts are a draft that autosaves, and a remount on every save would take the
  // focus out of the field being typed in.
  return <PersonView key={data.person.id} data={data} />;
}

function PersonView({ data }: { data: PersonData }) {
  const { person } = data;
  const { id } = person;
  const run = useRun();
  const base = useId();
  const today = useToday();
  // A name cleared by mistake is not saved: the stored one stays, and the field says so.
  const save = useCallback(
    async (draft: PersonTexts) =>
      (await run('The person could not be saved', () => updatePerson(id, withoutBlankName(draft)))).ok,
    [run, id],
  );
  const texts = useDraft<PersonTexts>({ key: `person:${id}`, initial: textsOf(person), save });
  const name = texts.value.name.trim() || person.name;
  const next = personNextStep({ ...person, ...texts.value }, today);
  const due = nextTalkDue(person);
  const direction = DIRECTIONS[person.direction];
  const field =
    (key: keyof PersonTexts, rows = 3) =>
    (props: { id: string }) => (
      <textarea
        {...props}
        rows={rows}
        maxLength={20_000}
        value={texts.value[key]}
        onChange={(e) => texts.update({ [key]: e.target.value })}
      />
    );

  const remove = () =>
    void run('The person could not be removed', async () => {
      // Saved first: the undo puts them back with everything typed.
      if (!(await texts.flush())) return;
      await deletePerson(id);
      navigate('people');
    });

  return (
    <div className="stack">
      {BACK}
      <section className="card stack" aria-labelledby={`${base}-title`}>
        <div className="card__header">
          <h2 id={`${base}-title`}>{name}</h2>
          <button type="button" className="button button--ghost button--small" onClick={remove}>
            Remove<span className="visually-hidden"> {name}</span> from my people
          </button>
        </div>
        {next ? <p className="people-next">{next}</p> : null}
        <div className="stack" onBlur={() => void texts.flush()}>
          <div className="people-pair">
            <NameField
              record="A person"
              value={texts.value.name}
              onChange={(name) => texts.update({ name })}
            />
            <Field label="Who they are to you" hint="e.g. Director, Payments · Peer lead on the data team">
              {(props) => (
                <input
                  {...props}
                  maxLength={200}
                  value={texts.value.relation}
                  onChange={(e) => texts.update({ relation: e.target.value })}
                />
              )}
            </Field>
          </div>
          <div className="people-pair">
            <Field label="Role" hint={PERSON_ROLES[person.role].hint}>
              {(props) => (
                <select
                  {...props}
                  value={person.role}
                  onChange={(e) =>
                    void run('The person could not be saved', () =>
                      updatePerson(id, { role: e.target.value as PersonRole }),
                    )
                  }
                >
                  {ROLE_ORDER.map((value) => (
                    <option key={value} value={value}>
                      {PERSON_ROLES[value].label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Direction" hint={`${direction.label}: ${direction.who}.`}>
              {(props) => (
                <select
                  {...props}
                  value={person.direction}
                  onChange={(e) =>
                    void run('The person could not be saved', () =>
                      updatePerson(id, { direction: e.target.value as Direction }),
                    )
                  }
                >
                  {(Object.keys(DIRECTIONS) as Direction[]).map((value) => (
                    <option key={value} value={value}>
                      {DIRECTIONS[value].label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="people-pair people-talk">
            <DateField
              label="Last talked"
              value={person.lastTalkedOn}
              today={{ date: today, small: true }}
              hint={
                due ? `Talk again by ${formatDay(due)}.` : 'Record the day of your last real conversation.'
              }
              onChange={(day) =>
                void run('The day could not be saved', () => updatePerson(id, { lastTalkedOn: day }))
              }
            />
          </div>
          {person.role === 'mentee' ? (
            <div className="people-pair">
              <Field label="What they want to do next" hint="Ask them: a role, a skill, a kind of work.">
                {field('goal', 2)}
              </Field>
              <Field
                label="Work that would stretch them"
                hint="A piece of work that challenges them and would count toward their promotion."
              >
                {field('stretchWork', 2)}
              </Field>
            </div>
          ) : null}
          <Field label="For your next conversation" hint="What you want to ask or tell them.">
            {field('nextTalk', 2)}
          </Field>
          <Field label="What you learned" hint="Their worries, their advice, what they need from you.">
            {field('notes')}
          </Field>
          {texts.edited || texts.status !== 'saved' ? <SaveState status={texts.status} /> : null}
        </div>
      </section>
      <section className="card stack" aria-labelledby={`${base}-questions`}>
        <h2 id={`${base}-questions`}>Questions worth asking</h2>
        <p className="muted small">
          {direction.label}: {direction.who}. Listen more than you talk; the answers are where your next
          project ideas come from.
        </p>
        <ul className="people-prompts">
          {direction.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </section>
      <LinkedRecords data={data} name={name} />
    </div>
  );
}

function LinkedRecords({ data, name }: { data: PersonData; name: string }) {
  const { person, links, suggestions } = data;
  const run = useRun();
  const base = useId();
  const [picking, setPicking] = useState(false);
  const options = useEvidenceOptions(picking, false, PERSON_LINK_KINDS);
  const link = (refs: readonly PersonLinkRef[]) =>
    void run('The link could not be saved', () => linkRecords(person.id, refs));
  return (
    <section className="card stack" aria-labelledby={`${base}-linked`}>
      <h2 id={`${base}-linked`}>Feedback, retros, trials and handovers</h2>
      {links.length === 0 ? (
        <p className="muted small">
          Nothing linked yet. Link the feedback {name} gave you, the retrospectives and trials you shared, and
          the work you handed over to them, to see the whole relationship in one place.
        </p>
      ) : (
        <ul className="people-links">
          {links.map(({ ref, key, source }) => (
            <li key={key} className="people-links__item">
              <span className="people-links__kind muted small">{LINK_KIND_LABELS[ref.kind]}</span>
              {source ? (
                <a href={`#${recordPath(ref.kind, ref.id)}`}>{source.title}</a>
              ) : (
                <span className="muted">Deleted since</span>
              )}
              {source ? <span className="muted small">{formatDay(source.date)}</span> : <span />}
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => void run('The link could not be removed', () => unlinkRecord(person.id, ref))}
              >
                Unlink<span className="visually-hidden"> {source?.title ?? LINK_KIND_LABELS[ref.kind]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 ? (
        <div className="note stack people-suggest" role="note">
          <p>
            <strong>
              {plural(suggestions.length, 'record')} name {name}
            </strong>{' '}
            and {suggestions.length === 1 ? 'is' : 'are'} not linked yet:
          </p>
          <ul className="people-links">
            {suggestions.slice(0, 10).map(({ ref, source }) => (
              <li key={`${ref.kind}:${ref.id}`} className="people-links__item">
                <span className="people-links__kind muted small">{LINK_KIND_LABELS[ref.kind]}</span>
                <span>{source.title}</span>
                <span className="muted small">{formatDay(source.date)}</span>
                <button type="button" className="button button--small" onClick={() => link([ref])}>
                  Link
                  <span className="visually-hidden">
                    {' '}
                    {source.title}, {formatDay(source.date)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {suggestions.length > 1 ? (
            <div className="row">
              <button
                type="button"
                className="button button--small"
                onClick={() => link(suggestions.map((s) => s.ref))}
              >
                Link all {suggestions.length}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {picking ? (
        <EvidenceLinkPicker
          target={name}
          taken={new Set(person.links)}
          options={options}
          labels={{ find: `Find a record to link to ${name}`, link: `Link a record to ${name}` }}
          onLink={(option) => {
            setPicking(false);
            if ('ref' in option.what) {
              const { kind, id } = option.what.ref;
              if (isPersonLinkKind(kind)) link([{ kind, id }]);
            }
          }}
          onClose={() => setPicking(false)}
        />
      ) : (
        <div className="row">
          <button type="button" className="button button--small" onClick={() => setPicking(true)}>
            Link a record…<span className="visually-hidden"> to {name}</span>
          </button>
        </div>
      )}
    </section>
  );
}
