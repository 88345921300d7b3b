import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { AccessLogFilters } from '../components/accessLog/AccessLogFilters.js';
import { AccessLogTable } from '../components/accessLog/AccessLogTable.js';
import {
  filterFromParams,
  filterParams,
  type AccessLogFilter,
} from '../components/accessLog/accessLogFilter.js';
import { DownloadCsv } from '../components/accessLog/DownloadCsv.js';
import { Paging } from '../components/accessLog/Paging.js';
import { UnusualSummary } from '../components/accessLog/UnusualSummary.js';
import {
  accessLogPageSize,
  useAccessLog,
  useAccessLogChoices,
} from '../components/accessLog/useAccessLog.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';

/** The access-log review for managers and administrators: filter, see what is unusual, page, download. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filterQuery = filterParams(filter).toString();
  const log = useAccessLog(filterParams(filter, page).toString());
  const choices = useAccessLogChoices();
  const [personName, setPersonName] = useState<string>();

  function apply(next: AccessLogFilter, name?: string) {
    if (name !== undefined) setPersonName(name);
    setParams(filterParams(next));
  }

  const fieldErrors = log.error instanceof ApiError ? log.error.fieldErrors : [];
  const errorFor = (key: string) => fieldErrors.find((e) => e.field === `querystring.${key}`)?.message;
  const shownName =
    personName ?? log.data?.entries.find((entry) => entry.person?.id === filter.person)?.person?.name;
  const pages = log.data ? Math.max(1, Math.ceil(log.data.summary.total / accessLogPageSize)) : 1;

  return (
    <div className="access-log-page">
      <div className="page-head">
        <div>
          <h1>{t('accessLog.title')}</h1>
          <p className="lead">{t('accessLog.intro')}</p>
        </div>
      </div>
      <AccessLogFilters
        key={filterQuery}
        filter={filter}
        choices={choices.data}
        personName={shownName}
        errorFor={errorFor}
        onApply={apply}
      />
      {log.isFetching && <Loading />}
      {log.error && (
        <>
          <p>{t('accessLog.loadFailed')}</p>
          <ErrorMessage error={log.error} />
        </>
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
