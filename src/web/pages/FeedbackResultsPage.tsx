import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { feedbackResultsQuery, type FeedbackSummary } from '../../shared/api/feedback.js';
import { feedbackRoutes } from '../../shared/api/feedbackRoutes.js';
import { api } from '../api/client.js';
import { shiftDate, stockholmToday } from '../components/shared/time.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { FormFieldErrors } from '../components/shared/fieldErrors.js';
import { TextField } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { Loading } from '../components/shared/Loading.js';
import { TableWrap } from '../components/shared/TableWrap.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { localeOf } from '../i18n/language.js';
import '../components/feedback/feedback.css';

/**
 * Feedback after the meetings the acting unit convened (the organisation's or the county's for administrators and
 * county coordinators): averages per question and free texts, only where at least five answers exist.
 */
export function FeedbackResultsPage() {
  const { t } = useTranslation();
  const today = stockholmToday();
  // The period shown is the page's; the form holds the next one until it is asked for.
  const [period, setPeriod] = useState({ from: shiftDate(today, { years: -1 }), to: today });
  const form = useForm({ resolver: useSchemaResolver(feedbackResultsQuery), defaultValues: period });
  const results = useQuery({
    queryKey: ['feedback-results', period],
    queryFn: () => api.call(feedbackRoutes.results, { query: period }),
  });
  useDocumentTitle(`${t('feedback.results.title')} – Samplan`);

  return (
    <section>
      <h1>{t('feedback.results.title')}</h1>
      <p>{t('feedback.results.intro')}</p>
      <form
        className="card feedback-period"
        onSubmit={(event) => void form.handleSubmit(setPeriod)(event)}
        noValidate
      >
        <FormFieldErrors form={form} refusal={null} prefix="query.">
          <TextField
            id="feedback-from"
            type="date"
            label={t('feedback.results.from')}
            required
            requiredMark={false}
            field={form.register('from')}
          />
          <TextField
            id="feedback-to"
            type="date"
            label={t('feedback.results.to')}
            required
            requiredMark={false}
            field={form.register('to')}
          />
        </FormFieldErrors>
        <button type="submit" className="button-primary">
          {t('feedback.results.show')}
        </button>
      </form>
      {results.isPending ? (
        <Loading text={t('feedback.results.loading')} />
      ) : results.error ? (
        <ErrorMessage error={results.error} />
      ) : (
        <Results summary={results.data} />
      )}
    </section>
  );
}

function Results({ summary }: { summary: FeedbackSummary }) {
  const { t, i18n } = useTranslation();
  if (summary.suppressed) {
    return (
      <p className="card" role="status">
        {t('feedback.results.fewerThanFive')}
      </p>
    );
  }
  const decimal = new Intl.NumberFormat(localeOf(i18n.language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (
    <div className="card">
      <p role="status">{t('feedback.results.answers', { count: summary.answers ?? 0 })}</p>
      <TableWrap label={t('feedback.results.title')}>
        <table>
          <caption>{t('feedback.results.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedback.results.question')}</th>
              <th scope="col">{t('feedback.results.average')}</th>
              <th scope="col">{t('feedback.results.answered')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.questions.map((result) => (
              <tr key={result.question}>
                <th scope="row">{t(`feedback.results.questions.${result.question}`)}</th>
                <td>
                  {result.average === null ? t('feedback.results.tooFew') : decimal.format(result.average)}
                </td>
                <td>{result.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h2>{t('feedback.results.freeTexts')}</h2>
      {summary.freeTexts.length === 0 ? (
        <p>{t('feedback.results.noFreeTexts')}</p>
      ) : (
        <ul className="feedback-free-texts">
          {summary.freeTexts.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
