import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { withdrawConsentBody } from '../../../shared/api/requests.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { TextArea } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** Withdrawal takes effect at once: sharing with the other units stops and the case rests. */
export function WithdrawConsentForm({ sipId, onDone }: { sipId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(withdrawConsentBody), defaultValues: { note: '' } });
  const withdraw = useCaseAction(
    sipId,
    (body: z.output<typeof withdrawConsentBody>) =>
      api.call(caseRoutes.withdrawConsent, { params: { id: sipId }, body }),
    t('case.consent.withdrawn'),
    onDone,
  );

  return (
    <StepForm
      form={form}
      action={withdraw}
      label={t('case.consent.confirmWithdraw')}
      onCancel={onDone}
      danger
    >
      <div className="alert alert-warn">
        <p>{t('case.consent.withdrawWarning')}</p>
      </div>
      <TextArea id="withdraw-note" label={t('case.consent.withdrawNote')} field={form.register('note')} />
    </StepForm>
  );
}
