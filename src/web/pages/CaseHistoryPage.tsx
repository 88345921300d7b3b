import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseHeader } from '../components/case/CaseHeader.js';
import { useSip } from '../components/case/caseQueries.js';
import { HistorySection } from '../components/case/HistorySection.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import '../components/case/casePage.css';

/** Everything that has happened in one case, apart from the work on it, at its own address. */
export function CaseHistoryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const sip = useSip(id);
  useDocumentTitle(
    sip.data
      ? `${t('case.historyLink.title')} – ${t('case.pageTitle', { number: sip.data.caseNumber })}`
      : undefined,
  );
  if (sip.isPending) return <Loading text={t('case.loading')} />;
  if (sip.error) {
    return (
      <section className="narrow">
        <h1>{t('case.errorTitle')}</h1>
        <ErrorMessage error={sip.error} />
      </section>
    );
  }
  return (
    <div className="case-page">
      <CaseHeader sip={sip.data} />
      <p>
        <Link to={`/sips/${id}`}>{t('case.historyLink.back')}</Link>
      </p>
      <HistorySection sip={sip.data} />
    </div>
  );
}
