import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientCard } from '../components/fhirClients/ClientCard.js';
import { useFhirClients } from '../components/fhirClients/fhirClientQueries.js';
import { RegisterClientForm } from '../components/fhirClients/RegisterClientForm.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import '../components/fhirClients/fhirClients.css';

/**
 * The administrators' page for the systems that read SIPs through the FHIR API: register one, change what it
 * may read, disable it (decision 0038).
 */
export function FhirClientsPage() {
  const { t } = useTranslation();
  const clients = useFhirClients();
  const [message, setMessage] = useState('');
  return (
    <div className="fhir-clients-page">
      <h1>{t('fhirClients.title')}</h1>
      <p className="lead">{t('fhirClients.intro')}</p>
      <StatusLine message={message} onDismiss={() => setMessage('')} />
      {clients.isPending && <Loading />}
      {clients.error && (
        <>
          <p>{t('fhirClients.loadFailed')}</p>
          <ErrorMessage error={clients.error} />
        </>
      )}
      {clients.data && (
        <>
          <RegisterClientForm
            list={clients.data}
            onDone={(client) => setMessage(t('fhirClients.register.done', { name: client.name }))}
          />
          <h2>{t('fhirClients.listTitle')}</h2>
          {clients.data.clients.length === 0 ? (
            <p>{t('fhirClients.none')}</p>
          ) : (
            <ul className="fhir-client-list">
              {clients.data.clients.map((client) => (
                <ClientCard
                  key={client.id}
                  client={client}
                  offered={clients.data.scopes}
                  onDone={setMessage}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
