import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DomainError, notFound, thing } from '../../domain/errors.js';
import type { BreakdownLevel, StatisticsFilter } from '../../shared/api/statistics.js';
import type { Actor } from '../sips/actor.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { statisticsRefusalsEn } from '../../shared/words/statisticsRefusals.en.js';
import { statisticsRefusalsSv } from '../../shared/words/statisticsRefusals.sv.js';

const words = { sv: statisticsRefusalsSv, en: statisticsRefusalsEn };

/** The part of the county a report covers, and how it is broken down one level below. */
export interface ResolvedScope {
  name: string | null;
  /** The condition on a facts table's columns that keeps the scope's rows. */
  where: RawBuilder<boolean>;
  breakdown: { level: BreakdownLevel; column: string } | null;
  /**
   * Whether small counts are suppressed: for a viewer who sees beyond one organisation (county coordinator,
   * system administrator) every figure is shown across organisations; the organisation's own administrator and
   * a unit's manager see their own figures whole.
   */
  suppress: boolean;
  /** The whole county, every principal: the reach of the statistics rollup. */
  wholeCounty: boolean;
}

function outsideScope(): DomainError {
  return new DomainError(
    'forbidden',
    'statistics_outside_scope',
    bothLanguages(words, (said) => said.outsideScope),
  );
}

const theOrganisation = thing('organisation');
const theUnit = thing('unit');

/**
 * Checks the requested scope against the viewer's role (a unit manager: their acting unit; an organisation
 * administrator: their acting unit's organisation or a unit in it; a county coordinator or system administrator:
 * anything in the county) and says how to select and break it down.
 */
export async function resolveScope(
  db: Kysely<DB>,
  viewer: Actor,
  filter: StatisticsFilter,
): Promise<ResolvedScope> {
  const countyWide = viewer.role === 'county_coordinator' || viewer.role === 'system_admin';
  const acting = await db
    .selectFrom('units')
    .select('organisationId')
    .where('id', '=', viewer.unitId)
    .executeTakeFirstOrThrow();

  if (filter.scope === 'county') {
    if (!countyWide) throw outsideScope();
    if (filter.principal) {
      return {
        name: null,
        where: sql<boolean>`principal = ${filter.principal}`,
        breakdown: { level: 'organisation', column: 'organisation_id' },
        suppress: true,
        wholeCounty: false,
      };
    }
    return {
      name: null,
      where: sql<boolean>`TRUE`,
      breakdown: { level: 'principal', column: 'principal' },
      suppress: true,
      wholeCounty: true,
    };
  }

  if (filter.scope === 'organisation') {
    const organisation = await db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('id', '=', filter.scopeId ?? '')
      .executeTakeFirst();
    if (!organisation) throw notFound(theOrganisation);
    const own = viewer.role === 'organisation_admin' && organisation.id === acting.organisationId;
    if (!countyWide && !own) throw outsideScope();
    return {
      name: organisation.name,
      where: sql<boolean>`organisation_id = ${organisation.id}`,
      breakdown: { level: 'unit', column: 'unit_id' },
      suppress: countyWide,
      wholeCounty: false,
    };
  }

  const unit = await db
    .selectFrom('units')
    .select(['id', 'name', 'organisationId'])
    .where('id', '=', filter.scopeId ?? '')
    .executeTakeFirst();
  if (!unit) throw notFound(theUnit);
  const own =
    (viewer.role === 'unit_manager' && unit.id === viewer.unitId) ||
    (viewer.role === 'organisation_admin' && unit.organisationId === acting.organisationId);
  if (!countyWide && !own) throw outsideScope();
  return {
    name: unit.name,
    where: sql<boolean>`unit_id = ${unit.id}`,
    breakdown: null,
    suppress: countyWide,
    wholeCounty: false,
  };
}
