import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { unprocessable, type DomainError } from '../../domain/errors.js';
import { comparisonPeriod } from '../../domain/statistics/comparisonPeriod.js';
import { suppressGroup } from '../../domain/statistics/suppression.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import {
  indicatorDefinitions,
  suppressionThreshold,
  type BreakdownRow,
  type Figure,
  type IndicatorKey,
  type IndicatorResult,
  type Measure,
  type StatisticsFilter,
  type StatisticsReport,
} from '../../shared/api/statistics.js';
import type { Actor } from '../sips/actor.js';
import {
  countCategories,
  countCells,
  emptyCell,
  type Cell,
  type Cells,
  type GroupedCells,
  type Which,
} from './cells.js';
import { codeCounts } from './codes.js';
import { collaborationPairs } from './collaboration.js';
import { indicatorQueries, tablesWithDimensions, type FactsTable } from './indicatorQueries.js';
import { countCountyFromRollup } from './rollup.js';
import { resolveScope } from './scope.js';
import { nameTemplates } from './templates.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { statisticsRefusalsEn } from '../../shared/words/statisticsRefusals.en.js';
import { statisticsRefusalsSv } from '../../shared/words/statisticsRefusals.sv.js';

const words = { sv: statisticsRefusalsSv, en: statisticsRefusalsEn };

type Dimension = 'targetGroup' | 'ageBand' | 'sex';
const dimensionColumns: Record<Dimension, string> = {
  targetGroup: 'target_group',
  ageBand: 'age_band',
  sex: 'sex',
};
const dimensions = Object.keys(dimensionColumns) as Dimension[];
const measureOf = new Map(indicatorDefinitions.map((definition) => [definition.key, definition.measure]));
const allTables = [...new Set(indicatorQueries.map((query) => query.table))];

function oneDimensionAtATime(): DomainError {
  return unprocessable(
    'statistics_one_dimension',
    bothLanguages(words, (said) => said.oneDimension),
  );
}

function dimensionsWhere(filter: StatisticsFilter, except: Dimension | null): RawBuilder<boolean> {
  const conditions = dimensions
    .filter((dimension) => dimension !== except && filter[dimension] !== undefined)
    .map((dimension) => sql<boolean>`${sql.ref(dimensionColumns[dimension])} = ${filter[dimension]}`);
  return conditions.length ? sql<boolean>`${sql.join(conditions, sql` AND `)}` : sql<boolean>`TRUE`;
}

/** One indicator's base in one period, of the total and of each of the groups `keys` names, in their order. */
function basesOf(cells: GroupedCells, keys: string[], key: IndicatorKey, which: Which) {
  return {
    total: cells.total.get(key)?.[which].base ?? 0,
    rows: keys.map((group) => cells.groups.get(group)?.get(key)?.[which].base ?? 0),
  };
}

function figureOf(cell: Cell, measure: Measure, suppressed: boolean): Figure {
  if (suppressed)
    return { value: null, ...(measure === 'days' ? { p90: null } : {}), base: null, suppressed };
  const values: Record<Measure, number | null> = {
    count: cell.base,
    share: cell.base ? cell.hits / cell.base : null,
    days: cell.median,
    score: cell.mean,
  };
  const value = values[measure];
  return { value, ...(measure === 'days' ? { p90: cell.p90 } : {}), base: cell.base, suppressed };
}

/**
 * The statistics report for a viewer: every indicator for the period and the period it is compared with, for the
 * scope the viewer may see, with the breakdown one level down and the collaboration pairs. Aggregates only,
 * counted in SQL over the facts tables; suppression as in docs/decisions/0011-statistics.md.
 */
