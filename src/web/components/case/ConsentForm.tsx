import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { consentGivenBody } from '../../../shared/api/requests.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import { CheckboxField, TextArea, TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { ConsentDecisionFields, consentDecisionDefaults } from './ConsentDecisionFields.js';
import { GuardianFields } from './GuardianFields.js';
import { isChild } from './person.js';
import { StepForm } from '../shared/StepForm.js';
import { shiftDate, stockholmToday } from '../shared/time.js';
import { UnitPicker } from './UnitPicker.js';
import { useCaseAction } from './useCaseAction.js';

/** The consent as the form holds it: the guardians as the rows of names, of which the blank ones are not sent. */
const consentForm = consentGivenBody.extend({
  guardians: z
    .array(z.string())
    .transform((names) => names.filter((name) => name.trim()).map((name) => ({ name })))
    .pipe(consentGivenBody.shape.guardians.unwrap()),
});

/** Records a consent: to what, for how long, between which units, given by whom and how. */
export function ConsentForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const child = isChild(sip);
  const previous = sip.consent?.decision === 'given' && !sip.consent.withdrawnAt ? sip.consent : null;
  const form = useForm({
    resolver: useSchemaResolver(consentForm, { scopeUnitIds: t('case.form.chooseUnits') }),
    defaultValues: {
      decision: 'given',
      ...consentDecisionDefaults(sip),
      validUntil: shiftDate(stockholmToday(), { years: 1 }),
      scopeUnitIds: previous ? previous.scope.map((unit) => unit.unitId) : [sip.convener.unitId],
      relativesMayTakePart: previous?.relativesMayTakePart ?? false,
      guardians: child ? ['', ''] : [],
      childView: '',
      note: '',
    },
  });
  const scope = useController({ control: form.control, name: 'scopeUnitIds' });
  const guardians = useController({ control: form.control, name: 'guardians' });

  const record = useCaseAction(
    sip.id,
    (body: z.output<typeof consentForm>) => api.call(caseRoutes.consent, { params: { id: sip.id }, body }),
    t('case.consent.recorded'),
    onDone,
  );

  return (
    <StepForm form={form} action={record} label={t('case.consent.save')} onCancel={onDone}>
      <p className="hint">{t('case.consent.formIntro')}</p>
      <ConsentDecisionFields
        idPrefix="consent"
        labels={{
          method: t('case.consent.method'),
          name: t('case.consent.givenByName'),
          date: t('case.consent.givenOn'),
        }}
      >
        <TextField
          id="consent-validUntil"
          type="date"
          label={t('case.consent.validUntil')}
          hint={t('case.consent.validUntilHint')}
          required
          field={form.register('validUntil')}
        />
      </ConsentDecisionFields>
      {organisations.data ? (
        <UnitPicker
          id="consent-scope"
          path="scopeUnitIds"
          legend={t('case.consent.scope')}
          hint={t('case.consent.scopeHint')}
          organisations={organisations.data}
          selected={scope.field.value}
          onChange={scope.field.onChange}
        />
      ) : (
        <p role="status">{t('case.units.loading')}</p>
      )}
      <CheckboxField
        id="consent-relatives"
        label={t('case.consent.relativesLabel')}
        field={form.register('relativesMayTakePart')}
      />
      {child && (
        <>
          <GuardianFields guardians={guardians.field.value} onChange={guardians.field.onChange} />
          <TextArea
            id="consent-childView"
            label={t('case.consent.childView')}
            hint={t('case.consent.childViewHint')}
            required
            field={form.register('childView')}
          />
        </>
      )}
      <TextArea id="consent-note" label={t('case.consent.note')} field={form.register('note')} />
    </StepForm>
  );
}
