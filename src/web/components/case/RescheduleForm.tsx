import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { rescheduleBody } from '../../../shared/api/requests.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { meetingTimeInputs, MeetingTimeFields, withMeetingTimes } from './MeetingTimeFields.js';
import { StepForm } from '../shared/StepForm.js';
import { toStockholmInputs } from '../shared/time.js';
import { useCaseAction } from './useCaseAction.js';

type Meeting = NonNullable<SipDetail['meeting']>;

const rescheduleForm = meetingTimeInputs
  .extend({ reason: z.string().optional() })
  .transform(withMeetingTimes)
  .pipe(rescheduleBody);

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
  const start = toStockholmInputs(meeting.startsAt);
  const form = useForm({
    resolver: useSchemaResolver(rescheduleForm),
    defaultValues: {
      date: start.date,
      start: start.time,
      end: toStockholmInputs(meeting.endsAt).time,
      form: meeting.form,
      place: meeting.place,
      reason: '',
    },
  });
  const reschedule = useCaseAction(
    sipId,
    (body: z.output<typeof rescheduleForm>) =>
      api.call(caseRoutes.reschedule, { params: { id: sipId }, body }),
    t('case.meeting.rescheduled'),
    onDone,
  );

  return (
    <StepForm form={form} action={reschedule} label={t('case.meeting.saveReschedule')} onCancel={onDone}>
      <MeetingTimeFields id="reschedule" />
      <TextField
        id="reschedule-reason"
        label={t('case.meeting.rescheduleReason')}
        field={form.register('reason')}
      />
    </StepForm>
  );
}
