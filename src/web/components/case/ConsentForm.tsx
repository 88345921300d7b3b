import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { consentGivers, consentMethods } from '../../../shared/api/vocabulary.js';
import { api, type ApiError } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import { FieldErrors } from './fieldErrors.js';
import { CheckboxField, RadioGroup, SelectField, TextArea, TextField } from './fields.js';
import { FormActions } from './FormActions.js';
import { GuardianFields } from './GuardianFields.js';
import { checkChoices } from './localCheck.js';
import { isChild } from './person.js';
import { shiftDate, stockholmToday } from './time.js';
import { UnitPicker } from './UnitPicker.js';
import { useCaseAction } from './useCaseAction.js';

type Method = (typeof consentMethods)[number];
type Giver = (typeof consentGivers)[number];

/** Records a consent: to what, for how long, between which units, given by whom and how. */
export function ConsentForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const child = isChild(sip);
  const previous = sip.consent?.decision === 'given' && !sip.consent.withdrawnAt ? sip.consent : null;
  const [method, setMethod] = useState<Method | ''>('');
  const [givenByName, setGivenByName] = useState('');
  const [givenByRelation, setGivenByRelation] = useState<Giver>(child ? 'guardian' : 'individual');
  const [givenOn, setGivenOn] = useState(stockholmToday);
  const [validUntil, setValidUntil] = useState(() => shiftDate(stockholmToday(), { years: 1 }));
  const [scopeUnitIds, setScopeUnitIds] = useState<string[]>(() =>
    previous ? previous.scope.map((unit) => unit.unitId) : [sip.convener.unitId],
  );
  const [relativesMayTakePart, setRelativesMayTakePart] = useState(previous?.relativesMayTakePart ?? false);
  const [guardians, setGuardians] = useState<string[]>(() => (child ? ['', ''] : []));
  const [childView, setChildView] = useState('');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<ApiError | null>(null);

  const record = useCaseAction(
    sip.id,
    () =>
      api.post(`/api/sips/${sip.id}/consent`, {
        decision: 'given',
        method,
        givenByName,
        givenByRelation,
        givenOn,
        validUntil,
        scopeUnitIds,
        relativesMayTakePart,
        guardians: child ? guardians.filter((name) => name.trim()).map((name) => ({ name })) : [],
        childView: child ? childView : '',
        note,
      }),
    t('case.consent.recorded'),
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
    if (!missing) record.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate>
      <FieldErrors error={localError ?? record.error}>
        <p className="hint">{t('case.consent.formIntro')}</p>
        <RadioGroup
          id="consent-method"
          path="method"
          legend={t('case.consent.method')}
          value={method}
          onChange={setMethod}
          inline
          options={consentMethods.map((value) => ({ value, label: t(`case.vocab.consentMethod.${value}`) }))}
        />
        <div className="pair-grid">
          <TextField
            id="consent-givenByName"
            path="givenByName"
            label={t('case.consent.givenByName')}
            required
            value={givenByName}
            onChange={setGivenByName}
          />
          <SelectField
            id="consent-givenByRelation"
            path="givenByRelation"
            label={t('case.consent.givenByRelation')}
            value={givenByRelation}
            onChange={(value) => setGivenByRelation(value as Giver)}
            options={consentGivers.map((value) => ({ value, label: t(`case.vocab.consentGiver.${value}`) }))}
          />
          <TextField
            id="consent-givenOn"
            path="givenOn"
            type="date"
            label={t('case.consent.givenOn')}
            required
            value={givenOn}
            onChange={setGivenOn}
          />
          <TextField
            id="consent-validUntil"
            path="validUntil"
            type="date"
            label={t('case.consent.validUntil')}
            hint={t('case.consent.validUntilHint')}
            required
            value={validUntil}
            onChange={setValidUntil}
          />
        </div>
        {organisations.data ? (
          <UnitPicker
            id="consent-scope"
            path="scopeUnitIds"
            legend={t('case.consent.scope')}
            hint={t('case.consent.scopeHint')}
            organisations={organisations.data}
            selected={scopeUnitIds}
            onChange={setScopeUnitIds}
          />
        ) : (
          <p role="status">{t('case.units.loading')}</p>
        )}
        <CheckboxField
          id="consent-relatives"
          path="relativesMayTakePart"
          label={t('case.consent.relativesLabel')}
          checked={relativesMayTakePart}
          onChange={setRelativesMayTakePart}
        />
        {child && (
          <>
            <GuardianFields guardians={guardians} onChange={setGuardians} />
            <TextArea
              id="consent-childView"
              path="childView"
              label={t('case.consent.childView')}
              hint={t('case.consent.childViewHint')}
              required
              value={childView}
              onChange={setChildView}
            />
          </>
        )}
        <TextArea
          id="consent-note"
          path="note"
          label={t('case.consent.note')}
          value={note}
          onChange={setNote}
        />
      </FieldErrors>
      <FormActions action={record} label={t('case.consent.save')} localError={localError} onCancel={onDone} />
    </form>
  );
}
