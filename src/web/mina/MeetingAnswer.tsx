import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { personRoutes } from '../../shared/api/personRoutes.js';
import {
  personMeetingAnswerBody,
  type PersonMeetingAnswerBody,
  type PersonNextMeeting,
} from '../../shared/api/personSide.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { TextArea } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { StepForm } from '../components/shared/StepForm.js';
import { personKeys, refreshSip } from './personQueries.js';

/** What the form asks when the person wants another time: which time suits them better. */
const wishForm = personMeetingAnswerBody.pick({ wish: true });

/**
 * The person's answer to the meeting: coming with one tap, or asking for another time with a wish. The answer
 * stays open to change until the meeting.
 */
export function MeetingAnswer({ sipId, meeting }: { sipId: string; meeting: PersonNextMeeting }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [askingAnotherTime, setAskingAnotherTime] = useState(false);
  const answer = useMutation({
    mutationFn: (body: Omit<PersonMeetingAnswerBody, 'meetingId'>) =>
      api.call(personRoutes.answerMeeting, {
        params: { id: sipId },
        body: { meetingId: meeting.id, ...body },
      }),
    onSuccess: (overview) => {
      client.setQueryData(personKeys.sip(sipId), overview);
      setAskingAnotherTime(false);
      void refreshSip(client, sipId);
    },
  });
  const form = useForm({ resolver: useSchemaResolver(wishForm), defaultValues: { wish: '' } });
  const given = meeting.myAnswer;

  return (
    <div className="mina-answer">
      <h3>{t('mina.meeting.yourAnswer')}</h3>
      <p role="status">
        {answer.isSuccess && answer.variables.answer === 'coming' && t('mina.meeting.thanksComing')}
        {answer.isSuccess &&
          answer.variables.answer === 'another_time' &&
          t('mina.meeting.thanksAnotherTime')}
      </p>
      {given ? (
        <>
          <p>{t(`mina.meeting.answered.${given.answer}`)}</p>
          {given.wish && <p className="prose">{t('mina.meeting.yourWish', { wish: given.wish })}</p>}
          <p>{t('mina.meeting.changeAnswer')}</p>
        </>
      ) : (
        <p>{t('mina.meeting.askAnswer')}</p>
      )}
      {askingAnotherTime ? (
        <StepForm
          form={form}
          action={{
            isPending: answer.isPending,
            error: answer.error,
            mutateAsync: (body) => answer.mutateAsync({ answer: 'another_time', wish: body.wish }),
          }}
          label={t('mina.meeting.sendWish')}
          pendingLabel={t('mina.meeting.sending')}
          onCancel={() => setAskingAnotherTime(false)}
        >
          <TextArea
            id="mina-meeting-wish"
            label={t('mina.meeting.wish')}
            hint={t('mina.meeting.wishHint')}
            field={form.register('wish')}
            rows={3}
          />
        </StepForm>
      ) : (
        <>
          <div className="actions">
            {given?.answer !== 'coming' && (
              <button
                type="button"
                className="button-primary"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ answer: 'coming', wish: '' })}
              >
                {answer.isPending ? t('mina.meeting.sending') : t('mina.meeting.coming')}
              </button>
            )}
            <button
              type="button"
              className="button-secondary"
              disabled={answer.isPending}
              onClick={() => setAskingAnotherTime(true)}
            >
              {t('mina.meeting.anotherTime')}
            </button>
          </div>
          <ErrorMessage error={answer.error} />
        </>
      )}
    </div>
  );
}
