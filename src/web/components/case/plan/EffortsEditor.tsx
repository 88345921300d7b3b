import { useTranslation } from 'react-i18next';
import { PartHeading } from './templateWords.js';
import type { Effort } from '../../../../shared/plan.js';
import type { OptionGroup } from '../../shared/fields.js';
import type { UnitInfo } from '../units.js';
import { EffortFields } from './EffortFields.js';
import { focusSoon, newKey, planFieldId, type PlanPartProps } from './planIds.js';

/** The efforts: what is done, by which unit, who to contact, from when to when, and for which goals. */
export function EffortsEditor({
  content,
  update,
  unitGroups,
  units,
}: PlanPartProps & { unitGroups: OptionGroup[]; units: Map<string, UnitInfo> }) {
  const { t } = useTranslation();
  const { efforts } = content;

  function add() {
    const effort: Effort = {
      key: newKey('e'),
      description: '',
      responsibleUnitId: null,
      contactPerson: '',
      startDate: null,
      endDate: null,
      goalKeys: [],
    };
    update({ efforts: [...efforts, effort] });
    focusSoon(planFieldId(`efforts.${efforts.length}.description`));
  }

  return (
    <>
      <PartHeading section="efforts" standard={t('case.plan.parts.efforts')} />
      <p className="hint">{t('case.plan.effortsIntro')}</p>
      {efforts.length === 0 && <p>{t('case.plan.noEfforts')}</p>}
      {efforts.map((effort, index) => (
        <EffortFields
          key={effort.key}
          index={index}
          effort={effort}
          goals={content.goals}
          unitGroups={unitGroups}
          units={units}
          onChange={(patch) =>
            update({ efforts: efforts.map((old, i) => (i === index ? { ...old, ...patch } : old)) })
          }
          onRemove={() => {
            update({ efforts: efforts.filter((_, i) => i !== index) });
            focusSoon(planFieldId('efforts'));
          }}
        />
      ))}
      <button type="button" id={planFieldId('efforts')} className="button-secondary" onClick={add}>
        {t('case.plan.addEffort')}
      </button>
    </>
  );
}
