import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notificationRoutes } from '../../../shared/api/notificationRoutes.js';
import type { UnitNotice } from '../../../shared/api/notifications.js';
import { api } from '../../api/client.js';
import { formatDateTime } from '../start/dates.js';
import { TableSection } from '../start/TableSection.js';

function target(notice: UnitNotice): string | null {
  if (notice.deviationId) return `/deviations/${notice.deviationId}`;
  if (notice.sipId) return `/sips/${notice.sipId}`;
  if (notice.kind === 'discharge_invitation_due') return '/discharges';
  return null;
}

/** The unit's recent notices on the start page: what was mailed, for those who read no mail. */
export function NoticesSection() {
  const { t, i18n } = useTranslation();
  const notices = useQuery({
    queryKey: ['notices'],
    queryFn: () => api.call(notificationRoutes.notices),
  });
  const items = notices.data?.notices ?? [];
  if (items.length === 0) return null;
  return (
    <TableSection
      headingId="notices-heading"
      heading={t('notifications.notices.heading')}
      intro={t('notifications.notices.intro')}
      isEmpty={false}
      empty=""
      columns={[t('notifications.notices.when'), t('notifications.notices.what')]}
    >
      {items.map((notice) => {
        const to = target(notice);
        const what = t(`notifications.kinds.${notice.kind}`);
        return (
          <tr key={notice.id}>
            <td>
              <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt, i18n.language)}</time>
            </td>
            <td>
              {to ? <Link to={to}>{what}</Link> : what}
              {notice.caseNumber && <span className="cell-detail">{notice.caseNumber}</span>}
            </td>
          </tr>
        );
      })}
    </TableSection>
  );
}
