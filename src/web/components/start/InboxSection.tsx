import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem } from '../../../shared/api/responses.js';
import { formatDateTime } from './dates.js';

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
    <section className="card" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t('start.inbox.heading')}</h2>
      <p>{t('start.inbox.intro')}</p>
      {items.length === 0 ? (
        <p className="empty-state">{t('start.inbox.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('start.inbox.caseNumber')}</th>
                <th scope="col">{t('start.inbox.convener')}</th>
                <th scope="col">{t('start.inbox.meeting')}</th>
                <th scope="col">{t('start.inbox.role')}</th>
                <th scope="col">{t('start.inbox.status')}</th>
              </tr>
            </thead>
            <tbody>
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
                    <time dateTime={item.meetingStartsAt}>
                      {formatDateTime(item.meetingStartsAt, i18n.language)}
                    </time>
                    <span className="cell-detail">
                      {t(`start.meetingForm.${item.meetingForm}`)}
                      {item.meetingPlace && `, ${item.meetingPlace}`}
                    </span>
                  </td>
                  <td>{item.obliged ? t('start.inbox.obliged') : t('start.inbox.invited')}</td>
                  <td>
                    <span className="badge-list">
                      <span className={`badge ${statusBadge[item.status]}`}>
                        {t(`start.invitationStatus.${item.status}`)}
                      </span>
                      {item.rescheduled && (
                        <span className="badge badge-warn">{t('start.inbox.rescheduled')}</span>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
