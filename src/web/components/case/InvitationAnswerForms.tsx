import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { acceptBody, declineBody, forwardBody } from '../../../shared/api/requests.js';
import type { InvitationView } from '../../../shared/api/responses.js';
import { invitationRoutes } from '../../../shared/api/invitationRoutes.js';
import { api } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import { SelectField, TextArea, TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
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
  const form = useForm({ resolver: useSchemaResolver(acceptBody), defaultValues: { attendees: '' } });
  const accept = useCaseAction(
    sipId,
    (body: z.output<typeof acceptBody>) =>
      api.call(invitationRoutes.accept, { params: { id: invitation.id }, body }),
    t('case.answer.accepted'),
  );
  return (
    <StepForm
      form={form}
      action={accept}
      label={t('case.answer.sendAccept')}
      pendingLabel={t('case.form.sending')}
    >
      <TextField
        id="answer-attendees"
        label={t('case.answer.attendees')}
        hint={t('case.answer.attendeesHint')}
        required
        field={form.register('attendees')}
      />
    </StepForm>
  );
}

export function DeclineInvitationForm({ invitation, sipId }: Props) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(declineBody), defaultValues: { reason: '' } });
  const decline = useCaseAction(
    sipId,
    (body: z.output<typeof declineBody>) =>
      api.call(invitationRoutes.decline, { params: { id: invitation.id }, body }),
    t('case.answer.declined'),
  );
  return (
    <StepForm
      form={form}
      action={decline}
      label={t('case.answer.sendDecline')}
      pendingLabel={t('case.form.sending')}
      danger
    >
      {invitation.obliged && (
        <div className="alert alert-warn">
          <p>{t('case.answer.obligedWarning')}</p>
        </div>
      )}
      <TextArea id="answer-reason" label={t('case.answer.reason')} required field={form.register('reason')} />
    </StepForm>
  );
}

export function ForwardInvitationForm({ invitation, sipId }: Props) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const form = useForm({
    resolver: useSchemaResolver(forwardBody, { unitId: t('case.form.choose') }),
    defaultValues: { unitId: '', note: '' },
  });
  const forward = useCaseAction(
    sipId,
    (body: z.output<typeof forwardBody>) =>
      api.call(invitationRoutes.forward, { params: { id: invitation.id }, body }),
    t('case.answer.forwarded'),
  );
  // An invitation may only be passed on within the invited unit's own organisation.
  const organisation = organisations.data?.find((org) => org.id === invitation.organisationId);
  const options = organisation
    ? unitsInTreeOrder(organisation)
        .filter((unit) => unit.id !== invitation.unitId)
        .map((unit) => ({ value: unit.id, label: unit.name }))
    : [];
  return (
    <StepForm
      form={form}
      action={forward}
      label={t('case.answer.sendForward')}
      pendingLabel={t('case.form.sending')}
    >
      <SelectField
        id="answer-forward-unit"
        label={t('case.answer.forwardTo')}
        hint={t('case.answer.forwardHint', { organisation: invitation.organisationName })}
        required
        field={form.register('unitId')}
        placeholder={t('case.form.select')}
        options={options}
      />
      <TextField
        id="answer-forward-note"
        label={t('case.answer.forwardNote')}
        field={form.register('note')}
      />
    </StepForm>
  );
}
