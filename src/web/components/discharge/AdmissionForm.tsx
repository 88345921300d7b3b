import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { admissionNoticeBody } from '../../../shared/api/discharge.js';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';
import { DateTimeFields, dateTimeInputs } from '../shared/DateTimeFields.js';
import { CheckboxField, SelectField, TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { toStockholmInputs } from '../shared/time.js';
import { NewPersonFields } from '../start/NewPersonFields.js';
import { noPersonDetails } from '../start/newSipForm.js';
import { usePhoneMessages } from '../start/PersonContactFields.js';
import { useOrganisations } from '../start/useOrganisations.js';
import { dischargesKey } from './dischargeQueries.js';

/**
 * The admission notice as its form holds it: the moment of admission as a date and a time in Swedish time, and no
 * estimated discharge date as an empty one.
 */
const admissionForm = admissionNoticeBody.extend({
  admittedAt: dateTimeInputs(admissionNoticeBody.shape.admittedAt),
  estimatedDischargeOn: z
    .string()
    .transform((day) => day || null)
    .pipe(admissionNoticeBody.shape.estimatedDischargeOn.removeDefault()),
});

/** The ward's admission notice: the patient, when they were admitted, the expected need and the receiving units. */
export function AdmissionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const organisations = useOrganisations();
  const form = useForm({
    resolver: useSchemaResolver(
      admissionForm,
      { municipalityUnitId: t('case.form.choose'), primaryCareUnitId: t('case.form.choose') },
      usePhoneMessages(),
    ),
    defaultValues: {
      person: { idNumber: '', reserve: false, ...noPersonDetails },
      admittedAt: toStockholmInputs(new Date().toISOString()),
      expectsMunicipalityEfforts: true,
      expectsPrimaryCareEfforts: true,
      municipalityUnitId: '',
      primaryCareUnitId: '',
      estimatedDischargeOn: '',
    },
  });

  const send = useMutation({
    mutationFn: (body: z.output<typeof admissionForm>) => api.call(dischargeRoutes.admit, { body }),
    onSuccess: async (process) => {
      await client.invalidateQueries({ queryKey: dischargesKey, exact: true });
      void navigate(`/discharges/${process.id}`, { state: { notice: t('discharge.form.sent') } });
    },
  });

  const unitsOf = (kind: 'municipality' | 'region') =>
    (organisations.data ?? [])
      .filter((organisation) => organisation.kind === kind)
      .map((organisation) => ({
        label: organisation.name,
        options: organisation.units.map((unit) => ({ value: unit.id, label: unit.name })),
      }));

  return (
    <StepForm form={form} action={send} label={t('discharge.form.send')} className="card">
      <h2>{t('discharge.form.heading')}</h2>
      <p>{t('discharge.form.intro')}</p>
      <TextField
        id="idNumber"
        label={t('discharge.form.idNumber')}
        hint={t('discharge.form.idNumberHint')}
        field={form.register('person.idNumber')}
        required
      />
      <CheckboxField
        id="reserve"
        label={t('discharge.form.reserve')}
        field={form.register('person.reserve')}
      />
      <NewPersonFields />
      <DateTimeFields
        name="admittedAt"
        ids={{ date: 'admittedDate', time: 'admittedTime' }}
        labels={{ date: t('discharge.form.admittedDate'), time: t('discharge.form.admittedTime') }}
      />
      <fieldset className="field">
        <legend>{t('discharge.form.expected')}</legend>
        <CheckboxField
          id="expectsMunicipality"
          label={t('discharge.form.expectsMunicipality')}
          field={form.register('expectsMunicipalityEfforts')}
        />
        <CheckboxField
          id="expectsPrimaryCare"
          label={t('discharge.form.expectsPrimaryCare')}
          field={form.register('expectsPrimaryCareEfforts')}
        />
      </fieldset>
      <div className="grid-2">
        <SelectField
          id="municipalityUnit"
          label={t('discharge.form.municipalityUnit')}
          field={form.register('municipalityUnitId')}
          groups={unitsOf('municipality')}
          placeholder={t('case.form.select')}
          required
        />
        <SelectField
          id="primaryCareUnit"
          label={t('discharge.form.primaryCareUnit')}
          field={form.register('primaryCareUnitId')}
          groups={unitsOf('region')}
          placeholder={t('case.form.select')}
          required
        />
      </div>
      <TextField
        id="estimated"
        type="date"
        label={t('discharge.form.estimated')}
        field={form.register('estimatedDischargeOn')}
      />
    </StepForm>
  );
}
