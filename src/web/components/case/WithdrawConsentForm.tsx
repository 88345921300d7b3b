import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { FieldErrors } from './fieldErrors.js';
import { TextArea } from './fields.js';
import { FormActions } from './FormActions.js';
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

  function submit(event: FormEvent) {
    event.preventDefault();
    withdraw.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="alert alert-warn">
        <p>{t('case.consent.withdrawWarning')}</p>
      </div>
      <FieldErrors error={withdraw.error}>
        <TextArea
          id="withdraw-note"
          path="note"
          label={t('case.consent.withdrawNote')}
          value={note}
          onChange={setNote}
        />
      </FieldErrors>
      <FormActions action={withdraw} label={t('case.consent.confirmWithdraw')} onCancel={onDone} danger />
    </form>
  );
}
