import { useTranslation } from 'react-i18next';
import type { InvitationView } from '../../../shared/api/responses.js';
import { InvitationStatusBadge } from './InvitationStatusBadge.js';
import { formatDateTime } from '../shared/time.js';
import { TableWrap } from '../shared/TableWrap.js';

const unanswered = (invitation: InvitationView) =>
  invitation.status === 'sent' || invitation.status === 'acknowledged';

/** Every invited unit with its answer, so the convener can see who to remind. */
export function InvitationTable({ invitations }: { invitations: InvitationView[] }) {
  const { t } = useTranslation();
  const active = invitations.filter((invitation) => invitation.status !== 'forwarded');
  const waiting = active.filter(unanswered);
  const obligedWaiting = waiting.filter((invitation) => invitation.obliged);
  const count = (status: InvitationView['status']) => active.filter((i) => i.status === status).length;

  return (
    <>
      <h3>{t('case.invitations.title')}</h3>
      <p>
        {t('case.invitations.summary', {
          accepted: count('accepted'),
          declined: count('declined'),
          waiting: waiting.length,
        })}
      </p>
      {obligedWaiting.length > 0 && (
        <div className="alert alert-warn">
          <p>
            {t('case.invitations.obligedWaiting', {
              units: obligedWaiting.map((invitation) => invitation.unitName).join(', '),
            })}
          </p>
        </div>
      )}
      <TableWrap label={t('case.invitations.title')}>
        <table>
          <caption className="visually-hidden">{t('case.invitations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case.invitations.unit')}</th>
              <th scope="col">{t('case.invitations.status')}</th>
              <th scope="col">{t('case.invitations.attendees')}</th>
              <th scope="col">{t('case.invitations.comment')}</th>
              {invitations.some((invitation) => invitation.attendance) && (
                <th scope="col">{t('case.invitations.attendance')}</th>
              )}
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">
                  {invitation.unitName}
                  <span className="cell-detail">{invitation.organisationName}</span>
                  <span className="cell-detail">
                    {invitation.obliged ? t('case.invitations.principal') : t('case.invitations.otherActor')}
                  </span>
                </th>
                <td>
                  <InvitationStatusBadge status={invitation.status} />
                  <span className="cell-detail cell-time">
                    {formatDateTime(invitation.answeredAt ?? invitation.acknowledgedAt ?? invitation.sentAt)}
                  </span>
                </td>
                <td>{invitation.attendees}</td>
                <td>
                  <InvitationComment invitation={invitation} />
                </td>
                {invitations.some((i) => i.attendance) && (
                  <td>{invitation.attendance ? t(`vocab.attendance.${invitation.attendance}`) : ''}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

function InvitationComment({ invitation }: { invitation: InvitationView }) {
  const { t } = useTranslation();
  return (
    <>
      {invitation.declineReason && <p className="cell-text">{invitation.declineReason}</p>}
      {invitation.forwardNote && <p className="cell-text">{invitation.forwardNote}</p>}
      {invitation.forwardedFromUnitName && (
        <p className="cell-text">
          {t('case.invitations.forwardedFrom', { unit: invitation.forwardedFromUnitName })}
        </p>
      )}
    </>
  );
}
