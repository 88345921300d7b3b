import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { suppressionThreshold, type CollaborationPair } from '../../shared/api/statistics.js';
import type { Period } from './indicatorQueries.js';

/** How many pairs the report lists: the network's strongest ties, not all of it. */
const pairsShown = 10;

/**
 * The pairs of units that most often take part in the same SIP (as convener, invited or responsible for an
 * effort), among the SIPs in scope that were active in the period. Pairs are not parts of a total, so where
 * counts are suppressed a pair under the threshold is simply left out.
 */
export async function collaborationPairs(
  db: Kysely<DB>,
  period: Period,
  where: RawBuilder<boolean>,
  suppress: boolean,
): Promise<CollaborationPair[]> {
  const result = await sql<{
    firstId: string;
    firstName: string;
    secondId: string;
    secondName: string;
    sips: string;
  }>`
    WITH active AS (
      SELECT sip_id FROM statistics_sip_facts
      WHERE ${where} AND need_on <= ${period.to}::date
        AND (coalesce(closed_on, declined_on) IS NULL OR coalesce(closed_on, declined_on) >= ${period.from}::date)
    ),
    -- Each SIP's units as one array, paired within it: a hash over the SIPs instead of a self-join of all
    -- participants, which sorts several rows per SIP twice.
    units_of AS (
      SELECT p.sip_id, array_agg(DISTINCT p.unit_id) AS units
      FROM sip_participants p JOIN active a ON a.sip_id = p.sip_id
      GROUP BY p.sip_id
    ),
    pairs AS (
      SELECT x.unit_id AS first_id, y.unit_id AS second_id, count(*) AS sips
      FROM units_of, unnest(units) x (unit_id), unnest(units) y (unit_id)
      WHERE x.unit_id < y.unit_id
      GROUP BY 1, 2
      HAVING count(*) >= ${suppress ? suppressionThreshold : 1}
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
