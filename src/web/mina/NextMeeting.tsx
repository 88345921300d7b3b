import { useTranslation } from 'react-i18next';
import type { PersonNextMeeting } from '../../shared/api/personSide.js';
import { Facts } from '../components/shared/Facts.js';
import { formatMeetingTime } from '../components/shared/time.js';
import { MeetingAnswer } from './MeetingAnswer.js';

/** The next meeting: when, how, where and who is coming, and the person's own answer when they may give one. */
export function NextMeeting({
  sipId,
  meeting,
  mayAnswer,
}: {
  sipId: string;
  meeting: PersonNextMeeting;
  mayAnswer: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="mina-meeting">
      <h2 id="mina-meeting">{t('mina.meeting.title')}</h2>
      <Facts
        items={[
          [t('mina.meeting.when'), formatMeetingTime(meeting.startsAt, meeting.endsAt, i18n.language)],
          [t('mina.meeting.how'), t(`mina.meeting.forms.${meeting.form}`)],
          [t('mina.meeting.where'), meeting.place || t('mina.meeting.placeUnknown')],
          [
            t('mina.meeting.who'),
            meeting.units.length === 0 ? (
              t('mina.meeting.noUnits')
            ) : (
              <ul className="mina-plain-list">
                {meeting.units.map((unit) => (
                  <li key={unit.name}>
                    {t('mina.meeting.unitAnswer', {
                      unit: unit.name,
                      answer: t(`mina.meeting.unitAnswers.${unit.answer}`),
                    })}
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
      {mayAnswer && <MeetingAnswer sipId={sipId} meeting={meeting} />}
    </section>
  );
}
