import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonSipSummary } from '../../shared/api/personSide.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { dayAndTime } from './dates.js';
import { minaPaths } from './paths.js';
import { useMySips } from './personQueries.js';

/**
 * The first page after signing in: the SIPs the person takes part in — their own, a child's they are guardian of,
 * or one they were invited to as a guest — each with what waits for them.
 */
export function MySipsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mina.sips.pageTitle'));
  const sips = useMySips();
  return (
    <div className="mina-narrow">
      <h1>{t('mina.sips.title')}</h1>
      {sips.isPending ? (
        <Loading text={t('mina.loading')} />
      ) : sips.error ? (
        <ErrorMessage error={sips.error} />
      ) : sips.data.sips.length === 0 ? (
        <p>{t('mina.sips.none')}</p>
      ) : (
        <>
          <p>{t('mina.sips.intro')}</p>
          <ul className="mina-cards">
            {sips.data.sips.map((sip) => (
              <SipCard key={sip.id} sip={sip} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SipCard({ sip }: { sip: PersonSipSummary }) {
  const { t, i18n } = useTranslation();
  const names = { firstName: sip.firstName };
  return (
    <li className="card mina-card">
      <h2>
        <Link to={minaPaths.sip(sip.id)}>{t(`mina.sips.heading.${sip.relation}`, names)}</Link>
      </h2>
      <p>{t(`mina.sips.relation.${sip.relation}`, names)}</p>
      {sip.versionToApprove !== null && <p className="mina-waiting">{t('mina.sips.toApprove')}</p>}
      <p>{t(`mina.phase.${sip.phase}`)}</p>
      {sip.nextMeetingAt && (
        <p>
          {t('mina.sips.nextMeeting', {
            time: dayAndTime(sip.nextMeetingAt, i18n.language),
          })}
        </p>
      )}
      <p className="mina-quiet">{t('mina.sips.convenedBy', { unit: sip.conveningUnitName })}</p>
    </li>
  );
}
