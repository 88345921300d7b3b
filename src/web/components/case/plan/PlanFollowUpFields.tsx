import { useTranslation } from 'react-i18next';
import { TextArea, TextField } from '../../shared/fields.js';
import { planFieldId } from './planIds.js';
import { emptyAsNull, usePlanForm } from './planForm.js';
import { SectionTextArea } from './SectionTextArea.js';
import { PartHeading } from './templateWords.js';

/** The time plan, and what is followed up and when. */
export function PlanFollowUpFields() {
  const { t } = useTranslation();
  const { register } = usePlanForm();
  return (
    <>
      <PartHeading section="followUp" standard={t('case.plan.parts.followUp')} />
      <SectionTextArea field="timePlan" rows={3} />
      <TextArea
        id={planFieldId('followUpWhat')}
        label={t('case.plan.fields.followUpWhat')}
        rows={3}
        field={register('content.followUpWhat')}
      />
      <TextField
        id={planFieldId('followUpDate')}
        type="date"
        label={t('case.plan.fields.followUpDate')}
        required
        field={register('content.followUpDate', emptyAsNull)}
      />
    </>
  );
}
