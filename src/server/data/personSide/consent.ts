import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The case's latest consent as the individual reads it, with the names of the units it covers. */
export async function consentAsTold(db: Kysely<DB>, sipId: string) {
  const consent = await db
    .selectFrom('consents')
    .select(['id', 'decision', 'givenByRelation', 'givenOn', 'validUntil', 'relativesMayTakePart', 'withdrawnAt'])
    .where('sipId', '=', sipId)
    .orderBy('recordedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!consent) return undefined;
  const units = await db
    .selectFrom('consentScopeUnits as c')
    .innerJoin('units as u', 'u.id', 'c.unitId')
    .select('u.name')
    .where('c.consentId', '=', consent.id)
    .orderBy('u.name')
    .execute();
  return { ...consent, units: units.map((unit) => unit.name) };
}
