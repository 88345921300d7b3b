import { useTranslation } from 'react-i18next';
import { targetGroups } from '../../../shared/api/vocabulary.js';
import type { TargetGroup } from './newSipDraft.js';

interface TargetGroupSelectProps {
  value: TargetGroup | '';
  onChange: (value: TargetGroup | '') => void;
  error?: string;
}

function isTargetGroup(value: string): value is TargetGroup {
  return (targetGroups as readonly string[]).includes(value);
}

/** The target group the county follows the SIP under. */
export function TargetGroupSelect({ value, onChange, error }: TargetGroupSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="targetGroup">
        {t('start.newSipPage.targetGroup')}
        <span className="required-mark"> ({t('start.newSipPage.required')})</span>
      </label>
      <select
        id="targetGroup"
        name="targetGroup"
        required
        value={value}
        onChange={(event) => onChange(isTargetGroup(event.target.value) ? event.target.value : '')}
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
