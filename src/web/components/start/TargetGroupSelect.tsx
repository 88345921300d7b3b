import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { targetGroups } from '../../../shared/api/vocabulary.js';
import { useFieldError } from '../shared/fieldErrors.js';

/** The target group the county follows the SIP under. */
export function TargetGroupSelect({ field }: { field: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  const error = useFieldError(field.name);
  return (
    <div className="field">
      <label htmlFor="targetGroup">
        {t('start.newSipPage.targetGroup')}
        <span className="required-mark"> ({t('start.newSipPage.required')})</span>
      </label>
      <select
        id="targetGroup"
        required
        {...field}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'targetGroup-error' : undefined}
      >
        <option value="">{t('start.newSipPage.chooseTargetGroup')}</option>
        {targetGroups.map((group) => (
          <option key={group} value={group}>
            {t(`vocab.targetGroup.${group}`)}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" id="targetGroup-error">
          {error}
        </span>
      )}
    </div>
  );
}
