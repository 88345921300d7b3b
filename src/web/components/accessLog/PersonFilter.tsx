import { useTranslation } from 'react-i18next';
import { FilterField } from '../shared/FilterField.js';

interface PersonFilterProps {
  idNumber: string;
  onIdNumberChange: (value: string) => void;
  error: string | undefined;
  /** The person the filter holds now, by id. */
  personId: string | undefined;
  personName: string | undefined;
  onClear: () => void;
}

/** A person is found by identity number; the filter then holds their id, shown here by name. */
export function PersonFilter(props: PersonFilterProps) {
  const { t } = useTranslation();
  return (
    <div>
      <FilterField
        id="filter-id-number"
        label={t('accessLog.filters.idNumber')}
        hint={t('accessLog.filters.idNumberHint')}
        error={props.error}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            value={props.idNumber}
            onChange={(event) => props.onIdNumberChange(event.target.value)}
          />
        )}
      </FilterField>
      {props.personId && (
        <p className="person-filter" role="status">
          {t('accessLog.filters.personSelected', {
            name: props.personName ?? t('accessLog.filters.personUnknown'),
          })}{' '}
          <button type="button" className="link-button" onClick={props.onClear}>
            {t('accessLog.filters.clearPerson')}
          </button>
        </p>
      )}
    </div>
  );
}
