import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { api } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import { CheckboxField, TextArea, TextField } from '../shared/fields.js';
import { ConsentDecisionFields, useConsentDecision } from './ConsentDecisionFields.js';
import { GuardianFields } from './GuardianFields.js';
import { checkChoices } from '../shared/localCheck.js';
import { isChild } from './person.js';
import { StepForm } from '../shared/StepForm.js';
import { shiftDate, stockholmToday } from '../shared/time.js';
import { UnitPicker } from './UnitPicker.js';
import { useCaseAction } from './useCaseAction.js';

/** Records a consent: to what, for how long, between which units, given by whom and how. */
export function ConsentForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const child = isChild(sip);
  const previous = sip.consent?.decision === 'given' && !sip.consent.withdrawnAt ? sip.consent : null;
  const [decision, setDecision] = useConsentDecision(sip);
  const [validUntil, setValidUntil] = useState(() => shiftDate(stockholmToday(), { years: 1 }));
  const [scopeUnitIds, setScopeUnitIds] = useState<string[]>(() =>
    previous ? previous.scope.map((unit) => unit.unitId) : [sip.convener.unitId],
  );
  const [relativesMayTakePart, setRelativesMayTakePart] = useState(previous?.relativesMayTakePart ?? false);
  const [guardians, setGuardians] = useState<string[]>(() => (child ? ['', ''] : []));
  const [childView, setChildView] = useState('');
  const [note, setNote] = useState('');

  const record = useCaseAction(
    sip.id,
    () =>
      api.post(`/api/sips/${sip.id}/consent`, {
        decision: 'given',
        ...decision,
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

  const findMissing = () =>
    checkChoices(
      [
        ['method', decision.method === '', t('case.form.choose')],
        ['givenByName', decision.givenByName.trim() === ''],
      ],
      { summary: t('case.form.incomplete'), choose: t('case.form.fillIn') },
    );

  return (
    <StepForm action={record} check={findMissing} label={t('case.consent.save')} onCancel={onDone}>
      <p className="hint">{t('case.consent.formIntro')}</p>
      <ConsentDecisionFields
        idPrefix="consent"
        labels={{
          method: t('case.consent.method'),
          name: t('case.consent.givenByName'),
          date: t('case.consent.givenOn'),
        }}
        decision={decision}
        onChange={setDecision}
      >
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
      </ConsentDecisionFields>
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
    </StepForm>
  );
}
