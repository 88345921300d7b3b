import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StartResponse } from '../../../shared/api/responses.js';
import { formatDate } from './dates.js';

type FollowUpDue = StartResponse['followUpsDue'][number];

/** Plans whose follow-up date is near or past; an overdue one is said in words, not only in colour. */
export function FollowUpsSection({ items }: { items: FollowUpDue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">{t('start.followUps.heading')}</h2>
      <p>{t('start.followUps.intro')}</p>
      {items.length === 0 ? (
        <p className="empty-state">{t('start.followUps.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('start.followUps.caseNumber')}</th>
                <th scope="col">{t('start.followUps.person')}</th>
                <th scope="col">{t('start.followUps.date')}</th>
                <th scope="col">{t('start.followUps.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.sipId} className={item.overdue ? 'row-overdue' : undefined}>
                  <th scope="row">
                    <Link to={`/sips/${item.sipId}`}>{item.caseNumber}</Link>
                  </th>
                  <td>{item.personName}</td>
                  <td>
                    <time dateTime={item.followUpOn}>{formatDate(item.followUpOn, i18n.language)}</time>
                  </td>
                  <td>
                    {item.overdue ? (
                      <span className="badge badge-error">{t('start.followUps.overdue')}</span>
                    ) : (
                      <span className="badge badge-neutral">{t('start.followUps.upcoming')}</span>
                    )}
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
