import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PersonRelation } from '../../domain/access/personPolicy.js';
import type { AccessAction } from '../../shared/api/accessActions.js';
import { recordAccess } from './accessLog.js';
import { subjectOfEntry, type AccessSubject } from './logAccess.js';

/**
 * Someone on the individual's side, signed in with e-ID (decision 0035): their e_id_identities id and how they
 * relate to the case acted on. An organisation's guest signs in as staff and is logged by `logAccess`.
 */
export interface PersonActor {
  identityId: string;
  relation: Exclude<PersonRelation, 'none'>;
  /** The client's IP address as the server saw it. */
  clientAddress: string;
}

/**
 * Logs one access to personal data by a person signed in with e-ID, as an entry of format 3 naming their
 * identity, with their relation as the role and no unit. Call it last inside the transaction that did the read or
 * write, as `logAccess`.
 */
export function logPersonAccess(
  db: Kysely<DB>,
  actor: PersonActor,
  action: AccessAction,
  subject: AccessSubject,
): Promise<void> {
  return recordAccess(db, {
    actorKind: 'e_id',
    userId: actor.identityId,
    unitId: null,
    role: actor.relation,
    action,
    clientAddress: actor.clientAddress,
    ...subjectOfEntry(subject),
  });
}
