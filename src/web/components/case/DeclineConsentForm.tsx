import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { consentGivers, consentMethods } from '../../../shared/api/vocabulary.js';
import { api, type ApiError } from '../../api/client.js';
import { FieldErrors } from './fieldErrors.js';
import { CheckboxField, RadioGroup, SelectField, TextArea, TextField } from './fields.js';
import { FormActions } from './FormActions.js';
import { checkChoices } from './localCheck.js';
import { isChild } from './person.js';
import { stockholmToday } from './time.js';
import { useCaseAction } from './useCaseAction.js';

type Method = (typeof consentMethods)[number];
type Giver = (typeof consentGivers)[number];

/** Records that the individual said no, and that they were told what that means. */
export function DeclineConsentForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<Method | ''>('');
  const [givenByName, setGivenByName] = useState('');
  const [givenByRelation, setGivenByRelation] = useState<Giver>(isChild(sip) ? 'guardian' : 'individual');
  const [givenOn, setGivenOn] = useState(stockholmToday);
  const [consequencesExplained, setConsequencesExplained] = useState(false);
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const decline = useCaseAction(
    sip.id,
    () =>
      api.post(`/api/sips/${sip.id}/consent`, {
        decision: 'declined',
        method,
        givenByName,
        givenByRelation,
        givenOn,
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
        ['method', method === '', t('case.form.choose')],
        ['givenByName', givenByName.trim() === ''],
      ],
      { summary: t('case.form.incomplete'), choose: t('case.form.fillIn') },
    );
    setLocalError(missing);
    if (!missing) decline.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate>
      <FieldErrors error={localError ?? decline.error}>
        <RadioGroup
          id="decline-method"
          path="method"
          legend={t('case.consent.declineMethod')}
          value={method}
          onChange={setMethod}
          inline
          options={consentMethods.map((value) => ({ value, label: t(`case.vocab.consentMethod.${value}`) }))}
        />
        <div className="pair-grid">
          <TextField
            id="decline-givenByName"
            path="givenByName"
            label={t('case.consent.declinedByName')}
            required
            value={givenByName}
            onChange={setGivenByName}
          />
          <SelectField
            id="decline-givenByRelation"
            path="givenByRelation"
            label={t('case.consent.givenByRelation')}
            value={givenByRelation}
            onChange={(value) => setGivenByRelation(value as Giver)}
            options={consentGivers.map((value) => ({ value, label: t(`case.vocab.consentGiver.${value}`) }))}
          />
          <TextField
            id="decline-givenOn"
            path="givenOn"
            type="date"
            label={t('case.consent.declinedOn')}
            required
            value={givenOn}
            onChange={setGivenOn}
          />
        </div>
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
