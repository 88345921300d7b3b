import {
  ageBands,
  comparisons,
  scopeLevels,
  type BreakdownLevel,
  type StatisticsFilter,
} from '../../../shared/api/statistics.js';
import { organisationKinds, sexes, targetGroups } from '../../../shared/api/vocabulary.js';
import type { Me } from '../../api/types.js';
import { presetPeriod } from './period.js';

/**
 * Where a viewer starts and how far up they may go: a unit manager their unit, an organisation administrator
 * their organisation, a county coordinator and the system administrator the county. The server holds the same
 * rule and refuses anything wider; this only keeps the page from offering it.
 */
export function homeScope(me: Me): Pick<StatisticsFilter, 'scope' | 'scopeId'> {
  const unit = me.units.find((u) => u.unitId === me.activeUnitId);
  if (unit?.role === 'unit_manager') return { scope: 'unit', scopeId: unit.unitId };
  if (unit?.role === 'organisation_admin') return { scope: 'organisation', scopeId: unit.organisationId };
  return { scope: 'county' };
}

/** How deep a level is, so the trail never offers a level above the viewer's own. */
export const levelDepth = { county: 0, principal: 1, organisation: 2, unit: 3 } as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** The filter the address holds, so a reload, a link and the downloads all carry it; gaps take the defaults. */
export function filterFromParams(params: URLSearchParams, me: Me, today: string): StatisticsFilter {
  const home = homeScope(me);
  const scope = oneOf(scopeLevels, params.get('scope')) ?? home.scope;
  const scopeId = scope === 'county' ? undefined : (params.get('scopeId') ?? home.scopeId);
  const thisYear = presetPeriod('thisYear', today);
  return {
    from: params.get('from') ?? thisYear.from,
    to: params.get('to') ?? thisYear.to,
    scope,
    ...(scopeId ? { scopeId } : {}),
    ...optional(
      'principal',
      scope === 'county' ? oneOf(organisationKinds, params.get('principal')) : undefined,
    ),
    ...optional('targetGroup', oneOf(targetGroups, params.get('targetGroup'))),
    ...optional('ageBand', oneOf(ageBands, params.get('ageBand'))),
    ...optional('sex', oneOf(sexes, params.get('sex'))),
    ...optional('compareWith', oneOf(comparisons, params.get('compareWith'))),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The filter as query parameters, the same for the API, the downloads and the page's own address. */
export function filterParams(filter: StatisticsFilter): URLSearchParams {
  const params = new URLSearchParams({ from: filter.from, to: filter.to, scope: filter.scope });
  for (const key of ['scopeId', 'principal', 'targetGroup', 'ageBand', 'sex', 'compareWith'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The same selection at another place: period, comparison, target group, age band and sex kept, the scope replaced. */
export function withScope(
  filter: StatisticsFilter,
  scope: Pick<StatisticsFilter, 'scope' | 'scopeId' | 'principal'>,
): StatisticsFilter {
  return {
    from: filter.from,
    to: filter.to,
    ...optional('targetGroup', filter.targetGroup),
    ...optional('ageBand', filter.ageBand),
    ...optional('sex', filter.sex),
    ...optional('compareWith', filter.compareWith),
    ...scope,
  };
}

/** One level down from a breakdown row: a principal within the county, an organisation, or a unit. */
export function drillDown(filter: StatisticsFilter, level: BreakdownLevel, id: string): StatisticsFilter {
  if (level === 'principal') {
    const principal = oneOf(organisationKinds, id);
    return withScope(filter, { scope: 'county', ...optional('principal', principal) });
  }
  return withScope(filter, { scope: level, scopeId: id });
}
