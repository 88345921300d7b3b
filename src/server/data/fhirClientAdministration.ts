import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * What the administrators' page for FHIR clients reads beside the clients themselves (fhirClients.ts): the units a
 * client may be bound to, and the names its registrations mention.
 */

/** The units of the organisation (every unit when null), by organisation and unit name. */
export function unitsToBind(db: Kysely<DB>, organisationId: string | null) {
  return db
    .selectFrom('units as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisationId')
    .select(['u.id', 'u.name', 'o.name as organisationName'])
    .$if(organisationId !== null, (query) => query.where('u.organisationId', '=', organisationId!))
    .orderBy('o.name')
    .orderBy('u.name')
    .execute();
}

/** The unit's organisation, if the unit exists and belongs to the organisation (to any, when null). */
export async function unitWithin(
  db: Kysely<DB>,
  unitId: string,
  organisationId: string | null,
): Promise<boolean> {
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('id', '=', unitId)
    .$if(organisationId !== null, (query) => query.where('organisationId', '=', organisationId!))
    .executeTakeFirst();
  return unit !== undefined;
}

/** The display names of the users and the names of the organisations, by id. */
export async function namesOf(
  db: Kysely<DB>,
  ids: { userIds: string[]; organisationIds: string[] },
): Promise<{ users: Map<string, string>; organisations: Map<string, string> }> {
  const users =
    ids.userIds.length === 0
      ? []
      : await db.selectFrom('users').select(['id', 'displayName as name']).where('id', 'in', ids.userIds).execute();
  const organisations =
    ids.organisationIds.length === 0
      ? []
      : await db
          .selectFrom('organisations')
          .select(['id', 'name'])
          .where('id', 'in', ids.organisationIds)
          .execute();
  return {
    users: new Map(users.map((user) => [user.id, user.name])),
    organisations: new Map(organisations.map((organisation) => [organisation.id, organisation.name])),
  };
}
