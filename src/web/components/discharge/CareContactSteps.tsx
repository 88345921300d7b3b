import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DischargeDetail } from '../../../shared/api/discharge.js';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';
import { SelectField, TextArea } from '../shared/fields.js';
import { StepForm } from '../shared/StepForm.js';
import { useDischargeStep } from './dischargeQueries.js';

interface StepProps {
  process: DischargeDetail;
  onDone: (message: string) => void;
}

/** Primary care names one of its own staff as the named care contact. */
export function CareContactForm({ process, onDone }: StepProps) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState(process.careContact?.userId ?? '');
  const save = useDischargeStep(
    process.id,
    () => api.call(dischargeRoutes.careContact, { params: { id: process.id }, body: { userId } }),
    onDone,
    t('discharge.steps.careContact.saved'),
  );
  return (
    <StepForm action={save} label={t('discharge.steps.careContact.save')}>
      <SelectField
        id="care-contact"
        path="userId"
        label={t('discharge.steps.careContact.label')}
        hint={t('discharge.steps.careContact.hint')}
        value={userId}
        onChange={setUserId}
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
  const [description, setDescription] = useState('');
  const save = useDischargeStep(
    process.id,
    () => api.call(dischargeRoutes.startSip, { params: { id: process.id }, body: { description } }),
    onDone,
    t('discharge.steps.startSip.saved'),
  );
  const startAndOpen = () =>
    save.mutate(undefined, {
      onSuccess: (started) => {
        if (started.sipId) void navigate(`/sips/${started.sipId}`);
      },
    });
  return (
    <StepForm action={save} send={startAndOpen} label={t('discharge.steps.startSip.save')}>
      <p>{t('discharge.steps.startSip.intro')}</p>
      <TextArea
        id="sip-description"
        path="description"
        label={t('discharge.steps.startSip.description')}
        value={description}
        onChange={setDescription}
        required
      />
    </StepForm>
  );
}
