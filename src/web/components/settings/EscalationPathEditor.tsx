import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CountySettingsResponse } from '../../../shared/api/countySettings.js';
import { escalationLevelsMax } from '../../../shared/api/deviationFields.js';
import { SelectField, TextField } from '../shared/fields.js';
import { useSettingsForm } from './settingsForm.js';

/** The levels after the local one, in order; each can be renamed, pointed at another unit, moved or removed. */
export function EscalationPathEditor({ units }: { units: CountySettingsResponse['units'] }) {
  const { t } = useTranslation();
  const { control, register } = useSettingsForm();
  const levels = useFieldArray({ control, name: 'escalationPath' });
  const options = units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.organisationName})` }));

  return (
    <section className="card" aria-labelledby="path-heading">
      <h2 id="path-heading">{t('settings.path.heading')}</h2>
      <p>{t('settings.path.intro')}</p>
      <p className="escalation-local">{t('settings.path.local')}</p>
      {levels.fields.length === 0 && <p className="empty-state">{t('settings.path.empty')}</p>}
      <ol className="escalation-levels">
        {levels.fields.map((level, index) => {
          const number = index + 1;
          return (
            <li key={level.id}>
              <fieldset>
                <legend>{t('settings.path.level', { level: number })}</legend>
                <TextField
                  id={`level-${number}-sv`}
                  label={t('settings.path.nameSv')}
                  required
                  field={register(`escalationPath.${index}.nameSv`)}
                />
                <TextField
                  id={`level-${number}-en`}
                  label={t('settings.path.nameEn')}
                  required
                  field={register(`escalationPath.${index}.nameEn`)}
                />
                <SelectField
                  id={`level-${number}-unit`}
                  label={t('settings.path.unit')}
                  required
                  field={register(`escalationPath.${index}.unitId`)}
                  placeholder={t('settings.path.choose')}
                  options={options}
                />
                <div className="actions">
                  {index > 0 && (
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => levels.swap(index, index - 1)}
                    >
                      {t('settings.path.up', { level: number })}
                    </button>
                  )}
                  {index < levels.fields.length - 1 && (
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => levels.swap(index, index + 1)}
                    >
                      {t('settings.path.down', { level: number })}
                    </button>
                  )}
                  <button type="button" className="button-danger" onClick={() => levels.remove(index)}>
                    {t('settings.path.remove', { level: number })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {levels.fields.length < escalationLevelsMax && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => levels.append({ nameSv: '', nameEn: '', unitId: '' })}
        >
          {t('settings.path.add')}
        </button>
      )}
    </section>
  );
}
