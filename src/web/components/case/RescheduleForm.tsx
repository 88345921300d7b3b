import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { checkChoices } from '../shared/localCheck.js';
import { meetingTimeBody, MeetingTimeFields, missingTime, type MeetingTime } from './MeetingTimeFields.js';
import { StepForm } from '../shared/StepForm.js';
import { toStockholmInputs } from '../shared/time.js';
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
  const reschedule = useCaseAction(
    sipId,
    () => api.put(`/api/sips/${sipId}/meeting`, { ...meetingTimeBody(time), reason }),
    t('case.meeting.rescheduled'),
    onDone,
  );

  const findMissing = () =>
    checkChoices(missingTime(time), {
      summary: t('case.form.incomplete'),
      choose: t('case.form.fillIn'),
    });

  return (
    <StepForm
      action={reschedule}
      check={findMissing}
      label={t('case.meeting.saveReschedule')}
      onCancel={onDone}
    >
      <MeetingTimeFields id="reschedule" value={time} onChange={setTime} />
      <TextField
        id="reschedule-reason"
        path="reason"
        label={t('case.meeting.rescheduleReason')}
        value={reason}
        onChange={setReason}
      />
    </StepForm>
  );
}
