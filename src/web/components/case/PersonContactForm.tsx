import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SipDetail } from '../../../shared/api/responses.js';
import { personContactBody } from '../../../shared/api/takingPart.js';
import { takingPartRoutes } from '../../../shared/api/takingPartRoutes.js';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useMobileNumberMessage } from './mobileNumberMessage.js';
import { useCaseAction } from './useCaseAction.js';

/** Where the individual's notices go: e-mail, and a Swedish mobile number for SMS. Both replace what was there. */
export function PersonContactForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(personContactBody, {}, useMobileNumberMessage()),
    defaultValues: { email: sip.person.email, mobile: sip.person.mobile },
  });
  const save = useCaseAction(
    sip.id,
    (body: z.output<typeof personContactBody>) =>
      api.call(takingPartRoutes.personContact, { params: { id: sip.id }, body }),
    t('case.takingPart.contactSaved'),
    onDone,
  );
  return (
    <StepForm form={form} action={save} label={t('case.takingPart.saveContact')} onCancel={onDone}>
      <TextField
        id="contact-email"
        type="email"
        label={t('case.takingPart.email')}
        autoComplete="off"
        field={form.register('email')}
      />
      <TextField
        id="contact-mobile"
        type="tel"
        label={t('case.takingPart.mobile')}
        hint={t('case.takingPart.mobileHint')}
        field={form.register('mobile')}
      />
    </StepForm>
  );
}
