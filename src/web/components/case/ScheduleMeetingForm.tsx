import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { scheduleMeetingBody } from '../../../shared/api/requests.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { TextArea } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { meetingTimeInputs, MeetingTimeFields, withMeetingTimes } from './MeetingTimeFields.js';
import { MeetingUnitPicker, useMeetingOrganiser } from './MeetingUnitPicker.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

const scheduleForm = meetingTimeInputs
  .extend({ unitIds: z.array(z.string()), message: z.string().optional() })
  .transform(withMeetingTimes)
  .pipe(scheduleMeetingBody);

/** Sets the meeting and sends the invitations in one step, so nobody is told of a meeting without a time. */
export function ScheduleMeetingForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  // The units the individual agreed may share information are the natural ones to invite.
  const organiser = useMeetingOrganiser(sip);
  const form = useForm({
    resolver: useSchemaResolver(scheduleForm, { unitIds: t('case.form.chooseUnits') }),
    defaultValues: {
      date: '',
      start: '',
      end: '',
      form: sip.preparation?.meetingForm ?? 'in_person',
      place: sip.preparation?.place ?? '',
      unitIds: (sip.consent?.scope ?? []).map((unit) => unit.unitId).filter((id) => id !== organiser),
      message: '',
    },
  });
  const units = useController({ control: form.control, name: 'unitIds' });
  const schedule = useCaseAction(
    sip.id,
    (body: z.output<typeof scheduleForm>) =>
      api.call(caseRoutes.scheduleMeeting, { params: { id: sip.id }, body }),
    t('case.meeting.scheduled'),
    onDone,
  );

  return (
    <StepForm
      form={form}
      action={schedule}
      label={t('case.meeting.send')}
      pendingLabel={t('case.form.sending')}
      onCancel={onDone}
    >
      <MeetingTimeFields id="schedule" />
      <MeetingUnitPicker
        id="schedule-units"
        path="unitIds"
        legend={t('case.meeting.unitsToInvite')}
        hint={t('case.meeting.unitsToInviteHint')}
        sip={sip}
        selected={units.field.value}
        onChange={units.field.onChange}
      />
      <TextArea
        id="schedule-message"
        label={t('case.meeting.message')}
        hint={t('case.meeting.messageHint')}
        field={form.register('message')}
      />
    </StepForm>
  );
}
