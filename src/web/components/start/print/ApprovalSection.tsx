import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../../shared/api/responses.js';
import { formatDate } from '../dates.js';

/** Whether the individual has approved the plan's current version, how and when. Signatures are not needed. */
export function ApprovalSection({ detail }: { detail: SipDetail }) {
  const { t, i18n } = useTranslation();
  const established = detail.plan?.establishedVersion ?? null;
  const version = detail.versions.find((item) => item.version === established);
  let text: string;
  if (established === null || !version) text = t('start.print.nothingToApprove');
  else if (version.approvedAt)
    text = t('start.print.approved', {
      version: version.version,
      method: version.approvalMethod ? t(`start.approvalMethod.${version.approvalMethod}`) : '',
      date: formatDate(version.approvedAt, i18n.language),
    });
  else text = t('start.print.notApproved', { version: version.version });
  return (
    <section className="print-section">
      <h2>{t('start.print.approvalHeading')}</h2>
      <p>{text}</p>
      {version?.approvalNote && <p className="plan-text">{version.approvalNote}</p>}
      <p className="print-footer">{t('start.print.footer')}</p>
    </section>
  );
}
