import { useTranslation } from 'react-i18next';
import { TextArea, TextField } from '../../shared/fields.js';
import { planFieldId, type PlanPartProps } from './planIds.js';
import { SectionTextArea } from './SectionTextArea.js';
import { PartHeading } from './templateWords.js';

/** The time plan, and what is followed up and when. */
export function PlanFollowUpFields({ content, update }: PlanPartProps) {
  const { t } = useTranslation();
  return (
    <>
      <PartHeading section="followUp" standard={t('case.plan.parts.followUp')} />
      <SectionTextArea field="timePlan" content={content} update={update} rows={3} />
      <TextArea
        id={planFieldId('followUpWhat')}
        path="followUpWhat"
        label={t('case.plan.fields.followUpWhat')}
        rows={3}
        value={content.followUpWhat}
        onChange={(followUpWhat) => update({ followUpWhat })}
      />
      <TextField
        id={planFieldId('followUpDate')}
        path="followUpDate"
        type="date"
        label={t('case.plan.fields.followUpDate')}
        required
        value={content.followUpDate ?? ''}
        onChange={(value) => update({ followUpDate: value || null })}
      />
    </>
  );
}
