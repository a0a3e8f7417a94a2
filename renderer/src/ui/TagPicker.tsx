import { useId, type ReactNode } from 'react';

export interface Tag<Id extends string = string> {
  id: Id;
  label: string;
}

/** Tags shown together under a visible heading (read out as the name of the checkbox group). */
export interface TagGroup<Id extends string = string> {
  key: string;
  label: string;
  tags: readonly Tag<Id>[];
}

/** The classes of each part, so a feature can lay the picker out its own way. */
export interface TagPickerClassNames {
  /** The <fieldset>. */
  root: string;
  /** The box around all the groups. */
  groups: string;
  /** One group (role "group"). */
  group: string;
  /** A group's visible heading (hidden from screen readers, which read the group's name instead). */
  groupLabel: string;
  /** The <label> around each checkbox. */
  tag: string;
}

interface TagPickerProps<Id extends string> {
  legend: string;
  hint?: ReactNode;
  groups: readonly TagGroup<Id>[];
  /** The ids of the tags that are on. */
  value: readonly Id[];
  /** The new ids; a tag switched on goes last. */
  onChange: (ids: Id[]) => void;
  /** Shown instead of the checkboxes when there is no tag to pick. */
  empty?: ReactNode;
  classNames: TagPickerClassNames;
}

/** Checkboxes for tagging something, grouped, in a fieldset with its legend (and hint) for screen readers. */
export function TagPicker<Id extends string>({
  legend,
  hint,
  groups,
  value,
  onChange,
  empty,
  classNames,
}: TagPickerProps<Id>) {
  const hintId = useId();
  const selected = new Set<string>(value);
  const toggle = (id: Id, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  return (
    <fieldset className={classNames.root} aria-describedby={hint ? hintId : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {groups.length === 0 ? (
        empty
      ) : (
        <div className={classNames.groups}>
          {groups.map((group) => (
            <div key={group.key} className={classNames.group} role="group" aria-label={group.label}>
              <p className={classNames.groupLabel} aria-hidden="true">
                {group.label}
              </p>
              {group.tags.map((tag) => (
                <label key={tag.id} className={classNames.tag}>
                  <input
                    type="checkbox"
                    checked={selected.has(tag.id)}
                    onChange={(e) => toggle(tag.id, e.target.checked)}
                  />
                  {tag.label}
                </label>
              ))}
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}
