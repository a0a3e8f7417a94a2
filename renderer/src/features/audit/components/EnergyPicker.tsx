import { ENERGY_LABELS } from '@shared/content/audit';

const VALUES = [-2, -1, 0, 1, 2] as const;
const SYMBOL: Record<number, string> = { [-2]: '−2', [-1]: '−1', 0: '0', 1: '+1', 2: '+2' };

interface EnergyPickerProps {
  /** Accessible name of the group, e.g. "Energy for Weekly 1:1". */
  label: string;
  /** Radio group name: unique per picker on the page. */
  name: string;
  value: number | null;
  onChange: (energy: number | null) => void;
  /** Offer "not rated" as a choice (the full form); the fast grids leave it out. */
  allowUnrated?: boolean;
  disabled?: boolean;
}

/**
 * Energy on the signed scale as native radio buttons: arrow keys move between values, so a grid of
 * pickers is rated from the keyboard row by row.
 */
export function EnergyPicker({ label, name, value, onChange, allowUnrated, disabled }: EnergyPickerProps) {
  return (
    <div role="radiogroup" aria-label={label} className="audit-energy">
      {allowUnrated ? (
        <label className={`audit-energy__option ${value === null ? 'is-selected' : ''}`}>
          <input
            type="radio"
            name={name}
            checked={value === null}
            disabled={disabled}
            onChange={() => onChange(null)}
          />
          <span>Not rated</span>
        </label>
      ) : null}
      {VALUES.map((v) => (
        <label
          key={v}
          className={`audit-energy__option audit-energy__option--${v < 0 ? 'down' : v > 0 ? 'up' : 'zero'} ${value === v ? 'is-selected' : ''}`}
          title={ENERGY_LABELS[v]}
        >
          <input
            type="radio"
            name={name}
            checked={value === v}
            disabled={disabled}
            onChange={() => onChange(v)}
          />
          <span aria-hidden="true">{SYMBOL[v]}</span>
          <span className="visually-hidden">{`${SYMBOL[v]} ${ENERGY_LABELS[v]}`}</span>
        </label>
      ))}
    </div>
  );
}

interface YesNoProps {
  label: string;
  name: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}

/** Yes / No / Not sure as a small segmented radio group. */
export function YesNoPicker({ label, name, value, onChange }: YesNoProps) {
  const options: { v: boolean | null; text: string }[] = [
    { v: true, text: 'Yes' },
    { v: false, text: 'No' },
    { v: null, text: 'Not sure' },
  ];
  return (
    <div role="radiogroup" aria-label={label} className="audit-yesno">
      {options.map((option) => (
        <label key={option.text} className={`audit-yesno__option ${value === option.v ? 'is-selected' : ''}`}>
          <input type="radio" name={name} checked={value === option.v} onChange={() => onChange(option.v)} />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}
