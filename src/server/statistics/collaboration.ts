import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { firstOfMonth } from '../../domain/time/stockholm.js';
import { suppressionThreshold, type CollaborationPair } from '../../shared/api/statistics.js';
import { activeIn, type Period } from './indicatorQueries.js';

/** How many pairs the report lists: the network's strongest ties, not all of it. */
const pairsShown = 10;

/** Each pair of the units of the participation facts rows that `where` keeps, with how many such SIPs. */
const pairsOf = (where: RawBuilder<boolean>) => sql`
  SELECT x.unit_id AS first_id, y.unit_id AS second_id, count(*) AS sips
  FROM statistics_participation_facts f, unnest(f.units) x (unit_id), unnest(f.units) y (unit_id)
  WHERE x.unit_id < y.unit_id AND ${where}
  GROUP BY 1, 2`;

/**
 * The pairs in the SIPs in scope that were active in the period, counted over the facts: for a unit, an
 * organisation, or the county under a filter.
 */
const pairsInScope = (period: Period, where: RawBuilder<boolean>) =>
  pairsOf(
    sql<boolean>`f.sip_id IN (SELECT sip_id FROM statistics_sip_facts WHERE ${where} AND ${activeIn(period)})`,
  );

/**
 * The same for the whole county from the pair rollup: SIPs begun by the period's end less those ended before its
 * start, in whole months from the rollup and in the days of the edge months from the participation facts.
 */
function pairsInCounty(period: Period) {
  const toMonth = firstOfMonth(period.to);
  const fromMonth = firstOfMonth(period.from);
  return sql`
    SELECT first_id, second_id, sum(sips) AS sips FROM (
      SELECT first_unit_id AS first_id, second_unit_id AS second_id,
        sum(started) - coalesce(sum(ended) FILTER (WHERE month < ${fromMonth}::date), 0) AS sips
      FROM statistics_pair_rollup WHERE month < ${toMonth}::date
      GROUP BY 1, 2
      UNION ALL
      ${pairsOf(sql<boolean>`f.need_on BETWEEN ${toMonth}::date AND ${period.to}::date`)}
      UNION ALL
      SELECT first_id, second_id, -sips FROM (
        ${pairsOf(sql<boolean>`f.ended_on >= ${fromMonth}::date AND f.ended_on < ${period.from}::date`)}
      ) ended
    ) counted
    GROUP BY 1, 2`;
}

/**
 * The pairs of units that most often take part in the same SIP (as convener, invited or responsible for an
 * effort), among the SIPs in scope that were active in the period. Pairs are not parts of a total, so where
 * counts are suppressed a pair under the threshold is simply left out.
 */
export async function collaborationPairs(
  db: Kysely<DB>,
  period: Period,
  scope: { where: RawBuilder<boolean> } | 'wholeCounty',
  suppress: boolean,
): Promise<CollaborationPair[]> {
  const result = await sql<{
    firstId: string;
    firstName: string;
    secondId: string;
    secondName: string;
    sips: string;
  }>`
    WITH pairs AS (
      SELECT * FROM (${scope === 'wholeCounty' ? pairsInCounty(period) : pairsInScope(period, scope.where)}) counted
      WHERE sips >= ${suppress ? suppressionThreshold : 1}
      ORDER BY sips DESC, first_id, second_id
      LIMIT ${pairsShown}
    )
    SELECT pairs.first_id, ua.name AS first_name, pairs.second_id, ub.name AS second_name, pairs.sips
    FROM pairs JOIN units ua ON ua.id = pairs.first_id JOIN units ub ON ub.id = pairs.second_id
    ORDER BY pairs.sips DESC, first_name, second_name
  `.execute(db);
  return result.rows.map((row) => ({
    units: [
      { id: row.firstId, name: row.firstName },
      { id: row.secondId, name: row.secondName },
    ],
    sips: { value: Number(row.sips), base: Number(row.sips), suppressed: false },
  }));
}
