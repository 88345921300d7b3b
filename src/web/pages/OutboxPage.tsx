import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { notificationRoutes } from '../../shared/api/notificationRoutes.js';
import { mailStatuses, outboxPageSize } from '../../shared/api/notifications.js';
import { api } from '../api/client.js';
import { Paging } from '../components/accessLog/Paging.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { OutboxTable } from '../components/notifications/OutboxTable.js';

type Status = (typeof mailStatuses)[number];
const isStatus = (value: string | null): value is Status => mailStatuses.some((status) => status === value);

/** The mail outbox for administrators: what Samplan sent, or — without a mail server — would have sent. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const outbox = useQuery({
    queryKey: ['outbox', page, status],
    queryFn: () => api.call(notificationRoutes.outbox, { query: { page, status } }),
    placeholderData: keepPreviousData,
  });
  const pages = outbox.data ? Math.max(1, Math.ceil(outbox.data.total / outboxPageSize)) : 1;

  function show(next: { page?: number; status?: Status }) {
    const nextParams = new URLSearchParams();
    if (next.status) nextParams.set('status', next.status);
    if (next.page && next.page > 1) nextParams.set('page', String(next.page));
    setParams(nextParams);
  }

  return (
    <div className="outbox-page">
      <h1>{t('notifications.outbox.title')}</h1>
      <p className="lead">{t('notifications.outbox.intro')}</p>
      <div className="field">
        <label htmlFor="outbox-status">{t('notifications.outbox.status')}</label>
        <select
          id="outbox-status"
          value={status ?? ''}
          onChange={(event) =>
            show({ status: isStatus(event.target.value) ? event.target.value : undefined })
          }
        >
          <option value="">{t('notifications.outbox.anyStatus')}</option>
          {mailStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`notifications.outbox.statuses.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {outbox.isPending && <p role="status">{t('notifications.outbox.loading')}</p>}
      {outbox.error && <ErrorMessage error={outbox.error} />}
      {outbox.data && <OutboxTable mails={outbox.data.mails} />}
      <Paging page={page} pages={pages} onPage={(next) => show({ page: next, status })} />
    </div>
  );
}
