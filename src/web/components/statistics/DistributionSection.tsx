import { useTranslation } from 'react-i18next';
import type { Comparison, IndicatorResult, ReportTemplate } from '../../../shared/api/statistics.js';
import { categoryName } from '../../../shared/api/statisticsNames.js';
import { ComparisonChart } from './ComparisonChart.js';
import { Definition, useIndicatorName } from './Definition.js';
import { FigureCell } from './FigureCell.js';
import { languageOf } from '../../i18n/language.js';
import { TableWrap } from '../shared/TableWrap.js';

/**
 * An indicator split into categories (who initiated, why a need ended without a plan, which template …): chart,
 * then table. Templates are named by the report, since the county writes them.
 */
export function DistributionSection({
  result,
  templates,
  compareWith,
  printed = false,
}: {
  result: IndicatorResult;
  templates: readonly ReportTemplate[];
  compareWith: Comparison;
  printed?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const title = useIndicatorName()(result.key);
  const id = `indicator-${result.key}`;
  const rows = (result.categories ?? []).map((category) => ({
    label: categoryName(result.key, category.key, language, templates),
    current: category.current,
    previous: category.previous,
  }));
  return (
    <section className="card statistics-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {!printed && <Definition indicator={result.key} />}
      {!printed && rows.length > 0 && (
        <ComparisonChart title={title} measure={result.measure} rows={rows} compareWith={compareWith} />
      )}
      <TableWrap label={t('statistics.tableOf', { name: title })}>
        <table className="statistics-table">
          <caption>{t('statistics.tableOf', { name: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.columns.category')}</th>
              <th scope="col">{t('statistics.columns.value')}</th>
              <th scope="col">{t(`statistics.columns.${compareWith}.value`)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="number">
                  <FigureCell measure={result.measure} figure={row.current} />
                </td>
                <td className="number">
                  <FigureCell measure={result.measure} figure={row.previous} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('statistics.columns.total')}</th>
              <td className="number">
                <FigureCell measure={result.measure} figure={result.current} />
              </td>
              <td className="number">
                <FigureCell measure={result.measure} figure={result.previous} />
              </td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </section>
  );
}
