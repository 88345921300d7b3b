import { useQueryClient } from '@tanstack/react-query';
import type { AccessLogChoiceKind } from '../../../shared/api/accessLogFields.js';
import { FilterField } from '../shared/FilterField.js';
import { useChoices } from './useAccessLog.js';

interface NameChoiceProps {
  id: string;
  kind: AccessLogChoiceKind;
  label: string;
  hint: string;
  text: string;
  onTextChange: (text: string) => void;
  error: string | undefined;
}

/**
 * A user or a unit picked by name: typing offers the matching names in the reviewer's part of the log (a
 * datalist, so any browser and screen reader knows it), and the form turns the chosen name into its id.
 */
export function NameChoice({ id, kind, label, hint, text, onTextChange, error }: NameChoiceProps) {
  const choices = useChoices(useQueryClient(), kind, text);
  const listId = `${id}-choices`;
  return (
    <FilterField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            list={listId}
            autoComplete="off"
            maxLength={100}
            value={text}
            onChange={(event) => onTextChange(event.target.value)}
          />
          <datalist id={listId}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.label} />
            ))}
          </datalist>
        </>
      )}
    </FilterField>
  );
}
