import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { caseRoutes } from '../../shared/api/caseRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { PlanDocument } from '../components/start/print/PlanDocument.js';
import { PrintToolbar } from '../components/start/print/PrintToolbar.js';
import { useOrganisations } from '../components/start/useOrganisations.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import '../components/start/print/printDocument.css';

/** The plan as a document for the individual and each participating unit, without the app's frame. */
export function PrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const sip = useQuery({
    queryKey: ['sip', id],
    queryFn: () => api.call(caseRoutes.read, { params: { id } }),
    enabled: id !== '',
  });
  const organisations = useOrganisations();
  const caseNumber = sip.data?.caseNumber;

  // The title names the saved or printed file, so it carries the case number but never the person.
  useDocumentTitle(caseNumber ? `${t('start.print.title')} ${caseNumber}` : undefined);

  return (
    <main id="main" className="print-page">
      <PrintToolbar sipId={id} version={sip.data?.plan?.establishedVersion ?? null} />
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
