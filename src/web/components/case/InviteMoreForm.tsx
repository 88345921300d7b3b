import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { inviteMoreBody } from '../../../shared/api/requests.js';
import type { InvitationView, SipDetail } from '../../../shared/api/responses.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { TextArea } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
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
  const form = useForm({
    resolver: useSchemaResolver(inviteMoreBody, { unitIds: t('case.form.chooseUnits') }),
    defaultValues: { unitIds: [], message: '' },
  });
  const units = useController({ control: form.control, name: 'unitIds' });
  const invite = useCaseAction(
    sip.id,
    (body: z.output<typeof inviteMoreBody>) =>
      api.call(caseRoutes.inviteMore, { params: { id: sip.id }, body }),
    t('case.meeting.invited'),
    onDone,
  );
  const alreadyInvited = invitations
    .filter((invitation) => invitation.status !== 'forwarded')
    .map((invitation) => invitation.unitId);

  return (
    <StepForm
      form={form}
      action={invite}
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
        selected={units.field.value}
        onChange={units.field.onChange}
        exclude={alreadyInvited}
      />
      <TextArea id="invite-message" label={t('case.meeting.message')} field={form.register('message')} />
    </StepForm>
  );
}
