import { useTranslation } from 'react-i18next';
import { initiatorTypes } from '../../../shared/api/vocabulary.js';
import type { InitiatorType } from './newSipDraft.js';

interface InitiatorTypeFieldsetProps {
  value: InitiatorType;
  onChange: (value: InitiatorType) => void;
  error?: string;
}

/** Who noticed that coordination is needed: staff, the individual, a relative, a school or another actor. */
export function InitiatorTypeFieldset({ value, onChange, error }: InitiatorTypeFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="radio-group" aria-describedby={error ? 'initiatorType-error' : undefined}>
      <legend>{t('start.newSipPage.initiatorLegend')}</legend>
      {initiatorTypes.map((type) => (
        <label className="check" key={type}>
          <input
            type="radio"
            name="initiatorType"
            value={type}
            checked={value === type}
            onChange={() => onChange(type)}
          />
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
