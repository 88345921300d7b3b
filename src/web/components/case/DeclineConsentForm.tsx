import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { api } from '../../api/client.js';
import { CheckboxField, TextArea } from '../shared/fields.js';
import { ConsentDecisionFields, useConsentDecision } from './ConsentDecisionFields.js';
import { checkChoices } from '../shared/localCheck.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** Records that the individual said no, and that they were told what that means. */
export function DeclineConsentForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useConsentDecision(sip);
  const [consequencesExplained, setConsequencesExplained] = useState(false);
  const [note, setNote] = useState('');
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

  const findMissing = () =>
    checkChoices(
      [
        ['method', decision.method === '', t('case.form.choose')],
        ['givenByName', decision.givenByName.trim() === ''],
      ],
      { summary: t('case.form.incomplete'), choose: t('case.form.fillIn') },
    );

  return (
    <StepForm action={decline} check={findMissing} label={t('case.consent.saveDecline')} onCancel={onDone}>
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
    </StepForm>
  );
}
