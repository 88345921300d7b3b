import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SipDetail } from '../../shared/api/responses.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { PlanDocument } from '../components/start/print/PlanDocument.js';
import { PrintToolbar } from '../components/start/print/PrintToolbar.js';
import { useOrganisations } from '../components/start/useOrganisations.js';

/** The plan as a document for the individual and each participating unit, without the app's frame. */
export function PrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const sip = useQuery({
    queryKey: ['sip', id],
    queryFn: () => api.get<SipDetail>(`/api/sips/${encodeURIComponent(id)}`),
    enabled: id !== '',
  });
  const organisations = useOrganisations();
  const caseNumber = sip.data?.caseNumber;

  // The title names the saved or printed file, so it carries the case number but never the person.
  useEffect(() => {
    if (!caseNumber) return;
    const previous = document.title;
    document.title = `${t('start.print.title')} ${caseNumber}`;
    return () => {
      document.title = previous;
    };
  }, [caseNumber, t]);

  return (
    <main id="main" className="print-page">
      <PrintToolbar sipId={id} />
      {sip.isPending && <Loading />}
      {sip.error && (
        <>
          <h1>{t('start.print.title')}</h1>
          <p>{t('start.print.loadFailed')}</p>
          <ErrorMessage error={sip.error} />
        </>
      )}
      {sip.data && <PlanDocument detail={sip.data} organisations={organisations.data} />}
    </main>
  );
}
