import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { IndicatorKey } from '../../shared/api/statistics.js';
import {
  categoryRows,
  emptyCell,
  type CategoryCounts,
  type Cell,
  type Cells,
  type GroupedCells,
  type Which,
} from './cells.js';
import { indicatorQueries, type Period } from './indicatorQueries.js';

/**
 * The nearest-rank percentile of a histogram of day values, as PostgreSQL's percentile_disc gives it over the
 * rows themselves: the value at rank ceil(p × n) in ascending order.
 */
export function histogramPercentile(histogram: Map<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const days of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(days) ?? 0;
    if (seen >= rank) return days;
  }
  return null;
}

/**
 * The mean of a histogram of scores rounded to two decimals, half away from zero, as PostgreSQL's
 * round(avg(score), 2) gives it: in whole numbers, so no binary fraction tips a half the wrong way.
 */
export function histogramMean(histogram: Map<number, number>): number | null {
  let count = 0;
  let sum = 0;
  for (const [score, n] of histogram) {
    count += n;
    sum += score * n;
  }
  if (count === 0) return null;
  return Math.floor((200 * sum + count) / (2 * count)) / 100;
}

/** What the rollup rows of one indicator, one principal and one period add up to before they become a cell. */
interface Tally {
  started: number;
  ended: number;
  hits: number;
  /** How many rows had each value: days for a lead time, the score for a feedback question. */
  histogram: Map<number, number>;
  categories: Map<string, number>;
}

const newTally = (): Tally => ({
  started: 0,
  ended: 0,
  hits: 0,
  histogram: new Map(),
  categories: new Map(),
});

function add(into: Tally, from: Tally): void {
  into.started += from.started;
  into.ended += from.ended;
  into.hits += from.hits;
  for (const [days, n] of from.histogram) into.histogram.set(days, (into.histogram.get(days) ?? 0) + n);
  for (const [key, n] of from.categories) into.categories.set(key, (into.categories.get(key) ?? 0) + n);
}

const hasDays = new Set(indicatorQueries.filter((query) => query.days).map((query) => query.key));
const hasScore = new Set(indicatorQueries.filter((query) => query.score).map((query) => query.key));
/** Feedback answers count by the month of their meeting: every month the period touches. */
const byMonth = indicatorQueries.filter((query) => query.table === 'feedback').map((query) => query.key);

function cellOf(key: IndicatorKey, tally: Tally | undefined): Cell {
  if (!tally) return emptyCell;
  const days = hasDays.has(key);
  return {
    base: tally.started - tally.ended,
    hits: tally.hits,
    median: days ? histogramPercentile(tally.histogram, 0.5) : null,
    p90: days ? histogramPercentile(tally.histogram, 0.9) : null,
    mean: hasScore.has(key) ? histogramMean(tally.histogram) : null,
  };
}

/**
 * The county's figures from the rollup (0013_statistics_rollup.sql), in total and per principal, for the
 * current and the previous period, with the distributions' categories. Equal to what countCells and
 * countCategories give over the facts tables for the whole county without filters; only sums per day value and
 * category leave the database.
 */
export async function countCountyFromRollup(
  db: Kysely<DB>,
  periods: { current: Period; previous: Period },
): Promise<{ cells: GroupedCells; categories: Map<IndicatorKey, CategoryCounts[]> }> {
  const { current, previous } = periods;
  // Active SIPs: those begun by the period's end less those that ended before its start; plans past their
  // follow-up date: those due before the period's end or today, whichever is earlier.
  const result = await sql<{
    indicator: IndicatorKey;
    principal: string;
    which: Which;
    category: string;
    value: number;
    n: string;
    hits: string;
  }>`
    SELECT r.indicator, r.principal, p.which, r.category, r.value, sum(r.n) AS n, sum(r.hits) AS hits
    FROM statistics_rollup r
    JOIN (VALUES ('current', ${current.from}::date, ${current.to}::date),
                 ('previous', ${previous.from}::date, ${previous.to}::date)) p (which, from_day, to_day)
      ON CASE
        WHEN r.indicator = 'sipsActive' AND r.category = '' THEN r.day <= p.to_day
        WHEN r.indicator = 'sipsActive' THEN r.day < p.from_day
        WHEN r.indicator = 'plansPastFollowUpDate' THEN r.day < least(p.to_day, ${current.today}::date)
        WHEN r.indicator = ANY (${byMonth}) THEN r.day BETWEEN date_trunc('month', p.from_day)::date AND p.to_day
        ELSE r.day BETWEEN p.from_day AND p.to_day
      END
    GROUP BY r.indicator, r.principal, p.which, r.category, r.value
  `.execute(db);

  const tallies = new Map<string, Tally>();
  const tallyOf = (key: string) => {
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = newTally()));
    return tally;
  };
  const principals = new Set<string>();
  for (const row of result.rows) {
    principals.add(row.principal);
    const n = Number(row.n);
    const tally = tallyOf(`${row.indicator}:${row.principal}:${row.which}`);
    if (row.indicator === 'sipsActive' && row.category === 'ended') tally.ended += n;
    else tally.started += n;
    tally.hits += Number(row.hits);
    if (hasDays.has(row.indicator) || hasScore.has(row.indicator)) {
      tally.histogram.set(row.value, (tally.histogram.get(row.value) ?? 0) + n);
    }
    if (row.category !== '' && row.indicator !== 'sipsActive') {
      tally.categories.set(row.category, (tally.categories.get(row.category) ?? 0) + n);
    }
  }

  /** The whole county's tally: every principal's added up. */
  const countyTally = (key: IndicatorKey, which: Which) => {
    const total = newTally();
    for (const principal of principals) {
      const part = tallies.get(`${key}:${principal}:${which}`);
      if (part) add(total, part);
    }
    return total;
  };
  const tallyFor = (key: IndicatorKey, principal: string | null, which: Which) =>
    principal === null ? countyTally(key, which) : tallies.get(`${key}:${principal}:${which}`);

  const cellsFor = (principal: string | null): Cells =>
    new Map(
      indicatorQueries.map((query) => [
        query.key,
        {
          current: cellOf(query.key, tallyFor(query.key, principal, 'current')),
          previous: cellOf(query.key, tallyFor(query.key, principal, 'previous')),
        },
      ]),
    );

  // Days whose every SIP has moved on leave categories of nothing behind; categoryRows leaves them out.
  const categories = new Map<IndicatorKey, CategoryCounts[]>();
  for (const query of indicatorQueries.filter((candidate) => candidate.category)) {
    const current = countyTally(query.key, 'current').categories;
    const previous = countyTally(query.key, 'previous').categories;
    const keys = new Set([...current.keys(), ...previous.keys()]);
    categories.set(
      query.key,
      categoryRows(
        [...keys].map((key) => ({ key, current: current.get(key) ?? 0, previous: previous.get(key) ?? 0 })),
      ),
    );
  }

  return {
    cells: {
      total: cellsFor(null),
      groups: new Map([...principals].sort().map((principal) => [principal, cellsFor(principal)])),
    },
    categories,
  };
}
