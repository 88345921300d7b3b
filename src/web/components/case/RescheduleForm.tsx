import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { api, type ApiError } from '../../api/client.js';
import { FieldErrors } from './fieldErrors.js';
import { TextField } from './fields.js';
import { FormError } from './FormError.js';
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
      <FormError local={localError} remote={reschedule.error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={reschedule.isPending}>
          {reschedule.isPending ? t('app.saving') : t('case.meeting.saveReschedule')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('case.form.cancel')}
        </button>
      </div>
    </form>
  );
}
