import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';
import { CheckboxField, SelectField, TextField } from '../shared/fields.js';
import { StepForm } from '../shared/StepForm.js';
import { stockholmDateTime, toStockholmInputs } from '../shared/time.js';
import { serverFieldError } from '../start/fieldErrors.js';
import { NewPersonFields } from '../start/NewPersonFields.js';
import { emptyPerson } from '../start/newSipDraft.js';
import { useOrganisations } from '../start/useOrganisations.js';
import { dischargesKey } from './dischargeQueries.js';

/** The ward's admission notice: the patient, when they were admitted, the expected need and the receiving units. */
export function AdmissionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const organisations = useOrganisations();
  const now = toStockholmInputs(new Date().toISOString());
  const [idNumber, setIdNumber] = useState('');
  const [reserve, setReserve] = useState(false);
  const [person, setPerson] = useState(emptyPerson);
  const [admittedDate, setAdmittedDate] = useState(now.date);
  const [admittedTime, setAdmittedTime] = useState(now.time);
  const [expectsMunicipality, setExpectsMunicipality] = useState(true);
  const [expectsPrimaryCare, setExpectsPrimaryCare] = useState(true);
  const [municipalityUnitId, setMunicipalityUnitId] = useState('');
  const [primaryCareUnitId, setPrimaryCareUnitId] = useState('');
  const [estimated, setEstimated] = useState('');

  const send = useMutation({
    mutationFn: () =>
      api.call(dischargeRoutes.admit, {
        body: {
          person: { idNumber, reserve, ...person },
          admittedAt: stockholmDateTime(admittedDate, admittedTime),
          expectsMunicipalityEfforts: expectsMunicipality,
          expectsPrimaryCareEfforts: expectsPrimaryCare,
          municipalityUnitId,
          primaryCareUnitId,
          estimatedDischargeOn: estimated || null,
        },
      }),
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
    <StepForm action={send} label={t('discharge.form.send')} className="card">
      <h2>{t('discharge.form.heading')}</h2>
      <p>{t('discharge.form.intro')}</p>
      <TextField
        id="idNumber"
        path="person.idNumber"
        label={t('discharge.form.idNumber')}
        hint={t('discharge.form.idNumberHint')}
        value={idNumber}
        onChange={setIdNumber}
        required
      />
      <CheckboxField
        id="reserve"
        label={t('discharge.form.reserve')}
        checked={reserve}
        onChange={setReserve}
      />
      <NewPersonFields
        person={person}
        onChange={setPerson}
        errorFor={(path) => serverFieldError(send.error, path)}
      />
      <div className="grid-2">
        <TextField
          id="admittedDate"
          path="admittedAt"
          type="date"
          label={t('discharge.form.admittedDate')}
          value={admittedDate}
          onChange={setAdmittedDate}
          required
        />
        <TextField
          id="admittedTime"
          type="time"
          label={t('discharge.form.admittedTime')}
          value={admittedTime}
          onChange={setAdmittedTime}
          required
        />
      </div>
      <fieldset className="field">
        <legend>{t('discharge.form.expected')}</legend>
        <CheckboxField
          id="expectsMunicipality"
          path="expectsMunicipalityEfforts"
          label={t('discharge.form.expectsMunicipality')}
          checked={expectsMunicipality}
          onChange={setExpectsMunicipality}
        />
        <CheckboxField
          id="expectsPrimaryCare"
          label={t('discharge.form.expectsPrimaryCare')}
          checked={expectsPrimaryCare}
          onChange={setExpectsPrimaryCare}
        />
      </fieldset>
      <div className="grid-2">
        <SelectField
          id="municipalityUnit"
          path="municipalityUnitId"
          label={t('discharge.form.municipalityUnit')}
          value={municipalityUnitId}
          onChange={setMunicipalityUnitId}
          groups={unitsOf('municipality')}
          placeholder={t('case.form.select')}
          required
        />
        <SelectField
          id="primaryCareUnit"
          path="primaryCareUnitId"
          label={t('discharge.form.primaryCareUnit')}
          value={primaryCareUnitId}
          onChange={setPrimaryCareUnitId}
          groups={unitsOf('region')}
          placeholder={t('case.form.select')}
          required
        />
      </div>
      <TextField
        id="estimated"
        path="estimatedDischargeOn"
        type="date"
        label={t('discharge.form.estimated')}
        value={estimated}
        onChange={setEstimated}
      />
    </StepForm>
  );
}
