import { useTranslation } from 'react-i18next';
import type { ControllerRenderProps } from 'react-hook-form';
import type { Organisations } from '../../../shared/api/responses.js';
import { useFieldError } from '../shared/fieldErrors.js';
import type { NewSipInput } from './newSipForm.js';

/**
 * The unit that noticed the need, chosen among every organisation's units. The form's controller gives it its
 * value, since the units to choose among may arrive after the unit it starts from.
 */
export function InitiatorUnitSelect({
  field,
  organisations,
}: {
  field: ControllerRenderProps<NewSipInput, 'need.initiatorUnitId'>;
  organisations: Organisations;
}) {
  const { t } = useTranslation();
  const error = useFieldError(field.name);
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
        {...field}
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
