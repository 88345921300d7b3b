import { useTranslation } from 'react-i18next';
import type { Organisations } from '../../../shared/api/responses.js';

interface InitiatorUnitSelectProps {
  value: string;
  onChange: (unitId: string) => void;
  organisations: Organisations;
  error?: string;
}

/** The unit that noticed the need, chosen among every organisation's units. */
export function InitiatorUnitSelect({ value, onChange, organisations, error }: InitiatorUnitSelectProps) {
  const { t } = useTranslation();
  const describedBy = ['initiatorUnitId-hint', error ? 'initiatorUnitId-error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor="initiatorUnitId">{t('start.newSipPage.initiatorUnit')}</label>
      <span className="hint" id="initiatorUnitId-hint">
        {t('start.newSipPage.initiatorUnitHint')}
      </span>
      <select
        id="initiatorUnitId"
        name="initiatorUnitId"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        <option value="">{t('start.newSipPage.noUnit')}</option>
        {organisations.map((organisation) => (
          <optgroup key={organisation.id} label={organisation.name}>
            {organisation.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error && (
        <span className="field-error" id="initiatorUnitId-error">
          {error}
        </span>
      )}
    </div>
  );
}
