import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * How to find a page of a unit's cases without a filter on the case itself: walk all the county's cases in the
 * list's order until the page is full, or gather the unit's own and sort them. A walk reads about
 * `(limit + 1) × county ÷ total` cases, since the unit's cases are spread among the county's; a gather reads the
 * unit's `total`. So the walk pays for a unit with many cases, and the gather for all the others, and neither
 * reads more than about √(limit × county) cases. Without an estimate of the county, the gather, whose cost is
 * bounded by the unit's own cases, is the safe choice.
 */
export function walksInOrder(total: number, limit: number, countyCases: number | null): boolean {
  return countyCases !== null && total * total > (limit + 1) * countyCases;
}

/** The county's number of cases as PostgreSQL last estimated it (kept by ANALYZE), or null before it has. */
export async function countyCases(db: Kysely<DB>): Promise<number | null> {
  const { rows } = await sql<{ cases: number }>`
    SELECT reltuples::float8 AS cases FROM pg_class WHERE oid = 'sips'::regclass`.execute(db);
  const cases = rows[0]?.cases ?? -1;
  return cases >= 0 ? cases : null;
}
