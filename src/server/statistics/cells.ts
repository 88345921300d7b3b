import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { IndicatorKey } from '../../shared/api/statistics.js';
import { factsSource, type FactsTable, type IndicatorQuery, type Period } from './indicatorQueries.js';

/** What one indicator adds up to in one period and one group: the rows counted, the hits, and the days. */
export interface Cell {
  base: number;
  hits: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

export type Which = 'current' | 'previous';

export interface PeriodCells {
  current: Cell;
  previous: Cell;
}

export type Cells = Map<IndicatorKey, PeriodCells>;

/** The cells of the whole selection, and of each value of the grouping column when one is given. */
export interface GroupedCells {
  total: Cells;
  groups: Map<string, Cells>;
}

// Lower-case names without underscores, which the camel-case plugin passes through unchanged.
const columnName = (index: number, which: string, part: string) => `c${String(index)}${which}${part}`;

export const emptyCell: Cell = { base: 0, hits: 0, median: null, p90: null, mean: null };

/**
 * Counts the indicators of one facts table for both periods in one scan, grouped by `groupColumn` as well as in
 * total (GROUPING SETS), so the totals and the rows come from the same rows. Only sums leave the database.
 */
export async function countCells(
  db: Kysely<DB>,
  table: FactsTable,
  queries: readonly IndicatorQuery[],
  periods: { current: Period; previous: Period },
  where: RawBuilder<boolean>,
  groupColumn: string | null,
): Promise<GroupedCells> {
  const selections = queries.flatMap((query, index) =>
    (['current', 'previous'] as const).flatMap((which) => {
      const base = query.base(periods[which]);
      const name = (part: string) => sql.raw(columnName(index, which, part));
      const columns = [sql`count(*) FILTER (WHERE ${base}) AS ${name('base')}`];
      if (query.hit) columns.push(sql`count(*) FILTER (WHERE ${base} AND ${query.hit}) AS ${name('hits')}`);
      if (query.days) {
        columns.push(
          sql`percentile_disc(0.5) WITHIN GROUP (ORDER BY ${query.days}) FILTER (WHERE ${base}) AS ${name('median')}`,
          sql`percentile_disc(0.9) WITHIN GROUP (ORDER BY ${query.days}) FILTER (WHERE ${base}) AS ${name('p90')}`,
        );
      }
      if (query.score) {
        columns.push(sql`round(avg(${query.score}) FILTER (WHERE ${base}), 2) AS ${name('mean')}`);
      }
      return columns;
    }),
  );
  const group = groupColumn ? sql.ref(groupColumn) : null;
  const result = await sql<Record<string, unknown>>`
    SELECT ${group ? sql`${group}::text AS groupkey, GROUPING(${group}) AS istotal` : sql`NULL AS groupkey, 1 AS istotal`},
      ${sql.join(selections)}
    FROM ${factsSource(table)}
    WHERE ${where}
    GROUP BY ${group ? sql`GROUPING SETS ((), (${group}))` : sql`()`}
  `.execute(db);

  const total: Cells = new Map();
  const groups = new Map<string, Cells>();
  for (const row of result.rows) {
    const cells: Cells = new Map();
    queries.forEach((query, index) => {
      const read = (which: Which): Cell => {
        const value = (part: string) => row[columnName(index, which, part)];
        const number = (part: string) =>
          value(part) === null || value(part) === undefined ? null : Number(value(part));
        return {
          base: number('base') ?? 0,
          hits: number('hits') ?? 0,
          median: number('median'),
          p90: number('p90'),
          mean: number('mean'),
        };
      };
      cells.set(query.key, { current: read('current'), previous: read('previous') });
    });
    if (Number(row.istotal) === 1) for (const [key, value] of cells) total.set(key, value);
    else groups.set(String(row.groupkey), cells);
  }
  for (const query of queries) {
    if (!total.has(query.key)) total.set(query.key, { current: emptyCell, previous: emptyCell });
  }
  return { total, groups };
}

/** How many rows of one category a distribution counts in each period. */
export interface CategoryCounts {
  key: string;
  current: number;
  previous: number;
}

/** The counts of one distribution's categories in both periods, in byte order of their keys. */
export async function countCategories(
  db: Kysely<DB>,
  query: IndicatorQuery & { category: RawBuilder<string> },
  periods: { current: Period; previous: Period },
  where: RawBuilder<boolean>,
): Promise<CategoryCounts[]> {
  const result = await sql<{ key: string; current: string; previous: string }>`
    SELECT ${query.category} AS key,
      count(*) FILTER (WHERE ${query.base(periods.current)}) AS current,
      count(*) FILTER (WHERE ${query.base(periods.previous)}) AS previous
    FROM ${sql.table(query.table)}
    WHERE ${where} AND ${query.category} IS NOT NULL
    GROUP BY 1
  `.execute(db);
  return categoryRows(
    result.rows.map((row) => ({
      key: row.key,
      current: Number(row.current),
      previous: Number(row.previous),
    })),
  );
}

/**
 * A distribution's categories in byte order of their keys (not the database's collation, so every source
 * orders them alike), leaving out those with nothing in either period.
 */
export function categoryRows(rows: CategoryCounts[]): CategoryCounts[] {
  return rows
    .filter((row) => row.current > 0 || row.previous > 0)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
