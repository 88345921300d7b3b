import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonAccessLog } from '../../shared/api/personSide.js';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { dayAndTime } from './dates.js';
import { personKeys } from './personQueries.js';
import { SipPageFrame } from './SipPageFrame.js';

/** Entries asked for at a time; the API gives at most 200. */
const step = 50;
const most = 200;

type Entry = PersonAccessLog['entries'][number];

/** What was done, in three plain kinds: the log's own names are for the people who review it. */
export function accessKind(action: string): 'looked' | 'answered' | 'changed' {
  const [kind, name = ''] = action.split(':');
  if (kind === 'invitation') return 'answered';
  if (kind === 'person') return /^(read|see)/.test(name) ? 'looked' : 'changed';
  if (kind === 'write' || kind?.startsWith('create_')) return 'changed';
  return 'looked';
}

/**
 * "Vem har tittat på min plan?": the access log about me, newest first — when, which unit (and the staff member's
 * name where the county lets), and guests by name.
 */
export function AccessLogPage() {
  const { t } = useTranslation();
  return (
    <SipPageFrame title={t('minaMore.accessLog.title')}>
      {(overview) => <AccessLogPart sipId={overview.id} />}
    </SipPageFrame>
  );
}

function AccessLogPart({ sipId }: { sipId: string }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(step);
  const log = useQuery({
    queryKey: [...personKeys.sip(sipId), 'access-log', limit],
    queryFn: () => api.call(personRoutes.accessLog, { params: { id: sipId }, query: { limit } }),
    // The list stays while more is fetched, rather than blanking to a loading line.
    placeholderData: keepPreviousData,
  });

  const entries = log.data?.entries ?? [];
  const mayHaveMore = entries.length === limit && limit < most;
  return (
    <>
      <p className="lead">{t('minaMore.accessLog.intro')}</p>
      {log.isPending && <Loading text={t('minaMore.accessLog.loading')} />}
      {log.error && <ErrorMessage error={log.error} />}
      {log.data && entries.length === 0 && <p>{t('minaMore.accessLog.none')}</p>}
      {entries.length > 0 && (
        <ul className="mina-cards">
          {entries.map((entry, index) => (
            <AccessLogEntry key={`${entry.at}-${index}`} entry={entry} />
          ))}
        </ul>
      )}
      {mayHaveMore && (
        <div className="actions">
          <button
            type="button"
            className="button-secondary"
            disabled={log.isFetching}
            onClick={() => setLimit(Math.min(limit + step, most))}
          >
            {log.isFetching ? t('minaMore.accessLog.loadingMore') : t('minaMore.accessLog.more')}
          </button>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {log.isFetching && !log.isPending ? t('minaMore.accessLog.loadingMore') : ''}
      </p>
      <p className="mina-quiet">{t('minaMore.accessLog.question')}</p>
    </>
  );
}

function AccessLogEntry({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card mina-card">
      <p className="mina-quiet">
        <time dateTime={entry.at}>{dayAndTime(entry.at, i18n.language)}</time>
      </p>
      <p>
        <strong>{useWho(entry.who)}</strong> {t(`minaMore.accessLog.kinds.${accessKind(entry.action)}`)}
      </p>
    </li>
  );
}

/** Staff by their unit (and name where the county lets); people signed in with e-ID by name and what they are. */
function useWho(who: Entry['who']): string {
  const { t } = useTranslation();
  if (who.kind === 'rivta_consumer') return t('minaMore.accessLog.national');
  if (who.kind === 'e_id')
    return t('minaMore.accessLog.person', {
      name: who.name,
      relation: t(`minaMore.accessLog.relations.${who.relation}`),
    });
  const someone = who.staffName ?? t('minaMore.accessLog.someone');
  return who.unitName ? t('minaMore.accessLog.atUnit', { who: someone, unit: who.unitName }) : someone;
}
