import { Field } from './Field';

/**
 * The Name field of a record whose texts autosave as one draft (a project's card, a person's page). A
 * name cleared by mistake is not saved (`withoutBlankName`): the stored one stays, and the field says so.
 */
export function NameField({
  value,
  onChange,
  record,
}: {
  value: string;
  onChange: (name: string) => void;
  /** What the record is, with its article, to start the error: "A project", "A person". */
  record: string;
}) {
  return (
    <Field label="Name" error={value.trim() ? undefined : `${record} needs a name: the last one is kept.`}>
      {(props) => (
        <input {...props} maxLength={200} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/**
 * The texts to save, less a blank name: the stored name stays rather than being replaced by the name as
 * last rendered, which a save racing the live query could write back over a rename.
 */
export function withoutBlankName<T extends { name: string }>(texts: T): T | Omit<T, 'name'> {
  const { name, ...rest } = texts;
  return name.trim() ? texts : rest;
}
