import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAccesses, type AccessEntry } from '../audit/accessLog.js';
import { subjectOfEntry } from '../audit/logAccess.js';
import type { Concern } from './registry.js';
import type { FhirActor } from './requestContext.js';

export type FhirReadAction = 'fhir_read' | 'fhir_search' | 'fhir_history';

/**
 * Logs what a FHIR answer showed of people: one entry per person and SIP it concerns, however many resources
 * about them it held (a search page of twenty CarePlans for twenty people logs twenty entries; a history of five
 * versions of one plan, one), all in one database call. Called inside the transaction that read them, last, as
 * every read's log entry is.
 */
export async function logFhirRead(
  db: Kysely<DB>,
  who: FhirActor,
  action: FhirReadAction,
  concerns: readonly (Concern | null)[],
): Promise<void> {
  const distinct = new Map<string, Concern>();
  for (const concern of concerns)
    if (concern) distinct.set(`${concern.personId}/${concern.sipId ?? ''}`, concern);
  await recordAccesses(
    db,
    [...distinct.values()].map((concern) => entryOf(who, action, concern)),
  );
}

/**
 * Staff as every staff read is logged; a system client as actor kind `fhir_client` (entry format 3), naming its
 * registration, the unit it is bound to and the role it acts with.
 */
function entryOf(who: FhirActor, action: FhirReadAction, concern: Concern): AccessEntry {
  return {
    ...(who.kind === 'fhir_client' ? { actorKind: 'fhir_client' as const } : {}),
    userId: who.actor.userId,
    unitId: who.actor.unitId,
    role: who.actor.role,
    action,
    clientAddress: who.actor.clientAddress,
    ...subjectOfEntry(concern),
  };
}
