import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationView, SipDetail } from '../../../shared/api/responses.js';
import { api } from '../../api/client.js';
import { TextArea } from '../shared/fields.js';
import { checkChoices } from '../shared/localCheck.js';
import { MeetingUnitPicker } from './MeetingUnitPicker.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** Invites further units to the meeting already set. */
export function InviteMoreForm({
  sip,
  invitations,
  onDone,
}: {
  sip: SipDetail;
  invitations: InvitationView[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const invite = useCaseAction(
    sip.id,
    () => api.post(`/api/sips/${sip.id}/invitations`, { unitIds, message }),
    t('case.meeting.invited'),
    onDone,
  );
  const alreadyInvited = invitations
    .filter((invitation) => invitation.status !== 'forwarded')
    .map((invitation) => invitation.unitId);

  const findMissing = () =>
    checkChoices([['unitIds', unitIds.length === 0, t('case.form.chooseUnits')]], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.fillIn'),
    });

  return (
    <StepForm
      action={invite}
      check={findMissing}
      label={t('case.meeting.sendMore')}
      pendingLabel={t('case.form.sending')}
      onCancel={onDone}
    >
      <MeetingUnitPicker
        id="invite-units"
        path="unitIds"
        legend={t('case.meeting.unitsToInvite')}
        hint={t('case.meeting.unitsToInviteHint')}
        sip={sip}
        selected={unitIds}
        onChange={setUnitIds}
        exclude={alreadyInvited}
      />
      <TextArea
        id="invite-message"
        path="message"
        label={t('case.meeting.message')}
        value={message}
        onChange={setMessage}
      />
    </StepForm>
  );
}
