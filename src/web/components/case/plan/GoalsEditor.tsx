import { useTranslation } from 'react-i18next';
import { PartHeading } from './templateWords.js';
import type { Goal } from '../../../../shared/plan.js';
import { RadioGroup, TextArea } from '../../shared/fields.js';
import { goalKinds } from '../../../../shared/emptyPlan.js';
import { focusSoon, newKey, planFieldId, type PlanPartProps } from './planIds.js';

/** The individual's own goals and the goals of the coordinated efforts. */
export function GoalsEditor({ content, update }: PlanPartProps) {
  const { t } = useTranslation();
  const { goals } = content;
  const setGoal = (index: number, patch: Partial<Goal>) =>
    update({ goals: goals.map((goal, i) => (i === index ? { ...goal, ...patch } : goal)) });

  function add() {
    update({ goals: [...goals, { key: newKey('g'), kind: 'individual', text: '' }] });
    focusSoon(planFieldId(`goals.${goals.length}.text`));
  }

  function remove(index: number) {
    const key = goals[index]?.key;
    // An effort cannot serve a goal that is gone.
    update({
      goals: goals.filter((_, i) => i !== index),
      efforts: content.efforts.map((effort) => ({
        ...effort,
        goalKeys: effort.goalKeys.filter((goalKey) => goalKey !== key),
      })),
    });
    focusSoon(planFieldId('goals'));
  }

  return (
    <>
      <PartHeading section="goals" standard={t('case.plan.parts.goals')} />
      {goals.length === 0 && <p>{t('case.plan.noGoals')}</p>}
      {goals.map((goal, index) => (
        <fieldset key={goal.key} className="plan-item">
          <legend>{t('case.plan.goalN', { n: index + 1 })}</legend>
          <RadioGroup
            id={planFieldId(`goals.${index}.kind`)}
            path={`goals.${index}.kind`}
            legend={t('case.plan.goalKind')}
            value={goal.kind}
            onChange={(kind) => setGoal(index, { kind })}
            inline
            options={goalKinds.map((kind) => ({ value: kind, label: t(`case.vocab.goalKind.${kind}`) }))}
          />
          <TextArea
            id={planFieldId(`goals.${index}.text`)}
            path={`goals.${index}.text`}
            label={t('case.plan.goalText')}
            rows={2}
            value={goal.text}
            onChange={(text) => setGoal(index, { text })}
          />
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
