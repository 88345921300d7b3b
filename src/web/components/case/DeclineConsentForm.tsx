import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { api, type ApiError } from '../../api/client.js';
import { FieldErrors } from './fieldErrors.js';
import { CheckboxField, TextArea } from './fields.js';
import { ConsentDecisionFields, useConsentDecision } from './ConsentDecisionFields.js';
import { FormActions } from './FormActions.js';
import { checkChoices } from './localCheck.js';
import { useCaseAction } from './useCaseAction.js';

/** Records that the individual said no, and that they were told what that means. */
export function DeclineConsentForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useConsentDecision(sip);
  const [consequencesExplained, setConsequencesExplained] = useState(false);
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const decline = useCaseAction(
    sip.id,
    () =>
      api.post(`/api/sips/${sip.id}/consent`, {
        decision: 'declined',
        ...decision,
        consequencesExplained,
        note,
      }),
    t('case.consent.declinedSaved'),
    onDone,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkChoices(
      [
        ['method', decision.method === '', t('case.form.choose')],
        ['givenByName', decision.givenByName.trim() === ''],
      ],
      { summary: t('case.form.incomplete'), choose: t('case.form.fillIn') },
    );
    setLocalError(missing);
    if (!missing) decline.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate>
      <FieldErrors error={localError ?? decline.error}>
        <ConsentDecisionFields
          idPrefix="decline"
          labels={{
            method: t('case.consent.declineMethod'),
            name: t('case.consent.declinedByName'),
            date: t('case.consent.declinedOn'),
          }}
          decision={decision}
          onChange={setDecision}
        />
        <CheckboxField
          id="decline-consequences"
          path="consequencesExplained"
          label={t('case.consent.consequencesLabel')}
          hint={t('case.consent.consequencesHint')}
          checked={consequencesExplained}
          onChange={setConsequencesExplained}
        />
        <TextArea
          id="decline-note"
          path="note"
          label={t('case.consent.note')}
          value={note}
          onChange={setNote}
        />
      </FieldErrors>
      <FormActions
        action={decline}
        label={t('case.consent.saveDecline')}
        localError={localError}
        onCancel={onDone}
      />
    </form>
  );
}
