import { useTranslation } from 'react-i18next';
import type { PlanContent } from '../../../../shared/plan.js';
import { SelectField, TextField, type Option, type OptionGroup } from '../fields.js';
import { planFieldId, type PlanPartProps } from './planIds.js';

type Coordinator = PlanContent['coordinator'];

/** Which principal holds the overall responsibility, and the coordinator the individual has accepted. */
export function ResponsibilityFields({
  content,
  update,
  principals,
  coordinatorUnits,
}: PlanPartProps & { principals: Option[]; coordinatorUnits: OptionGroup[] }) {
  const { t } = useTranslation();
  const { coordinator } = content;
  const setCoordinator = (patch: Partial<Coordinator>) =>
    update({ coordinator: { ...coordinator, ...patch } });
  return (
    <>
      <h3>{t('case.plan.parts.responsibility')}</h3>
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
      </fieldset>
    </>
  );
}
