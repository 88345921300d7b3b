import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/client.js';
import type { Me } from '../api/types.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { stockholmToday } from '../components/shared/time.js';
import { useOrganisations } from '../components/start/useOrganisations.js';
import { BreakdownSection } from '../components/statistics/BreakdownSection.js';
import { CodeCountsSection } from '../components/statistics/CodeCountsSection.js';
import { CollaborationSection } from '../components/statistics/CollaborationSection.js';
import { Downloads } from '../components/statistics/Downloads.js';
import { IndicatorSections } from '../components/statistics/IndicatorSections.js';
import { ScopeTrail } from '../components/statistics/ScopeTrail.js';
import { StatisticsFilters } from '../components/statistics/StatisticsFilters.js';
import {
  filterFromParams,
  filterParams,
  homeScope,
  levelDepth,
} from '../components/statistics/statisticsFilter.js';
import { useStatistics } from '../components/statistics/useStatistics.js';
import '../components/statistics/statistics.css';

/**
 * The dashboard: a period and selection, the place (county, principal, organisation, unit) with a trail back
 * up, every indicator against the period it is compared with (the previous one, or the same dates a year
 * earlier) as chart and table, the level below to drill into, and the downloads. Loaded on demand, so the
 * charts' code is fetched only by those who open it.
 */
export function StatisticsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = stockholmToday();
  const filter = filterFromParams(params, me, today);
  const query = filterParams(filter).toString();
  const report = useStatistics(query);
  const directory = useOrganisations();
  const home = homeScope(me);
  const homeDepth = levelDepth[home.scope];

  const fieldErrors = report.error instanceof ApiError ? report.error.fieldErrors : [];
  const errorFor = (key: string) => fieldErrors.find((e) => e.field === `querystring.${key}`)?.message;

  return (
    <div className="statistics-page">
      <div className="page-head">
        <div>
          <h1>{t('statistics.title')}</h1>
          <p className="lead">{t('statistics.intro')}</p>
        </div>
      </div>
      {directory.data && <ScopeTrail filter={filter} directory={directory.data} homeDepth={homeDepth} />}
      <StatisticsFilters
        key={query}
        filter={filter}
        today={today}
        errorFor={errorFor}
        oneDimension={home.scope === 'county'}
        onApply={(next) => setParams(filterParams(next))}
      />
      {report.isFetching && <Loading />}
      {report.error && (
        <>
          <p>{t('statistics.loadFailed')}</p>
          <ErrorMessage error={report.error} />
        </>
      )}
      {report.data && !report.error && (
        <>
          <div className="statistics-summary">
            <h2 className="scope-name">{report.data.scopeName ?? t('statistics.scope.county')}</h2>
            <p>
              {t('statistics.period.current', { from: report.data.filter.from, to: report.data.filter.to })}.{' '}
              {t(`statistics.period.${report.data.filter.compareWith ?? 'previous'}`, {
                ...report.data.previousPeriod,
              })}
              .
            </p>
            <p className="hint">
              {t('statistics.suppressedExplained')} {t('statistics.noValueExplained')}
            </p>
          </div>
          <Downloads query={query} year={filter.to.slice(0, 4)} />
          {report.data.breakdown && report.data.breakdown.rows.length > 0 && (
            <BreakdownSection report={report.data} breakdown={report.data.breakdown} />
          )}
          <IndicatorSections report={report.data} />
          <CollaborationSection pairs={report.data.collaboration} />
          <CodeCountsSection codes={report.data.codes} />
        </>
      )}
    </div>
  );
}
