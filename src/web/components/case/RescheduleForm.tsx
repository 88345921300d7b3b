import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { api, type ApiError } from '../../api/client.js';
import { FieldErrors } from './fieldErrors.js';
import { TextField } from './fields.js';
import { FormActions } from './FormActions.js';
import { checkChoices } from './localCheck.js';
import { meetingTimeBody, MeetingTimeFields, missingTime, type MeetingTime } from './MeetingTimeFields.js';
import { toStockholmInputs } from './time.js';
import { useCaseAction } from './useCaseAction.js';

type Meeting = NonNullable<SipDetail['meeting']>;

/** Moves the meeting; every invited unit sees the new time. */
export function RescheduleForm({
  sipId,
  meeting,
  onDone,
}: {
  sipId: string;
  meeting: Meeting;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [time, setTime] = useState<MeetingTime>(() => {
    const start = toStockholmInputs(meeting.startsAt);
    return {
      date: start.date,
      start: start.time,
      end: toStockholmInputs(meeting.endsAt).time,
      form: meeting.form,
      place: meeting.place,
    };
  });
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const reschedule = useCaseAction(
    sipId,
    () => api.put(`/api/sips/${sipId}/meeting`, { ...meetingTimeBody(time), reason }),
    t('case.meeting.rescheduled'),
    onDone,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkChoices(missingTime(time), {
      summary: t('case.form.incomplete'),
      choose: t('case.form.fillIn'),
    });
    setLocalError(missing);
    if (!missing) reschedule.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate>
      <FieldErrors error={localError ?? reschedule.error}>
        <MeetingTimeFields id="reschedule" value={time} onChange={setTime} />
        <TextField
          id="reschedule-reason"
          path="reason"
          label={t('case.meeting.rescheduleReason')}
          value={reason}
          onChange={setReason}
        />
      </FieldErrors>
      <FormActions
        action={reschedule}
        label={t('case.meeting.saveReschedule')}
        localError={localError}
        onCancel={onDone}
      />
    </form>
  );
}
