import type { Kysely } from 'kysely';
import type { DB, OrganisationsTable } from '../../db/schema.js';

/** The county's directory as the case's steps read it: the organisations and units a case can name. */

/** The kind of an organisation (region, municipality or other); undefined when there is no such organisation. */
export async function organisationKind(
  db: Kysely<DB>,
  organisationId: string,
): Promise<OrganisationsTable['kind'] | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select('kind')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.kind;
}
