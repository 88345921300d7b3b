import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BreakdownRow, IndicatorKey, StatisticsReport } from '../../../shared/api/statistics.js';
import { ComparisonChart } from './ComparisonChart.js';
import { useIndicatorName } from './Definition.js';
import { FigureCell } from './FigureCell.js';
import { drillDown, filterParams } from './statisticsFilter.js';
import { TableWrap } from '../shared/TableWrap.js';

/**
 * The figures that tell units apart at a glance, SIPs initiated also for the period compared with, as the chart
 * draws them; every indicator is one click further down.
 */
const columns: { key: IndicatorKey; period: 'current' | 'previous' }[] = [
  { key: 'sipsInitiated', period: 'current' },
  { key: 'sipsInitiated', period: 'previous' },
  ...(
    [
      'sipsEstablished',
      'sipsActive',
      'sipsClosed',
      'invitedPrincipalAttendance',
      'leadTimeNeedToPlan',
    ] as const
  ).map((key) => ({ key, period: 'current' as const })),
];

type Breakdown = NonNullable<StatisticsReport['breakdown']>;

/**
 * The level one step below the scope (principals of the county, organisations, units): each row's name leads
 * there, with the same period and selection. SIPs initiated are also drawn, this period against the previous.
 */
export function BreakdownSection({ report, breakdown }: { report: StatisticsReport; breakdown: Breakdown }) {
  const { t } = useTranslation();
  const name = useIndicatorName();
  const level = t(`statistics.scope.level.${breakdown.level}`);
  const compareWith = report.filter.compareWith ?? 'previous';
  const rowName = (row: BreakdownRow) => row.name ?? t(`statistics.principal.${row.principal}`);
  const figure = (row: BreakdownRow, key: IndicatorKey) => row.indicators.find((i) => i.key === key);
  const title = t('statistics.breakdownTable', { name: name('sipsInitiated'), level: level.toLowerCase() });
  const initiated = breakdown.rows.flatMap((row) => {
    const result = figure(row, 'sipsInitiated');
    return result ? [{ label: rowName(row), current: result.current, previous: result.previous }] : [];
  });
  return (
    <section className="card statistics-section" aria-labelledby="statistics-breakdown">
      <h2 id="statistics-breakdown">{t('statistics.breakdownHeading', { level: level.toLowerCase() })}</h2>
      <p className="hint">{t('statistics.breakdownHint')}</p>
      {initiated.length > 0 && (
        <ComparisonChart title={title} measure="count" rows={initiated} compareWith={compareWith} />
      )}
      <TableWrap label={t('statistics.breakdownCaption', { level: level.toLowerCase() })}>
        <table className="statistics-table">
          <caption>{t('statistics.breakdownCaption', { level: level.toLowerCase() })}</caption>
          <thead>
            <tr>
              <th scope="col">{level}</th>
              {columns.map(({ key, period }) => (
                <th scope="col" key={`${key}-${period}`}>
                  {period === 'previous'
                    ? t(`statistics.columns.${compareWith}.of`, { name: name(key) })
                    : name(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {breakdown.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={`/statistics?${filterParams(drillDown(report.filter, breakdown.level, row.id))}`}>
                    {rowName(row)}
                  </Link>
                </th>
                {columns.map(({ key, period }) => {
                  const result = figure(row, key);
                  return (
                    <td className="number" key={`${key}-${period}`}>
                      {result && <FigureCell measure={result.measure} figure={result[period]} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
