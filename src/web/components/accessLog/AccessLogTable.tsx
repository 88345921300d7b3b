import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccessLogEntry } from '../../../shared/api/accessLog.js';
import { accessLogSv } from '../../../shared/words/accessLog.sv.js';
import { appSv } from '../../../shared/words/app.sv.js';
import { isKeyOf } from '../../i18n/isKeyOf.js';
import { formatDateTime } from '../start/dates.js';
import { actionLabel } from './actionLabel.js';
import { TableWrap } from '../shared/TableWrap.js';

/** The role in words: a staff role, or how someone signed in with e-ID relates to the SIP; else as logged. */
function roleLabel(entry: AccessLogEntry, t: TFunction): string {
  if (entry.actorKind === 'e_id')
    return isKeyOf(accessLogSv.relations, entry.role) ? t(`accessLog.relations.${entry.role}`) : entry.role;
  return isKeyOf(appSv.roles, entry.role) ? t(`roles.${entry.role}`) : entry.role;
}

/** Under the actor's name: how they signed in, or which system acted; a staff user's username. */
function actorDetail(entry: AccessLogEntry, t: TFunction): string {
  switch (entry.actorKind) {
    case 'e_id':
      return t('accessLog.table.eId');
    case 'fhir_client':
      return t('accessLog.table.fhirClient', { clientId: entry.user.username });
    case 'rivta_consumer':
      return t('accessLog.table.rivtaConsumer');
    case 'staff':
      return entry.user.username;
  }
}

/** The entries, newest first; an unusual one is marked by a row style and, in words, by its patterns. */
export function AccessLogTable({ entries }: { entries: AccessLogEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p className="empty-state">{t('accessLog.table.empty')}</p>;
  const columns = [
    'when',
    'user',
    'unit',
    'action',
    'person',
    'sip',
    'address',
    'reason',
    'unusual',
  ] as const;
  return (
    <TableWrap label={t('accessLog.table.caption')}>
      <table className="access-log-table">
        <caption>{t('accessLog.table.caption')}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`accessLog.table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className={entry.unusual.length > 0 ? 'row-unusual' : undefined}>
              <th scope="row">
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, i18n.language)}</time>
              </th>
              <td>
                {entry.user.name}
                <span className="cell-detail">{actorDetail(entry, t)}</span>
              </td>
              <td>
                {entry.unit?.name ?? t('accessLog.table.noPerson')}
                <span className="cell-detail">{roleLabel(entry, t)}</span>
              </td>
              <td>{actionLabel(entry.action, t)}</td>
              <td>
                {entry.person ? (
                  <>
                    {entry.person.name}
                    {entry.person.idNumber && (
                      <span className="cell-detail nowrap">{entry.person.idNumber}</span>
                    )}
                  </>
                ) : (
                  t('accessLog.table.noPerson')
                )}
              </td>
              <td>
                {entry.sip ? (
                  <Link to={`/sips/${entry.sip.id}`}>{entry.sip.caseNumber ?? entry.sip.id}</Link>
                ) : (
                  t('accessLog.table.noPerson')
                )}
              </td>
              <td>{entry.clientAddress}</td>
              <td>{entry.reason}</td>
              <td>
                {entry.unusual.length > 0 && (
                  <span className="badge-list">
                    {entry.unusual.map((pattern) => (
                      <span key={pattern} className="badge badge-warn">
                        {t(`accessLog.pattern.${pattern}`)}
                      </span>
                    ))}
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
