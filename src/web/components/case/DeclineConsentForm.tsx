import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { consentDeclinedBody } from '../../../shared/api/requests.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { CheckboxField, TextArea } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { ConsentDecisionFields, consentDecisionDefaults } from './ConsentDecisionFields.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** Records that the individual said no, and that they were told what that means. */
export function DeclineConsentForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(consentDeclinedBody),
    defaultValues: {
      decision: 'declined',
      ...consentDecisionDefaults(sip),
      consequencesExplained: false,
      note: '',
    },
  });
  const decline = useCaseAction(
    sip.id,
    (body: z.output<typeof consentDeclinedBody>) =>
      api.call(caseRoutes.consent, { params: { id: sip.id }, body }),
    t('case.consent.declinedSaved'),
    onDone,
  );

  return (
    <StepForm form={form} action={decline} label={t('case.consent.saveDecline')} onCancel={onDone}>
      <ConsentDecisionFields
        idPrefix="decline"
        labels={{
          method: t('case.consent.declineMethod'),
          name: t('case.consent.declinedByName'),
          date: t('case.consent.declinedOn'),
        }}
      />
      <CheckboxField
        id="decline-consequences"
        label={t('case.consent.consequencesLabel')}
        hint={t('case.consent.consequencesHint')}
        field={form.register('consequencesExplained')}
      />
      <TextArea id="decline-note" label={t('case.consent.note')} field={form.register('note')} />
    </StepForm>
  );
}
