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
    taking_part AS (
      SELECT DISTINCT p.sip_id, p.unit_id FROM sip_participants p JOIN active a ON a.sip_id = p.sip_id
    )
    SELECT a.unit_id AS first_id, ua.name AS first_name, b.unit_id AS second_id, ub.name AS second_name,
      count(*) AS sips
    FROM taking_part a
    JOIN taking_part b ON b.sip_id = a.sip_id AND b.unit_id > a.unit_id
    JOIN units ua ON ua.id = a.unit_id
    JOIN units ub ON ub.id = b.unit_id
    GROUP BY a.unit_id, ua.name, b.unit_id, ub.name
    HAVING count(*) >= ${suppress ? suppressionThreshold : 1}
    ORDER BY sips DESC, first_name, second_name
    LIMIT ${pairsShown}
  `.execute(db);
  return result.rows.map((row) => ({
    units: [
      { id: row.firstId, name: row.firstName },
      { id: row.secondId, name: row.secondName },
    ],
    sips: { value: Number(row.sips), base: Number(row.sips), suppressed: false },
  }));
}
