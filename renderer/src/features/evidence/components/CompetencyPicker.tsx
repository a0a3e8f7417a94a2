import { useMemo } from 'react';
import type { CompetencyGroup } from '@shared/domain/journal';
import { linkTo } from '@renderer/navigation';
import { TagPicker, type TagPickerClassNames } from '@renderer/ui/TagPicker';
import '../evidence.css';

export function NoCompetencies() {
  return (
    <p className="note evidence-picker__none">
      There are no competencies to link to yet. Add a framework in your growth plan first, then come back to
      tag this. <a href={linkTo('plan')}>Open the growth plan</a>
    </p>
  );
}

const PICKER_CLASSES: TagPickerClassNames = {
  root: 'evidence-picker',
  groups: 'evidence-picker__groups',
  group: 'evidence-picker__group',
  groupLabel: 'evidence-picker__framework',
  tag: 'evidence-picker__tag',
};

/**
 * "Counts as evidence for…": checkboxes of the active competencies, grouped by framework. The one way to
 * pick the competencies a record is evidence for, in a record's form (a draft) or on a saved record.
 */
export function CompetencyPicker({
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
  const tagGroups = useMemo(
    () =>
      groups.map((group) => ({
        key: group.frameworkId,
        label: group.frameworkName,
        tags: group.competencies.map((c) => ({ id: c.id, label: c.name })),
      })),
    [groups],
  );
  return (
    <TagPicker
      legend={legend}
      hint={hint}
      groups={tagGroups}
      value={value}
      onChange={onChange}
      empty={<NoCompetencies />}
      classNames={PICKER_CLASSES}
    />
  );
}
