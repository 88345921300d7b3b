import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationView } from '../../../shared/api/responses.js';
import { api } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import { checkChoices } from '../shared/localCheck.js';
import { SelectField, TextArea, TextField } from '../shared/fields.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';
import { unitsInTreeOrder } from './units.js';

/** The three answers to an invitation; each is final, so each asks only for what the convener needs to know. */

interface Props {
  invitation: InvitationView;
  sipId: string;
}

export function AcceptInvitationForm({ invitation, sipId }: Props) {
  const { t } = useTranslation();
  const [attendees, setAttendees] = useState('');
  const accept = useCaseAction(
    sipId,
    () => api.post(`/api/invitations/${invitation.id}/accept`, { attendees }),
    t('case.answer.accepted'),
  );
  const findMissing = () =>
    checkChoices([['attendees', attendees.trim() === '']], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.fillIn'),
    });
  return (
    <StepForm
      action={accept}
      check={findMissing}
      label={t('case.answer.sendAccept')}
      pendingLabel={t('case.form.sending')}
    >
      <TextField
        id="answer-attendees"
        path="attendees"
        label={t('case.answer.attendees')}
        hint={t('case.answer.attendeesHint')}
        required
        value={attendees}
        onChange={setAttendees}
      />
    </StepForm>
  );
}

export function DeclineInvitationForm({ invitation, sipId }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const decline = useCaseAction(
    sipId,
    () => api.post(`/api/invitations/${invitation.id}/decline`, { reason }),
    t('case.answer.declined'),
  );
  const findMissing = () =>
    checkChoices([['reason', reason.trim() === '']], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.fillIn'),
    });
  return (
    <StepForm
      action={decline}
      check={findMissing}
      label={t('case.answer.sendDecline')}
      pendingLabel={t('case.form.sending')}
      danger
    >
      {invitation.obliged && (
        <div className="alert alert-warn">
          <p>{t('case.answer.obligedWarning')}</p>
        </div>
      )}
      <TextArea
        id="answer-reason"
        path="reason"
        label={t('case.answer.reason')}
        required
        value={reason}
        onChange={setReason}
      />
    </StepForm>
  );
}

export function ForwardInvitationForm({ invitation, sipId }: Props) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [unitId, setUnitId] = useState('');
  const [note, setNote] = useState('');
  const forward = useCaseAction(
    sipId,
    () => api.post(`/api/invitations/${invitation.id}/forward`, { unitId, note }),
    t('case.answer.forwarded'),
  );
  // An invitation may only be passed on within the invited unit's own organisation.
  const organisation = organisations.data?.find((org) => org.id === invitation.organisationId);
  const options = organisation
    ? unitsInTreeOrder(organisation)
        .filter((unit) => unit.id !== invitation.unitId)
        .map((unit) => ({ value: unit.id, label: unit.name }))
    : [];
  const findMissing = () =>
    checkChoices([['unitId', unitId === '']], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.choose'),
    });
  return (
    <StepForm
      action={forward}
      check={findMissing}
      label={t('case.answer.sendForward')}
      pendingLabel={t('case.form.sending')}
    >
      <SelectField
        id="answer-forward-unit"
        path="unitId"
        label={t('case.answer.forwardTo')}
        hint={t('case.answer.forwardHint', { organisation: invitation.organisationName })}
        required
        value={unitId}
        onChange={setUnitId}
        placeholder={t('case.form.select')}
        options={options}
      />
      <TextField
        id="answer-forward-note"
        path="note"
        label={t('case.answer.forwardNote')}
        value={note}
        onChange={setNote}
      />
    </StepForm>
  );
}
