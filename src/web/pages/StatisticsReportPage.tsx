import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { indicatorDefinitions } from '../../shared/api/statistics.js';
import type { Me } from '../api/types.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { stockholmToday } from '../components/shared/time.js';
import { IndicatorSections } from '../components/statistics/IndicatorSections.js';
import { filterFromParams, filterParams } from '../components/statistics/statisticsFilter.js';
import { useStatistics } from '../components/statistics/useStatistics.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import '../components/statistics/statistics.css';
import { languageOf } from '../i18n/language.js';
import '../components/start/print/printDocument.css';

/**
 * The yearly report for printing: every indicator of a calendar year at the chosen place and selection, against
 * the same dates a year earlier unless the address chooses the previous period, with every definition written
 * out. It stands alone, without the app's frame, like the plan's print view; a year still running ends today.
 */
export function StatisticsReportPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const today = stockholmToday();
  const year = params.get('year') ?? today.slice(0, 4);
  const validYear = /^\d{4}$/.test(year);
  const yearEnd = `${year}-12-31`;
  const periodParams = new URLSearchParams(params);
  periodParams.set('from', `${year}-01-01`);
  periodParams.set('to', yearEnd < today ? yearEnd : today);
  if (!periodParams.has('compareWith')) periodParams.set('compareWith', 'yearBefore');
  const filter = filterFromParams(periodParams, me, today);
  const report = useStatistics(validYear ? filterParams(filter).toString() : null);
  const language = languageOf(i18n.language);
  const title = t('statistics.report.title', { year });

  // The title names the saved or printed file.
  useDocumentTitle(title);

  return (
    <main id="main" className="print-page statistics-report">
      <nav className="print-toolbar no-print" aria-label={title}>
        <Link to={`/statistics?${filterParams(filter)}`}>{t('statistics.report.back')}</Link>
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {t('statistics.report.print')}
        </button>
      </nav>
      <header className="print-header">
        <p className="print-brand">{t('app.name')}</p>
        <h1>{title}</h1>
        <p>{t('statistics.report.subtitle')}</p>
      </header>
      {!validYear && <p className="alert alert-error">{t('statistics.report.badYear')}</p>}
      {validYear && report.isPending && <Loading />}
      {report.error && (
        <>
          <p>{t('statistics.loadFailed')}</p>
          <ErrorMessage error={report.error} />
        </>
      )}
      {report.data && (
        <>
          <dl className="print-facts">
            <div>
              <dt>{t('statistics.report.scope')}</dt>
              <dd>{report.data.scopeName ?? t('statistics.scope.county')}</dd>
            </div>
            <div>
              <dt>{t('statistics.report.period')}</dt>
              <dd>
                {report.data.filter.from} – {report.data.filter.to}
              </dd>
            </div>
            <div>
              <dt>{t('statistics.report.comparison')}</dt>
              <dd>
                {t(`statistics.filters.comparison.${report.data.filter.compareWith ?? 'previous'}`)},{' '}
                {report.data.previousPeriod.from} – {report.data.previousPeriod.to}
              </dd>
            </div>
            <div>
              <dt>{t('statistics.report.generated')}</dt>
              <dd>{today}</dd>
            </div>
          </dl>
          <p>
            {t('statistics.suppressedExplained')} {t('statistics.noValueExplained')}
          </p>
          <IndicatorSections report={report.data} printed />
          <section className="report-definitions" aria-labelledby="report-definitions">
            <h2 id="report-definitions">{t('statistics.report.definitions')}</h2>
            <dl>
              {indicatorDefinitions.map((definition) => (
                <div key={definition.key}>
                  <dt>{definition.name[language]}</dt>
                  <dd>{definition.definition[language]}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}
    </main>
  );
}
