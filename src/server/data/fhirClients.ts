import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { conflict, DomainError } from '../../domain/errors.js';
import { grantableScopes } from '../fhir/scopes.js';
import { said } from '../fhir/outcome.js';

/**
 * The FHIR API's system clients (0029_fhir_clients.sql, decision 0038): registered by an administrator, bound to
 * one unit, with the SMART system scopes granted. Who may register, change and see which clients is the
 * routes' to decide (`administerUnits` over the units the role covers); each change is theirs to log.
 */

export interface FhirClient {
  id: string;
  name: string;
  clientId: string;
  unitId: string;
  unitName: string;
  organisationId: string;
  scopes: string[];
  createdBy: string;
  createdAt: Date;
  disabledAt: Date | null;
}

/** Refuses a scope no client can be granted, naming it and those that can. */
function grantable(scopes: readonly string[]): string[] {
  const allowed = grantableScopes();
  const wrong = scopes.find((scope) => !allowed.includes(scope));
  if (wrong !== undefined)
    throw new DomainError('unprocessable', 'fhir_scope_not_grantable', said('scopeNotGrantable', {
      scope: wrong,
      scopes: allowed.join(', '),
    }), { field: 'scopes' });
  return [...new Set(scopes)].sort();
}

function clients(db: Kysely<DB>) {
  return db
    .selectFrom('fhirClients as c')
    .innerJoin('units as u', 'u.id', 'c.unitId')
    .select([
      'c.id',
      'c.name',
      'c.clientId',
      'c.unitId',
      'u.name as unitName',
      'u.organisationId',
      'c.scopes',
      'c.createdBy',
      'c.createdAt',
      'c.disabledAt',
    ]);
}

/** The clients bound to units of the organisation (every client when null), newest first, disabled ones too. */
export function listFhirClients(db: Kysely<DB>, organisationId: string | null): Promise<FhirClient[]> {
  let query = clients(db);
  if (organisationId !== null) query = query.where('u.organisationId', '=', organisationId);
  return query.orderBy('c.createdAt', 'desc').orderBy('c.id', 'desc').execute();
}

/** One client by its registration's id; undefined when there is none. */
export function fhirClientById(db: Kysely<DB>, id: string): Promise<FhirClient | undefined> {
  return clients(db).where('c.id', '=', id).executeTakeFirst();
}

/** The client a token names by its client id, if registered, disabled or not: the token check decides. */
export function fhirClientByClientId(db: Kysely<DB>, clientId: string): Promise<FhirClient | undefined> {
  return clients(db).where('c.clientId', '=', clientId).executeTakeFirst();
}

/** Registers a client; a client id already registered is refused (409), whoever registered it. */
export async function registerFhirClient(
  db: Kysely<DB>,
  client: { name: string; clientId: string; unitId: string; scopes: readonly string[]; createdBy: string },
): Promise<string> {
  const id = uuidv7();
  const inserted = await db
    .insertInto('fhirClients')
    .values({ id, ...client, scopes: grantable(client.scopes) })
    .onConflict((on) => on.column('clientId').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw conflict('fhir_client_id_taken', said('clientIdTaken'), { field: 'clientId' });
  return id;
}

/** Replaces a client's scopes; false when there is no such client. */
export async function changeFhirClientScopes(
  db: Kysely<DB>,
  id: string,
  scopes: readonly string[],
): Promise<boolean> {
  const result = await db
    .updateTable('fhirClients')
    .set({ scopes: grantable(scopes) })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Disables a client for good: its tokens are refused from the next request on. False when there is none. */
export async function disableFhirClient(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('fhirClients')
    .set({ disabledAt: sql<Date>`coalesce(disabled_at, now())` })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
