import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Comparison, Figure, Measure } from '../../../shared/api/statistics.js';
import { formatValue } from './FigureCell.js';

export interface ChartRow {
  label: string;
  current: Figure;
  previous: Figure;
}

/** Shares run to 100 % and scores to 5, so two charts of the same kind can be compared by eye. */
const axisDomain: Record<Measure, [number, number | 'auto']> = {
  count: [0, 'auto'],
  share: [0, 1],
  days: [0, 'auto'],
  score: [0, 5],
};

/** A suppressed or empty figure has no bar: the chart never draws what the table withholds. */
const plotted = (figure: Figure) => (figure.suppressed ? null : figure.value);

/**
 * This period against the one it is compared with, as bars. The chart is a picture of the table that follows
 * it, which carries the same numbers for screen readers and keyboard users, so the picture itself is hidden
 * from them.
 */
export function ComparisonChart({
  title,
  measure,
  rows,
  compareWith,
}: {
  title: string;
  measure: Measure;
  rows: ChartRow[];
  compareWith: Comparison;
}) {
  const { t, i18n } = useTranslation();
  const data = rows.map((row) => ({
    label: row.label,
    current: plotted(row.current),
    previous: plotted(row.previous),
  }));
  const format = (value: unknown) =>
    typeof value === 'number' ? formatValue(measure, value, i18n.language) : '';
  // Zeros and hidden figures draw no bar at all; an empty frame would only look broken.
  if (data.every((row) => !row.current && !row.previous))
    return <p className="hint">{t('statistics.nothingToDraw')}</p>;
  const height = Math.max(160, rows.length * 44 + 60);
  return (
    <figure className="statistics-chart">
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              tickFormatter={format}
              allowDecimals={measure !== 'count'}
              domain={axisDomain[measure]}
            />
            <YAxis type="category" dataKey="label" width={220} />
            <Tooltip formatter={format} />
            <Legend />
            <Bar dataKey="previous" name={t(`statistics.columns.${compareWith}.value`)} fill="#9db7d5" />
            <Bar dataKey="current" name={t('statistics.columns.value')} fill="#0b5394" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">{t('statistics.chartOf', { name: title })}</figcaption>
    </figure>
  );
}
