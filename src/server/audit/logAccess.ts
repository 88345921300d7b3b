import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AccessAction } from '../../shared/api/accessActions.js';
import type { Actor } from '../sips/actor.js';
import { recordAccess, type AccessEntry } from './accessLog.js';

/** What was touched: the case and the person it concerns, and the reason when one was asked for. */
export interface AccessSubject {
  sipId?: string | null;
  personId?: string | null;
  reason?: string;
}

/**
 * Logs one access to personal data by the acting user (or FHIR client). Call it last inside the transaction that did the read or
 * write, so the entry and the access stand or fall together (and the chain's lock is held only briefly).
 */
export function logAccess(
  db: Kysely<DB>,
  actor: Actor,
  action: AccessAction,
  subject: AccessSubject = {},
): Promise<void> {
  return recordAccess(db, {
    // A FHIR client is logged as itself (0029): its registration's id, the unit it is bound to.
    ...(actor.kind === 'fhir_client' ? { actorKind: 'fhir_client' as const } : {}),
    userId: actor.userId,
    unitId: actor.unitId,
    role: actor.role,
    action,
    clientAddress: actor.clientAddress,
    ...subjectOfEntry(subject),
  });
}

/** The subject as an entry's fields, the same whoever the actor is. */
export function subjectOfEntry(subject: AccessSubject): Pick<AccessEntry, 'personId' | 'sipId' | 'reason'> {
  return {
    personId: subject.personId ?? null,
    sipId: subject.sipId ?? null,
    ...(subject.reason ? { reason: subject.reason } : {}),
  };
}
