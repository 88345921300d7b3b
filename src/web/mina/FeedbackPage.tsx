import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { dayAndTime } from './dates.js';
import { personKeys } from './personQueries.js';
import { SipPageFrame } from './SipPageFrame.js';

/**
 * The meetings the person was at, each with the anonymous survey: the API makes a link of the survey's own for
 * the meeting, and the page goes there — the same form a card's QR code opens.
 */
export function FeedbackPage() {
  const { t } = useTranslation();
  return (
    <SipPageFrame title={t('minaMore.feedback.title')}>
      {(overview) => <FeedbackPart sipId={overview.id} />}
    </SipPageFrame>
  );
}

function FeedbackPart({ sipId }: { sipId: string }) {
  const { t, i18n } = useTranslation();
  const meetings = useQuery({
    queryKey: [...personKeys.sip(sipId), 'feedback'],
    queryFn: () => api.call(personRoutes.feedbackMeetings, { params: { id: sipId } }),
  });
  const open = useMutation({
    mutationFn: (meetingId: string) =>
      api.call(personRoutes.feedbackLink, { params: { id: sipId }, body: { meetingId } }),
    onSuccess: (link) => window.location.assign(link.url),
  });

  return (
    <>
      <p className="lead">{t('minaMore.feedback.intro')}</p>
      {meetings.isPending && <Loading text={t('minaMore.feedback.loading')} />}
      {meetings.error && <ErrorMessage error={meetings.error} />}
      {meetings.data?.meetings.length === 0 && <p>{t('minaMore.feedback.none')}</p>}
      {meetings.data && meetings.data.meetings.length > 0 && (
        <ul className="mina-cards">
          {meetings.data.meetings.map((meeting) => {
            const opening = open.isPending && open.variables === meeting.id;
            return (
              <li key={meeting.id} className="card mina-card">
                <p id={`feedback-meeting-${meeting.id}`}>
                  {t('minaMore.feedback.meeting', { time: dayAndTime(meeting.startsAt, i18n.language) })}
                </p>
                <button
                  type="button"
                  className="button-primary"
                  aria-describedby={`feedback-meeting-${meeting.id}`}
                  disabled={open.isPending}
                  onClick={() => open.mutate(meeting.id)}
                >
                  {opening ? t('minaMore.feedback.opening') : t('minaMore.feedback.open')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorMessage error={open.error} />
    </>
  );
}
