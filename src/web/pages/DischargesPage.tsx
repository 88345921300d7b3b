import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { awaitingInvitation, DischargeTable } from '../components/discharge/DischargeTable.js';
import { useDischarges } from '../components/discharge/dischargeQueries.js';

/** The unit's discharge processes: "to invite by" first, then those not yet ready, then the finished. */
export function DischargesPage() {
  const { t } = useTranslation();
  const discharges = useDischarges();
  const processes = discharges.data?.processes ?? [];
  return (
    <div className="discharge-page">
      <div className="page-head">
        <div>
          <h1>{t('discharge.title')}</h1>
          <p className="lead">{t('discharge.intro')}</p>
        </div>
        {discharges.data?.mayRegisterAdmission && (
          <Link to="/discharges/new" className="button-primary button-link">
            {t('discharge.newAdmission')}
          </Link>
        )}
      </div>
      <p>{t('discharge.deadlineRuleGeneric')}</p>
      {discharges.isPending && <Loading />}
      {discharges.error && (
        <>
          <p>{t('discharge.loadFailed')}</p>
          <ErrorMessage error={discharges.error} />
        </>
      )}
      {discharges.data && (
        <>
          <DischargeTable
            id="to-invite"
            heading={t('discharge.toInvite.heading')}
            intro={t('discharge.toInvite.intro')}
            empty={t('discharge.toInvite.empty')}
            items={awaitingInvitation(processes)}
          />
          <DischargeTable
            id="admitted"
            heading={t('discharge.admitted.heading')}
            intro={t('discharge.admitted.intro')}
            empty={t('discharge.admitted.empty')}
            items={processes.filter((item) => item.status === 'admitted')}
          />
          <DischargeTable
            id="finished"
            heading={t('discharge.finished.heading')}
            intro={t('discharge.finished.intro')}
            empty={t('discharge.finished.empty')}
            items={processes.filter((item) => item.status === 'invited' || item.status === 'interrupted')}
          />
        </>
      )}
    </div>
  );
}
