import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DeviationDetail } from '../../shared/api/deviations.js';
import { Facts, Prose } from '../components/shared/Facts.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import { DeviationActions } from '../components/deviations/DeviationActions.js';
import { DeviationHistory } from '../components/deviations/DeviationHistory.js';
import { DeviationStatusBadge } from '../components/deviations/DeviationStatusBadge.js';
import { useDeviation } from '../components/deviations/useDeviations.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { formatDateTime } from '../components/start/dates.js';

/** One deviation: what happened, where it stands, what the user may do with it, and its history. */
export function DeviationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const deviation = useDeviation(id);
  const [message, setMessage] = useState('');
  if (deviation.isPending) {
    return <Loading />;
  }
  if (deviation.error) {
    return (
      <section className="narrow">
        <h1>{t('deviations.detail.loadFailed')}</h1>
        <ErrorMessage error={deviation.error} />
        <Link to="/deviations">{t('deviations.detail.back')}</Link>
      </section>
    );
  }
  return (
    <div className="deviation-page">
      <StatusLine message={message} onDismiss={() => setMessage('')} />
      <DeviationBody deviation={deviation.data} onDone={setMessage} />
    </div>
  );
}

function DeviationBody({
  deviation,
  onDone,
}: {
  deviation: DeviationDetail;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const title = deviation.caseNumber
    ? t('deviations.detail.title', { caseNumber: deviation.caseNumber })
    : t('deviations.detail.titleDischarge');
  useDocumentTitle(t('deviations.detail.pageTitle', { title }));
  const when = (value: string) => <time dateTime={value}>{formatDateTime(value, i18n.language)}</time>;
  return (
    <>
      <p>
        <Link to="/deviations">{t('deviations.detail.back')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{title}</h1>
          <p className="badge-list">
            <DeviationStatusBadge status={deviation.status} />
            {deviation.automatic && <span className="badge badge-neutral">{t('deviations.automatic')}</span>}
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="deviation-facts-heading">
        <h2 id="deviation-facts-heading">{t(`deviations.kind.${deviation.kind}`)}</h2>
        <Facts
          items={[
            [t('deviations.detail.status'), t(`deviations.status.${deviation.status}`)],
            [t('deviations.detail.unit'), deviation.unit.name],
            [t('deviations.detail.handler'), `${deviation.routedUnit.name} (${deviation.levelName})`],
            [
              t('deviations.detail.reportedBy'),
              deviation.reportedBy
                ? t('deviations.detail.reportedByValue', {
                    name: deviation.reportedBy.name,
                    unit: deviation.reportedBy.unitName,
                  })
                : t('deviations.automatic'),
            ],
            [t('deviations.detail.createdAt'), when(deviation.createdAt)],
            [
              t('deviations.detail.description'),
              <Prose text={deviation.description || t('deviations.detail.noDescription')} />,
            ],
            [
              t('deviations.detail.resolution'),
              deviation.resolution && <Prose text={deviation.resolution} />,
            ],
            [t('deviations.detail.closedAt'), deviation.closedAt && when(deviation.closedAt)],
          ]}
        />
        {/* Each link goes through its own access rule, which a unit further up the path may not pass. */}
        {deviation.sipId && (
          <p>
            <Link to={`/sips/${deviation.sipId}`}>{t('deviations.detail.openCase')}</Link>
            <span className="hint"> {t('deviations.detail.openCaseHint')}</span>
          </p>
        )}
        {deviation.dischargeProcessId && (
          <p>
            <Link to={`/discharges/${deviation.dischargeProcessId}`}>
              {t('deviations.detail.openDischarge')}
            </Link>
            <span className="hint"> {t('deviations.detail.openDischargeHint')}</span>
          </p>
        )}
      </section>
      <DeviationActions deviation={deviation} onDone={onDone} />
      <DeviationHistory history={deviation.history} />
    </>
  );
}
