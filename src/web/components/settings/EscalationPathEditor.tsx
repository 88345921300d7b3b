import { useTranslation } from 'react-i18next';
import type { CountySettingsResponse } from '../../../shared/api/countySettings.js';
import { escalationLevelsMax } from '../../../shared/api/deviationFields.js';
import { SelectField, TextField } from '../shared/fields.js';

export interface LevelDraft {
  /** Keeps React's identity of a level while levels are added, removed and moved. */
  key: number;
  nameSv: string;
  nameEn: string;
  unitId: string;
}

/** The levels after the local one, in order; each can be renamed, pointed at another unit, moved or removed. */
export function EscalationPathEditor({
  levels,
  units,
  onChange,
}: {
  levels: LevelDraft[];
  units: CountySettingsResponse['units'];
  onChange: (levels: LevelDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<LevelDraft>) =>
    onChange(levels.map((level, i) => (i === index ? { ...level, ...change } : level)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...levels];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
  };
  const add = () =>
    onChange([
      ...levels,
      { key: Math.max(0, ...levels.map((l) => l.key)) + 1, nameSv: '', nameEn: '', unitId: '' },
    ]);
  const options = units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.organisationName})` }));

  return (
    <section className="card" aria-labelledby="path-heading">
      <h2 id="path-heading">{t('settings.path.heading')}</h2>
      <p>{t('settings.path.intro')}</p>
      <p className="escalation-local">{t('settings.path.local')}</p>
      {levels.length === 0 && <p className="empty-state">{t('settings.path.empty')}</p>}
      <ol className="escalation-levels">
        {levels.map((level, index) => {
          const number = index + 1;
          return (
            <li key={level.key}>
              <fieldset>
                <legend>{t('settings.path.level', { level: number })}</legend>
                <TextField
                  id={`level-${level.key}-sv`}
                  path={`escalationPath.${index}.nameSv`}
                  label={t('settings.path.nameSv')}
                  required
                  value={level.nameSv}
                  onChange={(nameSv) => update(index, { nameSv })}
                />
                <TextField
                  id={`level-${level.key}-en`}
                  path={`escalationPath.${index}.nameEn`}
                  label={t('settings.path.nameEn')}
                  required
                  value={level.nameEn}
                  onChange={(nameEn) => update(index, { nameEn })}
                />
                <SelectField
                  id={`level-${level.key}-unit`}
                  path={`escalationPath.${index}.unitId`}
                  label={t('settings.path.unit')}
                  required
                  value={level.unitId}
                  onChange={(unitId) => update(index, { unitId })}
                  placeholder={t('settings.path.choose')}
                  options={options}
                />
                <div className="actions">
                  {index > 0 && (
                    <button type="button" className="button-secondary" onClick={() => move(index, -1)}>
                      {t('settings.path.up', { level: number })}
                    </button>
                  )}
                  {index < levels.length - 1 && (
                    <button type="button" className="button-secondary" onClick={() => move(index, 1)}>
                      {t('settings.path.down', { level: number })}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button-danger"
                    onClick={() => onChange(levels.filter((_, i) => i !== index))}
                  >
                    {t('settings.path.remove', { level: number })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {levels.length < escalationLevelsMax && (
        <button type="button" className="button-secondary" onClick={add}>
          {t('settings.path.add')}
        </button>
      )}
    </section>
  );
}
