import { useTranslation } from 'react-i18next';
import { TextArea } from '../fields.js';
import { planFieldId, type PlanPartProps } from './planIds.js';

/** Medication, assistive devices, the child's view, and how the individual took part. */
export function PlanOtherFields({ content, update, child }: PlanPartProps & { child: boolean }) {
  const { t } = useTranslation();
  const fields = [
    'medication',
    'assistiveDevices',
    ...(child ? (['childView', 'childViewHowObtained'] as const) : []),
    'individualParticipation',
  ] as const;
  return (
    <>
      <h3>{t('case.plan.parts.other')}</h3>
      {fields.map((field) => (
        <TextArea
          key={field}
          id={planFieldId(field)}
          path={field}
          label={t(`case.plan.fields.${field}`)}
          hint={t(`case.plan.hints.${field}`)}
          rows={3}
          value={content[field]}
          onChange={(value) => update({ [field]: value })}
        />
      ))}
    </>
  );
}
