import { useTranslation } from 'react-i18next';
import { indicatorDefinitions, type Measure, type StatisticsReport } from '../../../shared/api/statistics.js';
import { DistributionSection } from './DistributionSection.js';
import { IndicatorSection } from './IndicatorSection.js';

const measures: Measure[] = ['count', 'share', 'days', 'score'];

const isDistribution = (key: string) =>
  indicatorDefinitions.find((d) => d.key === key)?.shape === 'distribution';

/** Every indicator of the report: single figures grouped by what they measure, then each distribution. */
export function IndicatorSections({
  report,
  printed = false,
}: {
  report: StatisticsReport;
  printed?: boolean;
}) {
  const { t } = useTranslation();
  const figures = report.indicators.filter((result) => !isDistribution(result.key));
  const compareWith = report.filter.compareWith ?? 'previous';
  return (
    <>
      {measures.map((measure) => (
        <IndicatorSection
          key={measure}
          id={`statistics-${measure}`}
          title={t(`statistics.sections.${measure}`)}
          measure={measure}
          results={figures.filter((result) => result.measure === measure)}
          compareWith={compareWith}
          printed={printed}
        />
      ))}
      {report.indicators
        .filter((result) => isDistribution(result.key))
        .map((result) => (
          <DistributionSection
            key={result.key}
            result={result}
            templates={report.templates}
            compareWith={compareWith}
            printed={printed}
          />
        ))}
    </>
  );
}
