import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem } from '../../../shared/api/responses.js';
import { formatDateTime } from './dates.js';
import { TableSection } from './TableSection.js';

const statusBadge: Record<InboxItem['status'], string> = {
  sent: 'badge-warn',
  acknowledged: 'badge-neutral',
  accepted: 'badge-ok',
  declined: 'badge-error',
  forwarded: 'badge-neutral',
};

/** Invitations to the acting unit that still wait for an answer; each is answered from its case. */
export function InboxSection({ items }: { items: InboxItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <TableSection
      headingId="inbox-heading"
      heading={t('start.inbox.heading')}
      intro={t('start.inbox.intro')}
      isEmpty={items.length === 0}
      empty={t('start.inbox.empty')}
      columns={[
        t('start.inbox.caseNumber'),
        t('start.inbox.convener'),
        t('start.inbox.meeting'),
        t('start.inbox.role'),
        t('start.inbox.status'),
      ]}
    >
      {items.map((item) => (
        <tr key={item.id}>
          <th scope="row">
            <Link to={`/sips/${item.sipId}`}>{item.caseNumber}</Link>
          </th>
          <td>
            {item.convenerUnitName}
            <span className="cell-detail">{item.convenerOrganisationName}</span>
          </td>
          <td>
            <time dateTime={item.meetingStartsAt}>{formatDateTime(item.meetingStartsAt, i18n.language)}</time>
            <span className="cell-detail">
              {t(`vocab.meetingForm.${item.meetingForm}`)}
              {item.meetingPlace && `, ${item.meetingPlace}`}
            </span>
          </td>
          <td>{item.obliged ? t('start.inbox.obliged') : t('start.inbox.invited')}</td>
          <td>
            <span className="badge-list">
              <span className={`badge ${statusBadge[item.status]}`}>
                {t(`start.invitationStatus.${item.status}`)}
              </span>
              {item.rescheduled && <span className="badge badge-warn">{t('start.inbox.rescheduled')}</span>}
            </span>
          </td>
        </tr>
      ))}
    </TableSection>
  );
}
