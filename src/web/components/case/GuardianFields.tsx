import { useTranslation } from 'react-i18next';
import { FieldMessages } from '../shared/fields.js';
import { useFieldError, useFieldErrorLookup } from '../shared/fieldErrors.js';

const MAX_GUARDIANS = 4;

/** The guardians who consent for a child; normally both. */
export function GuardianFields({
  guardians,
  onChange,
}: {
  guardians: string[];
  onChange: (names: string[]) => void;
}) {
  const { t } = useTranslation();
  const error = useFieldError('guardians');
  const errorFor = useFieldErrorLookup();
  return (
    <fieldset className="field">
      <legend>{t('case.consent.guardians')}</legend>
      <FieldMessages id="consent-guardians" hint={t('case.consent.guardiansHint')} error={error} />
      {guardians.map((name, index) => {
        const id = `consent-guardian-${index}`;
        const own = errorFor(`guardians.${index}.name`);
        const invalid = Boolean(error ?? own);
        return (
          <div key={index} className="guardian-row">
            <div className="field">
              <label htmlFor={id}>{t('case.consent.guardianName', { n: index + 1 })}</label>
              <input
                id={id}
                value={name}
                autoComplete="off"
                aria-invalid={invalid ? true : undefined}
                aria-describedby={own ? `${id}-error` : error ? 'consent-guardians-error' : undefined}
                onChange={(event) =>
                  onChange(guardians.map((old, i) => (i === index ? event.target.value : old)))
                }
              />
              <FieldMessages id={id} error={own} />
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(guardians.filter((_, i) => i !== index))}
            >
              {t('case.consent.removeGuardian', { n: index + 1 })}
            </button>
          </div>
        );
      })}
      {guardians.length < MAX_GUARDIANS && (
        <button type="button" className="button-secondary" onClick={() => onChange([...guardians, ''])}>
          {t('case.consent.addGuardian')}
        </button>
      )}
    </fieldset>
  );
}
