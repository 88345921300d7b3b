import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  newFhirClientBody,
  type FhirClientList,
  type FhirClientView,
} from '../../../shared/api/fhirClientRoutes.js';
import { SelectField, TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useRegisterFhirClient } from './fhirClientQueries.js';
import { ScopeChoices } from './ScopeChoices.js';

/** Registers a system: its name, the client id the county's OAuth server gave it, its unit and its scopes. */
export function RegisterClientForm({
  list,
  onDone,
}: {
  list: FhirClientList;
  onDone: (client: FhirClientView) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(
      newFhirClientBody,
      { unitId: t('case.form.choose'), scopes: t('fhirClients.chooseScopes') },
      { clientId: t('fhirClients.clientIdInvalid') },
    ),
    defaultValues: { name: '', clientId: '', unitId: '', scopes: [] as string[] },
  });
  const scopes = useController({ control: form.control, name: 'scopes' });
  const register = useRegisterFhirClient((client) => {
    form.reset();
    onDone(client);
  });
  const organisations = [...new Set(list.units.map((unit) => unit.organisationName))];

  return (
    <section className="card" aria-labelledby="fhir-register-heading">
      <h2 id="fhir-register-heading">{t('fhirClients.register.title')}</h2>
      <StepForm
        form={form}
        action={register}
        label={t('fhirClients.register.submit')}
        pendingLabel={t('fhirClients.register.pending')}
      >
        <TextField id="fhir-name" label={t('fhirClients.name')} required field={form.register('name')} />
        <TextField
          id="fhir-clientId"
          label={t('fhirClients.clientId')}
          hint={t('fhirClients.clientIdHint')}
          required
          field={form.register('clientId')}
        />
        <SelectField
          id="fhir-unit"
          label={t('fhirClients.unit')}
          required
          placeholder={t('fhirClients.chooseUnit')}
          groups={organisations.map((organisation) => ({
            label: organisation,
            options: list.units
              .filter((unit) => unit.organisationName === organisation)
              .map((unit) => ({ value: unit.id, label: unit.name })),
          }))}
          field={form.register('unitId')}
        />
        <ScopeChoices
          id="fhir-scopes"
          offered={list.scopes}
          selected={scopes.field.value}
          onChange={scopes.field.onChange}
        />
      </StepForm>
    </section>
  );
}
