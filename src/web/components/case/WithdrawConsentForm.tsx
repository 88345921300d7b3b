import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { TextArea } from '../shared/fields.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** Withdrawal takes effect at once: sharing with the other units stops and the case rests. */
export function WithdrawConsentForm({ sipId, onDone }: { sipId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const withdraw = useCaseAction(
    sipId,
    () => api.post(`/api/sips/${sipId}/consent/withdraw`, { note }),
    t('case.consent.withdrawn'),
    onDone,
  );

  return (
    <StepForm action={withdraw} label={t('case.consent.confirmWithdraw')} onCancel={onDone} danger>
      <div className="alert alert-warn">
        <p>{t('case.consent.withdrawWarning')}</p>
      </div>
      <TextArea
        id="withdraw-note"
        path="note"
        label={t('case.consent.withdrawNote')}
        value={note}
        onChange={setNote}
      />
    </StepForm>
  );
}
