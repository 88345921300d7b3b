import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { deviationFilters, type DeviationFilter } from '../../shared/api/deviationFields.js';
import { deviationColumns, DeviationRows } from '../components/deviations/DeviationRows.js';
import { useDeviations } from '../components/deviations/useDeviations.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { TableSection } from '../components/start/TableSection.js';
import '../components/deviations/deviations.css';

function filterFrom(params: URLSearchParams): DeviationFilter {
  const value = params.get('filter');
  return deviationFilters.find((filter) => filter === value) ?? 'mine';
}

/** The deviations the acting unit knows of: what waits for the user first, then new, escalated or all. */
export function DeviationsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filter = filterFrom(params);
  const list = useDeviations(filter);
  return (
    <div className="deviations-page">
      <div className="page-head">
        <div>
          <h1>{t('deviations.title')}</h1>
          <p className="lead">{t('deviations.intro')}</p>
        </div>
      </div>
      <nav aria-label={t('deviations.filters.legend')} className="filter-tabs">
        <ul>
          {deviationFilters.map((value) => (
            <li key={value}>
              <Link to={`/deviations?filter=${value}`} aria-current={value === filter ? 'page' : undefined}>
                {t(`deviations.filters.${value}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && (
        <TableSection
          headingId="deviation-list-heading"
          heading={t(`deviations.filters.${filter}`)}
          intro=""
          isEmpty={list.data.deviations.length === 0}
          empty={t(`deviations.empty.${filter}`)}
          columns={deviationColumns(t)}
        >
          <DeviationRows deviations={list.data.deviations} />
        </TableSection>
      )}
    </div>
  );
}
