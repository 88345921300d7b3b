import { useTranslation } from 'react-i18next';
import { TextArea, TextField } from '../fields.js';
import { planFieldId, type PlanPartProps } from './planIds.js';

/** The time plan, and what is followed up and when. */
export function PlanFollowUpFields({ content, update }: PlanPartProps) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('case.plan.parts.followUp')}</h3>
      <TextArea
        id={planFieldId('timePlan')}
        path="timePlan"
        label={t('case.plan.fields.timePlan')}
        hint={t('case.plan.hints.timePlan')}
        rows={3}
        value={content.timePlan}
        onChange={(timePlan) => update({ timePlan })}
      />
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
