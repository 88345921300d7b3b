import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { Facts, Prose } from '../shared/Facts.js';
import { formatMeetingTime } from '../shared/time.js';

type Meeting = NonNullable<SipDetail['meeting']>;

const statusBadge: Record<Meeting['status'], string> = {
  scheduled: 'badge badge-neutral',
  held: 'badge badge-ok',
  cancelled: 'badge badge-warn',
};

export function MeetingSummary({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const yesNo = (value: boolean | null) =>
    value === null ? '' : value ? t('case.form.yes') : t('case.form.no');
  return (
    <div className="meeting-summary">
      <p className="meeting-time">
        <strong>{formatMeetingTime(meeting.startsAt, meeting.endsAt, i18n.language)}</strong>{' '}
        {meeting.sequence > 0 && meeting.status !== 'cancelled' && (
          <span className="badge badge-warn">{t('case.meeting.changed')}</span>
        )}{' '}
        <span className={statusBadge[meeting.status]}>{t(`case.meeting.status.${meeting.status}`)}</span>
        {meeting.enteredAfterwards && (
          <>
            {' '}
            <span className="badge badge-neutral">{t('case.heldMeeting.badge')}</span>
          </>
        )}
      </p>
      <Facts
        items={[
          [t('case.meeting.form'), t(`vocab.meetingForm.${meeting.form}`)],
          [t('case.meeting.place'), meeting.place],
          [t('case.meeting.cancelledBecause'), meeting.cancelReason],
          [t('case.meeting.individualPresent'), yesNo(meeting.individualPresent)],
          [t('case.meeting.relativesPresent'), yesNo(meeting.relativesPresent)],
          [
            t('case.meeting.attendanceNote'),
            meeting.attendanceNote && <Prose text={meeting.attendanceNote} />,
          ],
        ]}
      />
    </div>
  );
}
