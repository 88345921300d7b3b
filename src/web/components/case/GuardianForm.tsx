import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { guardianBody } from '../../../shared/api/takingPart.js';
import { takingPartRoutes } from '../../../shared/api/takingPartRoutes.js';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useMobileNumberMessage } from './mobileNumberMessage.js';
import { useCaseAction } from './useCaseAction.js';

/**
 * A guardian of the child, recorded by staff: who signs in with their own e-ID and acts for the child. The server
 * checks the identity number (and says why in both languages); where notices go is optional.
 */
export function GuardianForm({ sipId, onDone }: { sipId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(guardianBody, {}, useMobileNumberMessage()),
    defaultValues: { name: '', idNumber: '', email: '', mobile: '' },
  });
  const save = useCaseAction(
    sipId,
    (body: z.output<typeof guardianBody>) =>
      api.call(takingPartRoutes.addGuardian, { params: { id: sipId }, body }),
    t('case.takingPart.guardianSaved'),
    onDone,
  );
  return (
    <StepForm form={form} action={save} label={t('case.takingPart.saveGuardian')} onCancel={onDone}>
      <TextField
        id="guardian-name"
        label={t('case.takingPart.guardianName')}
        required
        field={form.register('name')}
      />
      <TextField
        id="guardian-idNumber"
        label={t('case.takingPart.guardianIdNumber')}
        hint={t('case.takingPart.guardianIdNumberHint')}
        required
        field={form.register('idNumber')}
      />
      <TextField
        id="guardian-email"
        type="email"
        label={t('case.takingPart.email')}
        field={form.register('email')}
      />
      <TextField
        id="guardian-mobile"
        type="tel"
        label={t('case.takingPart.mobile')}
        hint={t('case.takingPart.mobileHint')}
        field={form.register('mobile')}
      />
    </StepForm>
  );
}
