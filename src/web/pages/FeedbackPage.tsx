import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  feedbackAnswerBody,
  feedbackFreeTextMax,
  feedbackQuestions,
  type FeedbackAnswerBody,
} from '../../shared/api/feedback.js';
import { feedbackRoutes } from '../../shared/api/feedbackRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { scoreChoices, ScoreQuestion } from '../components/feedback/ScoreQuestion.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { useFormSubmit } from '../components/shared/useFormSubmit.js';
import '../components/feedback/feedback.css';

/**
 * The public feedback form after a SIP meeting, opened from a card's link or QR code without signing in. Written
 * for the individual or a relative: plain words, one question at a time on a phone, Swedish first.
 */
export function FeedbackPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const state = useQuery({
    queryKey: ['feedback', token],
    queryFn: () => api.call(feedbackRoutes.form, { params: { token } }),
    // Asked once: a link spent or expired will not open again.
    retry: false,
    refetchOnWindowFocus: false,
  });
  const send = useMutation({
    mutationFn: (body: FeedbackAnswerBody) => api.send(feedbackRoutes.answer, { params: { token }, body }),
  });

  useDocumentTitle(t('feedback.form.pageTitle'));

  const other = i18n.language === 'sv' ? 'en' : 'sv';
  return (
    <main id="main" className="feedback-page" lang={i18n.language}>
      <p className="feedback-language">
        <button
          type="button"
          className="button-secondary"
          lang={other}
          onClick={() => void i18n.changeLanguage(other)}
        >
          {other === 'en' ? 'In English' : 'På svenska'}
        </button>
      </p>
      {send.isSuccess ? (
        <Thanks />
      ) : state.isPending ? (
        <Loading text={t('feedback.form.loading')} />
      ) : state.error ? (
        <>
          <h1>{t('feedback.form.closedTitle')}</h1>
          <ErrorMessage error={state.error} />
        </>
      ) : (
        <FeedbackForm send={send.mutateAsync} sending={send.isPending} error={send.error} />
      )}
    </main>
  );
}

function Thanks() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone; moving focus to the thanks tells a screen reader user what happened.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" role="status">
      <h1 ref={heading} tabIndex={-1}>
        {t('feedback.form.thanksTitle')}
      </h1>
      <p>{t('feedback.form.thanks')}</p>
    </section>
  );
}

/** A choice of "vet ej" is sent as no score; one not made yet is asked for. */
const answer = z
  .enum(scoreChoices)
  .transform((choice) => (choice === 'dontKnow' ? null : Number(choice)))
  .pipe(feedbackAnswerBody.shape.respect);

/** The answers as the form holds them, each question's choice piped into the server's schema for its score. */
const feedbackForm = feedbackAnswerBody.extend({
  respect: answer,
  coDetermination: answer,
  relevance: answer,
  structure: answer,
  information: answer,
  followUp: answer,
});

function FeedbackForm({
  send,
  sending,
  error,
}: {
  send: (body: FeedbackAnswerBody) => Promise<unknown>;
  sending: boolean;
  error: Error | null;
}) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(feedbackForm), defaultValues: { freeText: '' } });
  const { submit } = useFormSubmit(form, send);
  const { errors } = form.formState;
  const missing = feedbackQuestions.filter((question) => errors[question]);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <h1>{t('feedback.form.title')}</h1>
      <p>{t('feedback.form.intro')}</p>
      <p className="feedback-anonymous">{t('feedback.form.anonymous')}</p>
      <p>{t('feedback.form.scaleHelp')}</p>
      {feedbackQuestions.map((question) => (
        <ScoreQuestion
          key={question}
          question={question}
          field={form.register(question)}
          missing={missing.includes(question)}
        />
      ))}
      <div className="field">
        <label htmlFor="feedback-free-text">{t('feedback.form.freeText')}</label>
        <p className="hint" id="feedback-free-text-hint">
          {t('feedback.form.freeTextHelp')}
        </p>
        <textarea
          id="feedback-free-text"
          aria-describedby="feedback-free-text-hint"
          rows={5}
          maxLength={feedbackFreeTextMax}
          {...form.register('freeText')}
        />
      </div>
      {missing.length > 0 && (
        <div className="alert alert-error" role="alert">
          <p>
            {t('feedback.form.unanswered', {
              questions: missing.map((question) => t(`feedback.form.questions.${question}`)).join(' '),
            })}
          </p>
        </div>
      )}
      <ErrorMessage error={error} />
      <button type="submit" className="button-primary feedback-send" disabled={sending}>
        {sending ? t('feedback.form.sending') : t('feedback.form.send')}
      </button>
    </form>
  );
}
