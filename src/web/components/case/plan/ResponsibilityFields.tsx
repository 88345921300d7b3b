import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField, type Option, type OptionGroup } from '../../shared/fields.js';
import { ticked } from '../../shared/ticked.js';
import { planFieldId } from './planIds.js';
import { emptyAsNull, usePlanForm } from './planForm.js';
import { PartHeading } from './templateWords.js';

/**
 * Which principal holds the overall responsibility, the coordinator the individual has accepted, and the
 * principals' units that took part in writing the plan without being at the meeting.
 */
export function ResponsibilityFields({
  principals,
  coordinatorUnits,
  writers,
}: {
  principals: Option[];
  coordinatorUnits: OptionGroup[];
  writers: Option[];
}) {
  const { t } = useTranslation();
  const { control, register } = usePlanForm();
  const {
    field: {
      name: writtenWithPath,
      value: writtenWithUnitIds = [],
      onChange: setWrittenWith,
      ref: writtenWithRef,
    },
  } = useController({ control, name: 'content.writtenWithUnitIds' });
  return (
    <>
      <PartHeading section="responsibility" standard={t('case.plan.parts.responsibility')} />
      <SelectField
        id={planFieldId('overallResponsibilityOrganisationId')}
        label={t('case.plan.fields.overallResponsibilityOrganisationId')}
        hint={t('case.plan.hints.overallResponsibilityOrganisationId')}
        required
        field={register('content.overallResponsibilityOrganisationId', emptyAsNull)}
        placeholder={t('case.form.select')}
        options={principals}
      />
      <fieldset className="plan-item">
        <legend>{t('case.plan.fields.coordinator')}</legend>
        <p className="hint">{t('case.plan.hints.coordinator')}</p>
        <div className="pair-grid">
          <TextField
            id={planFieldId('coordinator.name')}
            label={t('case.plan.coordinatorName')}
            required
            field={register('content.coordinator.name')}
          />
          <SelectField
            id={planFieldId('coordinator.unitId')}
            label={t('case.plan.coordinatorUnit')}
            required
            field={register('content.coordinator.unitId', emptyAsNull)}
            placeholder={t('case.form.select')}
            groups={coordinatorUnits}
          />
          <TextField
            id={planFieldId('coordinator.phone')}
            type="tel"
            label={t('case.plan.coordinatorPhone')}
            hint={t('case.plan.coordinatorContactHint')}
            field={register('content.coordinator.phone')}
          />
          <TextField
            id={planFieldId('coordinator.email')}
            type="email"
            label={t('case.plan.coordinatorEmail')}
            field={register('content.coordinator.email')}
          />
        </div>
        <CheckboxField
          id={planFieldId('coordinator.acceptedByIndividual')}
          label={t('case.plan.coordinatorAccepted')}
          field={register('content.coordinator.acceptedByIndividual')}
        />
      </fieldset>
      {writers.length > 0 && (
        <fieldset
          className="plan-item"
          id={planFieldId('writtenWithUnitIds')}
          tabIndex={-1}
          ref={writtenWithRef}
        >
          <legend>{t('case.plan.fields.writtenWithUnitIds')}</legend>
          <p className="hint">{t('case.plan.hints.writtenWithUnitIds')}</p>
          {writers.map((writer) => (
            <CheckboxField
              key={writer.value}
              id={`${planFieldId('writtenWithUnitIds')}-${writer.value}`}
              path={writtenWithPath}
              label={writer.label}
              checked={writtenWithUnitIds.includes(writer.value)}
              onChange={(checked) => setWrittenWith(ticked(writtenWithUnitIds, writer.value, checked))}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
