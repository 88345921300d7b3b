import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonPlan, PersonSipOverview } from '../../shared/api/personSide.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { BackLink } from './BackLink.js';
import { minaPaths } from './paths.js';
import { usePersonPlan, useSipOverview } from './personQueries.js';
import { PlainPlanView } from './PlainPlanView.js';
import { PlanApproval, versionToAnswer } from './PlanApproval.js';
import { useSipId } from './useSipId.js';
import { VersionList } from './VersionList.js';

/**
 * The plan that applies now, in plain words, with the question whether the person approves it when a version
 * waits for their answer, and every earlier version below.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const id = useSipId();
  const overview = useSipOverview(id);
  const plan = usePersonPlan(id);
  useDocumentTitle(t('mina.plan.pageTitle'));

  return (
    <div className="mina-narrow">
      <BackLink to={minaPaths.sip(id)}>{t('mina.backToOverview')}</BackLink>
      <h1>{t('mina.plan.title')}</h1>
      {plan.isPending || overview.isPending ? (
        <Loading text={t('mina.loading')} />
      ) : plan.error || overview.error ? (
        <ErrorMessage error={plan.error ?? overview.error} />
      ) : (
        <Plan overview={overview.data} plan={plan.data} />
      )}
    </div>
  );
}

function Plan({ overview, plan }: { overview: PersonSipOverview; plan: PersonPlan }) {
  const { t } = useTranslation();
  const toAnswer = versionToAnswer(overview);
  const shown = plan.establishedVersion;
  return (
    <>
      {plan.plan === null || shown === null ? (
        <p>{t('mina.plan.notYet')}</p>
      ) : (
        <>
          <p>{t('mina.plan.current', { version: shown })}</p>
          {toAnswer === shown && (
            <p className="alert alert-info">
              {/* The question follows the plan, so it is read first; this tells where to answer. */}
              <a href="#mina-approval">{t('mina.approval.answerBelow')}</a>
            </p>
          )}
          {toAnswer !== null && toAnswer !== shown && (
            <p className="alert alert-info">
              <Link to={minaPaths.version(overview.id, toAnswer)}>
                {t('mina.approval.readIt', { version: toAnswer })}
              </Link>
            </p>
          )}
          <PlainPlanView plan={plan.plan} relation={overview.relation} />
          <PlanApproval sipId={overview.id} version={shown} asked={toAnswer === shown} />
        </>
      )}
      <VersionList sipId={overview.id} plan={plan} />
    </>
  );
}
