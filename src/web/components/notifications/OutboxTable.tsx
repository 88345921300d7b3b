import { useTranslation } from 'react-i18next';
import type { OutboxMail } from '../../../shared/api/notifications.js';
import { TableWrap } from '../shared/TableWrap.js';
import { formatDateTime } from '../start/dates.js';
import './outbox.css';

const statusBadge: Record<OutboxMail['status'], string> = {
  pending: 'badge badge-neutral',
  sent: 'badge badge-ok',
  failed: 'badge badge-warn',
  local: 'badge badge-neutral',
};

/** The mails, newest first, each with its text behind a disclosure so the list stays scannable. */
export function OutboxTable({ mails }: { mails: OutboxMail[] }) {
  const { t, i18n } = useTranslation();
  if (mails.length === 0) return <p className="empty-state">{t('notifications.outbox.empty')}</p>;
  const columns = ['created', 'to', 'unit', 'subject', 'state'] as const;
  return (
    <TableWrap label={t('notifications.outbox.caption')}>
      <table className="outbox-table">
        <caption>{t('notifications.outbox.caption')}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`notifications.outbox.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id}>
              <th scope="row">
                <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt, i18n.language)}</time>
              </th>
              <td>{mail.to}</td>
              <td>{mail.unitName}</td>
              <td>
                {mail.subject ?? t('notifications.outbox.notComposed')}
                {mail.hasCalendar && (
                  <span className="cell-detail">{t('notifications.outbox.calendar')}</span>
                )}
                {mail.text && (
                  <details>
                    <summary>{t('notifications.outbox.showText')}</summary>
                    <pre className="mail-text">{mail.text}</pre>
                  </details>
                )}
              </td>
              <td>
                <span className={statusBadge[mail.status]}>
                  {t(`notifications.outbox.statuses.${mail.status}`)}
                </span>
                {mail.sentAt && (
                  <span className="cell-detail">
                    {t('notifications.outbox.sentAt', { time: formatDateTime(mail.sentAt, i18n.language) })}
                  </span>
                )}
                {mail.attempts > 1 && (
                  <span className="cell-detail">
                    {t('notifications.outbox.attempts', { count: mail.attempts })}
                  </span>
                )}
                {mail.lastError && (
                  <span className="cell-detail">
                    {t('notifications.outbox.error', { error: mail.lastError })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
