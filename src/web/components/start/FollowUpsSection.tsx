import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StartResponse } from '../../../shared/api/responses.js';
import { formatDate } from './dates.js';
import { followUpsDueFilter, sipListParams } from './sipListAddress.js';
import { TableSection } from './TableSection.js';

/**
 * Plans whose follow-up date is near or past; an overdue one is said in words, not only in colour. When there are
 * more than the start page shows, the case list filtered the same way holds them all.
 */
export function FollowUpsSection({ followUpsDue }: { followUpsDue: StartResponse['followUpsDue'] }) {
  const { t, i18n } = useTranslation();
  const { items, more } = followUpsDue;
  const everyDue = sipListParams(followUpsDueFilter);
  return (
    <TableSection
      headingId="follow-ups-heading"
      heading={t('start.followUps.heading')}
      intro={t('start.followUps.intro')}
      isEmpty={items.length === 0}
      empty={t('start.followUps.empty')}
      columns={[
        t('start.followUps.caseNumber'),
        t('start.followUps.person'),
        t('start.followUps.date'),
        t('start.followUps.status'),
      ]}
      footer={
        more && (
          <p>
            <Link to={{ search: everyDue.toString(), hash: '#sips-heading' }}>
              {t('start.followUps.more', { shown: items.length })}
            </Link>
          </p>
        )
      }
    >
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
    </TableSection>
  );
}
