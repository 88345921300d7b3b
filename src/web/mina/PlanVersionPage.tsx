import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { BackLink } from './BackLink.js';
import { minaPaths } from './paths.js';
import { personKeys, useSipOverview } from './personQueries.js';
import { PlainPlanView } from './PlainPlanView.js';
import { PlanApproval, versionToAnswer } from './PlanApproval.js';
import { useSipId } from './useSipId.js';

/** One version of the plan, earlier or waiting for an answer, as it was written. */
export function PlanVersionPage() {
  const { t } = useTranslation();
  const id = useSipId();
  const version = Number(useParams().version);
  const overview = useSipOverview(id);
  const shown = useQuery({
    queryKey: personKeys.version(id, version),
    queryFn: () => api.call(personRoutes.planVersion, { params: { id, version } }),
  });
  useDocumentTitle(t('mina.version.pageTitle', { version }));

  return (
    <div className="mina-narrow">
      <BackLink to={minaPaths.plan(id)}>{t('mina.version.backToPlan')}</BackLink>
      <h1>{t('mina.version.title', { version })}</h1>
      {shown.isPending || overview.isPending ? (
        <Loading text={t('mina.loading')} />
      ) : shown.error || overview.error ? (
        <ErrorMessage error={shown.error ?? overview.error} />
      ) : (
        <>
          <p>{shown.data.established ? t('mina.version.established') : t('mina.version.notEstablished')}</p>
          <PlainPlanView plan={shown.data.plan} relation={overview.data.relation} />
          <PlanApproval sipId={id} version={version} asked={versionToAnswer(overview.data) === version} />
        </>
      )}
    </div>
  );
}
