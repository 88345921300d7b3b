import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { initiatorTypes } from '../../../shared/api/vocabulary.js';
import { useFieldError } from '../shared/fieldErrors.js';

/** Who noticed that coordination is needed: staff, the individual, a relative, a school or another actor. */
export function InitiatorTypeFieldset({ field }: { field: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  const error = useFieldError(field.name);
  return (
    <fieldset className="radio-group" aria-describedby={error ? 'initiatorType-error' : undefined}>
      <legend>{t('start.newSipPage.initiatorLegend')}</legend>
      {initiatorTypes.map((type) => (
        <label className="check" key={type}>
          <input type="radio" {...field} value={type} />
          {t(`vocab.initiatorType.${type}`)}
        </label>
      ))}
      {error && (
        <span className="field-error" id="initiatorType-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
