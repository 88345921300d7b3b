import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** Cancels the meeting; everyone invited is told and their calendars drop it, and a new one can be booked. */
export function CancelMeetingForm({ sipId, onDone }: { sipId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const cancel = useCaseAction(
    sipId,
    () => api.post(`/api/sips/${sipId}/meeting/cancel`, { reason }),
    t('case.meeting.cancelledNotice'),
    onDone,
  );

  return (
    <StepForm action={cancel} label={t('case.meeting.confirmCancel')} onCancel={onDone} danger>
      <div className="alert alert-warn">
        <p>{t('case.meeting.cancelWarning')}</p>
      </div>
      <TextField
        id="cancel-meeting-reason"
        path="reason"
        label={t('case.meeting.cancelReason')}
        value={reason}
        onChange={setReason}
        required
      />
    </StepForm>
  );
}
