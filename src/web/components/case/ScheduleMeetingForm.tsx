import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { api } from '../../api/client.js';
import { TextArea } from '../shared/fields.js';
import { checkChoices } from '../shared/localCheck.js';
import { meetingTimeBody, MeetingTimeFields, missingTime, type MeetingTime } from './MeetingTimeFields.js';
import { MeetingUnitPicker, useMeetingOrganiser } from './MeetingUnitPicker.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** Sets the meeting and sends the invitations in one step, so nobody is told of a meeting without a time. */
export function ScheduleMeetingForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [time, setTime] = useState<MeetingTime>({
    date: '',
    start: '',
    end: '',
    form: sip.preparation?.meetingForm ?? 'in_person',
    place: sip.preparation?.place ?? '',
  });
  // The units the individual agreed may share information are the natural ones to invite.
  const organiser = useMeetingOrganiser(sip);
  const [unitIds, setUnitIds] = useState<string[]>(() =>
    (sip.consent?.scope ?? []).map((unit) => unit.unitId).filter((id) => id !== organiser),
  );
  const [message, setMessage] = useState('');
  const schedule = useCaseAction(
    sip.id,
    () => api.post(`/api/sips/${sip.id}/meetings`, { ...meetingTimeBody(time), unitIds, message }),
    t('case.meeting.scheduled'),
    onDone,
  );

  const findMissing = () =>
    checkChoices([...missingTime(time), ['unitIds', unitIds.length === 0, t('case.form.chooseUnits')]], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.fillIn'),
    });

  return (
    <StepForm
      action={schedule}
      check={findMissing}
      label={t('case.meeting.send')}
      pendingLabel={t('case.form.sending')}
      onCancel={onDone}
    >
      <MeetingTimeFields id="schedule" value={time} onChange={setTime} />
      <MeetingUnitPicker
        id="schedule-units"
        path="unitIds"
        legend={t('case.meeting.unitsToInvite')}
        hint={t('case.meeting.unitsToInviteHint')}
        sip={sip}
        selected={unitIds}
        onChange={setUnitIds}
      />
      <TextArea
        id="schedule-message"
        path="message"
        label={t('case.meeting.message')}
        hint={t('case.meeting.messageHint')}
        value={message}
        onChange={setMessage}
      />
    </StepForm>
  );
}
