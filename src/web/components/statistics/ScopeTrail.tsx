import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatisticsFilter } from '../../../shared/api/statistics.js';
import type { Organisations } from '../../../shared/api/responses.js';
import { filterParams, levelDepth, withScope } from './statisticsFilter.js';

interface TrailStep {
  label: string;
  depth: number;
  filter: StatisticsFilter;
}

/** The levels above and at the scope, from the directory: county, principal, organisation, unit. */
function trail(filter: StatisticsFilter, directory: Organisations, t: TFunction): TrailStep[] {
  const organisation =
    filter.scope === 'organisation'
      ? directory.find((o) => o.id === filter.scopeId)
      : filter.scope === 'unit'
        ? directory.find((o) => o.units.some((u) => u.id === filter.scopeId))
        : undefined;
  const principal = organisation?.kind ?? filter.principal;
  const steps: TrailStep[] = [
    {
      label: t('statistics.scope.county'),
      depth: levelDepth.county,
      filter: withScope(filter, { scope: 'county' }),
    },
  ];
  if (principal)
    steps.push({
      label: t(`statistics.principal.${principal}`),
      depth: levelDepth.principal,
      filter: withScope(filter, { scope: 'county', principal }),
    });
  if (organisation)
    steps.push({
      label: organisation.name,
      depth: levelDepth.organisation,
      filter: withScope(filter, { scope: 'organisation', scopeId: organisation.id }),
    });
  const unit = filter.scope === 'unit' ? organisation?.units.find((u) => u.id === filter.scopeId) : undefined;
  if (unit)
    steps.push({
      label: unit.name,
      depth: levelDepth.unit,
      filter: withScope(filter, { scope: 'unit', scopeId: unit.id }),
    });
  return steps;
}

/**
 * Breadcrumbs from the viewer's own level down to the scope shown: each step above is a link back up, the last
 * is where they are. A unit manager's trail starts at their unit, as the server would refuse anything wider.
 */
export function ScopeTrail({
  filter,
  directory,
  homeDepth,
}: {
  filter: StatisticsFilter;
  directory: Organisations;
  homeDepth: number;
}) {
  const { t } = useTranslation();
  const steps = trail(filter, directory, t).filter((step) => step.depth >= homeDepth);
  return (
    <nav aria-label={t('statistics.scope.breadcrumbs')} className="scope-trail">
      <ol>
        {steps.map((step, index) => (
          <li key={step.depth}>
            {index === steps.length - 1 ? (
              <span aria-current="page">{step.label}</span>
            ) : (
              <Link to={`/statistics?${filterParams(step.filter)}`}>{step.label}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
