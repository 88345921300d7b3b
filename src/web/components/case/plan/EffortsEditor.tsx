import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OptionGroup } from '../../shared/fields.js';
import type { UnitInfo } from '../units.js';
import { EffortFields } from './EffortFields.js';
import { focusSoon, newKey, planFieldId } from './planIds.js';
import { usePlanForm } from './planForm.js';
import { PartHeading } from './templateWords.js';

/** The efforts: what is done, by which unit, who to contact, from when to when, and for which goals. */
export function EffortsEditor({
  unitGroups,
  units,
}: {
  unitGroups: OptionGroup[];
  units: Map<string, UnitInfo>;
}) {
  const { t } = useTranslation();
  const { control } = usePlanForm();
  const efforts = useFieldArray({ control, name: 'content.efforts' });
  // Each effort offers the goals as they read now, to tick the ones it serves.
  const goals = useWatch({ control, name: 'content.goals' });

  function add() {
    efforts.append(
      {
        key: newKey('e'),
        description: '',
        responsibleUnitId: null,
        contactPerson: '',
        startDate: null,
        endDate: null,
        goalKeys: [],
        codes: [],
      },
      { shouldFocus: false },
    );
    focusSoon(planFieldId(`efforts.${efforts.fields.length}.description`));
  }

  return (
    <>
      <PartHeading section="efforts" standard={t('case.plan.parts.efforts')} />
      <p className="hint">{t('case.plan.effortsIntro')}</p>
      {efforts.fields.length === 0 && <p>{t('case.plan.noEfforts')}</p>}
      {efforts.fields.map((effort, index) => (
        <EffortFields
          key={effort.id}
          index={index}
          goals={goals}
          unitGroups={unitGroups}
          units={units}
          onRemove={() => {
            efforts.remove(index);
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
