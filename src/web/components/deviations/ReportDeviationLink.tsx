import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SipDetail } from '../../../shared/api/responses.js';

/** On the case: every unit that sees it may report a deviation in it (the policy's reportDeviation). */
export function ReportDeviationLink({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="report-deviation-heading">
      <h2 id="report-deviation-heading">{t('deviations.report.link')}</h2>
      <p>{t('deviations.report.linkIntro')}</p>
      <Link to={`/sips/${sip.id}/deviations/new`} className="button-secondary button-link">
        {t('deviations.report.link')}
      </Link>
    </section>
  );
}
