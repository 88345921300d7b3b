import { useTranslation } from 'react-i18next';
import type { Effort, Goal } from '../../../../shared/plan.js';
import { useFieldError } from '../../shared/fieldErrors.js';
import { FieldMessages, SelectField, TextArea, TextField, type OptionGroup } from '../../shared/fields.js';
import type { UnitInfo } from '../units.js';
import { goalLabel } from './goalLabel.js';
import { planFieldId } from './planIds.js';

/** One effort of the plan. */
export function EffortFields({
  index,
  effort,
  goals,
  unitGroups,
  units,
  onChange,
  onRemove,
}: {
  index: number;
  effort: Effort;
  goals: Goal[];
  unitGroups: OptionGroup[];
  units: Map<string, UnitInfo>;
  onChange: (patch: Partial<Effort>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const path = (field: string) => `efforts.${index}.${field}`;
  const goalsError = useFieldError(path('goalKeys'));
  const responsible = effort.responsibleUnitId ? units.get(effort.responsibleUnitId) : undefined;
  const goalsId = planFieldId(path('goalKeys'));

  return (
    <fieldset className="plan-item">
      <legend>{t('case.plan.effortN', { n: index + 1 })}</legend>
      <TextArea
        id={planFieldId(path('description'))}
        path={path('description')}
        label={t('case.plan.effortDescription')}
        required
        rows={2}
        value={effort.description}
        onChange={(description) => onChange({ description })}
      />
      <div className="pair-grid">
        <SelectField
          id={planFieldId(path('responsibleUnitId'))}
          path={path('responsibleUnitId')}
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
          value={effort.responsibleUnitId ?? ''}
          onChange={(value) => onChange({ responsibleUnitId: value || null })}
          placeholder={t('case.form.select')}
          groups={unitGroups}
        />
        <TextField
          id={planFieldId(path('contactPerson'))}
          path={path('contactPerson')}
          label={t('case.plan.contactPerson')}
          value={effort.contactPerson}
          onChange={(contactPerson) => onChange({ contactPerson })}
        />
        <TextField
          id={planFieldId(path('startDate'))}
          path={path('startDate')}
          type="date"
          label={t('case.plan.startDate')}
          value={effort.startDate ?? ''}
          onChange={(value) => onChange({ startDate: value || null })}
        />
        <TextField
          id={planFieldId(path('endDate'))}
          path={path('endDate')}
          type="date"
          label={t('case.plan.endDate')}
          value={effort.endDate ?? ''}
          onChange={(value) => onChange({ endDate: value || null })}
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
                  type="checkbox"
                  checked={effort.goalKeys.includes(goal.key)}
                  aria-invalid={goalsError ? true : undefined}
                  onChange={(event) =>
                    onChange({
                      goalKeys: event.target.checked
                        ? [...effort.goalKeys, goal.key]
                        : effort.goalKeys.filter((key) => key !== goal.key),
                    })
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
