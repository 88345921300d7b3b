import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { normalisedCaseNumber } from '../../shared/api/accessLogFields.js';
import { ApiError } from '../api/client.js';
import { AccessLogFilters } from '../components/accessLog/AccessLogFilters.js';
import { AccessLogIntro } from '../components/accessLog/AccessLogIntro.js';
import { AccessLogTable } from '../components/accessLog/AccessLogTable.js';
import {
  filterFromParams,
  filterParams,
  type AccessLogFilter,
} from '../components/accessLog/accessLogFilter.js';
import { DownloadCsv } from '../components/accessLog/DownloadCsv.js';
import { Paging } from '../components/accessLog/Paging.js';
import { UnusualSummary } from '../components/accessLog/UnusualSummary.js';
import { accessLogPageSize, useAccessLog } from '../components/accessLog/useAccessLog.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import '../components/accessLog/accessLog.css';

/** The access-log review for managers and administrators: filter, see what is unusual, page, download. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filterQuery = filterParams(filter).toString();
  const log = useAccessLog(filterParams(filter, page).toString());

  const fieldErrors = log.error instanceof ApiError ? log.error.fieldErrors : [];
  const errorFor = (key: string) => fieldErrors.find((e) => e.field === `querystring.${key}`)?.message;
  // While the next filter loads, the last answer stays on screen, but what it names belongs to the last filter.
  const named = log.data && !log.isPlaceholderData ? log.data.named : undefined;
  const pages = log.data ? Math.max(1, Math.ceil(log.data.summary.total / accessLogPageSize)) : 1;

  return (
    <div className="access-log-page">
      <div className="page-head">
        <div>
          <h1>{t('accessLog.title')}</h1>
          <AccessLogIntro />
        </div>
      </div>
      <AccessLogFilters
        key={filterQuery}
        filter={filter}
        named={named}
        errorFor={errorFor}
        onApply={(next: AccessLogFilter) => setParams(filterParams(next))}
      />
      {log.isFetching && <Loading />}
      {log.error && (
        <>
          <p>{t('accessLog.loadFailed')}</p>
          <ErrorMessage error={log.error} />
        </>
      )}
      {named && filter.caseNumber && !named.sip && (
        <p className="alert alert-info" role="status">
          {t('accessLog.caseNotFound', {
            caseNumber: normalisedCaseNumber(filter.caseNumber) ?? filter.caseNumber,
          })}
        </p>
      )}
      {log.data && !log.error && (
        <>
          <UnusualSummary data={log.data} />
          <DownloadCsv query={filterQuery} total={log.data.summary.total} max={log.data.exportMax} />
          <AccessLogTable entries={log.data.entries} />
          <Paging page={page} pages={pages} onPage={(next) => setParams(filterParams(filter, next))} />
        </>
      )}
    </div>
  );
}
