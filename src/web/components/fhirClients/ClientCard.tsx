import { useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fhirClientScopesBody, type FhirClientView } from '../../../shared/api/fhirClientRoutes.js';
import { Facts } from '../shared/Facts.js';
import { FormActions } from '../shared/FormActions.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { formatDateTime } from '../start/dates.js';
import { useChangeFhirClientScopes, useDisableFhirClient } from './fhirClientQueries.js';
import { ScopeChoices, useScopeLabel } from './ScopeChoices.js';

type Opened = 'none' | 'scopes' | 'disable';

/** One registered system: what it is granted, and — while it is active — changing its scopes or disabling it. */
export function ClientCard({
  client,
  offered,
  onDone,
}: {
  client: FhirClientView;
  offered: string[];
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = useScopeLabel();
  const [opened, setOpened] = useState<Opened>('none');
  const done = (message: string) => {
    setOpened('none');
    onDone(message);
  };

  return (
    <li className="card fhir-client">
      <h3>{client.name}</h3>
      <Facts
        items={[
          [t('fhirClients.clientId'), <code key="id">{client.clientId}</code>],
          [t('fhirClients.unit'), `${client.unitName}, ${client.organisationName}`],
          [
            t('fhirClients.created'),
            t('fhirClients.createdBy', {
              time: formatDateTime(client.createdAt, i18n.language),
              name: client.createdByName,
            }),
          ],
          [
            t('fhirClients.status'),
            client.disabledAt
              ? t('fhirClients.disabledAt', { time: formatDateTime(client.disabledAt, i18n.language) })
              : t('fhirClients.active'),
          ],
        ]}
      />
      <h4>{t('fhirClients.scopes')}</h4>
      <ul className="fhir-client-scopes">
        {client.scopes.map((scope) => (
          <li key={scope}>{label(scope)}</li>
        ))}
      </ul>
      {!client.disabledAt && opened === 'none' && (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => setOpened('scopes')}>
            {t('fhirClients.change.open', { name: client.name })}
          </button>
          <button type="button" className="button-secondary" onClick={() => setOpened('disable')}>
            {t('fhirClients.disable.open', { name: client.name })}
          </button>
        </div>
      )}
      {opened === 'scopes' && (
        <ScopesForm
          client={client}
          offered={offered}
          onCancel={() => setOpened('none')}
          onDone={() => done(t('fhirClients.change.done', { name: client.name }))}
        />
      )}
      {opened === 'disable' && (
        <DisableForm
          client={client}
          onCancel={() => setOpened('none')}
          onDone={() => done(t('fhirClients.disable.done', { name: client.name }))}
        />
      )}
    </li>
  );
}

function ScopesForm({
  client,
  offered,
  onCancel,
  onDone,
}: {
  client: FhirClientView;
  offered: string[];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(fhirClientScopesBody, { scopes: t('fhirClients.chooseScopes') }),
    defaultValues: { scopes: client.scopes },
  });
  const scopes = useController({ control: form.control, name: 'scopes' });
  const change = useChangeFhirClientScopes(client.id, onDone);
  return (
    <StepForm
      form={form}
      action={change}
      label={t('fhirClients.change.submit')}
      pendingLabel={t('fhirClients.change.pending')}
      onCancel={onCancel}
    >
      <ScopeChoices
        id={`fhir-scopes-${client.id}`}
        offered={offered}
        selected={scopes.field.value}
        onChange={scopes.field.onChange}
      />
    </StepForm>
  );
}

function DisableForm({
  client,
  onCancel,
  onDone,
}: {
  client: FhirClientView;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const disable = useDisableFhirClient(client.id, onDone);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        disable.mutate(undefined);
      }}
    >
      <p>{t('fhirClients.disable.confirm', { name: client.name })}</p>
      <FormActions
        action={disable}
        label={t('fhirClients.disable.submit')}
        pendingLabel={t('fhirClients.disable.pending')}
        onCancel={onCancel}
        danger
      />
    </form>
  );
}
