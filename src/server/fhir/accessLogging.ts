import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { logAccess } from '../audit/logAccess.js';
import type { Concern } from './registry.js';
import type { FhirActor } from './requestContext.js';

export type FhirReadAction = 'fhir_read' | 'fhir_search' | 'fhir_history';

/**
 * Logs what a FHIR answer showed of people: one entry per person and SIP it concerns, however many resources
 * about them it held (a search page of twenty CarePlans for twenty people logs twenty entries; a history of five
 * versions of one plan, one). Called inside the transaction that read them, last, as every read's log entry is.
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
  for (const concern of distinct.values()) await logAccess(db, who.actor, action, concern);
}
