import { useTranslation } from 'react-i18next';
import type { Comparison, IndicatorResult, Measure } from '../../../shared/api/statistics.js';
import { ComparisonChart } from './ComparisonChart.js';
import { Definition, useIndicatorName } from './Definition.js';
import { FigureCell } from './FigureCell.js';
import { TableWrap } from '../shared/TableWrap.js';

interface IndicatorSectionProps {
  id: string;
  title: string;
  measure: Measure;
  results: IndicatorResult[];
  compareWith: Comparison;
  /** On paper: no chart, and the definitions are written out once at the end instead of folded away. */
  printed?: boolean;
}

/**
 * Indicators of one kind (counts, shares, lead times): a chart of this period against the one it is compared
 * with, then the same numbers as a table with each indicator's definition. Lead times show the median and the
 * 90th percentile.
 */
export function IndicatorSection({
  id,
  title,
  measure,
  results,
  compareWith,
  printed = false,
}: IndicatorSectionProps) {
  const { t } = useTranslation();
  const name = useIndicatorName();
  if (results.length === 0) return null;
  const days = measure === 'days';
  return (
    <section className="card statistics-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {!printed && (
        <ComparisonChart
          title={title}
          measure={measure}
          compareWith={compareWith}
          rows={results.map((result) => ({
            label: name(result.key),
            current: result.current,
            previous: result.previous,
          }))}
        />
      )}
      <TableWrap label={t('statistics.tableOf', { name: title })}>
        <table className="statistics-table">
          <caption>{t('statistics.tableOf', { name: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.columns.indicator')}</th>
              <th scope="col">{days ? t('statistics.columns.median') : t('statistics.columns.value')}</th>
              {days && <th scope="col">{t('statistics.columns.p90')}</th>}
              <th scope="col">{t(`statistics.columns.${compareWith}.${days ? 'median' : 'value'}`)}</th>
              {days && <th scope="col">{t(`statistics.columns.${compareWith}.p90`)}</th>}
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.key}>
                <th scope="row">
                  {name(result.key)}
                  {!printed && <Definition indicator={result.key} />}
                </th>
                <td className="number">
                  <FigureCell measure={measure} figure={result.current} />
                </td>
                {days && (
                  <td className="number">
                    <FigureCell measure={measure} figure={result.current} p90 />
                  </td>
                )}
                <td className="number">
                  <FigureCell measure={measure} figure={result.previous} />
                </td>
                {days && (
                  <td className="number">
                    <FigureCell measure={measure} figure={result.previous} p90 />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
