import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/plan.js';
import { useFieldError } from '../../shared/fieldErrors.js';
import { FieldMessages, SelectField, TextArea, TextField, type OptionGroup } from '../../shared/fields.js';
import { ticked } from '../../shared/ticked.js';
import type { UnitInfo } from '../units.js';
import { goalLabel } from './goalLabel.js';
import { PlanCodes } from './PlanCodes.js';
import { planFieldId } from './planIds.js';
import { emptyAsNull, usePlanForm } from './planForm.js';

type EffortField =
  'description' | 'responsibleUnitId' | 'contactPerson' | 'startDate' | 'endDate' | 'goalKeys';

/** One effort of the plan. */
export function EffortFields({
  index,
  goals,
  unitGroups,
  units,
  onRemove,
}: {
  index: number;
  goals: Pick<Goal, 'key' | 'text'>[];
  unitGroups: OptionGroup[];
  units: Map<string, UnitInfo>;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { control, register } = usePlanForm();
  const path = <Field extends EffortField>(field: Field) => `efforts.${index}.${field}` as const;
  const goalKeys = useController({ control, name: `content.${path('goalKeys')}` });
  const goalsError = useFieldError(goalKeys.field.name);
  const responsibleUnitId = useWatch({ control, name: `content.${path('responsibleUnitId')}` });
  const responsible = responsibleUnitId ? units.get(responsibleUnitId) : undefined;
  const goalsId = planFieldId(path('goalKeys'));

  return (
    <fieldset className="plan-item">
      <legend>{t('case.plan.effortN', { n: index + 1 })}</legend>
      <TextArea
        id={planFieldId(path('description'))}
        label={t('case.plan.effortDescription')}
        required
        rows={2}
        field={register(`content.${path('description')}`)}
      />
      <PlanCodes name={`content.efforts.${index}.codes`} context={t('case.plan.effortN', { n: index + 1 })} />
      <div className="pair-grid">
        <SelectField
          id={planFieldId(path('responsibleUnitId'))}
          label={t('case.plan.responsibleUnit')}
          hint={
            responsible
              ? t('case.plan.principalOf', {
                  organisation: responsible.organisationName,
                  kind: t(`case.vocab.organisationKind.${responsible.organisationKind}`),
                })
              : undefined
          }
          required
          field={register(`content.${path('responsibleUnitId')}`, emptyAsNull)}
          placeholder={t('case.form.select')}
          groups={unitGroups}
        />
        <TextField
          id={planFieldId(path('contactPerson'))}
          label={t('case.plan.contactPerson')}
          field={register(`content.${path('contactPerson')}`)}
        />
        <TextField
          id={planFieldId(path('startDate'))}
          type="date"
          label={t('case.plan.startDate')}
          field={register(`content.${path('startDate')}`, emptyAsNull)}
        />
        <TextField
          id={planFieldId(path('endDate'))}
          type="date"
          label={t('case.plan.endDate')}
          field={register(`content.${path('endDate')}`, emptyAsNull)}
        />
      </div>
      {goals.length > 0 && (
        <fieldset className="field">
          <legend>{t('case.plan.effortGoals')}</legend>
          <FieldMessages id={goalsId} error={goalsError} />
          {goals.map((goal, goalIndex) => {
            const id = `${goalsId}-${goal.key}`;
            return (
              <label key={goal.key} className="check" htmlFor={id}>
                <input
                  id={id}
                  ref={goalIndex === 0 ? goalKeys.field.ref : undefined}
                  type="checkbox"
                  checked={goalKeys.field.value.includes(goal.key)}
                  aria-invalid={goalsError ? true : undefined}
                  onChange={(event) =>
                    goalKeys.field.onChange(ticked(goalKeys.field.value, goal.key, event.target.checked))
                  }
                />
                {goalLabel(goal, goalIndex, t)}
              </label>
            );
          })}
        </fieldset>
      )}
      <button type="button" className="link-button" onClick={onRemove}>
        {t('case.plan.removeEffort', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
