import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { cancelMeetingBody } from '../../../shared/api/requests.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** Cancels the meeting; everyone invited is told and their calendars drop it, and a new one can be booked. */
export function CancelMeetingForm({ sipId, onDone }: { sipId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(cancelMeetingBody), defaultValues: { reason: '' } });
  const cancel = useCaseAction(
    sipId,
    (body: z.output<typeof cancelMeetingBody>) =>
      api.call(caseRoutes.cancelMeeting, { params: { id: sipId }, body }),
    t('case.meeting.cancelledNotice'),
    onDone,
  );

  return (
    <StepForm form={form} action={cancel} label={t('case.meeting.confirmCancel')} onCancel={onDone} danger>
      <div className="alert alert-warn">
        <p>{t('case.meeting.cancelWarning')}</p>
      </div>
      <TextField
        id="cancel-meeting-reason"
        label={t('case.meeting.cancelReason')}
        field={form.register('reason')}
        required
      />
    </StepForm>
  );
}
