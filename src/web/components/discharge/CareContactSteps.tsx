import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import {
  careContactBody,
  startSipFromDischargeBody,
  type DischargeDetail,
} from '../../../shared/api/discharge.js';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';
import { SelectField, TextArea } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useDischargeStep } from './dischargeQueries.js';

interface StepProps {
  process: DischargeDetail;
  onDone: (message: string) => void;
}

/** Primary care names one of its own staff as the named care contact. */
export function CareContactForm({ process, onDone }: StepProps) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(careContactBody, { userId: t('case.form.choose') }),
    defaultValues: { userId: process.careContact?.userId ?? '' },
  });
  const save = useDischargeStep(
    process.id,
    (body: z.output<typeof careContactBody>) =>
      api.call(dischargeRoutes.careContact, { params: { id: process.id }, body }),
    onDone,
    t('discharge.steps.careContact.saved'),
  );
  return (
    <StepForm form={form} action={save} label={t('discharge.steps.careContact.save')}>
      <SelectField
        id="care-contact"
        label={t('discharge.steps.careContact.label')}
        hint={t('discharge.steps.careContact.hint')}
        field={form.register('userId')}
        options={process.careContactCandidates.map((c) => ({ value: c.userId, label: c.name }))}
        placeholder={t('case.form.select')}
        required
      />
    </StepForm>
  );
}

/**
 * The named care contact starts the SIP and is taken to it, to go on there: consent, then the invitation within
 * the deadline.
 */
export function StartSipForm({ process, onDone }: StepProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm({
    resolver: useSchemaResolver(startSipFromDischargeBody),
    defaultValues: { description: '' },
  });
  const save = useDischargeStep(
    process.id,
    (body: z.output<typeof startSipFromDischargeBody>) =>
      api.call(dischargeRoutes.startSip, { params: { id: process.id }, body }),
    onDone,
    t('discharge.steps.startSip.saved'),
  );
  const startAndOpen = async (body: z.output<typeof startSipFromDischargeBody>) => {
    const started = await save.mutateAsync(body);
    if (started.sipId) void navigate(`/sips/${started.sipId}`);
  };
  return (
    <StepForm form={form} action={save} send={startAndOpen} label={t('discharge.steps.startSip.save')}>
      <p>{t('discharge.steps.startSip.intro')}</p>
      <TextArea
        id="sip-description"
        label={t('discharge.steps.startSip.description')}
        field={form.register('description')}
        required
      />
    </StepForm>
  );
}
