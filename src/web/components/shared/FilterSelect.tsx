import { FilterField } from './FilterField.js';

interface FilterSelectProps<T extends string> {
  id: string;
  label: string;
  value: T | '';
  options: readonly T[];
  optionLabel: (option: T) => string;
  /** The first choice, meaning "do not filter"; left out where one of the options is always chosen. */
  anyLabel?: string;
  error?: string;
  /** The option chosen, or '' for the first choice; a value that is not an option cannot come from the list. */
  onChange: (value: T | '') => void;
}

/** A filter chosen from a closed list of values, each shown in the user's words. */
export function FilterSelect<T extends string>({
  id,
  label,
  value,
  options,
  optionLabel,
  anyLabel,
  error,
  onChange,
}: FilterSelectProps<T>) {
  return (
    <FilterField id={id} label={label} {...(error ? { error } : {})}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(options.find((option) => option === event.target.value) ?? '')}
        >
          {anyLabel !== undefined && <option value="">{anyLabel}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FilterField>
  );
}
