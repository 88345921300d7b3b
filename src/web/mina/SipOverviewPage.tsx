import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonSipOverview } from '../../shared/api/personSide.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { BackLink } from './BackLink.js';
import { CoordinatorContact } from './CoordinatorContact.js';
import { NextMeeting } from './NextMeeting.js';
import { versionToAnswer } from './PlanApproval.js';
import { minaPaths } from './paths.js';
import { useSipOverview } from './personQueries.js';
import { sipPages } from './sipPages.js';
import { useSipId } from './useSipId.js';

/**
 * One SIP as the person first sees it: what happens now, a plan waiting for their answer, the next meeting, who
 * keeps the plan together, and the pages they may open. Only what `allowedActions` permits is offered.
 */
export function SipOverviewPage() {
  const { t } = useTranslation();
  const id = useSipId();
  const overview = useSipOverview(id);
  const title = overview.data
    ? t(`mina.sips.heading.${overview.data.relation}`, { firstName: overview.data.firstName })
    : undefined;
  useDocumentTitle(title && `${title} – Samplan`);

  return (
    <div className="mina-narrow">
      <BackLink to={minaPaths.home}>{t('mina.backToSips')}</BackLink>
      {overview.isPending ? (
        <Loading text={t('mina.loading')} />
      ) : overview.error ? (
        <ErrorMessage error={overview.error} />
      ) : (
        <Overview overview={overview.data} title={title ?? ''} />
      )}
    </div>
  );
}

function Overview({ overview, title }: { overview: PersonSipOverview; title: string }) {
  const { t } = useTranslation();
  const may = (action: PersonSipOverview['allowedActions'][number]) =>
    overview.allowedActions.includes(action);
  const toApprove = versionToAnswer(overview);
  const pages = sipPages.filter((page) => may(page.action));

  return (
    <>
      <h1>{title}</h1>
      <section aria-labelledby="mina-what-now">
        <h2 id="mina-what-now">{t('mina.overview.whatNow')}</h2>
        <p>{t(`mina.phase.${overview.phase}`)}</p>
        {toApprove !== null && (
          <div className="alert alert-info">
            <p>{t('mina.overview.toApprove', { version: toApprove })}</p>
            <p>
              <Link
                className="button-primary button-link"
                to={
                  toApprove === overview.establishedVersion
                    ? minaPaths.plan(overview.id)
                    : minaPaths.version(overview.id, toApprove)
                }
              >
                {t('mina.overview.readToApprove')}
              </Link>
            </p>
          </div>
        )}
      </section>
      {may('readMeeting') && overview.nextMeeting && (
        <NextMeeting sipId={overview.id} meeting={overview.nextMeeting} mayAnswer={may('answerMeeting')} />
      )}
      {overview.coordinator && (
        <section className="card" aria-labelledby="mina-coordinator">
          <h2 id="mina-coordinator">{t('mina.coordinator.title')}</h2>
          <p>{t('mina.coordinator.intro')}</p>
          <CoordinatorContact coordinator={overview.coordinator} />
        </section>
      )}
      {pages.length > 0 && (
        <nav aria-labelledby="mina-more">
          <h2 id="mina-more">{t('mina.overview.more')}</h2>
          <ul className="mina-buttons">
            {pages.map((page) => (
              <li key={page.action}>
                <Link className="button-secondary button-link mina-wide-button" to={page.path(overview.id)}>
                  {page.label(t)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
