import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { goalKinds } from '../../../../shared/emptyPlan.js';
import { RadioGroup, TextArea } from '../../shared/fields.js';
import { PlanCodes } from './PlanCodes.js';
import { focusSoon, newKey, planFieldId } from './planIds.js';
import { usePlanForm } from './planForm.js';
import { PartHeading } from './templateWords.js';

/** The individual's own goals and the goals of the coordinated efforts. */
export function GoalsEditor() {
  const { t } = useTranslation();
  const { control, register, getValues, setValue } = usePlanForm();
  const goals = useFieldArray({ control, name: 'content.goals' });

  function add() {
    goals.append({ key: newKey('g'), kind: 'individual', text: '', codes: [] }, { shouldFocus: false });
    focusSoon(planFieldId(`goals.${goals.fields.length}.text`));
  }

  function remove(index: number) {
    const key = getValues(`content.goals.${index}.key`);
    // An effort cannot serve a goal that is gone.
    getValues('content.efforts').forEach((effort, effortIndex) => {
      if (effort.goalKeys.includes(key)) {
        setValue(
          `content.efforts.${effortIndex}.goalKeys`,
          effort.goalKeys.filter((goalKey) => goalKey !== key),
          { shouldDirty: true },
        );
      }
    });
    goals.remove(index);
    focusSoon(planFieldId('goals'));
  }

  return (
    <>
      <PartHeading section="goals" standard={t('case.plan.parts.goals')} />
      {goals.fields.length === 0 && <p>{t('case.plan.noGoals')}</p>}
      {goals.fields.map((goal, index) => (
        <fieldset key={goal.id} className="plan-item">
          <legend>{t('case.plan.goalN', { n: index + 1 })}</legend>
          <RadioGroup
            id={planFieldId(`goals.${index}.kind`)}
            legend={t('case.plan.goalKind')}
            field={register(`content.goals.${index}.kind`)}
            inline
            options={goalKinds.map((kind) => ({ value: kind, label: t(`case.vocab.goalKind.${kind}`) }))}
          />
          <TextArea
            id={planFieldId(`goals.${index}.text`)}
            label={t('case.plan.goalText')}
            rows={2}
            field={register(`content.goals.${index}.text`)}
          />
          <PlanCodes name={`content.goals.${index}.codes`} context={t('case.plan.goalN', { n: index + 1 })} />
          <button type="button" className="link-button" onClick={() => remove(index)}>
            {t('case.plan.removeGoal', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" id={planFieldId('goals')} className="button-secondary" onClick={add}>
        {t('case.plan.addGoal')}
      </button>
    </>
  );
}
