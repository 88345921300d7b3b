import { useTranslation } from 'react-i18next';
import type { InvitationView, SipDetail } from '../../../../shared/api/responses.js';
import { formatDateTime } from '../dates.js';
import { PlanText } from './PlanText.js';
import { TableWrap } from '../../shared/TableWrap.js';

function presence(value: boolean | null, yes: string, no: string, unknown: string): string {
  if (value === null) return unknown;
  return value ? yes : no;
}

/** Who took part in the meeting, unit by unit with attendance, whether the individual and relatives were there, and how the individual took part. */
export function ParticipationSection({ detail }: { detail: SipDetail }) {
  const { t, i18n } = useTranslation();
  const meeting = detail.meeting;
  // A forwarded invitation lives on as the invitation to the unit it was forwarded to.
  const invitations = detail.invitations.filter(
    (invitation) => invitation.status !== 'forwarded' && (!meeting || invitation.meetingId === meeting.id),
  );
  const notRecorded = t('start.print.notRecorded');

  function attendance(invitation: InvitationView): string {
    if (invitation.attendance) return t(`vocab.attendance.${invitation.attendance}`);
    if (invitation.status === 'declined') return t('vocab.invitationStatus.declined');
    return notRecorded;
  }

  return (
    <section className="print-section">
      <h2>{t('start.print.participationHeading')}</h2>
      {meeting && (
        <p>
          {t('start.print.meetingOn', {
            date: formatDateTime(meeting.startsAt, i18n.language),
            form: t(`vocab.meetingForm.${meeting.form}`).toLocaleLowerCase(i18n.language),
          })}
          {meeting.place && `, ${meeting.place}`}
        </p>
      )}
      <TableWrap label={t('start.print.participationHeading')}>
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">{t('start.print.unit')}</th>
              <th scope="col">{t('start.print.role')}</th>
              <th scope="col">{t('start.print.attendees')}</th>
              <th scope="col">{t('start.print.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                {detail.convener.unitName}
                <span className="cell-detail">{detail.convener.organisationName}</span>
              </td>
              <td>{t('vocab.part.convener')}</td>
              <td>{t('start.none')}</td>
              <td>{t('start.none')}</td>
            </tr>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td>
                  {invitation.unitName}
                  <span className="cell-detail">{invitation.organisationName}</span>
                </td>
                <td>{invitation.obliged ? t('start.print.obliged') : t('start.print.invited')}</td>
                <td>{invitation.attendees || t('start.none')}</td>
                <td>{attendance(invitation)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {invitations.length === 0 && <p className="not-filled">{t('start.print.noInvitations')}</p>}
      <dl className="print-pairs">
        <div>
          <dt>{t('start.print.individualPresent')}</dt>
          <dd>
            {presence(
              meeting?.individualPresent ?? null,
              t('start.print.yes'),
              t('start.print.no'),
              notRecorded,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('start.print.relativesPresent')}</dt>
          <dd>
            {presence(
              meeting?.relativesPresent ?? null,
              t('start.print.yes'),
              t('start.print.no'),
              notRecorded,
            )}
          </dd>
        </div>
      </dl>
      {meeting?.attendanceNote && <p className="plan-text">{meeting.attendanceNote}</p>}
      {detail.plan && (
        <PlanText
          heading={t('start.print.individualParticipation')}
          text={detail.plan.content.individualParticipation}
        />
      )}
    </section>
  );
}
