import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';

/**
 * Who takes part in a case and through what (sip_participants): the convener, invited and accepted units, and the
 * units responsible for an effort in the established plan. Callers hold the case's lock for every write.
 */

export async function addPart(db: Kysely<DB>, sipId: string, unitId: string, part: UnitPart): Promise<void> {
  await db
    .insertInto('sipParticipants')
    .values({ sipId, unitId, part })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removePart(
  db: Kysely<DB>,
  sipId: string,
  unitId: string,
  part: UnitPart,
): Promise<void> {
  await db
    .deleteFrom('sipParticipants')
    .where('sipId', '=', sipId)
    .where('unitId', '=', unitId)
    .where('part', '=', part)
    .execute();
}

/** Units responsible for an effort in the established plan take part through it; the set follows each version. */
export async function setEffortUnits(
  db: Kysely<DB>,
  sipId: string,
  unitIds: Iterable<string>,
): Promise<void> {
  await db.deleteFrom('sipParticipants').where('sipId', '=', sipId).where('part', '=', 'effort').execute();
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('sipParticipants')
    .values(unique.map((unitId) => ({ sipId, unitId, part: 'effort' as const })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The units taking part in the case: of `among` when given, in one of `parts` when given, but not `except`. */
export async function unitsTakingPart(
  db: Kysely<DB>,
  sipId: string,
  which: { among?: string[]; parts?: readonly UnitPart[]; except?: string },
): Promise<string[]> {
  let query = db.selectFrom('sipParticipants').select('unitId').distinct().where('sipId', '=', sipId);
  if (which.among) query = query.where('unitId', 'in', which.among);
  if (which.parts) query = query.where('part', 'in', which.parts);
  if (which.except) query = query.where('unitId', '<>', which.except);
  return (await query.execute()).map((row) => row.unitId);
}

/** The unit takes part in the case: in any part, or in one of `parts`. As a condition inside queries. */
export function takesPart(
  sipId: Expression<string>,
  unitId: string,
  parts?: readonly UnitPart[],
): Expression<SqlBool> {
  const inParts = parts ? sql` AND p.part IN (${sql.join(parts)})` : sql``;
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM sip_participants p WHERE p.sip_id = ${sipId} AND p.unit_id = ${unitId}${inParts}
  )`;
}
