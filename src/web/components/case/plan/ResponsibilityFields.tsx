import { useTranslation } from 'react-i18next';
import { PartHeading } from './templateWords.js';
import type { PlanContent } from '../../../../shared/plan.js';
import { CheckboxField, SelectField, TextField, type Option, type OptionGroup } from '../../shared/fields.js';
import { planFieldId, type PlanPartProps } from './planIds.js';

type Coordinator = PlanContent['coordinator'];

/**
 * Which principal holds the overall responsibility, the coordinator the individual has accepted, and the
 * principals' units that took part in writing the plan without being at the meeting.
 */
export function ResponsibilityFields({
  content,
  update,
  principals,
  coordinatorUnits,
  writers,
}: PlanPartProps & { principals: Option[]; coordinatorUnits: OptionGroup[]; writers: Option[] }) {
  const { t } = useTranslation();
  const { coordinator } = content;
  const setCoordinator = (patch: Partial<Coordinator>) =>
    update({ coordinator: { ...coordinator, ...patch } });
  return (
    <>
      <PartHeading section="responsibility" standard={t('case.plan.parts.responsibility')} />
      <SelectField
        id={planFieldId('overallResponsibilityOrganisationId')}
        path="overallResponsibilityOrganisationId"
        label={t('case.plan.fields.overallResponsibilityOrganisationId')}
        hint={t('case.plan.hints.overallResponsibilityOrganisationId')}
        required
        value={content.overallResponsibilityOrganisationId ?? ''}
        onChange={(value) => update({ overallResponsibilityOrganisationId: value || null })}
        placeholder={t('case.form.select')}
        options={principals}
      />
      <fieldset className="plan-item">
        <legend>{t('case.plan.fields.coordinator')}</legend>
        <p className="hint">{t('case.plan.hints.coordinator')}</p>
        <div className="pair-grid">
          <TextField
            id={planFieldId('coordinator.name')}
            path="coordinator.name"
            label={t('case.plan.coordinatorName')}
            required
            value={coordinator.name}
            onChange={(name) => setCoordinator({ name })}
          />
          <SelectField
            id={planFieldId('coordinator.unitId')}
            path="coordinator.unitId"
            label={t('case.plan.coordinatorUnit')}
            required
            value={coordinator.unitId ?? ''}
            onChange={(value) => setCoordinator({ unitId: value || null })}
            placeholder={t('case.form.select')}
            groups={coordinatorUnits}
          />
          <TextField
            id={planFieldId('coordinator.phone')}
            path="coordinator.phone"
            type="tel"
            label={t('case.plan.coordinatorPhone')}
            hint={t('case.plan.coordinatorContactHint')}
            value={coordinator.phone}
            onChange={(phone) => setCoordinator({ phone })}
          />
          <TextField
            id={planFieldId('coordinator.email')}
            path="coordinator.email"
            type="email"
            label={t('case.plan.coordinatorEmail')}
            value={coordinator.email}
            onChange={(email) => setCoordinator({ email })}
          />
        </div>
        <CheckboxField
          id={planFieldId('coordinator.acceptedByIndividual')}
          path="coordinator.acceptedByIndividual"
          label={t('case.plan.coordinatorAccepted')}
          checked={coordinator.acceptedByIndividual}
          onChange={(acceptedByIndividual) => setCoordinator({ acceptedByIndividual })}
        />
      </fieldset>
      {writers.length > 0 && (
        <fieldset className="plan-item" id={planFieldId('writtenWithUnitIds')} tabIndex={-1}>
          <legend>{t('case.plan.fields.writtenWithUnitIds')}</legend>
          <p className="hint">{t('case.plan.hints.writtenWithUnitIds')}</p>
          {writers.map((writer) => (
            <CheckboxField
              key={writer.value}
              id={`${planFieldId('writtenWithUnitIds')}-${writer.value}`}
              path="writtenWithUnitIds"
              label={writer.label}
              checked={content.writtenWithUnitIds.includes(writer.value)}
              onChange={(checked) =>
                update({
                  writtenWithUnitIds: checked
                    ? [...content.writtenWithUnitIds, writer.value]
                    : content.writtenWithUnitIds.filter((id) => id !== writer.value),
                })
              }
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
