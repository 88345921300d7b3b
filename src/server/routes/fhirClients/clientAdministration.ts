import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { inTransaction } from '../../../db/transaction.js';
import { conflict, DomainError, unprocessable } from '../../../domain/errors.js';
import type { AccessAction } from '../../../shared/api/accessActions.js';
import type {
  FhirClientList,
  FhirClientView,
  NewFhirClientBody,
} from '../../../shared/api/fhirClientRoutes.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { fhirClientsRefusalsEn } from '../../../shared/words/fhirClientsRefusals.en.js';
import { fhirClientsRefusalsSv } from '../../../shared/words/fhirClientsRefusals.sv.js';
import { logAccess } from '../../audit/logAccess.js';
import { namesOf, unitsToBind, unitWithin } from '../../data/fhirClientAdministration.js';
import { organisationOfUnit } from '../../data/directory.js';
import {
  changeFhirClientScopes,
  disableFhirClient,
  fhirClientById,
  listFhirClients,
  registerFhirClient,
  type FhirClient,
} from '../../data/fhirClients.js';
import { grantableScopes } from '../../fhir/scopes.js';
import type { Actor } from '../../sips/actor.js';

/**
 * An administrator's work with the FHIR API's system clients (decision 0038). An organisation administrator looks
 * after the clients bound to units of the organisation they act for; a system administrator after every client.
 * Each registration and change is written to the access log with what it granted, so the review shows who let
 * which system in, with what.
 */

const words = { sv: fhirClientsRefusalsSv, en: fhirClientsRefusalsEn };

/** The organisation whose clients the administrator looks after; null for all of them. */
function administered(db: Kysely<DB>, actor: Actor): Promise<string | null> {
  return actor.role === 'system_admin' ? Promise.resolve(null) : organisationOfUnit(db, actor.unitId);
}

async function viewsOf(db: Kysely<DB>, clients: FhirClient[]): Promise<FhirClientView[]> {
  const names = await namesOf(db, {
    userIds: [...new Set(clients.map((client) => client.createdBy))],
    organisationIds: [...new Set(clients.map((client) => client.organisationId))],
  });
  return clients.map((client) => ({
    id: client.id,
    name: client.name,
    clientId: client.clientId,
    unitId: client.unitId,
    unitName: client.unitName,
    organisationName: names.organisations.get(client.organisationId) ?? '',
    scopes: client.scopes,
    createdAt: client.createdAt.toISOString(),
    createdByName: names.users.get(client.createdBy) ?? '',
    disabledAt: client.disabledAt?.toISOString() ?? null,
  }));
}

async function viewOf(db: Kysely<DB>, id: string): Promise<FhirClientView> {
  const client = await fhirClientById(db, id);
  if (!client) throw new Error(`the FHIR client ${id} was just written`);
  const [view] = await viewsOf(db, [client]);
  return view!;
}

export async function readFhirClients(db: Kysely<DB>, actor: Actor): Promise<FhirClientList> {
  const organisationId = await administered(db, actor);
  return {
    clients: await viewsOf(db, await listFhirClients(db, organisationId)),
    units: await unitsToBind(db, organisationId),
    scopes: grantableScopes(),
  };
}

/** What the access log says was granted: the client id and its scopes, nothing about a person. */
const granted = (clientId: string, scopes: readonly string[]) => `${clientId}: ${scopes.join(' ')}`;

function log(
  db: Kysely<DB>,
  actor: Actor,
  action: AccessAction,
  clientId: string,
  scopes: readonly string[],
) {
  return logAccess(db, actor, action, { reason: granted(clientId, scopes) });
}

export function registerClient(
  db: Kysely<DB>,
  actor: Actor,
  body: NewFhirClientBody,
): Promise<FhirClientView> {
  return inTransaction(db, async (trx) => {
    if (!(await unitWithin(trx, body.unitId, await administered(trx, actor))))
      throw unprocessable(
        'unknown_unit',
        bothLanguages(words, (said) => said.unknownUnit),
        {
          field: 'unitId',
        },
      );
    const id = await registerFhirClient(trx, { ...body, createdBy: actor.userId });
    const view = await viewOf(trx, id);
    await log(trx, actor, 'register_fhir_client', view.clientId, view.scopes);
    return view;
  });
}

/** Refuses a change to a client the administrator does not look after (as not found), or one disabled. */
async function checkChangeable(db: Kysely<DB>, actor: Actor, id: string): Promise<void> {
  const client = await fhirClientById(db, id);
  const organisationId = await administered(db, actor);
  if (!client || (organisationId !== null && client.organisationId !== organisationId))
    throw new DomainError(
      'not_found',
      'not_found',
      bothLanguages(words, (said) => said.notFound),
    );
  if (client.disabledAt)
    throw conflict(
      'fhir_client_disabled',
      bothLanguages(words, (said) => said.disabled),
    );
}

export function changeClientScopes(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  scopes: readonly string[],
): Promise<FhirClientView> {
  return inTransaction(db, async (trx) => {
    await checkChangeable(trx, actor, id);
    await changeFhirClientScopes(trx, id, scopes);
    const view = await viewOf(trx, id);
    await log(trx, actor, 'change_fhir_client_scopes', view.clientId, view.scopes);
    return view;
  });
}

export function disableClient(db: Kysely<DB>, actor: Actor, id: string): Promise<FhirClientView> {
  return inTransaction(db, async (trx) => {
    await checkChangeable(trx, actor, id);
    await disableFhirClient(trx, id);
    const view = await viewOf(trx, id);
    await log(trx, actor, 'disable_fhir_client', view.clientId, view.scopes);
    return view;
  });
}