export async function computeStatistics(
  db: Kysely<DB>,
  viewer: Actor,
  filter: StatisticsFilter,
  /** `rollup: false` reads the facts tables where the rollup would serve: the same report, only slower. */
  { rollup = true }: { rollup?: boolean } = {},
): Promise<StatisticsReport> {
  const scope = await resolveScope(db, viewer, filter);
  const filteredBy = dimensions.filter((dimension) => filter[dimension] !== undefined);
  // Suppression is proven for one filtered dimension against the report without it; two combined, whose cells
  // could be pieced together from several reports' margins, are not offered where counts are suppressed.
  if (scope.suppress && filteredBy.length > 1) throw oneDimensionAtATime();
  const today = stockholmDate();
  // The figures of the period compared with are named `previous`, whichever period it is.
  const previous = comparisonPeriod(filter, filter.compareWith ?? 'previous');
  const periods = { current: { from: filter.from, to: filter.to, today }, previous: { ...previous, today } };
  // Tables without the SIP's dimensions (the feedback answers) have nothing to say under such a filter.
  const filtered = filteredBy.length > 0;
  const tables = allTables.filter((table) => !filtered || tablesWithDimensions(table));
  const where = (except: Dimension | null) =>
    sql<boolean>`${scope.where} AND ${dimensionsWhere(filter, except)}`;
  const perTable = async (table: FactsTable, except: Dimension | null, column: string | null) =>
    countCells(
      db,
      table,
      indicatorQueries.filter((query) => query.table === table),
      periods,
      where(except),
      column,
    );
  const merge = (parts: GroupedCells[]): GroupedCells => ({
    total: new Map(parts.flatMap((part) => [...part.total])),
    groups: new Map(
      [...new Set(parts.flatMap((part) => [...part.groups.keys()]))].map((key) => [
        key,
        new Map(parts.flatMap((part) => [...(part.groups.get(key) ?? new Map<IndicatorKey, never>())])),
      ]),
    ),
  });

  // The whole county without filters reads the rollup, kept per principal; everything narrower reads its own
  // rows of the facts tables through their indexes.
  const county = rollup && scope.wholeCounty && !filtered ? await countCountyFromRollup(db, periods) : null;
  const main =
    county?.cells ??
    merge(await Promise.all(tables.map((table) => perTable(table, null, scope.breakdown?.column ?? null))));

  // A filtered dimension is one row of a group made of all its values: suppressing it as such keeps the other
  // values and the unfiltered total from giving it away.
  const hiddenByDimension = new Set<string>();
  if (scope.suppress) {
    for (const dimension of dimensions) {
      const value = filter[dimension];
      if (value === undefined) continue;
      const byValue = merge(
        await Promise.all(tables.map((table) => perTable(table, dimension, dimensionColumns[dimension]))),
      );
      const values = [...byValue.groups.keys()];
      for (const query of indicatorQueries) {
        for (const which of ['current', 'previous'] as const) {
          const { total, rows } = basesOf(byValue, values, query.key, which);
          const hidden =
            suppressGroup(total, rows, suppressionThreshold).rows[values.indexOf(value)] ?? false;
          if (hidden) hiddenByDimension.add(`${query.key}:${which}`);
        }
      }
    }
  }

  // Every principal in the county has its row, whether or not it has counted anything.
  const rowKeys =
    scope.breakdown?.level === 'principal'
      ? (await db.selectFrom('organisations').select('kind').distinct().execute()).map((row) => row.kind)
      : [...main.groups.keys()];
  const suppression = new Map<string, { total: boolean; rows: boolean[] }>();
  for (const query of indicatorQueries) {
    for (const which of ['current', 'previous'] as const) {
      const { total, rows } = basesOf(main, rowKeys, query.key, which);
      suppression.set(
        `${query.key}:${which}`,
        // Feedback answers are few and personal: their averages need five answers whoever looks.
        scope.suppress || query.score
          ? suppressGroup(total, rows, suppressionThreshold, hiddenByDimension.has(`${query.key}:${which}`))
          : { total: false, rows: rows.map(() => false) },
      );
    }
  }

  const resultsOf = (cells: Cells, rowIndex: number | null): IndicatorResult[] =>
    indicatorQueries.map((query) => {
      const measure = measureOf.get(query.key) ?? 'count';
      const hidden = (which: Which) => {
        const decided = suppression.get(`${query.key}:${which}`);
        return (rowIndex === null ? decided?.total : decided?.rows[rowIndex]) ?? false;
      };
      const cell = cells.get(query.key);
      const figure = (which: Which): Figure =>
        tables.includes(query.table)
          ? figureOf(cell?.[which] ?? emptyCell, measure, hidden(which))
          : { value: null, base: null, suppressed: false };
      return { key: query.key, measure, current: figure('current'), previous: figure('previous') };
    });

  const indicators = resultsOf(main.total, null);
  for (const result of indicators) {
    const query = indicatorQueries.find((candidate) => candidate.key === result.key);
    if (!query?.category) continue;
    const categories =
      county?.categories.get(query.key) ??
      (await countCategories(db, { ...query, category: query.category }, periods, where(null)));
    const categoryFigures = (which: Which) => {
      const decided = scope.suppress
        ? suppressGroup(
            result[which].value ?? 0,
            categories.map((category) => category[which]),
            suppressionThreshold,
            result[which].suppressed,
          ).rows
        : categories.map(() => false);
      return categories.map((category, index) =>
        figureOf({ ...emptyCell, base: category[which] }, 'count', decided[index] ?? false),
      );
    };
    const current = categoryFigures('current');
    const before = categoryFigures('previous');
    result.categories = categories.map((category, index) => ({
      key: category.key,
      current: current[index] as Figure,
      previous: before[index] as Figure,
    }));
  }

  const breakdown = scope.breakdown
    ? {
        level: scope.breakdown.level,
        rows: await breakdownRows(db, scope.breakdown.level, rowKeys, main, resultsOf),
      }
    : null;

  return {
    filter,
    previousPeriod: previous,
    scopeName: scope.name,
    indicators,
    breakdown,
    collaboration: await collaborationPairs(
      db,
      periods.current,
      county ? 'wholeCounty' : { where: where(null) },
      scope.suppress,
    ),
    templates: await nameTemplates(
      db,
      indicators.find((result) => result.key === 'plansByTemplate'),
    ),
    codes: await codeCounts(db, periods.current, where, {
      counts: scope.suppress,
      filtered: filteredBy.map((dimension) => ({
        dimension,
        column: dimensionColumns[dimension],
        value: String(filter[dimension]),
      })),
    }),
  };
}

async function breakdownRows(
  db: Kysely<DB>,
  level: 'principal' | 'organisation' | 'unit',
  keys: string[],
  cells: GroupedCells,
  resultsOf: (cells: Cells, rowIndex: number) => IndicatorResult[],
): Promise<BreakdownRow[]> {
  const named =
    level === 'principal' || keys.length === 0
      ? []
      : level === 'organisation'
        ? await db
            .selectFrom('organisations')
            .select(['id', 'name', 'kind as principal'])
            .where('id', 'in', keys)
            .execute()
        : await db
            .selectFrom('units')
            .innerJoin('organisations', 'organisations.id', 'units.organisationId')
            .select(['units.id', 'units.name', 'organisations.kind as principal'])
            .where('units.id', 'in', keys)
            .execute();
  const rows = keys.map((key, index) => {
    const found = named.find((entry) => entry.id === key);
    const principal = (level === 'principal' ? key : found?.principal) as BreakdownRow['principal'];
    return {
      id: key,
      ...(found ? { name: found.name } : {}),
      principal,
      indicators: resultsOf(cells.groups.get(key) ?? (new Map() as Cells), index),
    };
  });
  return rows.sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id, 'sv'));
}
