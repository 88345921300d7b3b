import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { FieldErrors } from './fieldErrors.js';
import { TextField } from './fields.js';
import { FormActions } from './FormActions.js';
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

  function submit(event: FormEvent) {
    event.preventDefault();
    cancel.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="alert alert-warn">
        <p>{t('case.meeting.cancelWarning')}</p>
      </div>
      <FieldErrors error={cancel.error}>
        <TextField
          id="cancel-meeting-reason"
          path="reason"
          label={t('case.meeting.cancelReason')}
          value={reason}
          onChange={setReason}
          required
        />
      </FieldErrors>
      <FormActions action={cancel} label={t('case.meeting.confirmCancel')} onCancel={onDone} danger />
    </form>
  );
}
